#pragma once

#include "funnel/board.h"
#include "model/deal.h"
#include "session.h"

namespace kontor::test {

// Helpers shared by the funnel tests: the default "Sales" pipeline and quick deals.
Pipeline salesPipeline(const Session &session);
const Stage &stageNamed(const Pipeline &pipeline, const QString &name);
qint64 addDeal(const Session &session, const QString &title, qint64 stageId, qint64 amountMinor,
               const QString &currency = QStringLiteral("EUR"), int probability = -1,
               qint64 createdAtSecs = 0);
const BoardColumn &columnOf(const Board &board, qint64 stageId);
const CurrencyTotal *totalIn(const QList<CurrencyTotal> &totals, const QString &currency);
QList<qint64> cardIds(const BoardColumn &column);
// Runs one bound statement the app has no repository for yet (activities, tasks, tags).
void exec(const Session &session, const QString &sql, const QVariantList &binds = {});

} // namespace kontor::test
