// The funnel: of the deals created in the period, how many reached each stage, the
// conversion between stages, how long deals stayed in each stage and how long won deals took.
#include "reports/report_builders.h"
#include "reports/report_sql.h"
#include "repo/pipeline_repository.h"

#include <QHash>
#include <QMap>

namespace kontor::reports {

namespace {

// Won stages rank above every open stage: a won deal reached all of them, even the ones it
// skipped on the board.
constexpr qint64 WonRank = 1000000;

// Stays in one stage counted per whole hour.
struct StayHours
{
    QMap<qint64, qint64> perHour; // hour -> stays
    qint64 count = 0;
    qint64 seconds = 0;

    void add(qint64 hour, qint64 stays, qint64 secs)
    {
        perHour[hour] += stays;
        count += stays;
        seconds += secs;
    }
    // The middle stay (the mean of the middle two for an even count), to the hour.
    double medianSeconds() const
    {
        const qint64 lower = (count + 1) / 2;
        const qint64 upper = (count + 2) / 2;
        qint64 seen = 0;
        double low = -1, high = -1;
        for (auto it = perHour.cbegin(); it != perHour.cend(); ++it) {
            seen += it.value();
            if (low < 0 && seen >= lower)
                low = double(it.key());
            if (high < 0 && seen >= upper) {
                high = double(it.key());
                break;
            }
        }
        return (low + high) / 2.0 * 3600.0;
    }
};

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
        = QStringLiteral("SELECT d.id, d.status, d.created_at, d.closed_at, d.stage_id, d.stage_entered_at FROM deals d"
                         " WHERE d.pipeline_id = ? AND d.created_at >= ? AND d.created_at < ?")
        + reportsql::dealConditions(filter, &binds);

    // One pass over the cohort's stage stays (computed once, MATERIALIZED; each stay already
    // knows how long it lasted, see stage_stays.h) answers it all, each answer a row tagged
    // with what it is:
    //   reach: how far each deal got (its highest stage; won above every open stage, lost
    //          stages not counting), as deals per highest rank;
    //   stay:  completed stays per stage (entered by one history row, left by the next one)
    //          counted per whole hour: count and seconds, so the average is exact and the
    //          median is exact to the hour without sorting every stay (see StayHours);
    //   cycle: average and median seconds from creation to closing of the won deals;
    //   now:   open deals per stage they are in now, and the seconds they have spent there so
    //          far (the stay still running, which `stay` does not count);
    //   total: deals, won, lost.
    auto rows = select(
        session, tr("funnel"),
        QStringLiteral(
            "WITH cohort AS MATERIALIZED (%1),"
            " visits AS MATERIALIZED (SELECT v.deal_id, v.stage_id AS k,"
            "  CASE WHEN s.kind = 'won' THEN %2 WHEN s.kind = 'lost' THEN -1 ELSE s.position END"
            "  AS rnk, v.seconds AS secs FROM cohort c JOIN deal_stage_stays v ON v.deal_id = c.id"
            "  JOIN stages s ON s.id = v.stage_id),"
            " reach AS (SELECT deal_id, MAX(rnk) AS top FROM visits GROUP BY deal_id),"
            " cyc AS (SELECT closed_at - created_at AS secs,"
            "  ROW_NUMBER() OVER (ORDER BY closed_at - created_at) AS rn, COUNT(*) OVER () AS n"
            "  FROM cohort WHERE status = 'won' AND closed_at IS NOT NULL)"
            " SELECT 'reach', top, COUNT(*), 0, 0 FROM reach GROUP BY top"
            " UNION ALL SELECT 'stay', k, secs / 3600, COUNT(*), SUM(secs) FROM visits"
            "  WHERE secs IS NOT NULL GROUP BY k, secs / 3600"
            " UNION ALL SELECT 'cycle', 0, AVG(secs), AVG(CASE WHEN rn = (n + 1) / 2"
            "  OR rn = (n + 2) / 2 THEN secs END), 0 FROM cyc"
            " UNION ALL SELECT 'now', stage_id, COUNT(*), SUM(? - stage_entered_at), 0 FROM cohort"
            "  WHERE status = 'open' GROUP BY stage_id"
            " UNION ALL SELECT 'total', COUNT(*), SUM(CASE WHEN status = 'won' THEN 1 ELSE 0 END),"
            "  SUM(CASE WHEN status = 'lost' THEN 1 ELSE 0 END), 0 FROM cohort")
            .arg(cohort)
            .arg(WonRank),
        binds << nowOf(filter));
    if (!rows)
        return rows.error();

