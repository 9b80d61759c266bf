// The Tasks module and calendar as a salesperson uses them, offscreen: quick add, complete
// with the next-step prompt, reschedule by dragging in the calendar, undo.
#include "tasks_support.h"
#include "test_database.h"

#include "calendar/calendar_page.h"
#include "calendar/calendar_view.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"
#include "tasks/quick_add_task_dialog.h"
#include "tasks/reminder_notifier.h"
#include "tasks/tasks_module.h"
#include "undo/undo_stack.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdlib>
#include <functional>

using namespace kontor;
using namespace kontor::test;

namespace {

// Runs `step` on the modal dialog once it is open (exec() blocks the test until it closes).
// A missing dialog is recorded, never thrown through Qt's event loop.
void whenDialogOpens(std::function<void(QDialog *)> step)
{
    QTimer::singleShot(0, [step] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (dialog)
            step(dialog);
    });
}

QStringList titlesShown(TasksModule &module)
{
    QStringList out;
    for (int r = 0; r < module.model()->rowCount(); ++r)
        out << module.model()->index(r, 1).data().toString();
    return out;
}

void selectTitle(TasksModule &module, const QString &title)
{
    const QStringList titles = titlesShown(module);
    const int row = int(titles.indexOf(title));
    REQUIRE(row >= 0);
    module.view()->selectRow(row);
}

void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

void drag(QWidget *w, const QPoint &from, const QPoint &to)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(w, QEvent::MouseMove, from + QPoint(8, 8), Qt::LeftButton);
    sendMouse(w, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

// A module on a window of its own, with the clock fixed at `now` in the machine's zone (the
// zone the dialogs and the calendar read and write local times in).
struct Fixture
{
    explicit Fixture(const QDateTime &now)
        : session(db.session())
    {
        module = new TasksModule(session, &window);
        module->setClock([now] { return now; }, QTimeZone::systemTimeZone());
        window.resize(1100, 700);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(module->widget());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        module->activate();
    }
    TestDatabase db;
    Session session;
    QWidget window;
    TasksModule *module = nullptr;
};

QDateTime localAt(const QDate &d, int hour, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute)).toUTC();
}

} // namespace

TEST_CASE("Quick add: a refused task says why; a saved one is in Today", "[ui][tasks]")
{
    const QDate day(2026, 6, 10);
    Fixture f(localAt(day, 8));
    QAbstractItemModelTester tester(f.module->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(titlesShown(*f.module).isEmpty());

    bool sawError = false;
    whenDialogOpens([&](QDialog *dialog) {
        // Save with no title: the dialog stays and explains
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveTaskButton")), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorBanner"));
        sawError = dialog->isVisible() && error->isVisible() && error->text().contains(QStringLiteral("title"));
        // Then a title and 14:30 today are typed, and saved
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("taskTitle")), QStringLiteral("Call Ada"));
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("taskDue"))->setDateTime(QDateTime(day, QTime(14, 30)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveTaskButton")), Qt::LeftButton);
    });
    const QList<qint64> ids = f.module->newTask();
    CHECK(sawError);
    REQUIRE(ids.size() == 1);
    CHECK(titlesShown(*f.module) == QStringList {QStringLiteral("Call Ada")});
    const Task saved = require(TaskRepository(f.session).get(ids.first()));
    CHECK(saved.dueAt == localAt(day, 14, 30));
    CHECK(saved.remindBeforeMin == 15); // the default reminder
    CHECK(f.module->countOf(TaskView::Today) == 1);

    // Edited: the new title shows; undo brings the old one back
    whenDialogOpens([&](QDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("taskTitle"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Call Ada about the offer"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveTaskButton")), Qt::LeftButton);
    });
    selectTitle(*f.module, QStringLiteral("Call Ada"));
    f.module->editSelected();
    CHECK(titlesShown(*f.module) == QStringList {QStringLiteral("Call Ada about the offer")});
    UndoStack *stack = UndoStack::of(f.module);
    stack->undo();
    CHECK(titlesShown(*f.module) == QStringList {QStringLiteral("Call Ada")});

    // Deleted with the Delete key: gone from Today; undo brings it back
    selectTitle(*f.module, QStringLiteral("Call Ada"));
    f.module->deleteSelected();
    CHECK(titlesShown(*f.module).isEmpty());
    stack->undo();
    CHECK(titlesShown(*f.module) == QStringList {QStringLiteral("Call Ada")});
    CHECK(!require(TaskRepository(f.session).get(ids.first())).title.isEmpty());
}

