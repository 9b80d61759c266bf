#include "tasks/task_time.h"

namespace kontor {

LocalDay localDay(const QDate &date, const QTimeZone &zone)
{
    LocalDay day;
    day.date = date;
    day.startSecs = date.startOfDay(zone).toSecsSinceEpoch();
    day.endSecs = date.addDays(1).startOfDay(zone).toSecsSinceEpoch();
    return day;
}

LocalDay localDay(const QDateTime &now, const QTimeZone &zone)
{
    return localDay(now.toTimeZone(zone).date(), zone);
}

QTimeZone zoneOrUtc(const QString &ianaId)
{
    if (!ianaId.isEmpty()) {
        QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

QDateTime localInstant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // Try the zone's offsets from a day before and a day after: one of them is in force at
    // the wanted local time (the earlier one first, so an hour that happens twice on a
    // fall-back night is its first occurrence). In a spring-forward gap neither reads back
    // as the wanted time; the offset from before the gap then moves it forward by the gap.
    const QDateTime naive(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(naive.addDays(-1));
    const int after = zone.offsetFromUtc(naive.addDays(1));
    for (int offset : {before, after}) {
        const QDateTime candidate = naive.addSecs(-offset);
        const QDateTime local = candidate.toTimeZone(zone);
        if (local.date() == date && local.time() == time)
            return candidate;
    }
    return naive.addSecs(-before);
}

} // namespace kontor
