// Stage deletion with a move, lost reasons, won, and the history every move leaves behind.
#include "funnel_support.h"
#include "test_database.h"

#include "funnel/board_repository.h"
#include "funnel/stage_history.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

TEST_CASE("Deleting a stage that holds deals moves them, each with a history row",
          "[stages][history]")
{
    // Given three deals in "Qualified", one of them in the trash
    TestDatabase t;
    Session s = t.session();
    PipelineRepository pipelines(s);
    DealRepository deals(s);
    const Pipeline sales = salesPipeline(s);
    const qint64 qualified = stageNamed(sales, QStringLiteral("Qualified")).id;
    const qint64 proposal = stageNamed(sales, QStringLiteral("Proposal sent")).id;
    const qint64 a = addDeal(s, QStringLiteral("A"), qualified, 100);
    const qint64 b = addDeal(s, QStringLiteral("B"), qualified, 200);
    const qint64 trashed = addDeal(s, QStringLiteral("Trashed"), qualified, 300);
    const qint64 already = addDeal(s, QStringLiteral("Already there"), proposal, 400);
    REQUIRE(deals.moveToTrash(trashed).ok());

    // Without a target the delete is refused and nothing changes
    auto refused = pipelines.removeStage(qualified);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(pipelines.get(sales.id)->stages.size() == 6);

    // A target in another pipeline, the stage itself, or a lost stage is refused
    const qint64 other = *pipelines.create(
        QStringLiteral("Other"), {Stage {0, 0, QStringLiteral("X"), 0, 5, Stage::Kind::Open, 0}});
    CHECK_FALSE(pipelines.removeStage(qualified, pipelines.get(other)->stages.first().id).ok());
    CHECK_FALSE(pipelines.removeStage(qualified, qualified).ok());
    CHECK_FALSE(
        pipelines.removeStage(qualified, stageNamed(sales, QStringLiteral("Lost")).id).ok());
    CHECK(deals.history(a)->size() == 1);

    // When it is deleted with "move the deals to Proposal sent"
    REQUIRE(pipelines.removeStage(qualified, proposal).ok());

    // Then the stage is gone, every deal sits in the target with a history row from the old stage
    CHECK(pipelines.get(sales.id)->stages.size() == 5);
    for (qint64 id : {a, b, trashed}) {
        const Deal d = *deals.get(id, true);
        CHECK(d.stageId == proposal);
        auto history = deals.history(id);
        REQUIRE(history->size() == 2);
        CHECK(history->last().fromStageId == qualified);
        CHECK(history->last().toStageId == proposal);
        CHECK(history->last().changedBy == s.userId);
    }
    // The moved cards come after the ones already in the column, in their old order
    auto board = BoardRepository(s).load({sales.id, 0, 0, {}});
    REQUIRE(board.ok());
    CHECK(cardIds(columnOf(*board, proposal)) == QList<qint64> {already, a, b});
    CHECK(deals.history(already)->size() == 1);
}

TEST_CASE("Won and lost close a deal; lost needs a reason; reopening is a move", "[deals][lost]")
{
    TestDatabase t;
    Session s = t.session();
    PipelineRepository pipelines(s);
    DealRepository deals(s);
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 lostStage = stageNamed(sales, QStringLiteral("Lost")).id;
    const qint64 id = addDeal(s, QStringLiteral("Deal"), lead, 100);

    // Given no reason, losing is refused, also through a plain move to the lost stage
    auto noReason = deals.markLost(id, 0);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().kind == Error::Kind::Invalid);
    CHECK_FALSE(deals.moveToStage(id, lostStage).ok());
    CHECK(deals.get(id)->status == QStringLiteral("open"));

    auto reason = pipelines.findLostReason(QStringLiteral("no budget"));
    REQUIRE(reason.ok());
    CHECK(pipelines.lostReasons()->size() == 6);
    REQUIRE(deals.markLost(id, reason->id, QStringLiteral("Budget moved to 2027")).ok());
    Deal d = *deals.get(id);
    CHECK(d.status == QStringLiteral("lost"));
    CHECK(d.stageId == lostStage);
    CHECK(d.lostReasonId == reason->id);
    CHECK(d.lostNote == QStringLiteral("Budget moved to 2027"));
    CHECK(d.closedAt.isValid());

    // Reopen (undo of "lost") and win: each a history row, and the reason goes with the reopen
    REQUIRE(BoardRepository(s).place(id, lead).ok());
    CHECK(deals.get(id)->lostReasonId == 0);
    REQUIRE(deals.markWon(id).ok());
    CHECK(deals.get(id)->status == QStringLiteral("won"));
    auto history = deals.history(id);
    REQUIRE(history->size() == 4);
    CHECK(history->at(1).toStageId == lostStage);
    CHECK(history->at(2).toStageId == lead);
    CHECK(history->at(3).toStageId == stageNamed(sales, QStringLiteral("Won")).id);

    CHECK(pipelines.addLostReason(QStringLiteral("Went quiet")).ok());
    CHECK(pipelines.findLostReason(QStringLiteral("Went quiet")).ok());
    CHECK_FALSE(pipelines.findLostReason(QStringLiteral("Nope")).ok());
    CHECK(pipelines.findStage(sales.id, QStringLiteral("lead IN"))->id == lead);
}