TEST_CASE("Completing a task asks the outcome and schedules the next step; undo reopens it",
          "[ui][tasks]")
{
    const QDate day(2026, 6, 10);
    Fixture f(localAt(day, 8));
    Contact c;
    c.firstName = QStringLiteral("Grace");
    c.lastName = QStringLiteral("Hopper");
    const qint64 contactId = require(ContactRepository(f.session).create(c));
    Task call;
    call.title = QStringLiteral("Call Grace");
    call.kind = QStringLiteral("call");
    call.dueAt = localAt(day, 11);
    call.contactId = contactId;
    const qint64 callId = require(TaskRepository(f.session).create(call)).first();
    f.module->reload();
    REQUIRE(titlesShown(*f.module) == QStringList {QStringLiteral("Call Grace")});

    bool offered = false;
    whenDialogOpens([&](QDialog *dialog) {
        // The next step is offered up front for a task about a client
        offered = dialog->findChild<QGroupBox *>(QStringLiteral("nextStepGroup"))->isChecked();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("taskOutcome")),
                         QStringLiteral("Wants a demo"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nextStepTitle")),
                         QStringLiteral("Show the demo"));
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("nextStepDue"))
            ->setDateTime(QDateTime(day, QTime(16, 0)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("markDoneButton")), Qt::LeftButton);
    });
    selectTitle(*f.module, QStringLiteral("Call Grace"));
    f.module->completeSelected();
    CHECK(offered);

    // Then Today holds the next step, Done the call with its outcome, and the call is logged
    CHECK(titlesShown(*f.module) == QStringList {QStringLiteral("Show the demo")});
    f.module->showView(TaskView::Done);
    REQUIRE(titlesShown(*f.module) == QStringList {QStringLiteral("Call Grace")});
    CHECK(f.module->model()->index(0, 5).data().toString().contains(QStringLiteral("Wants a demo")));
    auto conn = f.session.db->connection();
    SqlStatement q(*conn, QStringLiteral("activities"));
    CHECK(require(q.scalar(QStringLiteral("SELECT COUNT(*) FROM activities WHERE contact_id = ? AND kind = 'call'"),
                           {contactId}))
              .toInt()
          == 1);
    q.finish();

    // When the completion is undone, the call is open again and the next step is gone
    UndoStack *stack = UndoStack::of(f.module);
    REQUIRE(stack->canUndo());
    stack->undo();
    CHECK(!require(TaskRepository(f.session).get(callId)).isDone());
    f.module->showView(TaskView::Today);
    CHECK(titlesShown(*f.module) == QStringList {QStringLiteral("Call Grace")});
}

