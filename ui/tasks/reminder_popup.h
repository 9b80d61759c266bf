#pragma once

#include "session.h"
#include "tasks/task.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace kontor {

class Module;
class ReminderNotifier;

// The reminder itself: a small window listing the reminders that came due (and, at start,
// the ones missed while Kontor was closed), each with Snooze 10 min / Snooze 1 h / Open /
// Done — so the user acts on the reminder where it appears, not in the tray menu. Open
// shows the task's record; snoozed, opened or done reminders leave the list, and the window
// hides when it is empty. Closing it dismisses what is left.
class ReminderPopup : public QDialog
{
    Q_OBJECT
public:
    ReminderPopup(Session session, ReminderNotifier *notifier, QWidget *parent = nullptr);

    // The clock snoozes count from (tests fix it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void addFired(const Task &task);
    void addMissed(const QList<Task> &tasks);
    QListWidget *list() const { return m_list; }
    QList<qint64> taskIds() const;
    qint64 currentTaskId() const;

    void snoozeCurrent(int minutes);
    void openCurrent();
    // Asks the outcome and the next step (the Complete dialog), then completes the task,
    // undoably.
    void completeCurrent();

signals:
    // The user wants the task's record (contact, company or deal card; Tasks for none).
    void openRequested(qint64 taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void add(const Task &task, bool missed);
    void removeCurrent();
    void updateState();
    void retranslate();

    Session m_session;
    ReminderNotifier *m_notifier;
    std::function<QDateTime()> m_clock;
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_snooze10 = nullptr;
    QPushButton *m_snooze60 = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_done = nullptr;
};

// Opens what a task is about: the deal (selected in the Deals list until deals have a card of
// their own) if it has one, else the contact's card, else the company's card; a task for none
// of these shows the Tasks module. `showModule` switches the main window to a module. Returns
// what was opened: "deal", "contact", "company" or "tasks".
QString openTaskRecord(const Session &session, qint64 taskId, QWidget *window,
                       const std::function<Module *(const QString &)> &showModule);

} // namespace kontor
