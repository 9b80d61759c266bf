// The funnel: of the deals created in the period, how many reached each stage, the
// conversion between stages, how long deals stayed in each stage and how long won deals took.
#include "reports/report_builders.h"
#include "reports/report_sql.h"
#include "repo/pipeline_repository.h"

#include <QHash>

namespace kontor::reports {

namespace {

// Won stages rank above every open stage: a won deal reached all of them, even the ones it
// skipped on the board.
constexpr qint64 WonRank = 1000000;

qint64 rankOf(const Stage &stage)
{
    return stage.kind == Stage::Kind::Won ? WonRank : stage.position;
}

} // namespace

Result<ReportTable> funnel(const Session &session, const ReportFilter &filter)
{
    auto pipeline = PipelineRepository(session).get(filter.pipelineId);
    if (!pipeline)
        return pipeline.error();

    QVariantList binds{filter.pipelineId, periodStart(filter), periodEnd(filter)};
    const QString cohort
        = QStringLiteral("SELECT d.id, d.status, d.created_at, d.closed_at FROM deals d"
                         " WHERE d.pipeline_id = ? AND d.created_at >= ? AND d.created_at < ?")
        + reportsql::dealConditions(filter, &binds);

    // How far each deal got: its highest stage, lost stages not counting.
    auto reach = select(
        session, tr("funnel: stages reached"),
        QStringLiteral("WITH cohort AS (%1), reach AS (SELECT h.deal_id,"
                       " MAX(CASE WHEN s.kind = 'won' THEN %2 ELSE s.position END) AS top"
                       " FROM deal_stage_history h JOIN cohort c ON c.id = h.deal_id"
                       " JOIN stages s ON s.id = h.to_stage_id WHERE s.kind <> 'lost'"
                       " GROUP BY h.deal_id) SELECT top, COUNT(*) FROM reach GROUP BY top")
            .arg(cohort)
            .arg(WonRank),
        binds);
    if (!reach)
        return reach.error();

    // Completed stays in each stage: entered by one history row, left by the next one.
    auto stays = select(
        session, tr("funnel: time in stage"),
        QStringLiteral("WITH cohort AS (%1), visits AS (SELECT h.to_stage_id AS k,"
                       " h.changed_at AS entered, LEAD(h.changed_at) OVER (PARTITION BY h.deal_id"
                       " ORDER BY h.changed_at, h.id) AS left_at FROM deal_stage_history h"
                       " JOIN cohort c ON c.id = h.deal_id) ")
                .arg(cohort)
            + averageAndMedian(QStringLiteral(
                "SELECT k, left_at - entered AS secs FROM visits WHERE left_at IS NOT NULL")),
        binds);
    if (!stays)
        return stays.error();

    auto totals = select(
        session, tr("funnel: outcomes"),
        QStringLiteral("WITH cohort AS (%1) SELECT COUNT(*),"
                       " SUM(CASE WHEN status = 'won' THEN 1 ELSE 0 END),"
                       " SUM(CASE WHEN status = 'lost' THEN 1 ELSE 0 END) FROM cohort")
            .arg(cohort),
        binds);
    if (!totals)
        return totals.error();

    auto cycle = select(
        session, tr("funnel: cycle length"),
        QStringLiteral("WITH cohort AS (%1) ").arg(cohort)
            + averageAndMedian(QStringLiteral("SELECT 0 AS k, closed_at - created_at AS secs"
                                              " FROM cohort WHERE status = 'won'"
                                              " AND closed_at IS NOT NULL")),
        binds);
    if (!cycle)
        return cycle.error();

    QList<QPair<qint64, qint64>> reached; // rank, deals whose top is that rank
    for (const QVariantList &r : std::as_const(*reach))
        reached.append({whole(r.value(0)), whole(r.value(1))});
    QHash<qint64, QVariantList> stayOf;
    for (const QVariantList &r : std::as_const(*stays))
        stayOf.insert(whole(r.value(0)), r);

    ReportTable t = newTable(QStringLiteral("funnel"), filter);
    t.currency.clear(); // counts and days only
    t.title = tr("Funnel: %1").arg(pipeline->name);
    addColumn(t, QStringLiteral("stage_id"), tr("Stage id"), ValueKind::Id);
    addColumn(t, QStringLiteral("stage"), tr("Stage"), ValueKind::Text);
    addColumn(t, QStringLiteral("reached"), tr("Deals reached"), ValueKind::Count);
    addColumn(t, QStringLiteral("conversion_from_previous"), tr("From previous stage"),
              ValueKind::Percent);
    addColumn(t, QStringLiteral("conversion_from_first"), tr("From first stage"),
              ValueKind::Percent);
    addColumn(t, QStringLiteral("average_days"), tr("Average days in stage"), ValueKind::Days);
    addColumn(t, QStringLiteral("median_days"), tr("Median days in stage"), ValueKind::Days);
    t.chart = ChartSpec{ChartKind::Funnel, 1, {2}};

    qint64 first = -1;
    qint64 previous = -1;
    for (const Stage &stage : pipeline->stages) {
        if (stage.kind == Stage::Kind::Lost)
            continue;
        qint64 count = 0;
        for (const auto &r : std::as_const(reached)) {
            if (stage.kind == Stage::Kind::Won ? r.first == WonRank : r.first >= rankOf(stage))
                count += r.second;
        }
        if (first < 0)
            first = count;
        const QVariantList stay = stayOf.value(stage.id);
        const bool timed = stage.kind == Stage::Kind::Open;
        t.rows.append({stage.id, stage.name, count,
                       previous < 0 ? QVariant(QMetaType::fromType<double>())
                                    : percent(count, previous),
                       percent(count, first),
                       timed ? days(stay.value(1)) : days(QVariant()),
                       timed ? days(stay.value(2)) : days(QVariant())});
        Drill d = dealDrill(filter, Drill::DealSet::ReachedStage, filter.from, filter.to,
                            tr("Deals that reached %1").arg(stage.name));
        d.stageId = stage.id;
        t.drills.append(d);
        previous = count;
    }

    const QVariantList tot = totals->value(0);
    const qint64 created = whole(tot.value(0));
    const qint64 won = whole(tot.value(1));
    addFigure(t, QStringLiteral("deals"), tr("Deals created"), created, ValueKind::Count);
    addFigure(t, QStringLiteral("won"), tr("Won"), won, ValueKind::Count);
    addFigure(t, QStringLiteral("lost"), tr("Lost"), whole(tot.value(2)), ValueKind::Count);
    addFigure(t, QStringLiteral("overall_conversion"), tr("Overall conversion"),
              percent(won, created), ValueKind::Percent);
    const QVariantList c = cycle->value(0);
    addFigure(t, QStringLiteral("average_cycle_days"), tr("Average cycle"), days(c.value(1)),
              ValueKind::Days);
    addFigure(t, QStringLiteral("median_cycle_days"), tr("Median cycle"), days(c.value(2)),
              ValueKind::Days);
    return t;
}

} // namespace kontor::reports
