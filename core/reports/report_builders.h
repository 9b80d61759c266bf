#pragma once

// Internal to core/reports: one function per report, shared helpers. The filter passed in is
// already resolved (period, currency, pipeline filled in).
#include "reports/report.h"
#include "session.h"
#include "storage/sql.h"
#include "util/result.h"

namespace kontor::reports {

QString tr(const char *text);

Result<ReportTable> funnel(const Session &session, const ReportFilter &filter);
Result<ReportTable> dynamics(const Session &session, const ReportFilter &filter);
Result<ReportTable> winRate(const Session &session, const ReportFilter &filter);
Result<ReportTable> lostReasons(const Session &session, const ReportFilter &filter);
Result<ReportTable> dealSize(const Session &session, const ReportFilter &filter);
Result<ReportTable> cycle(const Session &session, const ReportFilter &filter);
Result<ReportTable> managers(const Session &session, const ReportFilter &filter);
Result<ReportTable> channels(const Session &session, const ReportFilter &filter);
Result<ReportTable> forecast(const Session &session, const ReportFilter &filter);
Result<ReportTable> planFact(const Session &session, const ReportFilter &filter);
Result<ReportTable> abcXyz(const Session &session, const ReportFilter &filter);
Result<ReportTable> dashboard(const Session &session, const ReportFilter &filter);
Result<ReportTable> drill(const Session &session, const Drill &drill, int limit);

// A table with the report's name, title, period and currency set.
ReportTable newTable(const QString &name, const ReportFilter &filter);
void addColumn(ReportTable &table, const QString &key, const QString &title, ValueKind kind);
void addFigure(ReportTable &table, const QString &key, const QString &title, const QVariant &value,
               ValueKind kind);

// part / whole in percent rounded to 2 decimals; null when whole is 0.
QVariant percent(qint64 part, qint64 whole);
// Seconds as days rounded to 2 decimals; null for a null input.
QVariant days(const QVariant &seconds);
// A database number (PostgreSQL sums come back as numeric text) as a whole number.
qint64 whole(const QVariant &value);

// [from, to] of the filter as epoch seconds [start, end).
qint64 periodStart(const ReportFilter &filter);
qint64 periodEnd(const ReportFilter &filter);
qint64 nowOf(const ReportFilter &filter);

// A drill with the report's filter narrowed to [from, to].
Drill dealDrill(const ReportFilter &filter, Drill::DealSet set, const QDate &from, const QDate &to,
                const QString &title);

// Average and median of `secs` per `key` of a sub-select "SELECT key, secs FROM ...", as
// SELECT key, avg, median, count (the median from row numbers, so both back ends agree).
QString averageAndMedian(const QString &subSelect);

// Runs a statement, collecting rows; `what` names it for errors.
Result<QList<QVariantList>> select(const Session &session, const QString &what, const QString &sql,
                                   const QVariantList &binds);

} // namespace kontor::reports
