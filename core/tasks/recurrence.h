#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace kontor {

// How a task repeats: daily; weekly on chosen days; monthly on a day of the month.
// Written as text in the tasks.recurrence column: "daily", "weekly:mon,thu", "monthly:31".
struct Recurrence
{
    enum class Kind { None, Daily, Weekly, Monthly };
    Kind kind = Kind::None;
    QList<int> weekdays; // Weekly: Qt::DayOfWeek values 1 (Mon) .. 7 (Sun), sorted
    int monthDay = 0;    // Monthly: 1..31 (a shorter month uses its last day); 0 = the due day

    bool isNone() const { return kind == Kind::None; }
    QString toText() const;

    // Parses the column / command-line form; an empty text is no recurrence. Names the bad
    // part when the text cannot be read.
    static Result<Recurrence> parse(const QString &text);

    // The first date after `date` on which this recurrence falls.
    QDate nextDate(const QDate &date) const;
};

// Next occurrence of a task due at `due` (UTC) that repeats by `rule`, keeping its local time
// of day in `zone` across daylight-saving changes, and the first one after `notBefore` (so a
// daily task completed three days late is not recreated already overdue).
QDateTime nextOccurrence(const Recurrence &rule, const QDateTime &due, const QTimeZone &zone,
                         const QDateTime &notBefore);
// The same for an all-day task due on `date`: the first recurring date after `notBefore`.
QDate nextOccurrenceDate(const Recurrence &rule, const QDate &date, const QDate &notBefore);

} // namespace kontor
