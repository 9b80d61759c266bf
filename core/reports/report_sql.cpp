#include "reports/report_sql.h"

#include <QDateTime>
#include <QTimeZone>

namespace kontor::reportsql {

QString bucketOfInstant(const Dialect &dialect, const QString &column, Grouping group)
{
    if (dialect.isSqlite()) {
        switch (group) {
        case Grouping::Day:
            return QStringLiteral("date(%1, 'unixepoch')").arg(column);
        case Grouping::Week: // forward to Sunday (or stay on it), back to that week's Monday
            return QStringLiteral("date(%1, 'unixepoch', 'weekday 0', '-6 days')").arg(column);
        case Grouping::Month:
            return QStringLiteral("strftime('%Y-%m-01', %1, 'unixepoch')").arg(column);
        case Grouping::Quarter:
            return QStringLiteral("(strftime('%Y-', %1, 'unixepoch') || printf('%02d',"
                                  " ((CAST(strftime('%m', %1, 'unixepoch') AS INTEGER) - 1) / 3)"
                                  " * 3 + 1) || '-01')")
                .arg(column);
        }
    }
    const QString utc = QStringLiteral("(to_timestamp(%1) AT TIME ZONE 'UTC')").arg(column);
    switch (group) {
    case Grouping::Day:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(utc);
    case Grouping::Week:
        return QStringLiteral("to_char(date_trunc('week', %1), 'YYYY-MM-DD')").arg(utc);
    case Grouping::Month:
        return QStringLiteral("to_char(%1, 'YYYY-MM-01')").arg(utc);
    case Grouping::Quarter:
        return QStringLiteral("to_char(date_trunc('quarter', %1), 'YYYY-MM-DD')").arg(utc);
    }
    return {};
}

QString monthOfDate(const Dialect &dialect, const QString &column)
{
    return dialect.isSqlite() ? QStringLiteral("(substr(%1, 1, 7) || '-01')").arg(column)
                              : QStringLiteral("to_char(%1, 'YYYY-MM-01')").arg(column);
}

QString epochOfDate(const Dialect &dialect, const QString &column)
{
    return dialect.isSqlite() ? QStringLiteral("CAST(strftime('%s', %1) AS INTEGER)").arg(column)
                              : QStringLiteral("CAST(EXTRACT(EPOCH FROM %1) AS BIGINT)").arg(column);
}

QDate bucketStart(const QDate &date, Grouping group)
{
    switch (group) {
    case Grouping::Day:
        return date;
    case Grouping::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Grouping::Month:
        return QDate(date.year(), date.month(), 1);
    case Grouping::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return date;
}

QDate nextBucket(const QDate &start, Grouping group)
{
    switch (group) {
    case Grouping::Day:
        return start.addDays(1);
    case Grouping::Week:
        return start.addDays(7);
    case Grouping::Month:
        return start.addMonths(1);
    case Grouping::Quarter:
        return start.addMonths(3);
    }
    return start.addDays(1);
}

QList<QDate> buckets(const QDate &from, const QDate &to, Grouping group)
{
    QList<QDate> out;
    for (QDate b = bucketStart(from, group); b.isValid() && b <= to; b = nextBucket(b, group))
        out << b;
    return out;
}

qint64 startSecs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString dealConditions(const ReportFilter &filter, QVariantList *binds)
{
    QString sql = QStringLiteral(" AND d.deleted_at IS NULL");
    if (filter.ownerId > 0) {
        sql += QStringLiteral(" AND d.owner_id = ?");
        *binds << filter.ownerId;
    }
    if (filter.pipelineId > 0) {
        sql += QStringLiteral(" AND d.pipeline_id = ?");
        *binds << filter.pipelineId;
    }
    if (!filter.source.isEmpty()) {
        sql += QStringLiteral(" AND d.source = ?");
        *binds << filter.source;
    }
    if (filter.productId > 0) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM deal_items i"
                              " WHERE i.deal_id = d.id AND i.product_id = ?)");
        *binds << filter.productId;
    }
    if (filter.customers != CustomerKind::All) {
        // A won deal of the same company (or contact, for deals without a company) that
        // closed before this one was created makes this an existing customer's deal.
        const QString earlier = QStringLiteral(
            "EXISTS (SELECT 1 FROM deals p WHERE p.status = 'won' AND p.deleted_at IS NULL"
            " AND p.closed_at < d.created_at AND ((d.company_id IS NOT NULL"
            " AND p.company_id = d.company_id) OR (d.company_id IS NULL"
            " AND d.contact_id IS NOT NULL AND p.contact_id = d.contact_id)))");
        sql += filter.customers == CustomerKind::Existing ? QStringLiteral(" AND ") + earlier
                                                          : QStringLiteral(" AND NOT ") + earlier;
    }
    return sql;
}

QString customerKey()
{
    return QStringLiteral("COALESCE(d.company_id, -d.contact_id)");
}

QString probability()
{
    return QStringLiteral("COALESCE(d.probability, s.probability)");
}

} // namespace kontor::reportsql
