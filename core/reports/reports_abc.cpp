// ABC/XYZ: customers by share of revenue (A/B/C) and by how regular their monthly purchases
// are (X/Y/Z), over the deals won in the period in one currency.
#include "reports/report_builders.h"
#include "reports/report_sql.h"

#include <cmath>

namespace kontor::reports {

namespace {

// A: the customers that make the first 80 % of revenue (the one crossing 80 % included),
// B: up to 95 %, C: the rest. X: monthly revenue varies by at most 10 % (coefficient of
// variation), Y: at most 25 %, Z: more.
constexpr double AShare = 0.80;
constexpr double BShare = 0.95;
constexpr double XVariation = 0.10;
constexpr double YVariation = 0.25;

} // namespace

Result<ReportTable> abcXyz(const Session &session, const ReportFilter &filter)
{
    const QList<QDate> months = reportsql::buckets(filter.from, filter.to, Grouping::Month);
    QVariantList binds{filter.currency, periodStart(filter), periodEnd(filter)};
    const QString month = reportsql::bucketOfInstant(session.db->dialect(),
                                                     QStringLiteral("d.closed_at"), Grouping::Month);
    // Per customer: revenue, and the sum of squares of its monthly revenues (months without
    // a purchase add 0), which is all the variation needs.
    auto rows = select(
        session, tr("ABC/XYZ"),
        QStringLiteral("WITH cm AS (SELECT %1 AS ck, %2 AS mo, SUM(d.amount_minor) AS m"
                       " FROM deals d WHERE d.status = 'won' AND d.currency = ?"
                       " AND d.closed_at >= ? AND d.closed_at < ?"
                       " AND (d.company_id IS NOT NULL OR d.contact_id IS NOT NULL)%3"
                       " GROUP BY %1, %2)"
                       " SELECT ck, CAST(SUM(m) AS BIGINT), SUM(m * 1.0 * m) FROM cm GROUP BY ck"
                       " ORDER BY 2 DESC, ck")
            .arg(reportsql::customerKey(), month, reportsql::dealConditions(filter, &binds)),
        binds);
    if (!rows)
        return rows.error();

    qint64 total = 0;
    for (const QVariantList &r : std::as_const(*rows))
        total += whole(r.value(1));
    const double n = double(std::max<qsizetype>(1, months.size()));

    struct Cell
    {
        qint64 customers = 0;
        qint64 revenue = 0;
        QList<qint64> keys;
    };
    Cell cells[3][3];
    qint64 before = 0;
    for (const QVariantList &r : std::as_const(*rows)) {
        const qint64 revenue = whole(r.value(1));
        const double share = total > 0 ? double(before) / double(total) : 0.0;
        const int abc = share < AShare ? 0 : (share < BShare ? 1 : 2);
        before += revenue;
        const double mean = double(revenue) / n;
        const double variance = std::max(0.0, r.value(2).toDouble() / n - mean * mean);
        const double variation = mean > 0 ? std::sqrt(variance) / mean : 0.0;
        const int xyz = variation <= XVariation + 1e-9 ? 0 : (variation <= YVariation + 1e-9 ? 1 : 2);
        Cell &c = cells[abc][xyz];
        ++c.customers;
        c.revenue += revenue;
        c.keys << whole(r.value(0));
    }

    ReportTable t = newTable(QStringLiteral("abc_xyz"), filter);
    addColumn(t, QStringLiteral("cell"), tr("Cell"), ValueKind::Text);
    addColumn(t, QStringLiteral("abc"), tr("Revenue class"), ValueKind::Text);
    addColumn(t, QStringLiteral("xyz"), tr("Regularity class"), ValueKind::Text);
    addColumn(t, QStringLiteral("customers"), tr("Customers"), ValueKind::Count);
    addColumn(t, QStringLiteral("revenue"), tr("Revenue"), ValueKind::Money);
    addColumn(t, QStringLiteral("share"), tr("Share of revenue"), ValueKind::Percent);
    t.chart = ChartSpec{ChartKind::Matrix, 0, {3}};
    static const char abcNames[] = "ABC";
    static const char xyzNames[] = "XYZ";
    for (int a = 0; a < 3; ++a) {
        for (int x = 0; x < 3; ++x) {
            const Cell &c = cells[a][x];
            const QString abc = QString(QLatin1Char(abcNames[a]));
            const QString xyz = QString(QLatin1Char(xyzNames[x]));
            t.rows.append({abc + xyz, abc, xyz, c.customers, c.revenue, percent(c.revenue, total)});
            Drill d;
            d.kind = Drill::Kind::Customers;
            d.filter = filter;
            d.customers = c.keys;
            d.title = tr("Customers in %1").arg(abc + xyz);
            t.drills.append(d);
        }
    }
    addFigure(t, QStringLiteral("customers"), tr("Customers"), qint64(rows->size()), ValueKind::Count);
    addFigure(t, QStringLiteral("revenue"), tr("Revenue"), total, ValueKind::Money);
    addFigure(t, QStringLiteral("months"), tr("Months"), qint64(months.size()), ValueKind::Count);
    return t;
}

} // namespace kontor::reports
