#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace kontor {

// The local calendar day containing `now` in `zone`, and where it starts and ends as UTC
// instants. A day is 23 or 25 hours long on a daylight-saving change; this is why days are
// never computed as "now + 86400".
struct LocalDay
{
    QDate date;
    qint64 startSecs = 0; // first second of the day
    qint64 endSecs = 0;   // first second of the next day
};

LocalDay localDay(const QDateTime &now, const QTimeZone &zone);
LocalDay localDay(const QDate &date, const QTimeZone &zone);

// `zone` by IANA id, falling back to UTC for an empty or unknown id.
QTimeZone zoneOrUtc(const QString &ianaId);

// The instant of local `date` at local `time` in `zone`. A time that does not exist on a
// spring-forward day moves forward by the gap, as clocks do.
QDateTime localInstant(const QDate &date, const QTime &time, const QTimeZone &zone);

} // namespace kontor
