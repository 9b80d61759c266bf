// People and channels: per owner (deals, activities, tasks) and per source channel.
#include "reports/report_builders.h"
#include "reports/report_sql.h"

namespace kontor::reports {

Result<ReportTable> managers(const Session &session, const ReportFilter &filter)
{
    const qint64 start = periodStart(filter);
    const qint64 end = periodEnd(filter);
    QVariantList binds{filter.currency, start, end};
    const QString deals = QStringLiteral(
        "SELECT d.owner_id AS uid, SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END) AS won,"
        " SUM(CASE WHEN d.status = 'won' AND d.currency = ? THEN d.amount_minor ELSE 0 END) AS amount,"
        " SUM(CASE WHEN d.status = 'lost' THEN 1 ELSE 0 END) AS lost FROM deals d"
        " WHERE d.status IN ('won', 'lost') AND d.closed_at >= ? AND d.closed_at < ?%1"
        " GROUP BY d.owner_id")
        .arg(reportsql::dealConditions(filter, &binds));
    binds << start << end;
    // User by user (CROSS JOIN keeps users as SQLite's outer loop): each user's activities
    // of the period are one range of activities_by_user, read in order from the index alone,
    // instead of every activity of the period sorted by user.
    const QString activities = QStringLiteral(
        "SELECT u.id AS uid, SUM(CASE WHEN a.kind = 'call' THEN 1 ELSE 0 END) AS calls,"
        " SUM(CASE WHEN a.kind = 'meeting' THEN 1 ELSE 0 END) AS meetings,"
        " SUM(CASE WHEN a.kind = 'email' THEN 1 ELSE 0 END) AS emails"
        " FROM users u CROSS JOIN activities a WHERE a.user_id = u.id"
        " AND a.deleted_at IS NULL AND a.occurred_at >= ? AND a.occurred_at < ?"
        " GROUP BY u.id");
    binds << nowOf(filter) << start << end;
    // Tasks due in the period: done by the due time, done late, or still open past it.
    const QString tasks = QStringLiteral(
        "SELECT t.assignee_id AS uid,"
        " SUM(CASE WHEN t.done_at IS NOT NULL AND t.done_at <= t.due_at THEN 1 ELSE 0 END) AS on_time,"
        " SUM(CASE WHEN t.done_at IS NOT NULL AND t.done_at > t.due_at THEN 1 ELSE 0 END) AS late,"
        " SUM(CASE WHEN t.done_at IS NULL AND t.due_at < ? THEN 1 ELSE 0 END) AS overdue"
        " FROM tasks t WHERE t.deleted_at IS NULL AND t.due_at >= ? AND t.due_at < ?"
        " GROUP BY t.assignee_id");
    QString sql = QStringLiteral(
        "WITH w AS (%1), a AS (%2), t AS (%3) SELECT u.id, u.display_name,"
        " COALESCE(w.won, 0), CAST(COALESCE(w.amount, 0) AS BIGINT), COALESCE(w.lost, 0),"
        " COALESCE(a.calls, 0), COALESCE(a.meetings, 0), COALESCE(a.emails, 0),"
        " COALESCE(t.on_time, 0), COALESCE(t.late, 0), COALESCE(t.overdue, 0)"
        " FROM users u LEFT JOIN w ON w.uid = u.id LEFT JOIN a ON a.uid = u.id"
        " LEFT JOIN t ON t.uid = u.id WHERE u.active = 1")
        .arg(deals, activities, tasks);
    if (filter.ownerId > 0) {
        sql += QStringLiteral(" AND u.id = ?");
        binds << filter.ownerId;
    }
    sql += QStringLiteral(" ORDER BY 4 DESC, 3 DESC, u.display_name, u.id");
    auto rows = select(session, tr("managers report"), sql, binds);
    if (!rows)
        return rows.error();

    ReportTable t = newTable(QStringLiteral("managers"), filter);
    addColumn(t, QStringLiteral("user_id"), tr("User id"), ValueKind::Id);
    addColumn(t, QStringLiteral("manager"), tr("Manager"), ValueKind::Text);
    addColumn(t, QStringLiteral("won"), tr("Won"), ValueKind::Count);
    addColumn(t, QStringLiteral("amount"), QStringLiteral("%1 (%2)").arg(tr("Won amount"), filter.currency),
              ValueKind::Money);
    addColumn(t, QStringLiteral("lost"), tr("Lost"), ValueKind::Count);
    addColumn(t, QStringLiteral("win_rate"), tr("Win rate"), ValueKind::Percent);
    addColumn(t, QStringLiteral("calls"), tr("Calls"), ValueKind::Count);
    addColumn(t, QStringLiteral("meetings"), tr("Meetings"), ValueKind::Count);
    addColumn(t, QStringLiteral("emails"), tr("E-mails"), ValueKind::Count);
    addColumn(t, QStringLiteral("tasks_on_time"), tr("Tasks on time"), ValueKind::Count);
    addColumn(t, QStringLiteral("tasks_late"), tr("Tasks done late"), ValueKind::Count);
    addColumn(t, QStringLiteral("tasks_overdue"), tr("Tasks overdue"), ValueKind::Count);
    t.chart = ChartSpec{ChartKind::Bars, 1, {3}};
    for (const QVariantList &r : std::as_const(*rows)) {
        QVariantList row;
        bool any = false;
        for (int i = 0; i < r.size(); ++i) {
            row << (i == 1 ? r.value(i) : QVariant(whole(r.value(i))));
            any = any || (i >= 2 && whole(r.value(i)) != 0);
        }
        if (!any)
            continue; // a colleague with nothing in the period is not a row of zeros
        const qint64 won = whole(r.value(2));
        row.insert(5, percent(won, won + whole(r.value(4))));
        t.rows.append(row);
        Drill d = dealDrill(filter, Drill::DealSet::Closed, filter.from, filter.to,
                            tr("Deals closed by %1").arg(r.value(1).toString()));
        d.filter.ownerId = whole(r.value(0));
        t.drills.append(d);
    }
    return t;
}

Result<ReportTable> channels(const Session &session, const ReportFilter &filter)
{
    QVariantList binds{filter.currency, periodStart(filter), periodEnd(filter)};
    auto rows = select(
        session, tr("channels report"),
        QStringLiteral("SELECT COALESCE(d.source, '') AS src, COUNT(*),"
                       " SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN d.status = 'lost' THEN 1 ELSE 0 END),"
                       " CAST(SUM(CASE WHEN d.status = 'won' AND d.currency = ?"
                       " THEN d.amount_minor ELSE 0 END) AS BIGINT)"
                       " FROM deals d WHERE d.created_at >= ? AND d.created_at < ?%1"
                       " GROUP BY COALESCE(d.source, '') ORDER BY 5 DESC, 2 DESC, 1")
            .arg(reportsql::dealConditions(filter, &binds)),
        binds);
    if (!rows)
        return rows.error();
    ReportTable t = newTable(QStringLiteral("channels"), filter);
    addColumn(t, QStringLiteral("source"), tr("Source channel"), ValueKind::Text);
    addColumn(t, QStringLiteral("leads"), tr("Deals created"), ValueKind::Count);
    addColumn(t, QStringLiteral("won"), tr("Won"), ValueKind::Count);
    addColumn(t, QStringLiteral("lost"), tr("Lost"), ValueKind::Count);
    addColumn(t, QStringLiteral("conversion"), tr("Conversion"), ValueKind::Percent);
    addColumn(t, QStringLiteral("revenue"), QStringLiteral("%1 (%2)").arg(tr("Revenue"), filter.currency),
              ValueKind::Money);
    t.chart = ChartSpec{ChartKind::Bars, 0, {5}};
    for (const QVariantList &r : std::as_const(*rows)) {
        const QString source = r.value(0).toString();
        const QString label = source.isEmpty() ? tr("(no source)") : source;
        t.rows.append({label, whole(r.value(1)), whole(r.value(2)), whole(r.value(3)),
                       percent(whole(r.value(2)), whole(r.value(1))), whole(r.value(4))});
        Drill d = dealDrill(filter, Drill::DealSet::Created, filter.from, filter.to,
                            tr("Deals from %1").arg(label));
        d.filter.source = source;
        d.noSource = source.isEmpty();
        t.drills.append(d);
    }
    return t;
}

} // namespace kontor::reports
