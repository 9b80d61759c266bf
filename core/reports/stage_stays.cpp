#include "reports/stage_stays.h"

#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::reports::StageStays", text);
}

// Deletes and re-derives the stays of the deals matching `dealCondition` (on a deal_id
// column, both tables name it so). LEAD pairs each history row with the deal's next one,
// ordered as the funnel always read them: by time, then by id for moves in the same second.
Status refresh(const QSqlDatabase &conn, const QString &dealCondition, const QVariantList &binds)
{
    SqlStatement q(conn, tr("Cannot update the time deals spent in each stage"));
    if (auto st = q.run(QStringLiteral("DELETE FROM deal_stage_stays WHERE ") + dealCondition, binds); !st)
        return st;
    return q.run(QStringLiteral("INSERT INTO deal_stage_stays (history_id, deal_id, stage_id, entered_at,"
                                " left_at, seconds) SELECT id, deal_id, to_stage_id, changed_at, next_at,"
                                " next_at - changed_at FROM (SELECT id, deal_id, to_stage_id, changed_at,"
                                " LEAD(changed_at) OVER (PARTITION BY deal_id ORDER BY changed_at, id)"
                                " AS next_at FROM deal_stage_history WHERE ")
                     + dealCondition + QStringLiteral(") h"),
                 binds);
}

} // namespace

Status refreshStageStays(const QSqlDatabase &conn, qint64 dealId)
{
    return refresh(conn, QStringLiteral("deal_id = ?"), {dealId});
}

Status refreshStageStays(const QSqlDatabase &conn, const QList<qint64> &dealIds)
{
    // Bound rather than written into the SQL, so every full slice runs the same kept statement.
    constexpr qsizetype kPerStatement = 1000;
    for (qsizetype from = 0; from < dealIds.size(); from += kPerStatement) {
        const QList<qint64> slice = dealIds.mid(from, kPerStatement);
        QVariantList binds;
        binds.reserve(slice.size());
        for (qint64 id : slice)
            binds << id;
        const QString condition = QStringLiteral("deal_id IN (%1)")
                                      .arg(QStringList(slice.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        if (auto st = refresh(conn, condition, binds); !st)
            return st;
    }
    return {};
}

Status refreshStageStaysOfStage(const QSqlDatabase &conn, qint64 stageId)
{
    return refresh(conn, QStringLiteral("deal_id IN (SELECT id FROM deals WHERE stage_id = ?)"),
                   {stageId});
}

Status rebuildStageStays(const QSqlDatabase &conn)
{
    return refresh(conn, QStringLiteral("1 = 1"), {});
}

} // namespace kontor::reports
