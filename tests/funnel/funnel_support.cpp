#include "funnel_support.h"

#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

namespace kontor::test {

Pipeline salesPipeline(const Session &session)
{
    auto all = PipelineRepository(session).list();
    REQUIRE(all.ok());
    REQUIRE_FALSE(all->isEmpty());
    return all->first();
}

const Stage &stageNamed(const Pipeline &pipeline, const QString &name)
{
    for (const Stage &s : pipeline.stages) {
        if (s.name == name)
            return s;
    }
    FAIL("no stage " << name.toStdString());
    return pipeline.stages.first();
}

qint64 addDeal(const Session &session, const QString &title, qint64 stageId, qint64 amountMinor,
               const QString &currency, int probability, qint64 createdAtSecs)
{
    Deal d;
    d.title = title;
    d.stageId = stageId;
    d.amountMinor = amountMinor;
    d.currency = currency;
    d.probability = probability;
    if (createdAtSecs)
        d.createdAt = QDateTime::fromSecsSinceEpoch(createdAtSecs, Qt::UTC);
    auto id = DealRepository(session).create(d);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

const BoardColumn &columnOf(const Board &board, qint64 stageId)
{
    for (const BoardColumn &c : board.columns) {
        if (c.stage.id == stageId)
            return c;
    }
    FAIL("no column for stage " << stageId);
    return board.columns.first();
}

const CurrencyTotal *totalIn(const QList<CurrencyTotal> &totals, const QString &currency)
{
    for (const CurrencyTotal &t : totals) {
        if (t.currency == currency)
            return &t;
    }
    return nullptr;
}

QList<qint64> cardIds(const BoardColumn &column)
{
    QList<qint64> ids;
    for (const BoardCard &c : column.cards)
        ids << c.id;
    return ids;
}

void exec(const Session &session, const QString &sql, const QVariantList &binds)
{
    auto conn = session.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test data"));
    auto st = q.run(sql, binds);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

} // namespace kontor::test
