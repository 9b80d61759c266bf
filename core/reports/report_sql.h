#pragma once

#include "reports/report.h"
#include "storage/dialect.h"

#include <QVariantList>

namespace kontor::reportsql {

// The one place where report SQL differs between SQLite and PostgreSQL, plus the filter
// conditions every report shares (so a report and its drill-down always agree).

constexpr qint64 DaySecs = 86400;

// SQL text of the ISO date (YYYY-MM-DD) of the bucket an epoch-seconds column falls in.
QString bucketOfInstant(const Dialect &dialect, const QString &column, Grouping group);
// The same for a calendar-date column (deals.expected_close).
QString monthOfDate(const Dialect &dialect, const QString &column);

// Epoch seconds of 00:00 UTC on a calendar-date column.
QString epochOfDate(const Dialect &dialect, const QString &column);

// The first day of the bucket holding `date`, and the next bucket's first day.
QDate bucketStart(const QDate &date, Grouping group);
QDate nextBucket(const QDate &start, Grouping group);
// Every bucket start from the one holding `from` up to the one holding `to`.
QList<QDate> buckets(const QDate &from, const QDate &to, Grouping group);

// Epoch seconds of 00:00 UTC on `date` (the end of a period is bound as the next day's start).
qint64 startSecs(const QDate &date);

// Conditions on deals aliased `d` from the filter's owner, pipeline, source, product and
// customer kind (not the period): " AND ..." text, its values appended to `binds`.
QString dealConditions(const ReportFilter &filter, QVariantList *binds);

// Expression for a deal's customer key: company id, else minus the contact id, else NULL.
QString customerKey();

// Expression for a deal's probability in percent (its own, else its stage's, aliased `s`).
QString probability();

} // namespace kontor::reportsql
