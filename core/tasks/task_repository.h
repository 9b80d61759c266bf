#pragma once

#include "repo/paging.h"
#include "session.h"
#include "tasks/task.h"
#include "util/result.h"

#include <QTimeZone>

namespace kontor {

// What complete() may do besides closing the task.
struct Completion
{
    QString outcome;
    // Log the outcome on the timeline as an activity (a call task logs a call, and so on).
    bool logActivity = false;
    // The next step, scheduled for the same contact / company / deal ("no deal is left
    // without a next step"). Ignored when its title is empty.
    Task nextStep;
};

struct CompletionResult
{
    qint64 nextOccurrenceId = 0; // a repeating task's next copy
    qint64 nextStepId = 0;
    qint64 activityId = 0;
};

// One day/instant window of the calendar: timed tasks due in [from, to) and all-day tasks
// due on a date in [fromDate, toDate).
struct CalendarRange
{
    QDateTime from;
    QDateTime to;
    QDate fromDate;
    QDate toDate;
};

struct Birthday
{
    qint64 contactId = 0;
    QString name;
    QDate birthday; // the real date (with the birth year)
    QDate onDate;   // the day it falls on in the range asked for
};

// The only place that writes SQL for tasks and task groups.
class TaskRepository
{
public:
    explicit TaskRepository(Session session) : m_session(std::move(session)) {}

    // Creates the task for each assignee (none = the signed-in user). Several assignees make
    // a group task: one copy per person sharing a task_groups row. Returns the new ids.
    Result<QList<qint64>> create(const Task &task, const QList<qint64> &assignees = {}) const;
    Result<Task> get(qint64 id) const;
    // Saves the editable fields (title, notes, kind, due, priority, reminder, links, assignee).
    Status update(const Task &task) const;
    // Moves the due time (or all-day date) and the reminder with it.
    Status reschedule(qint64 id, const QDateTime &dueAt) const;
    Status rescheduleAllDay(qint64 id, const QDate &date) const;
    // Closes the task with an outcome; a repeating task gets its next copy; optionally logs
    // an activity and schedules the next step, all in one transaction. `now` decides where
    // the next copy of a late repeating task lands.
    Result<CompletionResult> complete(qint64 id, const Completion &completion,
                                      const QDateTime &now = {}) const;
    // Opens a completed task again (Undo of complete).
    Status reopen(qint64 id) const;
    Status moveToTrash(qint64 id) const;
    Status restore(qint64 id) const;

    // The lists. `now` and `zone` decide what "today" and "overdue" mean for the viewer.
    Result<Page<Task>> list(TaskView view, const TaskScope &scope, const QDateTime &now,
                            const QTimeZone &zone, const PageRequest &page = {}) const;
    Result<qint64> count(TaskView view, const TaskScope &scope, const QDateTime &now,
                         const QTimeZone &zone) const;
    // Open and done tasks in a calendar window, by due time.
    Result<QList<Task>> inRange(const CalendarRange &range, const TaskScope &scope) const;
    // Every live task of the scope (open ones, and done ones when asked), by due time: what
    // an iCalendar export writes. At most 100,000.
    Result<QList<Task>> all(const TaskScope &scope, bool includeDone) const;
    // Contacts whose birthday falls in [from, to) (at most 366 days).
    Result<QList<Birthday>> birthdays(const QDate &from, const QDate &to) const;
    // The copies of a group task, one per person.
    Result<QList<Task>> group(qint64 groupId) const;
    // Open deals without an open task: the "no next step" list.
    Result<QList<qint64>> dealsWithoutNextStep(int limit = 500) const;

    // A user by id or login, for --assignee and the colleague chooser.
    Result<qint64> findUser(const QString &idOrLogin) const;

    static Status validate(const Task &task);

private:
    Result<qint64> insertOne(const QSqlDatabase &conn, const Task &task) const;

    Session m_session;
};

} // namespace kontor
