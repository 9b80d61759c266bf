// The home screen's key figures, each with the records behind it.
#include "reports/plan_spread.h"
#include "reports/report_builders.h"
#include "reports/report_sql.h"

#include <QDateTime>

namespace kontor::reports {

Result<ReportTable> dashboard(const Session &session, const ReportFilter &filter)
{
    const qint64 now = nowOf(filter);
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    const QDate month(today.year(), today.month(), 1);
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    const QDate week = today.addDays(1 - today.dayOfWeek());

    ReportFilter f = filter;
    f.from = month;
    f.to = monthEnd;

    QVariantList binds{f.currency, f.currency, f.currency, reportsql::startSecs(month),
                       reportsql::startSecs(monthEnd.addDays(1)), now, reportsql::DaySecs,
                       reportsql::startSecs(month)};
    const QString conds = reportsql::dealConditions(f, &binds);
    // One pass over the open and recently won deals.
    auto deals = select(
        session, tr("dashboard"),
        QStringLiteral(
            "SELECT SUM(CASE WHEN d.status = 'open' AND d.currency = ? THEN 1 ELSE 0 END),"
            " CAST(SUM(CASE WHEN d.status = 'open' AND d.currency = ? THEN d.amount_minor ELSE 0 END)"
            " AS BIGINT),"
            " CAST(SUM(CASE WHEN d.status = 'won' AND d.currency = ? AND d.closed_at >= ?"
            " AND d.closed_at < ? THEN d.amount_minor ELSE 0 END) AS BIGINT),"
            " SUM(CASE WHEN d.status = 'open' AND s.rot_days IS NOT NULL AND"
            " (CASE WHEN d.last_activity_at > d.stage_entered_at THEN d.last_activity_at"
            " ELSE d.stage_entered_at END) < ? - s.rot_days * ? THEN 1 ELSE 0 END)"
            " FROM deals d JOIN stages s ON s.id = d.stage_id"
            " WHERE (d.status = 'open' OR d.closed_at >= ?)%1")
            .arg(conds),
        binds);
    if (!deals)
        return deals.error();
    const QVariantList d = deals->value(0);

    // This month's share of every plan overlapping it (a quarter's plan counts a third).
    auto plans = plansOverlapping(session, f.currency, f.ownerId, month, monthEnd);
    if (!plans)
        return plans.error();
    qint64 planAmount = 0;
    for (const PlanPeriod &p : std::as_const(*plans))
        planAmount += planShare(p.start, p.end, p.amountMinor, month, monthEnd);

    QVariantList taskBinds{now};
    QString taskSql = QStringLiteral("SELECT COUNT(*) FROM tasks WHERE done_at IS NULL"
                                     " AND deleted_at IS NULL AND due_at < ?");
    if (f.ownerId > 0) {
        taskSql += QStringLiteral(" AND assignee_id = ?");
        taskBinds << f.ownerId;
    }
    auto overdue = select(session, tr("dashboard: overdue tasks"), taskSql, taskBinds);
    if (!overdue)
        return overdue.error();

    QVariantList leadBinds{reportsql::startSecs(week)};
    QString leadSql = QStringLiteral("SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL"
                                     " AND created_at >= ?");
    if (f.ownerId > 0) {
        leadSql += QStringLiteral(" AND owner_id = ?");
        leadBinds << f.ownerId;
    }
    auto leads = select(session, tr("dashboard: new leads"), leadSql, leadBinds);
    if (!leads)
        return leads.error();

    ReportTable t = newTable(QStringLiteral("dashboard"), f);
    t.title = tr("Dashboard");
    auto figure = [&](const QString &key, const QString &title, const QVariant &value,
                      ValueKind kind, const Drill &drill) {
        t.figures.append(ReportFigure{key, title, value, kind, drill});
    };
    Drill open = dealDrill(f, Drill::DealSet::Open, month, monthEnd, tr("Open deals"));
    open.currencyOnly = true;
    figure(QStringLiteral("open_deals"), tr("Open deals"), whole(d.value(0)), ValueKind::Count, open);
    figure(QStringLiteral("open_pipeline"), tr("Open pipeline"), whole(d.value(1)), ValueKind::Money,
           open);
    Drill won = dealDrill(f, Drill::DealSet::Won, month, monthEnd, tr("Won this month"));
    won.currencyOnly = true;
    const qint64 wonAmount = whole(d.value(2));
    figure(QStringLiteral("won_this_month"), tr("Won this month"), wonAmount, ValueKind::Money, won);
    figure(QStringLiteral("plan_this_month"), tr("Plan this month"), planAmount, ValueKind::Money,
           won);
    figure(QStringLiteral("plan_achieved"), tr("Of plan"), percent(wonAmount, planAmount),
           ValueKind::Percent, won);
    Drill tasks;
    tasks.kind = Drill::Kind::Tasks;
    tasks.filter = f;
    tasks.title = tr("Overdue tasks");
    figure(QStringLiteral("overdue_tasks"), tr("Overdue tasks"), whole(overdue->value(0).value(0)),
           ValueKind::Count, tasks);
    Drill contacts;
    contacts.kind = Drill::Kind::Contacts;
    contacts.filter = f;
    contacts.filter.from = week;
    contacts.filter.to = today;
    contacts.title = tr("New leads this week");
    figure(QStringLiteral("new_leads_week"), tr("New leads this week"),
           whole(leads->value(0).value(0)), ValueKind::Count, contacts);
    Drill stale = dealDrill(f, Drill::DealSet::Stale, month, monthEnd, tr("Stale deals"));
    figure(QStringLiteral("stale_deals"), tr("Stale deals"), whole(d.value(3)), ValueKind::Count,
           stale);
    return t;
}

} // namespace kontor::reports
