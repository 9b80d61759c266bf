#include "funnel/stage_history.h"

#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor {

Result<QList<StageVisit>> stageVisits(const Session &session, qint64 dealId, qint64 now)
{
    if (!now)
        now = nowSecs();
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn,
                   QCoreApplication::translate("kontor::StageHistory",
                                               "Cannot read the stage history of deal %1")
                       .arg(dealId));
    // Deleted stages keep their row (soft delete), so old history still has names.
    if (auto st = q.run(QStringLiteral("SELECT h.to_stage_id, s.name, h.from_stage_id,"
                                       " u.display_name, h.changed_at FROM deal_stage_history h"
                                       " JOIN stages s ON s.id = h.to_stage_id"
                                       " LEFT JOIN users u ON u.id = h.changed_by"
                                       " WHERE h.deal_id = ? ORDER BY h.changed_at, h.id"),
                        {dealId});
        !st)
        return st.error();
    QList<StageVisit> out;
    while (q.next()) {
        StageVisit v;
        v.stageId = q.value(0).toLongLong();
        v.stageName = q.value(1).toString();
        v.fromStageId = q.value(2).toLongLong();
        v.movedBy = q.value(3).toString();
        v.enteredAt = toDateTime(q.value(4));
        out.append(v);
    }
    for (int i = 0; i < out.size(); ++i) {
        StageVisit &v = out[i];
        if (i + 1 < out.size())
            v.leftAt = out.at(i + 1).enteredAt;
        const qint64 end = v.leftAt.isValid() ? v.leftAt.toSecsSinceEpoch() : now;
        v.seconds = qMax<qint64>(0, end - v.enteredAt.toSecsSinceEpoch());
    }
    return out;
}

} // namespace kontor
