#include "contacts/phone_renormalize.h"

#include "contacts/phone.h"
#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QMap>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::PhoneRenormalize", text);
}

struct Change
{
    qint64 rowId;
    QString before;
    QString after;
};

} // namespace

Result<RenormalizeReport> renormalizePhones(const Session &session, bool dryRun)
{
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const QString what = tr("Cannot re-normalize the phone numbers");
    RenormalizeReport report;
    report.region = phone::defaultRegion(*conn);

    QMap<qint64, QList<Change>> byContact;
    {
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT id, contact_id, phone, phone_digits FROM"
                                           " contact_phones ORDER BY contact_id, id"));
            !st)
            return st.error();
        while (q.next()) {
            ++report.checked;
            const QString typed = q.value(2).toString();
            const QString before = q.value(3).toString();
            if (phone::e164Digits(typed, report.region).isEmpty())
                report.unreadable.append({q.value(1).toLongLong(), typed});
            const QString after = phone::matchDigits(typed, report.region);
            if (after != before)
                byContact[q.value(1).toLongLong()].append({q.value(0).toLongLong(), before, after});
        }
    }
    for (auto it = byContact.cbegin(); it != byContact.cend(); ++it) {
        report.changed += int(it.value().size());
        ++report.contacts;
        if (dryRun)
            continue;
        QVariantList before;
        QVariantList after;
        for (const Change &c : it.value()) {
            SqlStatement q(*conn, what);
            if (auto st = q.run(QStringLiteral("UPDATE contact_phones SET phone_digits = ? WHERE"
                                               " id = ?"),
                                {c.after, c.rowId});
                !st)
                return st.error();
            before << c.before;
            after << c.after;
        }
        if (auto st = audit::record(*conn, session.userId, QStringLiteral("contact"), it.key(),
                                    QStringLiteral("update"),
                                    {{QStringLiteral("phones"), QVariantList {before, after}}});
            !st)
            return st.error();
    }
    if (dryRun)
        return report; // the guard rolls back (nothing was written anyway)
    if (auto st = tx.commit(); !st)
        return st.error();
    return report;
}

} // namespace kontor
