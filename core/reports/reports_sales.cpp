// Closed deals over time: sales dynamics, won vs lost, lost reasons, deal size and cycle.
#include "reports/report_builders.h"
#include "reports/report_sql.h"

#include <QHash>

namespace kontor::reports {

namespace {

// Moves a bucket start `count` buckets back (the previous period of the same length).
QDate bucketsBack(const QDate &date, Grouping group, int count)
{
    switch (group) {
    case Grouping::Day:
        return date.addDays(-count);
    case Grouping::Week:
        return date.addDays(-7 * qint64(count));
    case Grouping::Month:
        return date.addMonths(-count);
    case Grouping::Quarter:
        return date.addMonths(-3 * count);
    }
    return date;
}

QDate isoDate(const QVariant &v)
{
    return toDate(v);
}

// Won count and won amount (in the filter's currency) per bucket of closed_at in [start, end).
Result<QHash<QDate, QPair<qint64, qint64>>> wonPerBucket(const Session &session,
                                                         const ReportFilter &filter,
                                                         qint64 start, qint64 end)
{
    QVariantList binds{filter.currency, start, end};
    const QString bucket = reportsql::bucketOfInstant(session.db->dialect(),
                                                      QStringLiteral("d.closed_at"), filter.group);
    auto rows = select(session, tr("sales dynamics"),
                       QStringLiteral("SELECT %1 AS b, COUNT(*), CAST(SUM(CASE WHEN d.currency = ?"
                                      " THEN d.amount_minor ELSE 0 END) AS BIGINT) FROM deals d"
                                      " WHERE d.status = 'won' AND d.closed_at >= ?"
                                      " AND d.closed_at < ?%2 GROUP BY %1")
                           .arg(bucket, reportsql::dealConditions(filter, &binds)),
                       binds);
    if (!rows)
        return rows.error();
    QHash<QDate, QPair<qint64, qint64>> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.insert(isoDate(r.value(0)), {whole(r.value(1)), whole(r.value(2))});
    return out;
}

QString amountTitle(const QString &title, const QString &currency)
{
    return QStringLiteral("%1 (%2)").arg(title, currency);
}

} // namespace

Result<ReportTable> dynamics(const Session &session, const ReportFilter &filter)
{
    const QList<QDate> buckets = reportsql::buckets(filter.from, filter.to, filter.group);
    const int n = int(buckets.size());
    auto current = wonPerBucket(session, filter, periodStart(filter), periodEnd(filter));
    if (!current)
        return current.error();
    const QDate prevFrom = bucketsBack(filter.from, filter.group, n);
    const QDate prevTo = bucketsBack(filter.to.addDays(1), filter.group, n);
    auto previous = wonPerBucket(session, filter, reportsql::startSecs(prevFrom),
                                 reportsql::startSecs(prevTo));
    if (!previous)
        return previous.error();

    ReportTable t = newTable(QStringLiteral("dynamics"), filter);
    addColumn(t, QStringLiteral("period"), tr("Period"), ValueKind::Date);
    addColumn(t, QStringLiteral("won"), tr("Won deals"), ValueKind::Count);
    addColumn(t, QStringLiteral("amount"), amountTitle(tr("Won amount"), filter.currency),
              ValueKind::Money);
    addColumn(t, QStringLiteral("previous_period"), tr("Previous period"), ValueKind::Date);
    addColumn(t, QStringLiteral("previous_won"), tr("Won before"), ValueKind::Count);
    addColumn(t, QStringLiteral("previous_amount"),
              amountTitle(tr("Amount before"), filter.currency), ValueKind::Money);
    t.chart = ChartSpec{ChartKind::Bars, 0, {2, 5}};

    qint64 won = 0, amount = 0, prevWon = 0, prevAmount = 0;
    for (const QDate &b : buckets) {
        const QDate p = bucketsBack(b, filter.group, n);
        const auto cur = current->value(b);
        const auto pre = previous->value(p);
        t.rows.append({b.toString(Qt::ISODate), cur.first, cur.second, p.toString(Qt::ISODate),
                       pre.first, pre.second});
        t.drills.append(dealDrill(filter, Drill::DealSet::Won, b,
                                  reportsql::nextBucket(b, filter.group).addDays(-1),
                                  tr("Deals won from %1").arg(b.toString(Qt::ISODate))));
        won += cur.first;
        amount += cur.second;
        prevWon += pre.first;
        prevAmount += pre.second;
    }
    addFigure(t, QStringLiteral("won"), tr("Won deals"), won, ValueKind::Count);
    addFigure(t, QStringLiteral("amount"), tr("Won amount"), amount, ValueKind::Money);
    addFigure(t, QStringLiteral("previous_won"), tr("Won in the period before"), prevWon,
              ValueKind::Count);
    addFigure(t, QStringLiteral("previous_amount"), tr("Amount in the period before"), prevAmount,
              ValueKind::Money);
    addFigure(t, QStringLiteral("change"), tr("Change of amount"),
              prevAmount ? percent(amount - prevAmount, prevAmount)
                         : QVariant(QMetaType::fromType<double>()),
              ValueKind::Percent);
    return t;
}

Result<ReportTable> winRate(const Session &session, const ReportFilter &filter)
{
    QVariantList binds{periodStart(filter), periodEnd(filter)};
    const QString bucket = reportsql::bucketOfInstant(session.db->dialect(),
                                                      QStringLiteral("d.closed_at"), filter.group);
    auto rows = select(session, tr("won vs lost"),
                       QStringLiteral("SELECT %1 AS b,"
                                      " SUM(CASE WHEN d.status = 'won' THEN 1 ELSE 0 END),"
                                      " SUM(CASE WHEN d.status = 'lost' THEN 1 ELSE 0 END)"
                                      " FROM deals d WHERE d.status IN ('won', 'lost')"
                                      " AND d.closed_at >= ? AND d.closed_at < ?%2 GROUP BY %1")
                           .arg(bucket, reportsql::dealConditions(filter, &binds)),
                       binds);
    if (!rows)
        return rows.error();
    QHash<QDate, QPair<qint64, qint64>> per;
    for (const QVariantList &r : std::as_const(*rows))
        per.insert(isoDate(r.value(0)), {whole(r.value(1)), whole(r.value(2))});

    ReportTable t = newTable(QStringLiteral("win_rate"), filter);
    t.currency.clear();
    addColumn(t, QStringLiteral("period"), tr("Period"), ValueKind::Date);
    addColumn(t, QStringLiteral("won"), tr("Won"), ValueKind::Count);
    addColumn(t, QStringLiteral("lost"), tr("Lost"), ValueKind::Count);
    addColumn(t, QStringLiteral("win_rate"), tr("Win rate"), ValueKind::Percent);
    // The rate over time is the story; the counts behind each point are in the table.
    t.chart = ChartSpec{ChartKind::Lines, 0, {3}};
    qint64 won = 0, lost = 0;
    for (const QDate &b : reportsql::buckets(filter.from, filter.to, filter.group)) {
        const auto v = per.value(b);
        t.rows.append({b.toString(Qt::ISODate), v.first, v.second,
                       percent(v.first, v.first + v.second)});
        t.drills.append(dealDrill(filter, Drill::DealSet::Closed, b,
                                  reportsql::nextBucket(b, filter.group).addDays(-1),
                                  tr("Deals closed from %1").arg(b.toString(Qt::ISODate))));
        won += v.first;
        lost += v.second;
    }
    addFigure(t, QStringLiteral("won"), tr("Won"), won, ValueKind::Count);
    addFigure(t, QStringLiteral("lost"), tr("Lost"), lost, ValueKind::Count);
    addFigure(t, QStringLiteral("win_rate"), tr("Win rate"), percent(won, won + lost),
              ValueKind::Percent);
    return t;
}

Result<ReportTable> lostReasons(const Session &session, const ReportFilter &filter)
{
    QVariantList binds{filter.currency, periodStart(filter), periodEnd(filter)};
    auto rows = select(
        session, tr("lost reasons"),
        QStringLiteral("SELECT COALESCE(d.lost_reason_id, 0), COALESCE(r.name, ''), COUNT(*),"
                       " CAST(SUM(CASE WHEN d.currency = ? THEN d.amount_minor ELSE 0 END)"
                       " AS BIGINT) FROM deals d LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id"
                       " WHERE d.status = 'lost' AND d.closed_at >= ? AND d.closed_at < ?%1"
                       " GROUP BY COALESCE(d.lost_reason_id, 0), COALESCE(r.name, '')"
                       " ORDER BY COUNT(*) DESC, COALESCE(r.name, '')")
            .arg(reportsql::dealConditions(filter, &binds)),
        binds);
    if (!rows)
        return rows.error();
    qint64 total = 0;
    for (const QVariantList &r : std::as_const(*rows))
        total += whole(r.value(2));

    ReportTable t = newTable(QStringLiteral("lost_reasons"), filter);
    addColumn(t, QStringLiteral("reason_id"), tr("Reason id"), ValueKind::Id);
    addColumn(t, QStringLiteral("reason"), tr("Reason"), ValueKind::Text);
    addColumn(t, QStringLiteral("lost"), tr("Deals lost"), ValueKind::Count);
    addColumn(t, QStringLiteral("share"), tr("Share"), ValueKind::Percent);
    addColumn(t, QStringLiteral("amount"), amountTitle(tr("Amount lost"), filter.currency),
              ValueKind::Money);
    t.chart = ChartSpec{ChartKind::Bars, 1, {2}};
    for (const QVariantList &r : std::as_const(*rows)) {
        const qint64 id = whole(r.value(0));
        const QString name = id ? r.value(1).toString() : tr("(no reason given)");
        t.rows.append({id, name, whole(r.value(2)), percent(whole(r.value(2)), total),
                       whole(r.value(3))});
        Drill d = dealDrill(filter, Drill::DealSet::Lost, filter.from, filter.to,
                            tr("Deals lost: %1").arg(name));
        d.lostReasonId = id;
        t.drills.append(d);
    }
    addFigure(t, QStringLiteral("lost"), tr("Deals lost"), total, ValueKind::Count);
    return t;
}

namespace {

struct Band
{
    qint64 low;
    qint64 high; // -1: open end
    QString label;
};

// One row per band of `value` (an expression over deals d) for deals won in the period,
// plus the average and median of the value.
Result<ReportTable> distribution(const Session &session, const ReportFilter &filter,
                                 const QString &name, const QString &value, bool currencyOnly,
                                 const QList<Band> &bands, ValueKind statKind,
                                 Drill::Range range)
{
    QString cases = QStringLiteral("CASE");
    for (int i = 0; i < bands.size(); ++i) {
        if (bands[i].high < 0)
            cases += QStringLiteral(" ELSE %1").arg(i);
        else
            cases += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(value).arg(bands[i].high).arg(i);
    }
    cases += QStringLiteral(" END");
    QVariantList binds{periodStart(filter), periodEnd(filter)};
    QString where = QStringLiteral(" FROM deals d WHERE d.status = 'won' AND d.closed_at >= ?"
                                   " AND d.closed_at < ? AND d.closed_at IS NOT NULL");
    if (currencyOnly) {
        where += QStringLiteral(" AND d.currency = ?");
        binds << filter.currency;
    }
    where += reportsql::dealConditions(filter, &binds);
    auto perBand = select(session, tr("distribution"),
                          QStringLiteral("SELECT %1 AS band, COUNT(*)%2 GROUP BY %1").arg(cases, where),
                          binds);
    if (!perBand)
        return perBand.error();
    auto stats = select(session, tr("distribution"),
                        averageAndMedian(QStringLiteral("SELECT 0 AS k, %1 AS secs%2").arg(value, where)),
                        binds);
    if (!stats)
        return stats.error();
    QHash<qint64, qint64> counts;
    qint64 total = 0;
    for (const QVariantList &r : std::as_const(*perBand)) {
        counts.insert(whole(r.value(0)), whole(r.value(1)));
        total += whole(r.value(1));
    }

    ReportTable t = newTable(name, filter);
    if (!currencyOnly)
        t.currency.clear();
    addColumn(t, QStringLiteral("band"), tr("Range"), ValueKind::Text);
    addColumn(t, QStringLiteral("deals"), tr("Won deals"), ValueKind::Count);
    addColumn(t, QStringLiteral("share"), tr("Share"), ValueKind::Percent);
    t.chart = ChartSpec{ChartKind::Histogram, 0, {1}};
    for (int i = 0; i < bands.size(); ++i) {
        t.rows.append({bands[i].label, counts.value(i), percent(counts.value(i), total)});
        Drill d = dealDrill(filter, Drill::DealSet::Won, filter.from, filter.to,
                            tr("Won deals: %1").arg(bands[i].label));
        d.currencyOnly = currencyOnly;
        d.range = range;
        d.low = bands[i].low;
        d.high = bands[i].high;
        t.drills.append(d);
    }
    const QVariantList s = stats->value(0);
    addFigure(t, QStringLiteral("deals"), tr("Won deals"), total, ValueKind::Count);
    if (statKind == ValueKind::Days) {
        addFigure(t, QStringLiteral("average_days"), tr("Average"), days(s.value(1)), statKind);
        addFigure(t, QStringLiteral("median_days"), tr("Median"), days(s.value(2)), statKind);
    } else {
        addFigure(t, QStringLiteral("average"), tr("Average"),
                  s.value(1).isNull() ? QVariant() : QVariant(whole(s.value(1))), statKind);
        addFigure(t, QStringLiteral("median"), tr("Median"),
                  s.value(2).isNull() ? QVariant() : QVariant(whole(s.value(2))), statKind);
    }
    return t;
}

} // namespace

Result<ReportTable> dealSize(const Session &session, const ReportFilter &filter)
{
    // Bands in major units of the currency; the bounds are bound as minor units.
    const QList<qint64> edges{1000, 5000, 10000, 50000, 100000};
    QList<Band> bands;
    qint64 low = 0;
    for (qint64 e : edges) {
        bands.append({low * 100, e * 100, tr("%1 – %2").arg(low).arg(e)});
        low = e;
    }
    bands.append({low * 100, -1, tr("%1 and more").arg(low)});
    return distribution(session, filter, QStringLiteral("deal_size"),
                        QStringLiteral("d.amount_minor"), true, bands, ValueKind::Money,
                        Drill::Range::Amount);
}

Result<ReportTable> cycle(const Session &session, const ReportFilter &filter)
{
    const QList<qint64> edges{8, 15, 31, 61, 91, 181}; // first day of the next band
    QList<Band> bands;
    qint64 low = 0;
    for (qint64 e : edges) {
        bands.append({low * reportsql::DaySecs, e * reportsql::DaySecs,
                      tr("%1–%2 days").arg(low).arg(e - 1)});
        low = e;
    }
    bands.append({low * reportsql::DaySecs, -1, tr("%1 days and more").arg(low)});
    return distribution(session, filter, QStringLiteral("cycle"),
                        QStringLiteral("(d.closed_at - d.created_at)"), false, bands,
                        ValueKind::Days, Drill::Range::CycleSecs);
}

} // namespace kontor::reports
