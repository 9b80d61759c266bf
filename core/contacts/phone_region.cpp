#include "contacts/phone_region.h"

#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace kontor::phone {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::phone", text);
}

const QLatin1String kKey("default_region");

} // namespace

QList<Region> supportedRegions()
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> codes;
    util->GetSupportedRegions(&codes);
    QList<Region> out;
    for (const std::string &code : codes)
        out.append({QString::fromStdString(code), util->GetCountryCodeForRegion(code)});
    return out; // std::set is sorted
}

Result<QString> storedDefaultRegion(const Session &session)
{
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the default phone region"));
    if (auto st = q.run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kKey}); !st)
        return st.error();
    return q.next() ? q.value(0).toString().trimmed().toUpper() : QString();
}

Status setDefaultRegion(const Session &session, const QString &input)
{
    const QString region = input.trimmed().toUpper();
    if (!region.isEmpty()) {
        bool known = false;
        for (const Region &r : supportedRegions())
            known = known || r.code == region;
        if (!known)
            return Error {Error::Kind::Invalid,
                          tr("\"%1\" is not a region code phone numbers know (two letters, e.g."
                             " FI, DE, RU, US)")
                              .arg(input.trimmed()),
                          tr("default region"),
                          {}};
    }
    auto before = storedDefaultRegion(session);
    if (!before)
        return before.error();
    if (*before == region)
        return {};
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the default phone region"));
    if (auto st = q.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {kKey}); !st)
        return st;
    if (!region.isEmpty()) {
        if (auto st = q.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                            {kKey, region});
            !st)
            return st;
    }
    if (auto st = audit::record(*conn, session.userId, QStringLiteral("setting"), 0,
                                QStringLiteral("update"),
                                audit::diff({{QStringLiteral("default_region"), *before}},
                                            {{QStringLiteral("default_region"), region}}));
        !st)
        return st;
    return tx.commit();
}

} // namespace kontor::phone