TEST_CASE("Dragging a task in the calendar reschedules it; undo moves it back", "[ui][calendar]")
{
    const QDate day(2026, 6, 10); // a Wednesday
    Fixture f(localAt(day, 8));
    Task demo;
    demo.title = QStringLiteral("Demo");
    demo.kind = QStringLiteral("meeting");
    demo.dueAt = localAt(day, 10);
    demo.durationMin = 60;
    demo.remindBeforeMin = 30;
    const qint64 id = require(TaskRepository(f.session).create(demo)).first();
    Contact c;
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.birthday = QDate(1985, 6, 12);
    require(ContactRepository(f.session).create(c));

    f.module->showCalendar(true);
    CalendarPage *page = f.module->calendar();
    page->goToday();
    CalendarView *view = page->view();
    REQUIRE(view->mode() == CalendarView::Mode::Month);
    // The month shows the meeting and the birthday (with the age she turns)
    QStringList shown;
    for (const CalendarItem &i : view->items())
        shown << i.title;
    CHECK(shown.contains(QStringLiteral("Demo")));
    CHECK(shown.contains(QStringLiteral("Ada Lovelace (41)")));

    // When the meeting is dragged to Friday in the month view: same time, new day
    drag(view, view->itemRect(id).center(), view->dayRect(day.addDays(2)).center());
    CHECK(require(TaskRepository(f.session).get(id)).dueAt == localAt(day.addDays(2), 10));
    // The reminder moved with it
    CHECK(require(TaskRepository(f.session).get(id)).remindAt == localAt(day.addDays(2), 9, 30));

    // When it is dragged to 14:00 on Thursday in the week view
    page->setMode(CalendarView::Mode::Week);
    REQUIRE(!view->itemRect(id).isNull());
    drag(view, view->itemRect(id).center(), view->pointAt(day.addDays(1), QTime(14, 0)) + QPoint(0, 2));
    CHECK(require(TaskRepository(f.session).get(id)).dueAt == localAt(day.addDays(1), 14));

    // Undo twice: back to Wednesday 10:00
    UndoStack *stack = UndoStack::of(f.module);
    stack->undo();
    CHECK(require(TaskRepository(f.session).get(id)).dueAt == localAt(day.addDays(2), 10));
    stack->undo();
    CHECK(require(TaskRepository(f.session).get(id)).dueAt == localAt(day, 10));

    // Dropped on the all-day strip it becomes an all-day task
    drag(view, view->itemRect(id).center(), view->allDayRect(day.addDays(3)).center());
    const Task allDay = require(TaskRepository(f.session).get(id));
    CHECK(allDay.allDay);
    CHECK(allDay.dueDate == day.addDays(3));
}

TEST_CASE("The notifier fires a reminder on time and reports missed ones after a restart",
          "[ui][reminders]")
{
    TestDatabase db;
    const Session s = db.session();
    Task call;
    call.title = QStringLiteral("Call back");
    call.dueAt = at("2026-06-10T10:00:00Z");
    call.remindBeforeMin = 10;
    const qint64 id = require(TaskRepository(s).create(call)).first();
    Task later;
    later.title = QStringLiteral("Afternoon demo");
    later.dueAt = at("2026-06-10T15:00:00Z");
    later.remindBeforeMin = 0;
    require(TaskRepository(s).create(later));

    QList<Task> fired;
    QList<Task> missed;
    {
        // Kontor runs from 09:00: the timer is set for 09:50 (no sooner than needed)
        ReminderNotifier notifier(s);
        QObject::connect(&notifier, &ReminderNotifier::reminderFired, [&](const Task &t) { fired << t; });
        notifier.start(at("2026-06-10T09:49:30Z"));
        CHECK(fired.isEmpty());
        CHECK(notifier.msUntilNextPoll() > 25000);
        CHECK(notifier.msUntilNextPoll() <= 31000); // coarse timers may round up a little
        notifier.poll(at("2026-06-10T09:50:00Z"));
        REQUIRE(fired.size() == 1);
        CHECK(fired.first().title == QStringLiteral("Call back"));
        // Snoozed for 10 minutes it comes back at 10:00
        notifier.snoozeLast(10, at("2026-06-10T09:50:30Z"));
        notifier.poll(at("2026-06-10T09:55:00Z"));
        CHECK(fired.size() == 1);
        notifier.poll(at("2026-06-10T10:00:30Z"));
        CHECK(fired.size() == 2);
        CHECK(notifier.lastTaskId() == id);
    } // Kontor is closed before 15:00

    // When it starts again at 17:00, the demo's reminder is reported as missed, not fired
    ReminderNotifier restarted(s);
    QObject::connect(&restarted, &ReminderNotifier::reminderFired, [&](const Task &t) { fired << t; });
    QObject::connect(&restarted, &ReminderNotifier::missedReminders,
                     [&](const QList<Task> &tasks) { missed += tasks; });
    restarted.start(at("2026-06-10T17:00:00Z"));
    CHECK(fired.size() == 2);
    REQUIRE(missed.size() == 1);
    CHECK(missed.first().title == QStringLiteral("Afternoon demo"));
}

