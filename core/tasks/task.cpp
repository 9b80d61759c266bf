#include "tasks/task.h"

#include "storage/sql.h"
#include "tasks/task_rows.h"

namespace kontor {

QStringList taskKinds()
{
    return {QStringLiteral("call"), QStringLiteral("meeting"), QStringLiteral("email"),
            QStringLiteral("todo")};
}

QString taskViewName(TaskView view)
{
    switch (view) {
    case TaskView::Today:
        return QStringLiteral("today");
    case TaskView::Overdue:
        return QStringLiteral("overdue");
    case TaskView::Upcoming:
        return QStringLiteral("upcoming");
    case TaskView::Done:
        return QStringLiteral("done");
    }
    return {};
}

bool parseTaskView(const QString &name, TaskView *view)
{
    for (TaskView v : {TaskView::Today, TaskView::Overdue, TaskView::Upcoming, TaskView::Done}) {
        if (name == taskViewName(v)) {
            *view = v;
            return true;
        }
    }
    return false;
}

namespace taskrows {

Task read(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.notes = q.value(2).toString();
    t.kind = q.value(3).toString();
    t.dueAt = toDateTime(q.value(4));
    t.allDay = q.value(5).toInt() != 0;
    t.dueDate = toDate(q.value(6));
    t.timeZone = q.value(7).toString();
    t.durationMin = q.value(8).toInt();
    t.priority = q.value(9).toInt();
    t.remindAt = toDateTime(q.value(10));
    t.remindedAt = toDateTime(q.value(11));
    t.recurrence = q.value(12).toString();
    t.contactId = q.value(13).toLongLong();
    t.companyId = q.value(14).toLongLong();
    t.dealId = q.value(15).toLongLong();
    t.assigneeId = q.value(16).toLongLong();
    t.creatorId = q.value(17).toLongLong();
    t.groupId = q.value(18).toLongLong();
    t.doneAt = toDateTime(q.value(19));
    t.outcome = q.value(20).toString();
    t.createdAt = toDateTime(q.value(21));
    t.contactName = q.value(22).toString();
    t.companyName = q.value(23).toString();
    t.dealTitle = q.value(24).toString();
    t.assigneeName = q.value(25).toString();
    t.groupDone = q.value(26).toInt();
    t.groupTotal = q.value(27).toInt();
    t.icalUid = q.value(28).toString();
    if (t.remindAt.isValid() && t.dueAt.isValid())
        t.remindBeforeMin = int(qMax<qint64>(0, t.remindAt.secsTo(t.dueAt) / 60));
    return t;
}

} // namespace taskrows
} // namespace kontor