TEST_CASE("A move and its undo both leave history rows; the card returns to its place",
          "[board][history]")
{
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 qualified = stageNamed(sales, QStringLiteral("Qualified")).id;
    const qint64 a = addDeal(s, QStringLiteral("A"), lead, 100);
    const qint64 b = addDeal(s, QStringLiteral("B"), lead, 100);
    const qint64 c = addDeal(s, QStringLiteral("C"), lead, 100);
    BoardRepository board(s);

    // Move B to the next column (what a drop does), then undo it (back before C)
    const qint64 after = *board.nextInColumn(b);
    CHECK(after == c);
    REQUIRE(board.place(b, qualified).ok());
    auto loaded = board.load({sales.id, 0, 0, {}});
    CHECK(cardIds(columnOf(*loaded, lead)) == QList<qint64> {a, c});
    CHECK(columnOf(*loaded, qualified).count == 1);
    REQUIRE(board.place(b, lead, after).ok());
    loaded = board.load({sales.id, 0, 0, {}});
    CHECK(cardIds(columnOf(*loaded, lead)) == QList<qint64> {a, b, c});
    CHECK(columnOf(*loaded, qualified).count == 0);

    // History never loses a row: creation, move, move back
    auto history = DealRepository(s).history(b);
    REQUIRE(history->size() == 3);
    CHECK(history->at(1).fromStageId == lead);
    CHECK(history->at(1).toStageId == qualified);
    CHECK(history->at(2).fromStageId == qualified);
    CHECK(history->at(2).toStageId == lead);
    // A failed move writes nothing
    CHECK_FALSE(board.place(b, 999999).ok());
    CHECK(DealRepository(s).history(b)->size() == 3);
}

TEST_CASE("The stage history says who moved a deal, when, and how long it stayed", "[history]")
{
    // Given a deal created ten days ago in "Lead in", then moved to "Qualified" (now)
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 qualified = stageNamed(sales, QStringLiteral("Qualified")).id;
    const qint64 start = nowSecs() - 10 * 86400;
    const qint64 id
        = addDeal(s, QStringLiteral("Deal"), lead, 100, QStringLiteral("EUR"), -1, start);
    REQUIRE(DealRepository(s).moveToStage(id, qualified).ok());
    const qint64 moved = DealRepository(s).history(id)->last().changedAt.toSecsSinceEpoch();

    auto visits = stageVisits(s, id, moved + 3600);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 2);
    const StageVisit &first = visits->at(0);
    CHECK(first.stageName == QStringLiteral("Lead in"));
    CHECK(first.fromStageId == 0);
    CHECK(first.enteredAt.toSecsSinceEpoch() == start);
    CHECK(first.leftAt.toSecsSinceEpoch() == moved);
    CHECK(first.seconds == moved - start);
    CHECK(first.seconds >= 10 * 86400);
    const StageVisit &now = visits->at(1);
    CHECK(now.fromStageId == lead);
    CHECK_FALSE(now.leftAt.isValid());
    CHECK(now.seconds == 3600);
    CHECK_FALSE(now.movedBy.isEmpty());

    // A stage deleted later keeps its name in the history
    REQUIRE(PipelineRepository(s)
                .removeStage(qualified, stageNamed(sales, QStringLiteral("Negotiation")).id)
                .ok());
    visits = stageVisits(s, id);
    REQUIRE(visits->size() == 3);
    CHECK(visits->at(1).stageName == QStringLiteral("Qualified"));
    CHECK(visits->at(2).stageName == QStringLiteral("Negotiation"));
}
