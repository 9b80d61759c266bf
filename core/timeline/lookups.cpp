#include "timeline/lookups.h"

#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::Lookups", text);
}
} // namespace

Result<QList<NamedId>> Lookups::namedIds(const QString &sql, const QString &what) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, what);
    if (auto st = q.run(sql); !st)
        return st.error();
    QList<NamedId> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<QList<NamedId>> Lookups::companyRoles() const
{
    return namedIds(QStringLiteral("SELECT id, name FROM company_roles ORDER BY position, name"),
                    tr("Cannot read the list of roles"));
}

Result<QList<NamedId>> Lookups::users() const
{
    return namedIds(QStringLiteral("SELECT id, display_name FROM users WHERE active = 1"
                                   " ORDER BY display_name, id"),
                    tr("Cannot read the list of users"));
}

Result<QList<Deal>> Lookups::deals(const QString &column, qint64 id, int limit) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the deals"));
    // `column` is one of two names chosen in code below, never user text.
    const QString sql
        = QStringLiteral("SELECT d.id, d.title, d.stage_id, s.name, d.status, d.amount_minor,"
                         " d.currency, d.expected_close, d.contact_id, d.company_id, d.created_at"
                         " FROM deals d JOIN stages s ON s.id = d.stage_id"
                         " WHERE d.deleted_at IS NULL AND d.%1 = ?"
                         " ORDER BY d.created_at DESC, d.id DESC LIMIT ?")
              .arg(column);
    if (auto st = q.run(sql, {id, qBound(1, limit, 1000)}); !st)
        return st.error();
    QList<Deal> out;
    while (q.next()) {
        Deal d;
        d.id = q.value(0).toLongLong();
        d.title = q.value(1).toString();
        d.stageId = q.value(2).toLongLong();
        d.stageName = q.value(3).toString();
        d.status = q.value(4).toString();
        d.amountMinor = q.value(5).toLongLong();
        d.currency = q.value(6).toString();
        d.expectedClose = toDate(q.value(7));
        d.contactId = q.value(8).toLongLong();
        d.companyId = q.value(9).toLongLong();
        d.createdAt = toDateTime(q.value(10));
        out.append(d);
    }
    return out;
}

Result<QList<Deal>> Lookups::dealsOfCompany(qint64 companyId, int limit) const
{
    return deals(QStringLiteral("company_id"), companyId, limit);
}

Result<QList<Deal>> Lookups::dealsOfContact(qint64 contactId, int limit) const
{
    return deals(QStringLiteral("contact_id"), contactId, limit);
}

} // namespace kontor
