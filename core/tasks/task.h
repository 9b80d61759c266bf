#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kontor {

// A task: something a person has to do, by a time (or on a day), for a contact, company
// and/or deal. Times are instants (UTC); an all-day task is due on a local calendar date.
struct Task
{
    qint64 id = 0;
    QString title;
    QString notes;
    QString kind = QStringLiteral("todo"); // call, meeting, email, todo, or a custom word
    // Timed task: the due instant. All-day task: the start of `dueDate` in `timeZone`
    // (kept so lists and the board can order every task by one column).
    QDateTime dueAt;
    bool allDay = false;
    QDate dueDate;    // all-day tasks only: the local day it is due
    QString timeZone; // IANA id the task was planned in; recurrence keeps its local time there
    int durationMin = 0;
    int priority = 0;     // 0 normal, 1 high, 2 urgent
    int remindBeforeMin = -1; // -1 = no reminder; otherwise minutes before the due time
    QDateTime remindAt;   // read-only: when the reminder fires (due - remindBeforeMin, or snoozed)
    QDateTime remindedAt; // read-only: when it was shown
    QString recurrence;   // "", daily, weekly:mon,thu, monthly[:DD]
    qint64 contactId = 0;
    qint64 companyId = 0;
    qint64 dealId = 0;
    qint64 assigneeId = 0; // 0 = the signed-in user
    qint64 creatorId = 0;  // read-only
    qint64 groupId = 0;    // read-only: shared by the copies of a task given to several people
    QDateTime doneAt;      // read-only: set by complete()
    QString outcome;
    QDateTime createdAt;
    QString icalUid; // set for meetings imported from iCalendar

    // Read-only display fields filled by the repository's lists.
    QString contactName;
    QString companyName;
    QString dealTitle;
    QString assigneeName;
    int groupDone = 0;  // in a group task: how many copies are done
    int groupTotal = 0; // ... out of how many

    bool isDone() const { return doneAt.isValid(); }
    bool hasDue() const { return allDay ? dueDate.isValid() : dueAt.isValid(); }
};

// The built-in kinds of task (a custom kind is any other short word).
QStringList taskKinds();

// The lists of the Tasks module. Computed against a caller-given "now" and time zone, so
// "today" is the viewer's local day.
enum class TaskView { Today, Overdue, Upcoming, Done };

QString taskViewName(TaskView view); // today, overdue, upcoming, done
bool parseTaskView(const QString &name, TaskView *view);

// Whose tasks: the signed-in user's, one colleague's, or everyone's.
struct TaskScope
{
    enum class Who { Mine, User, Everyone };
    Who who = Who::Mine;
    qint64 userId = 0; // for Who::User

    static TaskScope mine() { return {}; }
    static TaskScope user(qint64 id) { return {Who::User, id}; }
    static TaskScope everyone() { return {Who::Everyone, 0}; }
};

} // namespace kontor
