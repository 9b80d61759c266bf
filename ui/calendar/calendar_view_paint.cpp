// CalendarView's painting: month grid, week / day time grid, agenda and the items on them.
// Layout and input handling are in calendar_view.cpp.
#include "calendar/calendar_view.h"

#include <QLocale>
#include <QPainter>

namespace kontor {

QColor CalendarView::colorFor(const CalendarItem &item) const
{
    QColor c;
    if (item.kind == QLatin1String("birthday"))
        c = QColor(0xd9, 0x5f, 0x8e);
    else if (item.kind == QLatin1String("call"))
        c = QColor(0x2f, 0x6f, 0xd0);
    else if (item.kind == QLatin1String("meeting"))
        c = QColor(0x7a, 0x4f, 0xc4);
    else if (item.kind == QLatin1String("email"))
        c = QColor(0x1f, 0x8f, 0x86);
    else
        c = QColor(0x55, 0x6b, 0x85);
    if (item.done)
        c = c.lighter(160);
    return c;
}

void CalendarView::paintItem(QPainter &p, const QRect &r, const CalendarItem &item, bool compact) const
{
    const QColor c = colorFor(item);
    p.setPen(item.overdue ? QPen(QColor(0xc6, 0x28, 0x28), 2) : QPen(c.darker(115)));
    const bool birthday = item.kind == QLatin1String("birthday");
    // All-day tasks are solid bars; timed ones and birthdays (there are many) stay light.
    p.setBrush(item.allDay && !birthday ? c : c.lighter(birthday ? 190 : 175));
    p.drawRoundedRect(r.adjusted(0, 0, -1, -1), 4, 4);
    QFont f = font();
    f.setStrikeOut(item.done);
    p.setFont(f);
    p.setPen(item.allDay && !birthday ? QColor(Qt::white) : c.darker(170));
    QString text = item.title;
    if (!item.allDay && item.start.isValid() && item.kind != QLatin1String("birthday"))
        text = QLocale().toString(item.start, QLocale::ShortFormat) + QLatin1Char(' ') + text;
    const QRect inner = r.adjusted(5, 1, -4, -1);
    const int flags = Qt::AlignLeft | (compact ? Qt::AlignVCenter : Qt::AlignTop) | Qt::TextSingleLine;
    p.drawText(inner, flags, fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
    p.setFont(font());
}

void CalendarView::paintMonth(QPainter &p) const
{
    const QRect g = gridRect();
    const QLocale locale;
    const int w = g.width() / 7;
    for (int d = 0; d < 7; ++d) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(g.left() + d * w, 0, w, headerHeight()), Qt::AlignCenter,
                   locale.dayName(d + 1, QLocale::ShortFormat));
    }
    const int line = fontMetrics().height() + 6;
    std::map<qint64, int> count;
    for (const CalendarItem &i : m_items)
        ++count[i.date.toJulianDay()];
    std::map<qint64, int> shown;
    for (const Hit &h : std::as_const(m_hits))
        ++shown[m_items.at(h.item).date.toJulianDay()];
    for (int i = 0; i < 42; ++i) {
        const QDate d = firstDay().addDays(i);
        const QRect cell = dayRect(d);
        const bool inMonth = d.month() == m_anchor.month();
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(d == m_today ? QColor(0xfff4d6)
                   : inMonth    ? palette().color(QPalette::Base)
                                : palette().color(QPalette::AlternateBase));
        p.drawRect(cell);
        QFont f = font();
        f.setBold(d == m_today);
        p.setFont(f);
        p.setPen(inMonth ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText));
        p.drawText(cell.adjusted(6, 2, -6, 0), Qt::AlignLeft | Qt::AlignTop,
                   d.day() == 1 ? locale.toString(d, QStringLiteral("d MMM")) : locale.toString(d.day()));
        p.setFont(font());
        const int hidden = count[d.toJulianDay()] - shown[d.toJulianDay()];
        if (hidden > 0) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QRect(cell.left() + 6, cell.bottom() - line, cell.width() - 12, line),
                       Qt::AlignLeft | Qt::AlignVCenter, tr("+%1 more").arg(locale.toString(hidden)));
        }
    }
    for (const Hit &h : std::as_const(m_hits))
        paintItem(p, h.rect, m_items.at(h.item), true);
}

