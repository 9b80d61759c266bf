#pragma once

#include "session.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

namespace kontor {

// One stay of a deal in a stage, read from its stage history: for the deal card's history
// ("who moved it, when, how long it stayed") and the time-per-stage reports.
struct StageVisit
{
    qint64 stageId = 0;
    QString stageName; // also for stages deleted since
    qint64 fromStageId = 0; // 0: the deal was created here
    QString movedBy; // display name of who moved it in, "" when unknown
    QDateTime enteredAt;
    QDateTime leftAt; // invalid: the deal is still in this stage
    qint64 seconds = 0; // time spent, up to `now` for the current stage
};

Result<QList<StageVisit>> stageVisits(const Session &session, qint64 dealId, qint64 nowSecs = 0);

} // namespace kontor
