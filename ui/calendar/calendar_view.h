#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRect>
#include <QWidget>

namespace kontor {

// One thing shown on the calendar, in local time.
struct CalendarItem
{
    qint64 taskId = 0;    // 0 for a birthday
    qint64 contactId = 0; // the birthday's contact
    QString title;
    QString kind;         // call, meeting, ..., "birthday"
    bool allDay = false;
    QDate date;           // local day
    QTime start;          // timed items
    int minutes = 0;      // duration; drawn at least 30 minutes tall
    bool done = false;
    bool overdue = false;
    QString tooltip;
};

// A painted calendar (no widget per item, so a busy month stays cheap): a month grid, a
// week or a day with an hour scale and an all-day strip, or an agenda list. Items are dragged
// to another day (month) or time (week / day; snapped to 15 minutes; onto the all-day strip
// to make it an all-day task); the view only reports the drop, the page saves it.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Month, Week, Day, Agenda };

    explicit CalendarView(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QDate anchor() const { return m_anchor; }
    void setAnchor(const QDate &date);
    // The first and one-past-last local day the current mode shows.
    QDate firstDay() const;
    QDate endDay() const;
    void setItems(QList<CalendarItem> items);
    const QList<CalendarItem> &items() const { return m_items; }
    void setToday(const QDate &today);

    // Geometry, for tests and tooltips: where a day's cell is (month) or its column (week,
    // day); the point of a local time in week / day mode; an item's first drawn rectangle.
    QRect dayRect(const QDate &date) const;
    QPoint pointAt(const QDate &date, const QTime &time) const;
    QRect itemRect(qint64 taskId) const;
    QRect allDayRect(const QDate &date) const;

    // The hour scale shows at least 07:00 .. 21:00, and widens to any earlier or later task
    // of the days shown (down to 00:00, up to 24:00).
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 21;
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    // What the view needs to show everything: every agenda line, every hour at a readable
    // height. In a scroll area (the calendar page) the rest scrolls.
    QSize minimumSizeHint() const override;

signals:
    // A task dropped on another day / time. An invalid `time` means all day.
    void rescheduleRequested(qint64 taskId, const QDate &date, const QTime &time);
    void taskActivated(qint64 taskId);
    void birthdayActivated(qint64 contactId);
    void dayActivated(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Hit
    {
        QRect rect;
        int item = -1;
    };
    void layoutItems() const;
    void updateHourRange();
    int agendaHeight() const;
    int hitItem(const QPoint &pos) const;
    bool dropTarget(const QPoint &pos, QDate *date, QTime *time) const;
    QRect gridRect() const;
    int columns() const;
    int gutter() const;
    int headerHeight() const;
    int allDayHeight() const;
    int hourHeight() const;
    QColor colorFor(const CalendarItem &item) const;
    void paintMonth(QPainter &p) const;
    void paintTimeGrid(QPainter &p) const;
    void paintAgenda(QPainter &p) const;
    void paintItem(QPainter &p, const QRect &r, const CalendarItem &item, bool compact) const;

    Mode m_mode = Mode::Month;
    int m_firstHour = kFirstHour;
    int m_lastHour = kLastHour;
    QDate m_anchor;
    QDate m_today;
    QList<CalendarItem> m_items;
    mutable QList<Hit> m_hits;
    mutable bool m_layoutDirty = true;
    int m_pressed = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    QPoint m_dragPos;
};

} // namespace kontor
