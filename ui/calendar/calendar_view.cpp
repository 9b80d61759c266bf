#include "calendar/calendar_view.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace kontor {

namespace {

QDate mondayOf(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

int minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

} // namespace

CalendarView::CalendarView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_today = QDate::currentDate();
    m_anchor = m_today;
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    m_layoutDirty = true;
    updateHourRange();
    updateGeometry();
    update();
}

void CalendarView::setAnchor(const QDate &date)
{
    m_anchor = date;
    m_layoutDirty = true;
    updateHourRange();
    updateGeometry();
    update();
}

void CalendarView::setToday(const QDate &today)
{
    m_today = today;
    update();
}

void CalendarView::setItems(QList<CalendarItem> items)
{
    m_items = std::move(items);
    m_pressed = -1;
    m_dragging = false;
    m_layoutDirty = true;
    updateHourRange();
    updateGeometry(); // the agenda grows with its items
    update();
}

void CalendarView::updateHourRange()
{
    m_firstHour = kFirstHour;
    m_lastHour = kLastHour;
    for (const CalendarItem &i : std::as_const(m_items)) {
        if (i.allDay || !i.start.isValid() || i.date < firstDay() || i.date >= endDay())
            continue;
        const int start = minutesOf(i.start);
        const int end = std::min(24 * 60, start + std::max(30, i.minutes));
        m_firstHour = std::min(m_firstHour, start / 60);
        m_lastHour = std::max(m_lastHour, (end + 59) / 60);
    }
}

int CalendarView::agendaHeight() const
{
    const int line = fontMetrics().height() + 6;
    int y = headerHeight();
    QSet<qint64> days;
    for (const CalendarItem &item : m_items) {
        if (item.date < firstDay() || item.date >= endDay())
            continue;
        if (!days.contains(item.date.toJulianDay())) {
            days.insert(item.date.toJulianDay());
            y += line + 4;
        }
        y += line;
    }
    return y + line;
}

QSize CalendarView::minimumSizeHint() const
{
    switch (m_mode) {
    case Mode::Month:
        return {480, 360};
    case Mode::Week:
    case Mode::Day:
        return {480, std::max(360, headerHeight() + allDayHeight()
                                       + (m_lastHour - m_firstHour) * (fontMetrics().height() + 4) + 2)};
    case Mode::Agenda:
        return {480, std::max(360, agendaHeight())};
    }
    return {480, 360};
}

int CalendarView::gutter() const
{
    // Room for the widest hour label ("10:00 AM", "22:00") left of the week / day grid.
    const QLocale locale;
    return fontMetrics().horizontalAdvance(locale.toString(QTime(10, 0), QLocale::ShortFormat)) + 16;
}

QDate CalendarView::firstDay() const
{
    switch (m_mode) {
    case Mode::Month:
        return mondayOf(QDate(m_anchor.year(), m_anchor.month(), 1));
    case Mode::Week:
        return mondayOf(m_anchor);
    case Mode::Day:
    case Mode::Agenda:
        return m_anchor;
    }
    return m_anchor;
}

QDate CalendarView::endDay() const
{
    switch (m_mode) {
    case Mode::Month:
        return firstDay().addDays(42);
    case Mode::Week:
        return firstDay().addDays(7);
    case Mode::Day:
        return firstDay().addDays(1);
    case Mode::Agenda:
        return firstDay().addDays(14);
    }
    return firstDay();
}

int CalendarView::columns() const
{
    return m_mode == Mode::Day ? 1 : 7;
}

int CalendarView::headerHeight() const
{
    return fontMetrics().height() * 2;
}

int CalendarView::allDayHeight() const
{
    int most = 1;
    std::map<qint64, int> perDay;
    for (const CalendarItem &i : m_items) {
        if (i.allDay)
            most = std::max(most, ++perDay[i.date.toJulianDay()]);
    }
    return std::min(most, 4) * (fontMetrics().height() + 6) + 6;
}

int CalendarView::hourHeight() const
{
    const int available = height() - headerHeight() - allDayHeight();
    return std::max(fontMetrics().height() + 4, available / (m_lastHour - m_firstHour));
}

