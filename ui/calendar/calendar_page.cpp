#include "calendar/calendar_page.h"

#include "tasks/task_commands.h"
#include "tasks/task_format.h"
#include "tasks/task_repository.h"
#include "undo/undo_stack.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

CalendarPage::CalendarPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("calendarPage"));
    auto *prev = new QToolButton;
    prev->setObjectName(QStringLiteral("calendarPrevious"));
    prev->setText(QStringLiteral("‹"));
    prev->setToolTip(tr("Previous"));
    auto *next = new QToolButton;
    next->setObjectName(QStringLiteral("calendarNext"));
    next->setText(QStringLiteral("›"));
    next->setToolTip(tr("Next"));
    auto *today = new QPushButton(tr("Today"));
    today->setObjectName(QStringLiteral("calendarToday"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);

    auto *bar = new QHBoxLayout;
    bar->addWidget(prev);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    m_modes = new QButtonGroup(this);
    const QList<std::pair<CalendarView::Mode, QString>> modes {
        {CalendarView::Mode::Month, tr("Month")},
        {CalendarView::Mode::Week, tr("Week")},
        {CalendarView::Mode::Day, tr("Day")},
        {CalendarView::Mode::Agenda, tr("Agenda")}};
    for (const auto &m : modes) {
        auto *b = new QPushButton(m.second);
        b->setObjectName(QStringLiteral("calendarMode%1").arg(int(m.first)));
        b->setCheckable(true);
        b->setChecked(m.first == CalendarView::Mode::Month);
        m_modes->addButton(b, int(m.first));
        bar->addWidget(b);
    }

    m_view = new CalendarView;
    // The view fills the page and asks for more height when it needs it (a long agenda, a
    // day from 05:00 to 23:00); the scroll area then scrolls.
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("calendarScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, &CalendarPage::goToday);
    connect(m_modes, &QButtonGroup::idClicked, this,
            [this](int id) { setMode(static_cast<CalendarView::Mode>(id)); });
    connect(m_view, &CalendarView::rescheduleRequested, this, &CalendarPage::onReschedule);
    connect(m_view, &CalendarView::taskActivated, this, &CalendarPage::taskActivated);
    connect(m_view, &CalendarView::birthdayActivated, this, &CalendarPage::contactActivated);
    connect(m_view, &CalendarView::dayActivated, this, &CalendarPage::newTaskRequested);
    updateTitle();
}

void CalendarPage::setScope(const TaskScope &scope)
{
    m_scope = scope;
    reload();
}

void CalendarPage::setMode(CalendarView::Mode mode)
{
    m_view->setMode(mode);
    if (auto *b = m_modes->button(int(mode)))
        b->setChecked(true);
    reload();
}

void CalendarPage::goToday()
{
    m_view->setAnchor(m_clock().toLocalTime().date());
    reload();
}

void CalendarPage::step(int direction)
{
    const QDate a = m_view->anchor();
    switch (m_view->mode()) {
    case CalendarView::Mode::Month:
        m_view->setAnchor(QDate(a.year(), a.month(), 1).addMonths(direction));
        break;
    case CalendarView::Mode::Week:
        m_view->setAnchor(a.addDays(7 * direction));
        break;
    case CalendarView::Mode::Day:
        m_view->setAnchor(a.addDays(direction));
        break;
    case CalendarView::Mode::Agenda:
        m_view->setAnchor(a.addDays(14 * direction));
        break;
    }
    reload();
}

void CalendarPage::updateTitle()
{
    const QLocale locale;
    const QDate a = m_view->anchor();
    switch (m_view->mode()) {
    case CalendarView::Mode::Month:
        m_title->setText(locale.toString(a, QStringLiteral("MMMM yyyy")));
        break;
    case CalendarView::Mode::Week:
    case CalendarView::Mode::Agenda:
        m_title->setText(tr("%1 – %2")
                             .arg(locale.toString(m_view->firstDay(), QLocale::ShortFormat),
                                  locale.toString(m_view->endDay().addDays(-1), QLocale::ShortFormat)));
        break;
    case CalendarView::Mode::Day:
        m_title->setText(locale.toString(a, QLocale::LongFormat));
        break;
    }
}

void CalendarPage::reload()
{
    updateTitle();
    const QDateTime now = m_clock();
    m_view->setToday(now.toLocalTime().date());
    const QDate first = m_view->firstDay();
    const QDate end = m_view->endDay();
    const CalendarRange range {first.startOfDay().toUTC(), end.startOfDay().toUTC(), first, end};
    const TaskRepository repo(m_session);
    auto tasks = repo.inRange(range, m_scope);
    if (!tasks) {
        emit failed(tasks.error().message);
        return;
    }
    QList<CalendarItem> items;
    for (const Task &t : std::as_const(*tasks)) {
        CalendarItem item;
        item.taskId = t.id;
        item.title = t.title;
        item.kind = t.kind;
        item.allDay = t.allDay;
        const QDateTime local = t.dueAt.toLocalTime();
        item.date = t.allDay ? t.dueDate : local.date();
        item.start = t.allDay ? QTime() : local.time();
        item.minutes = t.durationMin;
        item.done = t.isDone();
        item.overdue = !t.isDone()
            && (t.allDay ? t.dueDate < now.toLocalTime().date() : t.dueAt < now);
        QStringList tip {t.title, TaskText::kindName(t.kind) + QStringLiteral(" · ")
                                      + TaskText::due(t, now, QTimeZone::systemTimeZone())};
        if (!TaskText::about(t).isEmpty())
            tip << TaskText::about(t);
        if (!t.assigneeName.isEmpty())
            tip << tr("Assigned to %1").arg(t.assigneeName);
        item.tooltip = tip.join(QLatin1Char('\n'));
        items << item;
    }
    auto birthdays = repo.birthdays(first, end);
    if (birthdays) {
        for (const Birthday &b : std::as_const(*birthdays)) {
            CalendarItem item;
            item.contactId = b.contactId;
            item.kind = QStringLiteral("birthday");
            item.allDay = true;
            item.date = b.onDate;
            const int age = b.birthday.year() > 1900 ? b.onDate.year() - b.birthday.year() : 0;
            item.title = age > 0 ? tr("%1 (%2)").arg(b.name).arg(age) : b.name;
            item.tooltip = tr("Birthday of %1").arg(b.name);
            items << item;
        }
    }
    m_view->setItems(items);
}

void CalendarPage::onReschedule(qint64 taskId, const QDate &date, const QTime &time)
{
    const TaskRepository repo(m_session);
    auto before = repo.get(taskId);
    if (!before) {
        emit failed(before.error().message);
        return;
    }
    Task after = *before;
    after.allDay = !time.isValid();
    if (after.allDay)
        after.dueDate = date;
    else
        after.dueAt = QDateTime(date, time).toUTC();
    const Status st = after.allDay ? repo.rescheduleAllDay(taskId, date) : repo.reschedule(taskId, after.dueAt);
    if (!st) {
        emit failed(st.error().message);
        reload();
        return;
    }
    // Looked up now, not at construction: the page is reparented into the window later.
    UndoStack *stack = UndoStack::of(this);
    stack->push(new RescheduleTaskCommand(stack, m_session, *before, after));
    stack->notifyChanged(QStringLiteral("task"), {taskId});
    reload();
}

} // namespace kontor
