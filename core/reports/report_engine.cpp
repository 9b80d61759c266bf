#include "reports/report_engine.h"

#include "reports/report_builders.h"
#include "reports/report_sql.h"
#include "repo/pipeline_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlRecord>

#include <cmath>

namespace kontor {

namespace reports {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::Reports", text);
}

ReportTable newTable(const QString &name, const ReportFilter &filter)
{
    ReportTable t;
    t.name = name;
    if (auto i = ReportEngine::info(name))
        t.title = i->title;
    t.from = filter.from;
    t.to = filter.to;
    t.currency = filter.currency;
    return t;
}

void addColumn(ReportTable &table, const QString &key, const QString &title, ValueKind kind)
{
    table.columns.append(ReportColumn{key, title, kind});
}

void addFigure(ReportTable &table, const QString &key, const QString &title, const QVariant &value,
               ValueKind kind)
{
    ReportFigure f;
    f.key = key;
    f.title = title;
    f.value = value;
    f.kind = kind;
    table.figures.append(f);
}

QVariant percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QVariant(QMetaType::fromType<double>());
    return std::round(10000.0 * double(part) / double(whole)) / 100.0;
}

QVariant days(const QVariant &seconds)
{
    if (seconds.isNull())
        return QVariant(QMetaType::fromType<double>());
    return std::round(seconds.toDouble() / double(reportsql::DaySecs) * 100.0) / 100.0;
}

qint64 whole(const QVariant &value)
{
    if (value.isNull())
        return 0;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? n : qint64(std::llround(value.toDouble()));
}

qint64 periodStart(const ReportFilter &filter)
{
    return reportsql::startSecs(filter.from);
}

qint64 periodEnd(const ReportFilter &filter)
{
    return reportsql::startSecs(filter.to.addDays(1));
}

qint64 nowOf(const ReportFilter &filter)
{
    return filter.nowSecs > 0 ? filter.nowSecs : QDateTime::currentSecsSinceEpoch();
}

Drill dealDrill(const ReportFilter &filter, Drill::DealSet set, const QDate &from, const QDate &to,
                const QString &title)
{
    Drill d;
    d.kind = Drill::Kind::Deals;
    d.filter = filter;
    d.filter.from = std::max(from, filter.from);
    d.filter.to = std::min(to, filter.to);
    d.deals = set;
    d.title = title;
    return d;
}

QString averageAndMedian(const QString &subSelect)
{
    return QStringLiteral(
               "SELECT k, AVG(secs), AVG(CASE WHEN rn = (n + 1) / 2 OR rn = (n + 2) / 2"
               " THEN secs END), COUNT(*) FROM (SELECT k, secs,"
               " ROW_NUMBER() OVER (PARTITION BY k ORDER BY secs) AS rn,"
               " COUNT(*) OVER (PARTITION BY k) AS n FROM (%1) src) ranked GROUP BY k")
        .arg(subSelect);
}

namespace {
thread_local ReportEngine::QueryLog *t_queryLog = nullptr;
}

Result<QList<QVariantList>> select(const Session &session, const QString &what, const QString &sql,
                                   const QVariantList &binds)
{
    if (t_queryLog)
        t_queryLog->append({sql, binds});
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, what);
    if (auto st = q.run(sql, binds); !st)
        return st.error();
    QList<QVariantList> rows;
    const int n = q.query().record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        rows << row;
    }
    return rows;
}

} // namespace reports

using reports::tr;

void ReportEngine::recordQueries(QueryLog *sink)
{
    reports::t_queryLog = sink;
}

QList<ReportInfo> ReportEngine::reports()
{
    return {
        {QStringLiteral("funnel"), tr("Funnel"),
         tr("Deals created in the period that reached each stage, stage-to-stage conversion, "
            "time in stage and cycle length"),
         false, false},
        {QStringLiteral("dynamics"), tr("Sales dynamics"),
         tr("Won deals and amount per period, next to the period before"), true, true},
        {QStringLiteral("win_rate"), tr("Won vs lost"),
         tr("Deals won and lost per period and the win rate"), false, true},
        {QStringLiteral("lost_reasons"), tr("Lost reasons"),
         tr("Why deals closed in the period were lost"), true, false},
        {QStringLiteral("managers"), tr("Managers"),
         tr("Per owner: deals won, amount, win rate, calls, meetings, e-mails, tasks on time "
            "and overdue"),
         true, false},
        {QStringLiteral("channels"), tr("Channels"),
         tr("Per source channel: deals created, won, conversion and revenue"), true, false},
        {QStringLiteral("deal_size"), tr("Deal size"),
         tr("How large won deals are: distribution, average and median"), true, false},
        {QStringLiteral("cycle"), tr("Sales cycle"),
         tr("How long won deals took from creation to closing"), false, false},
        {QStringLiteral("forecast"), tr("Forecast"),
         tr("Open deals weighted by probability, by expected close month, against plan"), true,
         false},
        {QStringLiteral("plan_fact"), tr("Plan vs fact"),
         tr("Sales plans per manager and period, what was won, and how much of the plan that is"),
         true, false},
        {QStringLiteral("abc_xyz"), tr("ABC/XYZ"),
         tr("Customers by share of revenue (A/B/C) and regularity of purchases (X/Y/Z)"), true,
         false},
    };
}

std::optional<ReportInfo> ReportEngine::info(const QString &name)
{
    for (const ReportInfo &i : reports()) {
        if (i.name == name)
            return i;
    }
    return std::nullopt;
}

