#pragma once

#include "tasks/task.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace kontor {

// How tasks read on screen, shared by the list, the calendar and the dialogs.
struct TaskText
{
    Q_DECLARE_TR_FUNCTIONS(TaskText)
public:
    static QString kindName(const QString &kind);   // "Call", or the custom word itself
    static QString priorityName(int priority);      // "", "High", "Urgent"
    static QString viewName(TaskView view);         // "Today", ...
    // "Today 09:30", "Tomorrow", "Fri 12 Jun 14:00", "12 Jun 2027 (all day)", in `zone`.
    static QString due(const Task &task, const QDateTime &now, const QTimeZone &zone);
    // Contact / company / deal the task is about, joined.
    static QString about(const Task &task);
    // "2 of 3 done" for a group task, "" otherwise.
    static QString groupProgress(const Task &task);
    static QString recurrence(const QString &rule);
};

} // namespace kontor
