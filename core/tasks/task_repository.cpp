#include "tasks/task_repository.h"

#include "activities/activity_repository.h"
#include "repo/audit.h"
#include "repo/trash.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "tasks/recurrence.h"
#include "tasks/task_rows.h"
#include "tasks/task_time.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::TaskRepository", text);
}

QString taskContext(qint64 id)
{
    return id ? tr("task %1").arg(id) : tr("new task");
}

QVariantMap taskFields(const Task &t)
{
    QVariantMap m;
    m.insert(QStringLiteral("title"), t.title);
    m.insert(QStringLiteral("kind"), t.kind);
    m.insert(QStringLiteral("due_at"), t.dueAt.isValid() ? t.dueAt.toSecsSinceEpoch() : QVariant());
    m.insert(QStringLiteral("due_date"), t.dueDate.toString(Qt::ISODate));
    m.insert(QStringLiteral("priority"), t.priority);
    m.insert(QStringLiteral("recurrence"), t.recurrence);
    m.insert(QStringLiteral("contact_id"), t.contactId);
    m.insert(QStringLiteral("company_id"), t.companyId);
    m.insert(QStringLiteral("deal_id"), t.dealId);
    m.insert(QStringLiteral("assignee_id"), t.assigneeId);
    return m;
}

// Fills what is derived: the all-day instant, a monthly rule's day, the reminder instant.
Task normalized(Task t)
{
    t.title = t.title.trimmed();
    t.kind = t.kind.trimmed().toLower();
    if (t.kind.isEmpty())
        t.kind = QStringLiteral("todo");
    if (t.timeZone.isEmpty())
        t.timeZone = QStringLiteral("UTC");
    const QTimeZone zone = zoneOrUtc(t.timeZone);
    if (t.allDay) {
        t.dueAt = t.dueDate.isValid() ? t.dueDate.startOfDay(zone).toUTC() : QDateTime();
    } else {
        t.dueDate = {};
        if (t.dueAt.isValid())
            t.dueAt = t.dueAt.toUTC();
    }
    if (auto rule = Recurrence::parse(t.recurrence); rule) {
        Recurrence r = *rule;
        if (r.kind == Recurrence::Kind::Monthly && !r.monthDay && t.hasDue())
            r.monthDay = t.allDay ? t.dueDate.day() : t.dueAt.toTimeZone(zone).date().day();
        t.recurrence = r.toText();
    }
    t.remindAt = (t.remindBeforeMin >= 0 && t.dueAt.isValid())
        ? t.dueAt.addSecs(-qint64(t.remindBeforeMin) * 60)
        : QDateTime();
    return t;
}

QVariant intOrNull(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

Result<Task> readOne(const QSqlDatabase &conn, qint64 id)
{
    SqlStatement q(conn, tr("Cannot read the task"));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2 WHERE t.id = ? AND t.deleted_at IS NULL")
                            .arg(taskrows::columns(), taskrows::from()),
                        {id});
        !st)
        return Error{st.error().kind, st.error().message, taskContext(id), st.error().detail};
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("The task does not exist or is in the trash"),
                     taskContext(id), {}};
    Task t = taskrows::read(q.query());
    q.finish();
    return t;
}

QString activityKindFor(const QString &taskKind)
{
    if (taskKind == QLatin1String("call") || taskKind == QLatin1String("email")
        || taskKind == QLatin1String("meeting"))
        return taskKind;
    return QStringLiteral("note");
}

} // namespace