QRect CalendarView::gridRect() const
{
    if (m_mode == Mode::Month)
        return rect().adjusted(0, headerHeight(), -1, -1);
    return rect().adjusted(gutter(), headerHeight(), -1, -1);
}

QRect CalendarView::dayRect(const QDate &date) const
{
    const QRect g = gridRect();
    const qint64 index = firstDay().daysTo(date);
    if (m_mode == Mode::Month) {
        if (index < 0 || index >= 42)
            return {};
        const int w = g.width() / 7;
        const int h = g.height() / 6;
        return QRect(g.left() + int(index % 7) * w, g.top() + int(index / 7) * h, w, h);
    }
    if (m_mode == Mode::Agenda || index < 0 || index >= columns())
        return {};
    const int w = g.width() / columns();
    return QRect(g.left() + int(index) * w, g.top(), w, g.height());
}

QRect CalendarView::allDayRect(const QDate &date) const
{
    const QRect column = dayRect(date);
    if (column.isNull() || m_mode == Mode::Month)
        return {};
    return QRect(column.left(), column.top(), column.width(), allDayHeight());
}

QPoint CalendarView::pointAt(const QDate &date, const QTime &time) const
{
    const QRect column = dayRect(date);
    if (column.isNull() || m_mode == Mode::Month || m_mode == Mode::Agenda)
        return {};
    const int top = column.top() + allDayHeight();
    const int y = top + (minutesOf(time) - m_firstHour * 60) * hourHeight() / 60;
    return QPoint(column.center().x(), y);
}

QRect CalendarView::itemRect(qint64 taskId) const
{
    layoutItems();
    for (const Hit &h : m_hits) {
        if (m_items.at(h.item).taskId == taskId)
            return h.rect;
    }
    return {};
}

void CalendarView::layoutItems() const
{
    if (!m_layoutDirty)
        return;
    m_layoutDirty = false;
    m_hits.clear();
    const int line = fontMetrics().height() + 6;
    if (m_mode == Mode::Month) {
        std::map<qint64, int> used; // items placed per day
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem &item = m_items.at(i);
            const QRect cell = dayRect(item.date);
            if (cell.isNull())
                continue;
            const int n = used[item.date.toJulianDay()]++;
            const QRect r(cell.left() + 3, cell.top() + line + n * line, cell.width() - 6, line - 2);
            if (r.bottom() <= cell.bottom() - line) // leave room for "+n more"
                m_hits.append({r, i});
        }
    } else if (m_mode == Mode::Agenda) {
        int y = headerHeight();
        QDate current;
        QList<int> order;
        for (int i = 0; i < m_items.size(); ++i)
            order << i;
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            const CalendarItem &x = m_items.at(a);
            const CalendarItem &y = m_items.at(b);
            if (x.date != y.date)
                return x.date < y.date;
            if ((x.kind == QLatin1String("birthday")) != (y.kind == QLatin1String("birthday")))
                return y.kind == QLatin1String("birthday");
            if (x.allDay != y.allDay)
                return x.allDay;
            return x.start < y.start;
        });
        for (int i : std::as_const(order)) {
            const CalendarItem &item = m_items.at(i);
            if (item.date < firstDay() || item.date >= endDay())
                continue;
            if (item.date != current) {
                current = item.date;
                y += line + 4; // the day's heading
            }
            m_hits.append({QRect(gutter() * 3, y, width() - gutter() * 3 - 8, line - 2), i});
            y += line;
        }
    } else {
        const int hour = hourHeight();
        std::map<qint64, int> allDayUsed;
        // Timed items side by side when they overlap: lanes per day.
        std::map<qint64, QList<int>> perDay;
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem &item = m_items.at(i);
            const QRect column = dayRect(item.date);
            if (column.isNull())
                continue;
            if (item.allDay) {
                const int n = allDayUsed[item.date.toJulianDay()]++;
                const QRect r(column.left() + 2, column.top() + 3 + n * line, column.width() - 4, line - 2);
                if (r.bottom() < column.top() + allDayHeight())
                    m_hits.append({r, i});
            } else {
                perDay[item.date.toJulianDay()] << i;
            }
        }
        for (auto &entry : perDay) {
            QList<int> &list = entry.second;
            std::sort(list.begin(), list.end(),
                      [this](int a, int b) { return m_items.at(a).start < m_items.at(b).start; });
            QList<int> laneEnds; // minute each lane is free again
            QList<int> laneOf;
            for (int i : std::as_const(list)) {
                const CalendarItem &item = m_items.at(i);
                const int start = minutesOf(item.start);
                const int end = start + std::max(30, item.minutes);
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > start)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds << end;
                else
                    laneEnds[lane] = end;
                laneOf << lane;
            }
            const int lanes = std::max(1, int(laneEnds.size()));
            for (int k = 0; k < list.size(); ++k) {
                const CalendarItem &item = m_items.at(list.at(k));
                const QRect column = dayRect(item.date);
                const int top = column.top() + allDayHeight();
                const int start = std::clamp(minutesOf(item.start), m_firstHour * 60, m_lastHour * 60 - 30);
                const int span = std::max(30, item.minutes);
                const int y = top + (start - m_firstHour * 60) * hour / 60;
                const int h = std::max(line - 2, span * hour / 60 - 2);
                const int w = (column.width() - 4) / lanes;
                m_hits.append({QRect(column.left() + 2 + laneOf.at(k) * w, y + 1, w - 2, h), list.at(k)});
            }
        }
    }
}