void CalendarView::paintTimeGrid(QPainter &p) const
{
    const QLocale locale;
    const QRect g = gridRect();
    const int hour = hourHeight();
    const int top = g.top() + allDayHeight();
    p.fillRect(rect(), palette().color(QPalette::Base));
    for (int c = 0; c < columns(); ++c) {
        const QDate d = firstDay().addDays(c);
        const QRect column = dayRect(d);
        if (d == m_today)
            p.fillRect(column, QColor(0xfff8e6));
        p.setPen(d == m_today ? palette().color(QPalette::Highlight) : palette().color(QPalette::Text));
        QFont f = font();
        f.setBold(d == m_today);
        p.setFont(f);
        p.drawText(QRect(column.left(), 0, column.width(), headerHeight()), Qt::AlignCenter,
                   locale.toString(d, QStringLiteral("ddd d MMM")));
        p.setFont(font());
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(column.topLeft(), column.bottomLeft());
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(g.left(), top, g.right(), top);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(0, g.top(), gutter() - 6, allDayHeight()), Qt::AlignRight | Qt::AlignVCenter,
               tr("all day"));
    for (int h = m_firstHour; h <= m_lastHour; ++h) {
        const int y = top + (h - m_firstHour) * hour;
        p.setPen(palette().color(QPalette::Midlight));
        p.drawLine(g.left(), y, g.right(), y);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y - fontMetrics().height() / 2, gutter() - 6, fontMetrics().height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(QTime(h, 0), QLocale::ShortFormat));
    }
    for (const Hit &h : std::as_const(m_hits))
        paintItem(p, h.rect, m_items.at(h.item), m_items.at(h.item).allDay);
}

void CalendarView::paintAgenda(QPainter &p) const
{
    const QLocale locale;
    p.fillRect(rect(), palette().color(QPalette::Base));
    const int line = fontMetrics().height() + 6;
    if (m_hits.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(0, headerHeight(), 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                   tr("Nothing planned in the next two weeks."));
        return;
    }
    QDate current;
    for (const Hit &h : std::as_const(m_hits)) {
        const CalendarItem &item = m_items.at(h.item);
        if (item.date != current) {
            current = item.date;
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            p.setPen(item.date == m_today ? palette().color(QPalette::Highlight)
                                          : palette().color(QPalette::Text));
            p.drawText(QRect(8, h.rect.top() - line - 2, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                       locale.toString(item.date, QLocale::LongFormat));
            p.setFont(font());
        }
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(16, h.rect.top(), gutter() * 3 - 24, h.rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   item.allDay || !item.start.isValid() ? tr("all day")
                                                        : locale.toString(item.start, QLocale::ShortFormat));
        CalendarItem untimed = item;
        untimed.start = QTime(); // the time is in the left column
        paintItem(p, h.rect, untimed, true);
    }
}

void CalendarView::paintEvent(QPaintEvent *)
{
    layoutItems();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    switch (m_mode) {
    case Mode::Month:
        paintMonth(p);
        break;
    case Mode::Week:
    case Mode::Day:
        paintTimeGrid(p);
        break;
    case Mode::Agenda:
        paintAgenda(p);
        break;
    }
    if (m_dragging && m_pressed >= 0) {
        QDate date;
        QTime time;
        if (dropTarget(m_dragPos, &date, &time)) {
            // Where it would land: the day cell, or a 30-minute slot at the snapped time.
            QRect target = dayRect(date);
            if (m_mode != Mode::Month) {
                target = time.isValid() ? QRect(target.left(), pointAt(date, time).y(), target.width(),
                                                hourHeight() / 2)
                                        : allDayRect(date);
            }
            p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(target.adjusted(1, 1, -2, -2));
        }
        p.setOpacity(0.75);
        const CalendarItem &item = m_items.at(m_pressed);
        paintItem(p, QRect(m_dragPos - QPoint(20, 8), QSize(160, fontMetrics().height() + 4)), item, true);
    }
}

} // namespace kontor
