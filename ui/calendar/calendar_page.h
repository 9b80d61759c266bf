#pragma once

#include "calendar/calendar_view.h"
#include "session.h"
#include "tasks/task.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QScrollArea;

namespace kontor {

class UndoStack;

// The calendar page: Previous / Today / Next, Month / Week / Day / Agenda, and the painted
// view filled with the scope's tasks and meetings plus contacts' birthdays. A drag saves the
// new time through TaskRepository as an undoable command.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(Session session, QWidget *parent = nullptr);

    CalendarView *view() const { return m_view; }
    void setScope(const TaskScope &scope);
    void setMode(CalendarView::Mode mode);
    void goToday();
    void step(int direction); // -1 previous, +1 next page of the current mode
    void reload();
    // The clock the page reads "now" from (tests set a fixed one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    void taskActivated(qint64 taskId);
    void contactActivated(qint64 contactId);
    void newTaskRequested(const QDate &date);
    void failed(const QString &message);

private:
    void updateTitle();
    void onReschedule(qint64 taskId, const QDate &date, const QTime &time);

    Session m_session;
    TaskScope m_scope;
    std::function<QDateTime()> m_clock;
    CalendarView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QButtonGroup *m_modes = nullptr;
};

} // namespace kontor
