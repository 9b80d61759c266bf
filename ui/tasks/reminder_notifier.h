#pragma once

#include "session.h"
#include "tasks/reminders.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace kontor {

// The GUI half of the reminders: a timer that wakes at the next reminder (and at least every
// minute, so tasks added elsewhere are noticed), and a tray icon whose messages show each
// reminder. Clicking the message asks for the task's record (MainWindow opens it); the
// reminder window (ReminderPopup) and the tray menu snooze. What came due while Kontor was
// closed is reported once, at start, through missedReminders().
class ReminderNotifier : public QObject
{
    Q_OBJECT
public:
    ReminderNotifier(Session session, QObject *parent = nullptr);
    ~ReminderNotifier() override;

    // Polls now and then on the timer. `startedAt` is when this run of the app began.
    void start(const QDateTime &startedAt);
    // One poll at `now` (the timer calls it with the current time; tests call it directly).
    void poll(const QDateTime &now);
    // Snoozes the last reminder shown for `minutes`.
    void snoozeLast(int minutes, const QDateTime &now);
    qint64 lastTaskId() const { return m_lastTaskId; }
    QSystemTrayIcon *tray() const { return m_tray; }
    int msUntilNextPoll() const;

signals:
    void reminderFired(const kontor::Task &task);
    void missedReminders(const QList<kontor::Task> &tasks);
    void openTaskRequested(qint64 taskId);
    void failed(const QString &message);

private:
    void schedule(const QDateTime &now, const QDateTime &nextWake);

    Session m_session;
    std::unique_ptr<ReminderScheduler> m_scheduler;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_snooze = nullptr;
    qint64 m_lastTaskId = 0;
};

} // namespace kontor