Status TaskRepository::validate(const Task &t)
{
    const auto invalid = [&t](const QString &message) {
        return Status(Error{Error::Kind::Invalid, message, taskContext(t.id), {}});
    };
    if (t.title.trimmed().isEmpty())
        return invalid(tr("A task needs a title: what is to be done?"));
    if (t.title.size() > 500)
        return invalid(tr("The title is longer than 500 characters"));
    static const QRegularExpression kindPattern(QStringLiteral("^[\\w-]{1,40}$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (!t.kind.trimmed().isEmpty() && !kindPattern.match(t.kind.trimmed()).hasMatch())
        return invalid(tr("The type \"%1\" must be one word of at most 40 letters").arg(t.kind));
    if (t.priority < 0 || t.priority > 2)
        return invalid(tr("Priority is 0 (normal), 1 (high) or 2 (urgent), not %1").arg(t.priority));
    if (t.durationMin < 0)
        return invalid(tr("A duration cannot be negative"));
    if (!t.timeZone.isEmpty() && !QTimeZone(t.timeZone.toUtf8()).isValid())
        return invalid(tr("Unknown time zone \"%1\"").arg(t.timeZone));
    if (t.allDay && !t.dueDate.isValid())
        return invalid(tr("An all-day task needs the day it is due"));
    if (t.remindBeforeMin >= 0 && !t.hasDue())
        return invalid(tr("A reminder needs a due date"));
    if (t.remindBeforeMin > 60 * 24 * 60)
        return invalid(tr("A reminder can be at most 60 days before the due date"));
    auto rule = Recurrence::parse(t.recurrence);
    if (!rule)
        return invalid(rule.error().message + QStringLiteral(" (") + rule.error().context
                       + QLatin1Char(')'));
    if (!rule->isNone() && !t.hasDue())
        return invalid(tr("A repeating task needs a due date to repeat from"));
    return {};
}

Result<qint64> TaskRepository::insertOne(const QSqlDatabase &conn, const Task &input) const
{
    const Task t = normalized(input);
    SqlStatement q(conn, tr("Cannot save the task"));
    auto id = q.scalar(
        QStringLiteral("INSERT INTO tasks (title, notes, kind, due_at, all_day, due_date, time_zone,"
                       " duration_min, priority, remind_at, recurrence, contact_id, company_id,"
                       " deal_id, assignee_id, creator_id, group_id, created_at, updated_at, ical_uid)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {t.title, nullIfEmpty(t.notes.trimmed()), t.kind, fromDateTime(t.dueAt), t.allDay ? 1 : 0,
         fromDate(t.dueDate), t.timeZone, intOrNull(t.durationMin), t.priority,
         fromDateTime(t.remindAt), nullIfEmpty(t.recurrence), nullIfZero(t.contactId),
         nullIfZero(t.companyId), nullIfZero(t.dealId),
         nullIfZero(t.assigneeId ? t.assigneeId : m_session.userId), nullIfZero(m_session.userId),
         nullIfZero(t.groupId), nowSecs(), nowSecs(), nullIfEmpty(t.icalUid)});
    if (!id)
        return Error{id.error().kind, id.error().message, taskContext(0), id.error().detail};
    q.finish();
    const qint64 newId = id->toLongLong();
    if (auto st = audit::record(conn, m_session.userId, QStringLiteral("task"), newId,
                                QStringLiteral("create"), audit::diff({}, taskFields(t)));
        !st)
        return st.error();
    return newId;
}

Result<QList<qint64>> TaskRepository::create(const Task &task, const QList<qint64> &assignees) const
{
    if (auto st = validate(task); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();

    QList<qint64> people;
    for (qint64 id : assignees) {
        if (id > 0 && !people.contains(id))
            people << id;
    }
    if (people.isEmpty())
        people << (task.assigneeId ? task.assigneeId : m_session.userId);

    Task copy = task;
    if (people.size() > 1) {
        SqlStatement g(*conn, tr("Cannot save the group task"));
        auto groupId = g.scalar(QStringLiteral("INSERT INTO task_groups (title, created_by, created_at)"
                                               " VALUES (?, ?, ?) RETURNING id"),
                                {task.title.trimmed(), nullIfZero(m_session.userId), nowSecs()});
        if (!groupId)
            return groupId.error();
        g.finish();
        copy.groupId = groupId->toLongLong();
    }
    QList<qint64> ids;
    for (qint64 person : std::as_const(people)) {
        copy.assigneeId = person;
        auto id = insertOne(*conn, copy);
        if (!id)
            return id.error();
        ids << *id;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

Result<Task> TaskRepository::get(qint64 id) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    return readOne(*conn, id);
}

Status TaskRepository::update(const Task &input) const
{
    if (auto st = validate(input); !st)
        return st;
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    auto before = readOne(*conn, input.id);
    if (!before)
        return before.error();
    const Task t = normalized(input);
    // A reminder that moved is shown again at its new time.
    const bool reminderMoved = t.remindAt != before->remindAt;
    SqlStatement q(*conn, tr("Cannot save the task"));
    if (auto st = q.run(
            QStringLiteral("UPDATE tasks SET title = ?, notes = ?, kind = ?, due_at = ?, all_day = ?,"
                           " due_date = ?, time_zone = ?, duration_min = ?, priority = ?,"
                           " remind_at = ?, reminded_at = CASE WHEN ? = 1 THEN NULL ELSE reminded_at END,"
                           " recurrence = ?, contact_id = ?, company_id = ?, deal_id = ?,"
                           " assignee_id = ?, outcome = ?, updated_at = ? WHERE id = ?"),
            {t.title, nullIfEmpty(t.notes.trimmed()), t.kind, fromDateTime(t.dueAt),
             t.allDay ? 1 : 0, fromDate(t.dueDate), t.timeZone, intOrNull(t.durationMin), t.priority,
             fromDateTime(t.remindAt), reminderMoved ? 1 : 0, nullIfEmpty(t.recurrence),
             nullIfZero(t.contactId), nullIfZero(t.companyId), nullIfZero(t.dealId),
             nullIfZero(t.assigneeId ? t.assigneeId : before->assigneeId),
             nullIfEmpty(t.outcome), nowSecs(), t.id});
        !st)
        return Error{st.error().kind, st.error().message, taskContext(t.id), st.error().detail};
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("task"), t.id,
                                QStringLiteral("update"),
                                audit::diff(taskFields(*before), taskFields(t)));
        !st)
        return st;
    return tx.commit();
}

Status TaskRepository::reschedule(qint64 id, const QDateTime &dueAt) const
{
    auto t = get(id);
    if (!t)
        return t.error();
    if (!dueAt.isValid())
        return Error{Error::Kind::Invalid, tr("The new due time is not valid"), taskContext(id), {}};
    Task moved = *t;
    moved.allDay = false;
    moved.dueAt = dueAt;
    return update(moved);
}

Status TaskRepository::rescheduleAllDay(qint64 id, const QDate &date) const
{
    auto t = get(id);
    if (!t)
        return t.error();
    if (!date.isValid())
        return Error{Error::Kind::Invalid, tr("The new due date is not valid"), taskContext(id), {}};
    Task moved = *t;
    moved.allDay = true;
    moved.dueDate = date;
    return update(moved);
}

Result<CompletionResult> TaskRepository::complete(qint64 id, const Completion &completion,
                                                  const QDateTime &nowIn) const
{
    const QDateTime now = nowIn.isValid() ? nowIn.toUTC()
                                          : QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
    if (!completion.nextStep.title.trimmed().isEmpty()) {
        if (auto st = validate(completion.nextStep); !st)
            return Error{st.error().kind, tr("The next step cannot be saved: %1").arg(st.error().message),
                         taskContext(id), {}};
    }
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    auto task = readOne(*conn, id);
    if (!task)
        return task.error();
    if (task->isDone())
        return Error{Error::Kind::Conflict, tr("The task is already done"), taskContext(id), {}};

    SqlStatement q(*conn, tr("Cannot complete the task"));
    if (auto st = q.run(QStringLiteral("UPDATE tasks SET done_at = ?, outcome = ?, updated_at = ?"
                                       " WHERE id = ? AND done_at IS NULL"),
                        {now.toSecsSinceEpoch(), nullIfEmpty(completion.outcome.trimmed()),
                         nowSecs(), id});
        !st)
        return Error{st.error().kind, st.error().message, taskContext(id), st.error().detail};
    QVariantMap change;
    change.insert(QStringLiteral("done"), QVariantList{false, true});
    if (!completion.outcome.trimmed().isEmpty())
        change.insert(QStringLiteral("outcome"), QVariantList{QVariant(), completion.outcome.trimmed()});
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("task"), id,
                                QStringLiteral("complete"), change);
        !st)
        return st.error();

    CompletionResult result;
    // A repeating task: its next copy, the same in everything but the due time.
    auto rule = Recurrence::parse(task->recurrence);
    if (rule && !rule->isNone()) {
        Task next = *task;
        next.id = 0;
        next.groupId = 0; // each person's copy repeats on its own
        next.outcome.clear();
        next.icalUid.clear();
        const QTimeZone zone = zoneOrUtc(task->timeZone);
        if (task->allDay)
            next.dueDate = nextOccurrenceDate(*rule, task->dueDate, now.toTimeZone(zone).date());
        else
            next.dueAt = nextOccurrence(*rule, task->dueAt, zone, now);
        auto nextId = insertOne(*conn, next);
        if (!nextId)
            return nextId.error();
        result.nextOccurrenceId = *nextId;
    }
    // The next step, for the same client unless told otherwise.
    if (!completion.nextStep.title.trimmed().isEmpty()) {
        Task step = completion.nextStep;
        step.id = 0;
        step.groupId = 0;
        if (!step.contactId && !step.companyId && !step.dealId) {
            step.contactId = task->contactId;
            step.companyId = task->companyId;
            step.dealId = task->dealId;
        }
        if (!step.assigneeId)
            step.assigneeId = task->assigneeId;
        if (step.timeZone.isEmpty())
            step.timeZone = task->timeZone;
        auto stepId = insertOne(*conn, step);
        if (!stepId)
            return stepId.error();
        result.nextStepId = *stepId;
    }
    // The outcome on the client's timeline.
    if (completion.logActivity && (task->contactId || task->companyId || task->dealId)) {
        Activity a;
        a.kind = activityKindFor(task->kind);
        a.subject = task->title;
        a.body = completion.outcome.trimmed();
        a.outcome = completion.outcome.trimmed();
        a.occurredAt = now;
        a.durationMin = task->durationMin;
        a.contactId = task->contactId;
        a.companyId = task->companyId;
        a.dealId = task->dealId;
        auto activityId = ActivityRepository(m_session).log(a);
        if (!activityId)
            return activityId.error();
        result.activityId = *activityId;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

Status TaskRepository::reopen(qint64 id) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot open the task again"));
    if (auto st = q.run(QStringLiteral("UPDATE tasks SET done_at = NULL, outcome = NULL, updated_at = ?"
                                       " WHERE id = ? AND done_at IS NOT NULL AND deleted_at IS NULL"),
                        {nowSecs(), id});
        !st)
        return Error{st.error().kind, st.error().message, taskContext(id), st.error().detail};
    if (q.rowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("The task is not done, or is in the trash"),
                     taskContext(id), {}};
    QVariantMap change;
    change.insert(QStringLiteral("done"), QVariantList{true, false});
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("task"), id,
                                QStringLiteral("reopen"), change);
        !st)
        return st;
    return tx.commit();
}

Status TaskRepository::moveToTrash(qint64 id) const
{
    return setTrashed(m_session, {QStringLiteral("tasks"), QStringLiteral("task"), taskContext(id)},
                      id, true);
}

Status TaskRepository::restore(qint64 id) const
{
    return setTrashed(m_session, {QStringLiteral("tasks"), QStringLiteral("task"), taskContext(id)},
                      id, false);
}

Result<qint64> TaskRepository::findUser(const QString &idOrLogin) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    const QString key = idOrLogin.trimmed();
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    SqlStatement q(*conn, tr("Cannot look up the user"));
    auto found = isId ? q.run(QStringLiteral("SELECT id FROM users WHERE id = ?"), {id})
                      : q.run(QStringLiteral("SELECT id FROM users WHERE login = ?"), {key});
    if (!found)
        return found.error();
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There is no user \"%1\"").arg(key),
                     tr("assignee"), {}};
    return q.value(0).toLongLong();
}

} // namespace kontor
