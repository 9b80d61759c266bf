#include "tasks/reminders.h"

#include "storage/sql.h"
#include "storage/transaction.h"
#include "tasks/task_rows.h"

#include <QCoreApplication>

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ReminderScheduler", text);
}
} // namespace

ReminderScheduler::ReminderScheduler(Session session, const QDateTime &startedAt)
    : m_session(std::move(session)), m_startedAt(startedAt.toUTC())
{
}

Result<ReminderTick> ReminderScheduler::poll(const QDateTime &nowIn)
{
    const QDateTime now = nowIn.toUTC();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot read the reminders"));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2 WHERE t.assignee_id = ?"
                                       " AND t.reminded_at IS NULL AND t.done_at IS NULL"
                                       " AND t.deleted_at IS NULL AND t.remind_at <= ?"
                                       " ORDER BY t.remind_at, t.id LIMIT 500")
                            .arg(taskrows::columns(), taskrows::from()),
                        {m_session.userId, now.toSecsSinceEpoch()});
        !st)
        return st.error();
    ReminderTick tick;
    QVariantList ids;
    while (q.next()) {
        const Task t = taskrows::read(q.query());
        ids << t.id;
        if (t.remindAt < m_startedAt)
            tick.missed << t;
        else
            tick.fire << t;
    }
    q.finish();
    SqlStatement mark(*conn, tr("Cannot mark the reminder as shown"));
    for (const QVariant &id : std::as_const(ids)) {
        if (auto st = mark.run(QStringLiteral("UPDATE tasks SET reminded_at = ? WHERE id = ?"),
                               {now.toSecsSinceEpoch(), id});
            !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    auto next = nextPending(now);
    if (!next)
        return next.error();
    tick.nextWake = *next;
    // Everything earlier than this poll has been seen: later polls only fire.
    if (m_startedAt > now)
        m_startedAt = now;
    return tick;
}

Status ReminderScheduler::snooze(qint64 taskId, const QDateTime &until) const
{
    if (!until.isValid())
        return Error{Error::Kind::Invalid, tr("Snooze needs a time"), tr("task %1").arg(taskId), {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot snooze the reminder"));
    if (auto st = q.run(QStringLiteral("UPDATE tasks SET remind_at = ?, reminded_at = NULL"
                                       " WHERE id = ? AND deleted_at IS NULL AND done_at IS NULL"),
                        {until.toSecsSinceEpoch(), taskId});
        !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("The task is done or in the trash"),
                     tr("task %1").arg(taskId), {}};
    return {};
}

Result<QDateTime> ReminderScheduler::nextPending(const QDateTime &now) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the reminders"));
    auto next = q.scalar(QStringLiteral("SELECT MIN(remind_at) FROM tasks WHERE assignee_id = ?"
                                        " AND reminded_at IS NULL AND done_at IS NULL"
                                        " AND deleted_at IS NULL AND remind_at > ?"),
                         {m_session.userId, now.toUTC().toSecsSinceEpoch()});
    if (!next)
        return next.error();
    return toDateTime(*next);
}

} // namespace kontor
