// The records behind a number: deals, tasks, contacts or customers, as a plain table.
#include "reports/report_builders.h"
#include "reports/report_sql.h"

namespace kontor::reports {

namespace {

QString dateOf(const Dialect &dialect, const QString &column)
{
    return reportsql::bucketOfInstant(dialect, column, Grouping::Day);
}

Result<ReportTable> dealList(const Session &session, const Drill &drill, int limit)
{
    const ReportFilter &f = drill.filter;
    const Dialect &dialect = session.db->dialect();
    const qint64 start = periodStart(f);
    const qint64 end = periodEnd(f);
    QVariantList binds;
    QString where;
    switch (drill.deals) {
    case Drill::DealSet::Created:
        where = QStringLiteral("d.created_at >= ? AND d.created_at < ?");
        binds << start << end;
        break;
    case Drill::DealSet::Won:
    case Drill::DealSet::Lost:
    case Drill::DealSet::Closed:
        where = drill.deals == Drill::DealSet::Won ? QStringLiteral("d.status = 'won'")
            : drill.deals == Drill::DealSet::Lost  ? QStringLiteral("d.status = 'lost'")
                                                   : QStringLiteral("d.status IN ('won', 'lost')");
        where += QStringLiteral(" AND d.closed_at >= ? AND d.closed_at < ?");
        binds << start << end;
        break;
    case Drill::DealSet::OpenExpected:
        where = QStringLiteral("d.status = 'open' AND d.expected_close >= ? AND d.expected_close <= ?");
        binds << fromDate(f.from) << fromDate(f.to);
        break;
    case Drill::DealSet::Open:
        where = QStringLiteral("d.status = 'open'");
        break;
    case Drill::DealSet::Stale:
        where = QStringLiteral("d.status = 'open' AND s.rot_days IS NOT NULL AND"
                               " (CASE WHEN d.last_activity_at > d.stage_entered_at"
                               " THEN d.last_activity_at ELSE d.stage_entered_at END)"
                               " < ? - s.rot_days * ?");
        binds << nowOf(f) << reportsql::DaySecs;
        break;
    case Drill::DealSet::ReachedStage:
        where = QStringLiteral(
            "d.created_at >= ? AND d.created_at < ? AND EXISTS (SELECT 1 FROM deal_stage_history h"
            " JOIN stages hs ON hs.id = h.to_stage_id WHERE h.deal_id = d.id AND hs.kind <> 'lost'"
            " AND (CASE WHEN hs.kind = 'won' THEN 1000000 ELSE hs.position END) >="
            " (SELECT CASE WHEN kind = 'won' THEN 1000000 ELSE position END FROM stages"
            " WHERE id = ?))");
        binds << start << end << drill.stageId;
        break;
    case Drill::DealSet::CreatedWon:
        where = QStringLiteral("d.status = 'won' AND d.created_at >= ? AND d.created_at < ?");
        binds << start << end;
        break;
    }
    if (drill.lostReasonId == 0) {
        where += QStringLiteral(" AND d.lost_reason_id IS NULL");
    } else if (drill.lostReasonId > 0) {
        where += QStringLiteral(" AND d.lost_reason_id = ?");
        binds << drill.lostReasonId;
    }
    if (drill.noSource)
        where += QStringLiteral(" AND (d.source IS NULL OR d.source = '')");
    if (drill.currencyOnly) {
        where += QStringLiteral(" AND d.currency = ?");
        binds << f.currency;
    }
    if (drill.range != Drill::Range::None) {
        const QString value = drill.range == Drill::Range::Amount
            ? QStringLiteral("d.amount_minor")
            : QStringLiteral("(d.closed_at - d.created_at)");
        where += QStringLiteral(" AND %1 >= ?").arg(value);
        binds << drill.low;
        if (drill.high >= 0) {
            where += QStringLiteral(" AND %1 < ?").arg(value);
            binds << drill.high;
        }
    }
    ReportFilter conds = f;
    if (drill.noSource)
        conds.source.clear();
    where += reportsql::dealConditions(conds, &binds);

    const QString from = QStringLiteral(" FROM deals d JOIN stages s ON s.id = d.stage_id WHERE ") + where;
    auto count = select(session, tr("count the deals behind a figure"),
                        QStringLiteral("SELECT COUNT(*)") + from, binds);
    if (!count)
        return count.error();
    auto rows = select(
        session, tr("list the deals behind a figure"),
        QStringLiteral("SELECT d.id, d.title, s.name, COALESCE(u.display_name, ''), d.amount_minor,"
                       " d.currency, %1, CASE WHEN d.closed_at IS NULL THEN NULL ELSE %2 END,"
                       " d.expected_close FROM deals d JOIN stages s ON s.id = d.stage_id"
                       " LEFT JOIN users u ON u.id = d.owner_id WHERE %3"
                       " ORDER BY d.amount_minor DESC, d.id LIMIT ?")
            .arg(dateOf(dialect, QStringLiteral("d.created_at")),
                 dateOf(dialect, QStringLiteral("d.closed_at")), where),
        QVariantList(binds) << limit);
    if (!rows)
        return rows.error();

    ReportTable t = newTable(QStringLiteral("deals"), f);
    t.title = drill.title;
    t.currency.clear(); // each row names its own currency
    addColumn(t, QStringLiteral("id"), tr("Id"), ValueKind::Id);
    addColumn(t, QStringLiteral("title"), tr("Deal"), ValueKind::Text);
    addColumn(t, QStringLiteral("stage"), tr("Stage"), ValueKind::Text);
    addColumn(t, QStringLiteral("owner"), tr("Owner"), ValueKind::Text);
    addColumn(t, QStringLiteral("amount"), tr("Amount"), ValueKind::Money);
    addColumn(t, QStringLiteral("currency"), tr("Currency"), ValueKind::Text);
    addColumn(t, QStringLiteral("created"), tr("Created"), ValueKind::Date);
    addColumn(t, QStringLiteral("closed"), tr("Closed"), ValueKind::Date);
    addColumn(t, QStringLiteral("expected_close"), tr("Expected close"), ValueKind::Date);
    for (const QVariantList &r : std::as_const(*rows)) {
        const QDate expected = toDate(r.value(8));
        t.rows.append({whole(r.value(0)), r.value(1), r.value(2), r.value(3), whole(r.value(4)),
                       r.value(5), r.value(6), r.value(7).isNull() ? QVariant() : r.value(7),
                       expected.isValid() ? QVariant(expected.toString(Qt::ISODate)) : QVariant()});
    }
    addFigure(t, QStringLiteral("total"), tr("Deals"), whole(count->value(0).value(0)),
              ValueKind::Count);
    return t;
}

Result<ReportTable> taskList(const Session &session, const Drill &drill, int limit)
{
    QVariantList binds{nowOf(drill.filter)};
    QString where = QStringLiteral("t.done_at IS NULL AND t.deleted_at IS NULL AND t.due_at < ?");
    if (drill.filter.ownerId > 0) {
        where += QStringLiteral(" AND t.assignee_id = ?");
        binds << drill.filter.ownerId;
    }
    auto count = select(session, tr("count overdue tasks"),
                        QStringLiteral("SELECT COUNT(*) FROM tasks t WHERE ") + where, binds);
    if (!count)
        return count.error();
    auto rows = select(session, tr("list overdue tasks"),
                       QStringLiteral("SELECT t.id, t.title, COALESCE(u.display_name, ''), %1,"
                                      " COALESCE(dl.title, '') FROM tasks t"
                                      " LEFT JOIN users u ON u.id = t.assignee_id"
                                      " LEFT JOIN deals dl ON dl.id = t.deal_id WHERE %2"
                                      " ORDER BY t.due_at, t.id LIMIT ?")
                           .arg(dateOf(session.db->dialect(), QStringLiteral("t.due_at")), where),
                       QVariantList(binds) << limit);
    if (!rows)
        return rows.error();
    ReportTable t = newTable(QStringLiteral("tasks"), drill.filter);
    t.title = drill.title;
    t.currency.clear();
    addColumn(t, QStringLiteral("id"), tr("Id"), ValueKind::Id);
    addColumn(t, QStringLiteral("title"), tr("Task"), ValueKind::Text);
    addColumn(t, QStringLiteral("assignee"), tr("Assigned to"), ValueKind::Text);
    addColumn(t, QStringLiteral("due"), tr("Due"), ValueKind::Date);
    addColumn(t, QStringLiteral("deal"), tr("Deal"), ValueKind::Text);
    for (const QVariantList &r : std::as_const(*rows))
        t.rows.append({whole(r.value(0)), r.value(1), r.value(2), r.value(3), r.value(4)});
    addFigure(t, QStringLiteral("total"), tr("Tasks"), whole(count->value(0).value(0)),
              ValueKind::Count);
    return t;
}

Result<ReportTable> contactList(const Session &session, const Drill &drill, int limit)
{
    QVariantList binds{periodStart(drill.filter), periodEnd(drill.filter)};
    QString where = QStringLiteral("c.deleted_at IS NULL AND c.created_at >= ? AND c.created_at < ?");
    if (drill.filter.ownerId > 0) {
        where += QStringLiteral(" AND c.owner_id = ?");
        binds << drill.filter.ownerId;
    }
    auto count = select(session, tr("count new contacts"),
                        QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE ") + where, binds);
    if (!count)
        return count.error();
    auto rows = select(session, tr("list new contacts"),
                       QStringLiteral("SELECT c.id, TRIM(c.first_name || ' ' || c.last_name),"
                                      " c.status, COALESCE(c.source, ''), %1 FROM contacts c"
                                      " WHERE %2 ORDER BY c.created_at DESC, c.id DESC LIMIT ?")
                           .arg(dateOf(session.db->dialect(), QStringLiteral("c.created_at")), where),
                       QVariantList(binds) << limit);
    if (!rows)
        return rows.error();
    ReportTable t = newTable(QStringLiteral("contacts"), drill.filter);
    t.title = drill.title;
    t.currency.clear();
    addColumn(t, QStringLiteral("id"), tr("Id"), ValueKind::Id);
    addColumn(t, QStringLiteral("name"), tr("Name"), ValueKind::Text);
    addColumn(t, QStringLiteral("status"), tr("Status"), ValueKind::Text);
    addColumn(t, QStringLiteral("source"), tr("Source"), ValueKind::Text);
    addColumn(t, QStringLiteral("created"), tr("Created"), ValueKind::Date);
    for (const QVariantList &r : std::as_const(*rows))
        t.rows.append({whole(r.value(0)), r.value(1), r.value(2), r.value(3), r.value(4)});
    addFigure(t, QStringLiteral("total"), tr("Contacts"), whole(count->value(0).value(0)),
              ValueKind::Count);
    return t;
}

Result<ReportTable> customerList(const Session &session, const Drill &drill, int limit)
{
    ReportTable t = newTable(QStringLiteral("customers"), drill.filter);
    t.title = drill.title;
    addColumn(t, QStringLiteral("key"), tr("Customer key"), ValueKind::Id);
    addColumn(t, QStringLiteral("customer"), tr("Customer"), ValueKind::Text);
    addColumn(t, QStringLiteral("kind"), tr("Kind"), ValueKind::Text);
    addColumn(t, QStringLiteral("deals"), tr("Won deals"), ValueKind::Count);
    addColumn(t, QStringLiteral("revenue"), tr("Revenue"), ValueKind::Money);
    const QList<qint64> keys = drill.customers.mid(0, limit);
    addFigure(t, QStringLiteral("total"), tr("Customers"), qint64(drill.customers.size()),
              ValueKind::Count);
    if (keys.isEmpty())
        return t;
    QVariantList binds{drill.filter.currency, periodStart(drill.filter), periodEnd(drill.filter)};
    QString in;
    for (qint64 k : keys) {
        in += in.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        binds << k;
    }
    const QString name = QStringLiteral(
        "CASE WHEN d.company_id IS NOT NULL THEN co.name"
        " ELSE TRIM(c.first_name || ' ' || c.last_name) END");
    auto rows = select(
        session, tr("list customers"),
        QStringLiteral("SELECT %1, %2, COUNT(*), CAST(SUM(d.amount_minor) AS BIGINT)"
                       " FROM deals d LEFT JOIN companies co ON co.id = d.company_id"
                       " LEFT JOIN contacts c ON c.id = d.contact_id"
                       " WHERE d.status = 'won' AND d.deleted_at IS NULL AND d.currency = ?"
                       " AND d.closed_at >= ? AND d.closed_at < ? AND %1 IN (%3)%4"
                       " GROUP BY %1, %2 ORDER BY 4 DESC, 1")
            .arg(reportsql::customerKey(), name, in, reportsql::dealConditions(drill.filter, &binds)),
        binds);
    if (!rows)
        return rows.error();
    for (const QVariantList &r : std::as_const(*rows)) {
        const qint64 key = whole(r.value(0));
        t.rows.append({key, r.value(1), key > 0 ? tr("company") : tr("person"), whole(r.value(2)),
                       whole(r.value(3))});
    }
    return t;
}

} // namespace

Result<ReportTable> drill(const Session &session, const Drill &drill, int limit)
{
    switch (drill.kind) {
    case Drill::Kind::Deals:
        return dealList(session, drill, limit);
    case Drill::Kind::Tasks:
        return taskList(session, drill, limit);
    case Drill::Kind::Contacts:
        return contactList(session, drill, limit);
    case Drill::Kind::Customers:
        return customerList(session, drill, limit);
    case Drill::Kind::None:
        break;
    }
    return Error{Error::Kind::Invalid, tr("There are no records behind this figure."), {}, {}};
}

} // namespace kontor::reports