TEST_CASE("The agenda scrolls past what fits; week and day views reach early and late hours",
          "[ui][calendar]")
{
    const QDate day(2026, 6, 10); // a Wednesday
    Fixture f(localAt(day, 8));
    // Two weeks with 40 things to do: more than a 700-pixel window shows
    qint64 last = 0;
    qint64 nine = 0; // "Call 0", today at 09:00
    for (int i = 0; i < 40; ++i) {
        Task t;
        t.title = QStringLiteral("Call %1").arg(i);
        t.dueAt = localAt(day.addDays(i % 14), 9 + i / 14);
        last = require(TaskRepository(f.session).create(t)).first();
        if (i == 0)
            nine = last;
    }
    Task early;
    early.title = QStringLiteral("Early flight");
    early.dueAt = localAt(day, 5, 30);
    early.durationMin = 60;
    const qint64 earlyId = require(TaskRepository(f.session).create(early)).first();
    Task late;
    late.title = QStringLiteral("Late call to Tokyo");
    late.dueAt = localAt(day, 22, 15);
    late.durationMin = 30;
    const qint64 lateId = require(TaskRepository(f.session).create(late)).first();

    f.module->showCalendar(true);
    CalendarPage *page = f.module->calendar();
    page->goToday();
    page->setMode(CalendarView::Mode::Agenda);
    QApplication::processEvents();
    CalendarView *view = page->view();
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("calendarScroll"));
    REQUIRE(scroll);
    // The agenda is taller than the window and scrolls; its last line is drawn, not cut off
    CHECK(view->height() > scroll->viewport()->height());
    CHECK(scroll->verticalScrollBar()->maximum() > 0);
    const QRect lastRect = view->itemRect(last);
    REQUIRE(!lastRect.isNull());
    CHECK(lastRect.bottom() < view->height());
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QApplication::processEvents();
    CHECK(view->visibleRegion().boundingRect().contains(lastRect));

    // The week widens its hours to 05:00 .. 23:00 for the flight and the late call
    page->setMode(CalendarView::Mode::Week);
    QApplication::processEvents();
    CHECK(view->firstHour() == 5);
    CHECK(view->lastHour() == 23);
    CHECK(std::abs(view->itemRect(earlyId).top() - view->pointAt(day, QTime(5, 30)).y()) <= 2);
    CHECK(std::abs(view->itemRect(lateId).top() - view->pointAt(day, QTime(22, 15)).y()) <= 2);
    CHECK(view->itemRect(earlyId).bottom() < view->itemRect(nine).top());
    // A call dragged to 06:00, outside the usual 07:00 .. 21:00, lands at 06:00
    drag(view, view->itemRect(nine).center(), view->pointAt(day.addDays(1), QTime(6, 0)) + QPoint(0, 2));
    CHECK(require(TaskRepository(f.session).get(nine)).dueAt == localAt(day.addDays(1), 6));

    // Day by day: today from 05:00, tomorrow (the call at 06:00) from 06:00, and a day with
    // nothing early or late keeps the usual 07:00 .. 21:00
    page->setMode(CalendarView::Mode::Day);
    page->goToday();
    CHECK(view->firstHour() == 5);
    page->step(1);
    CHECK(view->firstHour() == 6);
    CHECK(view->lastHour() == 21);
    page->step(1);
    CHECK(view->firstHour() == 7);
    CHECK(view->lastHour() == 21);
}
