// DealRepository's stage history of a deal and the people on it (deal_contacts); the rest of
// the repository is in deal_repository.cpp.
#include "repo/deal_context.h"
#include "repo/deal_repository.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::DealRepository", text);
}

} // namespace

Result<QList<StageChange>> DealRepository::history(qint64 dealId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the stage history of %1").arg(dealContext(dealId)));
    if (auto st = q.run(
            QStringLiteral("SELECT id, deal_id, from_stage_id, to_stage_id, changed_by, changed_at"
                           " FROM deal_stage_history WHERE deal_id = ? ORDER BY changed_at, id"),
            {dealId});
        !st)
        return st.error();
    QList<StageChange> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), toDateTime(q.value(5))});
    }
    return out;
}

Result<QList<DealContact>> DealRepository::contacts(qint64 dealId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the people of %1").arg(dealContext(dealId)));
    // The main contact may predate the list (an import, the board): it is always shown.
    if (auto st
        = q.run(QStringLiteral("SELECT c.id, TRIM(COALESCE(c.first_name, '') || ' ' ||"
                               " COALESCE(c.last_name, '')), dc.role,"
                               " CASE WHEN c.id = d.contact_id THEN 0 ELSE 1 END AS main"
                               " FROM deals d JOIN contacts c ON c.id = d.contact_id"
                               "  OR c.id IN (SELECT x.contact_id FROM deal_contacts x"
                               "   WHERE x.deal_id = d.id)"
                               " LEFT JOIN deal_contacts dc ON dc.deal_id = d.id"
                               "  AND dc.contact_id = c.id"
                               " WHERE d.id = ? ORDER BY main, c.last_name, c.first_name, c.id"),
                {dealId});
        !st)
        return st.error();
    QList<DealContact> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status DealRepository::setContacts(qint64 dealId, const QList<DealContact> &contacts) const
{
    QList<qint64> seen;
    for (const DealContact &c : contacts) {
        if (seen.contains(c.contactId) || c.contactId <= 0) {
            return Error {
                Error::Kind::Invalid,
                c.contactId <= 0
                    ? tr("Pick an existing contact")
                    : tr("%1 is listed twice")
                          .arg(c.name.isEmpty() ? tr("contact %1").arg(c.contactId) : c.name),
                dealContext(dealId),
                {}};
        }
        seen << c.contactId;
    }
    auto before = this->contacts(dealId);
    if (!before)
        return before.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the people of %1").arg(dealContext(dealId)));
    if (auto st = q.run(QStringLiteral("DELETE FROM deal_contacts WHERE deal_id = ?"), {dealId});
        !st)
        return st;
    for (const DealContact &c : contacts) {
        if (auto st = q.run(QStringLiteral("INSERT INTO deal_contacts (deal_id, contact_id, role)"
                                           " VALUES (?, ?, ?)"),
                            {dealId, c.contactId, nullIfEmpty(c.role.trimmed())});
            !st)
            return st;
    }
    const QVariant main = contacts.isEmpty() ? nullIfZero(0) : QVariant(contacts.first().contactId);
    if (auto st
        = q.run(QStringLiteral("UPDATE deals SET contact_id = ?, updated_at = ? WHERE id = ?"
                               " AND deleted_at IS NULL"),
                {main, nowSecs(), dealId});
        !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error {
            Error::Kind::NotFound, tr("This deal does not exist"), dealContext(dealId), {}};
    const auto describe = [](const QList<DealContact> &list) {
        QStringList out;
        for (const DealContact &c : list)
            out << (c.role.isEmpty() ? QString::number(c.contactId)
                                     : QStringLiteral("%1 (%2)").arg(c.contactId).arg(c.role));
        return out.join(QStringLiteral(", "));
    };
    const QString was = describe(*before);
    const QString now = describe(contacts);
    if (was != now) {
        if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("deal"), dealId,
                                    QStringLiteral("update"),
                                    {{QStringLiteral("contacts"), QVariantList {was, now}}});
            !st)
            return st;
    }
    return tx.commit();
}

} // namespace kontor
