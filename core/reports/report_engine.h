#pragma once

#include "reports/report.h"
#include "session.h"
#include "util/result.h"

#include <optional>

namespace kontor {

// Runs the reports: every number is aggregated by the database (SQLite or PostgreSQL, same
// answers), the engine only shapes the rows. Safe to use from a worker thread: each thread
// gets its own connection from Database.
class ReportEngine
{
public:
    explicit ReportEngine(Session session) : m_session(std::move(session)) {}
    const Session &session() const { return m_session; }

    // Every report, in the order the app lists them.
    static QList<ReportInfo> reports();
    static std::optional<ReportInfo> info(const QString &name);

    // The filter with its blanks filled: the report's default period (see defaultPeriod),
    // the currency most won deals use, the first pipeline for the funnel. Refuses a period
    // that ends before it starts.
    Result<ReportFilter> resolve(const QString &name, ReportFilter filter) const;
    // `name` is one of reports(); the filter is resolved first.
    Result<ReportTable> run(const QString &name, const ReportFilter &filter) const;
    // Key figures for the home screen (open pipeline, won this month against plan, overdue
    // tasks, new leads this week, stale deals), each with the records behind it.
    Result<ReportTable> dashboard(const ReportFilter &filter) const;
    // The records behind one number: at most `limit` rows, the total in figure "total".
    Result<ReportTable> drill(const Drill &drill, int limit = 500) const;

    // Currencies deals use (most used first) and the source channels deals name.
    Result<QStringList> currencies() const;
    Result<QStringList> sources() const;

    // A user by id (digits) or login, a product by id or exact name (case-insensitive):
    // for the command line's --owner and --product.
    Result<qint64> findUser(const QString &idOrLogin) const;
    Result<qint64> findProduct(const QString &idOrName) const;

    // Benchmark aid: while set, every statement the engine runs on this thread is appended
    // to `sink` with its bound values (so the same SQL can be timed in the sqlite3 shell).
    using QueryLog = QList<QPair<QString, QVariantList>>;
    static void recordQueries(QueryLog *sink);

    // A report's default period around `today`: the forecast looks six months ahead, the
    // others at the last twelve months up to today.
    static QPair<QDate, QDate> defaultPeriod(const QString &name, const QDate &today);

private:
    Session m_session;
};

} // namespace kontor
