// Looking ahead and against targets: the weighted forecast and plan vs fact.
#include "reports/plan_spread.h"
#include "reports/report_builders.h"
#include "reports/report_sql.h"

#include <QHash>

#include <algorithm>

namespace kontor::reports {

Result<ReportTable> forecast(const Session &session, const ReportFilter &filter)
{
    const Dialect &dialect = session.db->dialect();
    QVariantList binds{filter.currency, fromDate(filter.from), fromDate(filter.to)};
    auto deals = select(
        session, tr("forecast"),
        QStringLiteral("SELECT %1 AS m, COUNT(*), CAST(SUM(d.amount_minor) AS BIGINT),"
                       " CAST(SUM(d.amount_minor * %2) AS BIGINT) FROM deals d"
                       " JOIN stages s ON s.id = d.stage_id WHERE d.status = 'open'"
                       " AND d.currency = ? AND d.expected_close >= ? AND d.expected_close <= ?%3"
                       " GROUP BY %1")
            .arg(reportsql::monthOfDate(dialect, QStringLiteral("d.expected_close")),
                 reportsql::probability(), reportsql::dealConditions(filter, &binds)),
        binds);
    if (!deals)
        return deals.error();
    // A plan over several months counts in each of them (see plan_spread.h).
    const QList<QDate> months = reportsql::buckets(filter.from, filter.to, Grouping::Month);
    auto plans = plansOverlapping(session, filter.currency, filter.ownerId, months.first(),
                                  filter.to);
    if (!plans)
        return plans.error();
    QHash<QDate, QVariantList> perMonth;
    for (const QVariantList &r : std::as_const(*deals))
        perMonth.insert(toDate(r.value(0)), r);

    ReportTable t = newTable(QStringLiteral("forecast"), filter);
    addColumn(t, QStringLiteral("month"), tr("Expected close"), ValueKind::Date);
    addColumn(t, QStringLiteral("deals"), tr("Open deals"), ValueKind::Count);
    addColumn(t, QStringLiteral("amount"), tr("Amount"), ValueKind::Money);
    addColumn(t, QStringLiteral("weighted"), tr("Weighted"), ValueKind::Money);
    addColumn(t, QStringLiteral("plan"), tr("Plan"), ValueKind::Money);
    addColumn(t, QStringLiteral("weighted_of_plan"), tr("Weighted of plan"), ValueKind::Percent);
    t.chart = ChartSpec{ChartKind::Bars, 0, {3, 4}};
    qint64 count = 0, amount = 0, weighted = 0, plan = 0;
    for (const QDate &m : months) {
        const QVariantList r = perMonth.value(m);
        // amount x percent summed in SQL; divided once here, rounded to the nearest cent.
        const qint64 w = (whole(r.value(3)) + 50) / 100;
        qint64 p = 0;
        for (const PlanPeriod &plan : std::as_const(*plans))
            p += planShare(plan.start, plan.end, plan.amountMinor, m, m.addMonths(1).addDays(-1));
        t.rows.append({m.toString(Qt::ISODate), whole(r.value(1)), whole(r.value(2)), w, p,
                       percent(w, p)});
        Drill d = dealDrill(filter, Drill::DealSet::OpenExpected, m,
                            m.addMonths(1).addDays(-1),
                            tr("Open deals expected to close in %1").arg(m.toString(QStringLiteral("yyyy-MM"))));
        d.currencyOnly = true;
        t.drills.append(d);
        count += whole(r.value(1));
        amount += whole(r.value(2));
        weighted += w;
        plan += p;
    }
    addFigure(t, QStringLiteral("deals"), tr("Open deals"), count, ValueKind::Count);
    addFigure(t, QStringLiteral("amount"), tr("Amount"), amount, ValueKind::Money);
    addFigure(t, QStringLiteral("weighted"), tr("Weighted"), weighted, ValueKind::Money);
    addFigure(t, QStringLiteral("plan"), tr("Plan"), plan, ValueKind::Money);
    addFigure(t, QStringLiteral("weighted_of_plan"), tr("Weighted of plan"), percent(weighted, plan),
              ValueKind::Percent);
    return t;
}

Result<ReportTable> planFact(const Session &session, const ReportFilter &filter)
{
    const Dialect &dialect = session.db->dialect();
    // The fact honours the report's pipeline, source, product and customer filters; the owner
    // is the plan's manager. A plan reaching outside the period counts for the part inside it:
    // its share of the amount (see plan_spread.h) against what was won in that part.
    ReportFilter dealFilter = filter;
    dealFilter.ownerId = 0;
    const qint64 fromSecs = reportsql::startSecs(filter.from);
    const qint64 toSecs = reportsql::startSecs(filter.to);
    QVariantList binds{fromSecs, fromSecs, toSecs, toSecs};
    const QString conds = reportsql::dealConditions(dealFilter, &binds);
    binds << filter.currency << fromDate(filter.from) << fromDate(filter.to);
    const QString planStart = reportsql::epochOfDate(dialect, QStringLiteral("p.period_start"));
    const QString planEnd = reportsql::epochOfDate(dialect, QStringLiteral("p.period_end"));
    QString sql = QStringLiteral(
        "SELECT p.id, p.user_id, u.display_name, p.period_start, p.period_end, p.amount_minor,"
        " (SELECT CAST(COALESCE(SUM(d.amount_minor), 0) AS BIGINT) FROM deals d"
        "  WHERE d.owner_id = p.user_id AND d.status = 'won' AND d.currency = p.currency"
        "  AND d.closed_at >= CASE WHEN %1 > ? THEN %1 ELSE ? END"
        "  AND d.closed_at < (CASE WHEN %2 < ? THEN %2 ELSE ? END) + %3%4)"
        " FROM sales_plans p JOIN users u ON u.id = p.user_id WHERE p.currency = ?"
        " AND p.period_end >= ? AND p.period_start <= ?")
        .arg(planStart, planEnd)
        .arg(reportsql::DaySecs)
        .arg(conds);
    if (filter.ownerId > 0) {
        sql += QStringLiteral(" AND p.user_id = ?");
        binds << filter.ownerId;
    }
    sql += QStringLiteral(" ORDER BY p.period_start, u.display_name, p.id");
    auto rows = select(session, tr("plan vs fact"), sql, binds);
    if (!rows)
        return rows.error();

    ReportTable t = newTable(QStringLiteral("plan_fact"), filter);
    addColumn(t, QStringLiteral("plan_id"), tr("Plan id"), ValueKind::Id);
    addColumn(t, QStringLiteral("user_id"), tr("User id"), ValueKind::Id);
    addColumn(t, QStringLiteral("label"), tr("Manager and period"), ValueKind::Text);
    addColumn(t, QStringLiteral("manager"), tr("Manager"), ValueKind::Text);
    addColumn(t, QStringLiteral("period_start"), tr("From"), ValueKind::Date);
    addColumn(t, QStringLiteral("period_end"), tr("To"), ValueKind::Date);
    addColumn(t, QStringLiteral("plan"), tr("Plan"), ValueKind::Money);
    addColumn(t, QStringLiteral("fact"), tr("Fact"), ValueKind::Money);
    addColumn(t, QStringLiteral("achieved"), tr("Achieved"), ValueKind::Percent);
    addColumn(t, QStringLiteral("whole_plan"), tr("Whole plan"), ValueKind::Money);
    addColumn(t, QStringLiteral("plan_start"), tr("Plan from"), ValueKind::Date);
    addColumn(t, QStringLiteral("plan_end"), tr("Plan to"), ValueKind::Date);
    t.chart = ChartSpec{ChartKind::Bars, 2, {6, 7}};
    qint64 plan = 0, fact = 0;
    for (const QVariantList &r : std::as_const(*rows)) {
        const QDate planStart = toDate(r.value(3));
        const QDate planEnd = toDate(r.value(4));
        const qint64 wholePlan = whole(r.value(5));
        // The part of the plan inside the period.
        const QDate start = std::max(planStart, filter.from);
        const QDate end = std::min(planEnd, filter.to);
        const qint64 share = planShare(planStart, planEnd, wholePlan, start, end);
        const QString manager = r.value(2).toString();
        const QString period = start.day() == 1 && end == start.addMonths(1).addDays(-1)
            ? start.toString(QStringLiteral("yyyy-MM"))
            : start.toString(Qt::ISODate) + QStringLiteral("…") + end.toString(Qt::ISODate);
        t.rows.append({whole(r.value(0)), whole(r.value(1)),
                       QStringLiteral("%1 · %2").arg(manager, period), manager,
                       start.toString(Qt::ISODate), end.toString(Qt::ISODate), share,
                       whole(r.value(6)), percent(whole(r.value(6)), share), wholePlan,
                       planStart.toString(Qt::ISODate), planEnd.toString(Qt::ISODate)});
        Drill d;
        d.kind = Drill::Kind::Deals;
        d.filter = dealFilter;
        d.filter.ownerId = whole(r.value(1));
        d.filter.from = start;
        d.filter.to = end;
        d.deals = Drill::DealSet::Won;
        d.currencyOnly = true;
        d.title = tr("Won by %1 in %2").arg(manager, period);
        t.drills.append(d);
        plan += share;
        fact += whole(r.value(6));
    }
    addFigure(t, QStringLiteral("plan"), tr("Plan"), plan, ValueKind::Money);
    addFigure(t, QStringLiteral("fact"), tr("Fact"), fact, ValueKind::Money);
    addFigure(t, QStringLiteral("achieved"), tr("Achieved"), percent(fact, plan), ValueKind::Percent);
    return t;
}

} // namespace kontor::reports