    QList<QPair<qint64, qint64>> reached; // rank, deals whose top is that rank
    QHash<qint64, StayHours> stayOf;
    QHash<qint64, QPair<qint64, qint64>> nowIn; // stage -> open deals in it, seconds so far
    QVariantList cycleRow;
    QVariantList totalRow;
    for (const QVariantList &r : std::as_const(*rows)) {
        const QString tag = r.value(0).toString();
        if (tag == QLatin1String("reach"))
            reached.append({whole(r.value(1)), whole(r.value(2))});
        else if (tag == QLatin1String("stay"))
            stayOf[whole(r.value(1))].add(whole(r.value(2)), whole(r.value(3)), whole(r.value(4)));
        else if (tag == QLatin1String("now"))
            nowIn.insert(whole(r.value(1)), {whole(r.value(2)), whole(r.value(3))});
        else if (tag == QLatin1String("cycle"))
            cycleRow = r.mid(1);
        else
            totalRow = r.mid(1);
    }

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
    addColumn(t, QStringLiteral("in_stage_now"), tr("In stage now"), ValueKind::Count);
    addColumn(t, QStringLiteral("average_days_now"), tr("Average days so far"), ValueKind::Days);
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
        const StayHours stay = stayOf.value(stage.id);
        const bool timed = stage.kind == Stage::Kind::Open && stay.count > 0;
        const QPair<qint64, qint64> now = nowIn.value(stage.id);
        const bool waiting = stage.kind == Stage::Kind::Open && now.first > 0;
        t.rows.append({stage.id, stage.name, count,
                       previous < 0 ? QVariant(QMetaType::fromType<double>())
                                    : percent(count, previous),
                       percent(count, first),
                       timed ? days(double(stay.seconds) / double(stay.count)) : days(QVariant()),
                       timed ? days(stay.medianSeconds()) : days(QVariant()),
                       stage.kind == Stage::Kind::Open ? QVariant(now.first) : QVariant(),
                       waiting ? days(double(now.second) / double(now.first)) : days(QVariant())});
        Drill d = dealDrill(filter, Drill::DealSet::ReachedStage, filter.from, filter.to,
                            tr("Deals that reached %1").arg(stage.name));
        d.stageId = stage.id;
        t.drills.append(d);
        previous = count;
    }

    const QVariantList tot = totalRow;
    const qint64 created = whole(tot.value(0));
    const qint64 won = whole(tot.value(1));
    addFigure(t, QStringLiteral("deals"), tr("Deals created"), created, ValueKind::Count);
    addFigure(t, QStringLiteral("won"), tr("Won"), won, ValueKind::Count);
    addFigure(t, QStringLiteral("lost"), tr("Lost"), whole(tot.value(2)), ValueKind::Count);
    addFigure(t, QStringLiteral("overall_conversion"), tr("Overall conversion"),
              percent(won, created), ValueKind::Percent);
    const QVariantList c = cycleRow;
    addFigure(t, QStringLiteral("average_cycle_days"), tr("Average cycle"), days(c.value(1)),
              ValueKind::Days);
    addFigure(t, QStringLiteral("median_cycle_days"), tr("Median cycle"), days(c.value(2)),
              ValueKind::Days);
    return t;
}

} // namespace kontor::reports
