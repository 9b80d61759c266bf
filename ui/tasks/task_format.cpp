#include "tasks/task_format.h"

#include "tasks/recurrence.h"

#include <QLocale>

namespace kontor {

QString TaskText::kindName(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return tr("Call");
    if (kind == QLatin1String("meeting"))
        return tr("Meeting");
    if (kind == QLatin1String("email"))
        return tr("Email");
    if (kind == QLatin1String("todo"))
        return tr("To-do");
    return kind;
}

QString TaskText::priorityName(int priority)
{
    switch (priority) {
    case 1:
        return tr("High");
    case 2:
        return tr("Urgent");
    default:
        return {};
    }
}

QString TaskText::viewName(TaskView view)
{
    switch (view) {
    case TaskView::Today:
        return tr("Today");
    case TaskView::Overdue:
        return tr("Overdue");
    case TaskView::Upcoming:
        return tr("Upcoming");
    case TaskView::Done:
        return tr("Done");
    }
    return {};
}

QString TaskText::due(const Task &task, const QDateTime &now, const QTimeZone &zone)
{
    if (!task.hasDue())
        return tr("No due date");
    const QLocale locale;
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime local = task.allDay ? QDateTime() : task.dueAt.toTimeZone(zone);
    const QDate date = task.allDay ? task.dueDate : local.date();
    QString day;
    if (date == today)
        day = tr("Today");
    else if (date == today.addDays(1))
        day = tr("Tomorrow");
    else if (date == today.addDays(-1))
        day = tr("Yesterday");
    else if (date.year() == today.year())
        day = locale.toString(date, QStringLiteral("ddd d MMM"));
    else
        day = locale.toString(date, QLocale::ShortFormat);
    if (task.allDay)
        return tr("%1 (all day)").arg(day);
    return day + QLatin1Char(' ') + locale.toString(local.time(), QLocale::ShortFormat);
}

QString TaskText::about(const Task &task)
{
    QStringList parts;
    for (const QString &p : {task.contactName, task.companyName, task.dealTitle}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QStringLiteral(" · "));
}

QString TaskText::groupProgress(const Task &task)
{
    if (task.groupTotal < 2)
        return {};
    return tr("%1 of %2 done").arg(task.groupDone).arg(task.groupTotal);
}

QString TaskText::recurrence(const QString &text)
{
    auto rule = Recurrence::parse(text);
    if (!rule || rule->isNone())
        return {};
    switch (rule->kind) {
    case Recurrence::Kind::Daily:
        return tr("Every day");
    case Recurrence::Kind::Weekly: {
        QStringList days;
        for (int d : rule->weekdays)
            days << QLocale().dayName(d, QLocale::ShortFormat);
        return tr("Every %1").arg(days.join(QStringLiteral(", ")));
    }
    case Recurrence::Kind::Monthly:
        return tr("Monthly on day %1").arg(rule->monthDay);
    case Recurrence::Kind::None:
        break;
    }
    return {};
}

} // namespace kontor
