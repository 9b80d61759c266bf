#include "reports/plan_spread.h"

#include "reports/report_builders.h"

#include <algorithm>

namespace kontor::reports {

namespace {

// Every day weighs 1 / (days in its month); in whole numbers, a month weighs MonthWeight and
// a day MonthWeight / days-in-month (MonthWeight divides by 28, 29, 30 and 31).
constexpr qint64 MonthWeight = 4LL * 3 * 5 * 7 * 29 * 31;

// Weight of the days [first, last] (none when last < first).
qint64 weightOf(const QDate &first, const QDate &last)
{
    qint64 weight = 0;
    QDate day = first;
    while (day <= last) {
        const QDate monthEnd(day.year(), day.month(), day.daysInMonth());
        const QDate until = std::min(monthEnd, last);
        weight += (day.daysTo(until) + 1) * (MonthWeight / day.daysInMonth());
        day = until.addDays(1);
    }
    return weight;
}

// floor(amount * part / total) without overflowing: amount = q * total + r, r < total.
qint64 scaled(qint64 amount, qint64 part, qint64 total)
{
    const qint64 q = amount / total;
    const qint64 r = amount % total;
    return q * part + r * part / total;
}

} // namespace

qint64 planShare(const QDate &start, const QDate &end, qint64 amountMinor, const QDate &from,
                 const QDate &to)
{
    if (!start.isValid() || !end.isValid() || end < start || to < from || to < start || from > end)
        return 0;
    const qint64 total = weightOf(start, end);
    // Running totals: the plan's weight up to the day before `from`, and up to `to`.
    const qint64 before = weightOf(start, std::min(from.addDays(-1), end));
    const qint64 upTo = weightOf(start, std::min(to, end));
    return scaled(amountMinor, upTo, total) - scaled(amountMinor, before, total);
}

Result<QList<PlanPeriod>> plansOverlapping(const Session &session, const QString &currency,
                                           qint64 ownerId, const QDate &from, const QDate &to)
{
    QVariantList binds{currency, fromDate(from), fromDate(to)};
    QString sql = QStringLiteral("SELECT id, user_id, period_start, period_end, amount_minor"
                                 " FROM sales_plans WHERE currency = ? AND period_end >= ?"
                                 " AND period_start <= ?");
    if (ownerId > 0) {
        sql += QStringLiteral(" AND user_id = ?");
        binds << ownerId;
    }
    auto rows = select(session, tr("sales plans"), sql + QStringLiteral(" ORDER BY id"), binds);
    if (!rows)
        return rows.error();
    QList<PlanPeriod> plans;
    plans.reserve(rows->size());
    for (const QVariantList &r : std::as_const(*rows))
        plans.append({whole(r.value(0)), whole(r.value(1)), toDate(r.value(2)), toDate(r.value(3)),
                      whole(r.value(4))});
    return plans;
}

} // namespace kontor::reports
