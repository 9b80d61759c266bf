#pragma once

#include "session.h"
#include "tasks/task.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

namespace kontor {

// What the reminder scheduler decided at one moment.
struct ReminderTick
{
    QList<Task> fire;   // reminders due now: show a notification for each
    QList<Task> missed; // came due while the app was closed: list them once, at start
    QDateTime nextWake; // the next pending reminder (invalid = none); wake up then
};

// Decides which task reminders to show, for the signed-in user. Pure logic over the
// database: the GUI owns the timer (ui/tasks/reminder_notifier), so this is tested without
// one. A reminder is shown once: showing it stamps reminded_at, so a restart does not repeat
// it, and one that came due while Kontor was closed is reported as missed on the next start.
class ReminderScheduler
{
public:
    // `startedAt`: when this run of the app started. Reminders due before it were missed.
    ReminderScheduler(Session session, const QDateTime &startedAt);

    // Everything due at `now` and not yet shown, marked shown.
    Result<ReminderTick> poll(const QDateTime &now);
    // Shows the reminder again at `until` (it is already shown, so it goes back to pending).
    Status snooze(qint64 taskId, const QDateTime &until) const;
    // The next pending reminder after `now` (invalid = none).
    Result<QDateTime> nextPending(const QDateTime &now) const;

private:
    Session m_session;
    QDateTime m_startedAt;
};

} // namespace kontor
