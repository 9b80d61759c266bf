#include "activities/activity_repository.h"

#include "repo/audit.h"
#include "repo/trash.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ActivityRepository", text);
}

QString activityContext(qint64 id)
{
    return id ? tr("activity %1").arg(id) : tr("new activity");
}

} // namespace

QStringList activityKinds()
{
    return {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("meeting"),
            QStringLiteral("note")};
}

Status ActivityRepository::validate(const Activity &a)
{
    const auto invalid = [&a](const QString &message) {
        return Status(Error{Error::Kind::Invalid, message, activityContext(a.id), {}});
    };
    if (!activityKinds().contains(a.kind))
        return invalid(tr("Unknown kind of activity \"%1\"").arg(a.kind));
    if (!a.contactId && !a.companyId && !a.dealId)
        return invalid(tr("An activity must belong to a contact, a company or a deal"));
    if (!a.direction.isEmpty() && a.direction != QLatin1String("in")
        && a.direction != QLatin1String("out"))
        return invalid(tr("Unknown direction \"%1\"").arg(a.direction));
    if (a.durationMin < 0)
        return invalid(tr("A duration cannot be negative"));
    if (a.subject.trimmed().isEmpty() && a.body.trimmed().isEmpty())
        return invalid(tr("Write a subject or a few words about what happened"));
    return {};
}

QVariantMap ActivityRepository::auditFields(const Activity &a)
{
    QVariantMap m;
    m.insert(QStringLiteral("kind"), a.kind);
    m.insert(QStringLiteral("subject"), a.subject);
    m.insert(QStringLiteral("occurred_at"), a.occurredAt.toSecsSinceEpoch());
    m.insert(QStringLiteral("contact_id"), a.contactId);
    m.insert(QStringLiteral("company_id"), a.companyId);
    m.insert(QStringLiteral("deal_id"), a.dealId);
    return m;
}

Activity ActivityRepository::completed(const Activity &input) const
{
    Activity a = input;
    if (!a.occurredAt.isValid())
        a.occurredAt = QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
    if (!a.userId)
        a.userId = m_session.userId;
    return a;
}

QStringList ActivityRepository::insertColumns()
{
    return {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("occurred_at"),
            QStringLiteral("duration_min"), QStringLiteral("direction"), QStringLiteral("outcome"),
            QStringLiteral("contact_id"), QStringLiteral("company_id"), QStringLiteral("deal_id"),
            QStringLiteral("user_id")};
}

QVariantList ActivityRepository::insertValues(const Activity &a)
{
    return {a.kind, nullIfEmpty(a.subject.trimmed()), nullIfEmpty(a.body.trimmed()),
            fromDateTime(a.occurredAt),
            a.durationMin > 0 ? QVariant(a.durationMin) : QVariant(QMetaType::fromType<int>()),
            nullIfEmpty(a.direction), nullIfEmpty(a.outcome), nullIfZero(a.contactId),
            nullIfZero(a.companyId), nullIfZero(a.dealId), nullIfZero(a.userId)};
}

Result<qint64> ActivityRepository::log(const Activity &input) const
{
    const Activity a = completed(input);
    if (auto st = validate(a); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();

    SqlStatement q(*conn, tr("Cannot save the activity"));
    auto id = q.scalar(QStringLiteral("INSERT INTO activities (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                           .arg(insertColumns().join(QStringLiteral(", "))),
                       insertValues(a));
    if (!id)
        return id.error();
    q.finish(); // SQLite refuses to commit while RETURNING keeps the statement open
    const qint64 newId = id->toLongLong();
    const qint64 when = a.occurredAt.toSecsSinceEpoch();

    // Only forward: logging last month's call today must not make a contact look older.
    SqlStatement touch(*conn, tr("Cannot update when the contact was last contacted"));
    if (a.contactId) {
        if (auto st = touch.run(QStringLiteral("UPDATE contacts SET last_contacted_at = ?"
                                               " WHERE id = ? AND (last_contacted_at IS NULL"
                                               " OR last_contacted_at < ?)"),
                                {when, a.contactId, when});
            !st)
            return st.error();
    }
    if (a.dealId) {
        if (auto st = touch.run(QStringLiteral("UPDATE deals SET last_activity_at = ?"
                                               " WHERE id = ? AND (last_activity_at IS NULL"
                                               " OR last_activity_at < ?)"),
                                {when, a.dealId, when});
            !st)
            return st.error();
    }
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("activity"), newId,
                                QStringLiteral("create"), audit::diff({}, auditFields(a)));
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return newId;
}

Status ActivityRepository::moveToTrash(qint64 id) const
{
    const TrashTarget target{QStringLiteral("activities"), QStringLiteral("activity"),
                             activityContext(id)};
    return setTrashed(m_session, target, id, true);
}

Status ActivityRepository::restore(qint64 id) const
{
    const TrashTarget target{QStringLiteral("activities"), QStringLiteral("activity"),
                             activityContext(id)};
    return setTrashed(m_session, target, id, false);
}

} // namespace kontor