QPair<QDate, QDate> ReportEngine::defaultPeriod(const QString &name, const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    if (name == QLatin1String("forecast"))
        return {month, month.addMonths(6).addDays(-1)};
    return {month.addMonths(-11), today};
}

Result<ReportFilter> ReportEngine::resolve(const QString &name, ReportFilter filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid()) {
        const QDate today = QDateTime::fromSecsSinceEpoch(reports::nowOf(filter), Qt::UTC).date();
        const auto period = defaultPeriod(name, today);
        if (!filter.from.isValid())
            filter.from = filter.to.isValid() ? std::min(period.first, filter.to) : period.first;
        if (!filter.to.isValid())
            filter.to = std::max(period.second, filter.from);
    }
    if (filter.to < filter.from) {
        return Error{Error::Kind::Invalid, tr("The period ends before it starts."),
                     QStringLiteral("%1 – %2").arg(filter.from.toString(Qt::ISODate),
                                                   filter.to.toString(Qt::ISODate)),
                     {}};
    }
    if (filter.currency.isEmpty()) {
        auto all = currencies();
        if (!all)
            return all.error();
        filter.currency = all->value(0, QStringLiteral("EUR"));
    }
    if (name == QLatin1String("funnel") && filter.pipelineId == 0) {
        auto pipelines = PipelineRepository(m_session).list();
        if (!pipelines)
            return pipelines.error();
        if (pipelines->isEmpty())
            return Error{Error::Kind::NotFound, tr("There is no pipeline to show."), {}, {}};
        filter.pipelineId = pipelines->first().id;
    }
    return filter;
}

Result<ReportTable> ReportEngine::run(const QString &name, const ReportFilter &filter) const
{
    using Builder = Result<ReportTable> (*)(const Session &, const ReportFilter &);
    static const QList<QPair<QString, Builder>> builders = {
        {QStringLiteral("funnel"), reports::funnel},
        {QStringLiteral("dynamics"), reports::dynamics},
        {QStringLiteral("win_rate"), reports::winRate},
        {QStringLiteral("lost_reasons"), reports::lostReasons},
        {QStringLiteral("managers"), reports::managers},
        {QStringLiteral("channels"), reports::channels},
        {QStringLiteral("deal_size"), reports::dealSize},
        {QStringLiteral("cycle"), reports::cycle},
        {QStringLiteral("forecast"), reports::forecast},
        {QStringLiteral("plan_fact"), reports::planFact},
        {QStringLiteral("abc_xyz"), reports::abcXyz},
    };
    for (const auto &b : builders) {
        if (b.first != name)
            continue;
        auto resolved = resolve(name, filter);
        if (!resolved)
            return resolved.error();
        return b.second(m_session, *resolved);
    }
    QStringList names;
    for (const ReportInfo &i : reports())
        names << i.name;
    return Error{Error::Kind::Invalid, tr("There is no report of that name."), name,
                 tr("known reports: %1").arg(names.join(QStringLiteral(", ")))};
}

Result<ReportTable> ReportEngine::dashboard(const ReportFilter &filter) const
{
    ReportFilter f = filter;
    if (f.currency.isEmpty()) {
        auto all = currencies();
        if (!all)
            return all.error();
        f.currency = all->value(0, QStringLiteral("EUR"));
    }
    return reports::dashboard(m_session, f);
}

Result<ReportTable> ReportEngine::drill(const Drill &drill, int limit) const
{
    return reports::drill(m_session, drill, limit);
}

Result<QStringList> ReportEngine::currencies() const
{
    auto rows = reports::select(
        m_session, tr("read currencies"),
        QStringLiteral("SELECT currency, COUNT(*) FROM deals WHERE deleted_at IS NULL"
                       " GROUP BY currency ORDER BY COUNT(*) DESC, currency"),
        {});
    if (!rows)
        return rows.error();
    QStringList out;
    for (const QVariantList &r : std::as_const(*rows))
        out << r.value(0).toString();
    return out;
}

Result<QStringList> ReportEngine::sources() const
{
    auto rows = reports::select(
        m_session, tr("read source channels"),
        QStringLiteral("SELECT DISTINCT source FROM deals WHERE deleted_at IS NULL"
                       " AND source IS NOT NULL AND source <> '' ORDER BY source"),
        {});
    if (!rows)
        return rows.error();
    QStringList out;
    for (const QVariantList &r : std::as_const(*rows))
        out << r.value(0).toString();
    return out;
}

namespace {

Result<qint64> findOne(const Session &session, const QString &table, const QString &nameColumn,
                       const QString &idOrName, const QString &what)
{
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    // Table and column names are fixed by the callers below, never user input.
    auto rows = reports::select(
        session, tr("find %1").arg(what),
        QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id")
            .arg(table, isId ? QStringLiteral("id = ?")
                             : QStringLiteral("LOWER(%1) = LOWER(?)").arg(nameColumn)),
        {isId ? QVariant(id) : QVariant(idOrName)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{Error::Kind::NotFound, tr("There is no %1 of that name or id.").arg(what),
                     idOrName, {}};
    return reports::whole(rows->first().value(0));
}

} // namespace

Result<qint64> ReportEngine::findUser(const QString &idOrLogin) const
{
    return findOne(m_session, QStringLiteral("users"), QStringLiteral("login"), idOrLogin,
                   tr("user"));
}

Result<qint64> ReportEngine::findProduct(const QString &idOrName) const
{
    return findOne(m_session, QStringLiteral("products"), QStringLiteral("name"), idOrName,
                   tr("product"));
}

} // namespace kontor
