#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace kontor::reports {

// deal_stage_stays: one row per stage a deal entered (one per deal_stage_history row), with
// when it left (the deal's next history row, by time then id) and the seconds it stayed.
// The funnel reads time in stage from it instead of pairing every history row with its
// successor on each run. It is derived data: whoever writes deal_stage_history refreshes the
// stays of the deals it touched in the same transaction, right after the history rows.

// Rewrites the stays of one deal from its history.
Status refreshStageStays(const QSqlDatabase &conn, qint64 dealId);
// The same for many deals at once (a batch of imported ones): a statement per thousand.
Status refreshStageStays(const QSqlDatabase &conn, const QList<qint64> &dealIds);
// Rewrites the stays of every deal now in `stageId` (a set-based move of a whole stage; call
// it after the history rows are written and before the deals leave the stage).
Status refreshStageStaysOfStage(const QSqlDatabase &conn, qint64 stageId);
// Rewrites the whole table (bulk loads that wrote history rows directly, e.g. the demo).
Status rebuildStageStays(const QSqlDatabase &conn);

} // namespace kontor::reports
