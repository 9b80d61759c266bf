#include "import/import_lookups.h"

#include "repo/contact_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor::importing::detail {

std::unique_ptr<RowDraft> EmailDraft::of(const WriterContext &ctx, const QStringList &cells)
{
    const int col = int(ctx.mapping.fields.indexOf(QStringLiteral("contact_email")));
    if (col < 0)
        return nullptr;
    auto draft = std::make_unique<EmailDraft>();
    draft->email = cellText(cells, col);
    return draft;
}

QStringList EmailDraft::emailsOf(const std::vector<const RowDraft *> &drafts)
{
    QStringList emails;
    for (const RowDraft *d : drafts) {
        const QString &email = static_cast<const EmailDraft *>(d)->email;
        if (isEmail(email))
            emails << email;
    }
    return emails;
}


Result<QVariant> lookUpValue(const QSqlDatabase &conn, std::unique_ptr<SqlStatement> *cached, const QString &sql,
                             const QVariantList &binds, const QString &what)
{
    if (!*cached) {
        *cached = std::make_unique<SqlStatement>(conn, what);
        if (auto st = (*cached)->prepare(sql); !st) {
            cached->reset();
            return st.error();
        }
    }
    SqlStatement &q = **cached;
    for (const QVariant &v : binds)
        q.bind(v);
    if (auto st = q.exec(); !st)
        return st.error();
    const QVariant value = q.next() ? q.value(0) : QVariant();
    q.finish();
    return value;
}

Result<qint64> lookUpId(const QSqlDatabase &conn, std::unique_ptr<SqlStatement> *cached, const QString &sql,
                        const QVariantList &binds)
{
    auto value = lookUpValue(conn, cached, sql, binds,
                             QCoreApplication::translate("kontor::importing", "Cannot look for duplicates"));
    if (!value)
        return value.error();
    return value->toLongLong(); // 0 for no row
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

} // namespace

Result<qint64> ImportLookups::contactByEmail(const QString &email)
{
    const QString norm = ContactRepository::normalizeEmail(email);
    // Only hits are cached: a contact created by an earlier row of the same import counts.
    if (auto it = m_contacts.constFind(norm); it != m_contacts.constEnd())
        return *it;
    SqlStatement q(m_ctx.conn, tr("Cannot look up the contact"));
    if (auto st = q.run(QStringLiteral("SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
                                       " WHERE e.email_norm = ? AND c.deleted_at IS NULL ORDER BY e.contact_id LIMIT 1"),
                        {norm});
        !st)
        return st.error();
    if (!q.next())
        return qint64(0);
    const qint64 id = q.value(0).toLongLong();
    m_contacts.insert(norm, id);
    return id;
}

Result<QList<qint64>> ImportLookups::contactsByEmail(const QStringList &emails)
{
    QStringList asked;
    QList<qint64> found;
    for (const QString &e : emails) {
        const QString norm = ContactRepository::normalizeEmail(e);
        if (auto it = m_contacts.constFind(norm); it != m_contacts.constEnd())
            found << *it;
        else if (!asked.contains(norm))
            asked << norm;
    }
    constexpr qsizetype kPerQuery = 100;
    for (qsizetype from = 0; from < asked.size(); from += kPerQuery) {
        const QStringList slice = asked.mid(from, kPerQuery);
        QVariantList binds;
        for (const QString &n : slice)
            binds << n;
        // MIN: the same contact as contactByEmail()'s ORDER BY ... LIMIT 1
        SqlStatement q(m_ctx.conn, tr("Cannot look up the contact"));
        if (auto st = q.run(QStringLiteral("SELECT e.email_norm, MIN(e.contact_id) FROM contact_emails e"
                                           " JOIN contacts c ON c.id = e.contact_id WHERE c.deleted_at IS NULL"
                                           " AND e.email_norm IN (%1) GROUP BY e.email_norm")
                                .arg(QStringList(slice.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                            binds);
            !st)
            return st.error();
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            m_contacts.insert(q.value(0).toString(), id);
            found << id;
        }
    }
    return found;
}

Result<UserMatch> ImportLookups::user(const QString &text)
{
    if (!m_usersLoaded) {
        SqlStatement q(m_ctx.conn, tr("Cannot read the users"));
        if (auto st = q.run(QStringLiteral("SELECT id, login, display_name, email FROM users ORDER BY id")); !st)
            return st.error();
        while (q.next())
            m_users.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        m_usersLoaded = true;
    }
    // Folded as the stored name keys are ("STRASSE" = "Straße": fold_keys.h).
    const QString t = foldKey(text);
    auto same = [&t](const QString &s) { return !s.isEmpty() && foldKey(s) == t; };
    QList<qint64> hits;
    QStringList known;
    for (const User &u : std::as_const(m_users)) {
        known << u.name;
        if (same(u.login) || same(u.email)) // unique enough to win outright
            return UserMatch{u.id, {}};
        if (same(u.name))
            hits << u.id;
    }
    if (hits.size() == 1)
        return UserMatch{hits.first(), {}};
    if (hits.size() > 1)
        return UserMatch{0, tr("%1 users have this name; use their login or email").arg(hits.size())};
    if (known.size() > 12)
        known = known.mid(0, 12) << QStringLiteral("…");
    return UserMatch{0, tr("no user of this name, login or email; the users are: %1").arg(known.join(QStringLiteral(", ")))};
}

Result<qint64> ImportLookups::dealByTitle(const QString &title, qint64 contactId, QString *problem)
{
    SqlStatement q(m_ctx.conn, tr("Cannot look up the deal"));
    // Folded in C++, so "РОГА" finds "Рога" on SQLite too (fold_keys.h)
    QString sql = QStringLiteral("SELECT id FROM deals WHERE deleted_at IS NULL AND title_fold = ?");
    QVariantList binds{foldKey(title)};
    if (contactId) {
        sql += QStringLiteral(" AND (contact_id = ? OR id IN (SELECT deal_id FROM deal_contacts WHERE contact_id = ?))");
        binds << contactId << contactId;
    }
    if (auto st = q.run(sql + QStringLiteral(" ORDER BY id LIMIT 2"), binds); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.size() > 1) {
        *problem = contactId ? tr("several deals of this contact have this title")
                             : tr("several deals have this title");
        return qint64(0);
    }
    if (ids.isEmpty()) {
        *problem = contactId ? tr("this contact has no deal with this title") : tr("no deal has this title");
        return qint64(0);
    }
    return ids.first();
}

} // namespace kontor::importing::detail