int CalendarView::hitItem(const QPoint &pos) const
{
    layoutItems();
    for (int i = int(m_hits.size()) - 1; i >= 0; --i) {
        if (m_hits.at(i).rect.contains(pos))
            return m_hits.at(i).item;
    }
    return -1;
}

bool CalendarView::dropTarget(const QPoint &pos, QDate *date, QTime *time) const
{
    if (m_mode == Mode::Agenda)
        return false;
    for (QDate d = firstDay(); d < endDay(); d = d.addDays(1)) {
        const QRect r = dayRect(d);
        if (!r.contains(pos))
            continue;
        *date = d;
        if (m_mode == Mode::Month) {
            *time = QTime(); // the page keeps the task's own time of day
            return true;
        }
        if (pos.y() < r.top() + allDayHeight()) {
            *time = QTime();
            return true;
        }
        int minutes = m_firstHour * 60 + (pos.y() - r.top() - allDayHeight()) * 60 / hourHeight();
        minutes = std::clamp((minutes + 7) / 15 * 15, 0, 23 * 60 + 45);
        *time = QTime(minutes / 60, minutes % 60);
        return true;
    }
    return false;
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = hitItem(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    m_dragging = false;
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton)) {
        const int over = hitItem(pos);
        setCursor(over >= 0 && m_items.at(over).taskId ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    // Birthdays are not tasks: they stay on their day.
    if (!m_items.at(m_pressed).taskId || m_mode == Mode::Agenda)
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 6)
        return;
    m_dragging = true;
    m_dragPos = pos;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    const int pressed = m_pressed;
    const bool dragging = m_dragging;
    m_pressed = -1;
    m_dragging = false;
    setCursor(Qt::ArrowCursor);
    update();
    if (!dragging || pressed < 0 || event->button() != Qt::LeftButton)
        return;
    QDate date;
    QTime time;
    if (!dropTarget(event->position().toPoint(), &date, &time))
        return;
    const CalendarItem &item = m_items.at(pressed);
    if (m_mode == Mode::Month && !item.allDay)
        time = item.start; // a month drop changes the day only
    if (date == item.date && time == (item.allDay ? QTime() : item.start))
        return;
    emit rescheduleRequested(item.taskId, date, time);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = hitItem(event->position().toPoint());
    if (hit >= 0) {
        const CalendarItem &item = m_items.at(hit);
        if (item.taskId)
            emit taskActivated(item.taskId);
        else if (item.contactId)
            emit birthdayActivated(item.contactId);
        return;
    }
    QDate date;
    QTime time;
    if (dropTarget(event->position().toPoint(), &date, &time))
        emit dayActivated(date);
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = hitItem(help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), m_items.at(hit).tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)
        m_layoutDirty = true;
    return QWidget::event(event);
}

} // namespace kontor
