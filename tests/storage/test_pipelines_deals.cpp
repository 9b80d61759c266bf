#include "test_database.h"

#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

Stage stage(const QString &name, int probability, Stage::Kind kind = Stage::Kind::Open, int rot = 0)
{
    Stage s;
    s.name = name;
    s.probability = probability;
    s.kind = kind;
    s.rotDays = rot;
    return s;
}

const Stage &named(const Pipeline &p, const QString &name)
{
    for (const Stage &s : p.stages) {
        if (s.name == name)
            return s;
    }
    FAIL("no stage " << name.toStdString());
    return p.stages.first();
}

Deal deal(const QString &title, qint64 stageId, qint64 amountMinor = 100000)
{
    Deal d;
    d.title = title;
    d.stageId = stageId;
    d.amountMinor = amountMinor;
    return d;
}

} // namespace

TEST_CASE("Every database starts with a usable sales pipeline", "[pipelines]")
{
    TestDatabase t;
    PipelineRepository repo(t.session());
    auto all = repo.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const Pipeline &sales = all->first();
    CHECK(sales.name == QStringLiteral("Sales"));
    REQUIRE(sales.stages.size() == 6);
    CHECK(sales.stages.first().name == QStringLiteral("Lead in"));
    CHECK(sales.stages.at(4).kind == Stage::Kind::Won);
    CHECK(sales.stages.at(5).kind == Stage::Kind::Lost);
    for (int i = 1; i < 4; ++i)
        CHECK(sales.stages.at(i).probability > sales.stages.at(i - 1).probability);
    CHECK(repo.find(QStringLiteral("sales"))->id == sales.id); // by name, any case
    CHECK(repo.find(QString::number(sales.id))->id == sales.id);
    CHECK_FALSE(repo.find(QStringLiteral("Nope")).ok());
}

TEST_CASE("Pipelines and stages are created, edited, reordered and removed safely", "[pipelines]")
{
    TestDatabase t;
    Session s = t.session();
    PipelineRepository repo(s);
    auto id = repo.create(QStringLiteral("Partners"),
                          {stage(QStringLiteral("Intro"), 10, Stage::Kind::Open, 30), stage(QStringLiteral("Pilot"), 40),
                           stage(QStringLiteral("Signed"), 100, Stage::Kind::Won)});
    REQUIRE(id.ok());
    Pipeline p = *repo.get(*id);
    REQUIRE(p.stages.size() == 3);
    CHECK(named(p, QStringLiteral("Intro")).rotDays == 30);

    // Invalid stages are refused.
    CHECK_FALSE(repo.create(QStringLiteral("Bad"), {stage(QStringLiteral("X"), 140)}).ok());
    CHECK_FALSE(repo.create(QString(), {}).ok());

    Stage pilot = named(p, QStringLiteral("Pilot"));
    pilot.name = QStringLiteral("Paid pilot");
    pilot.probability = 55;
    REQUIRE(repo.updateStage(pilot).ok());

    QList<qint64> order{p.stages[2].id, p.stages[0].id, p.stages[1].id};
    REQUIRE(repo.reorderStages(*id, order).ok());
    p = *repo.get(*id);
    CHECK(p.stages[0].name == QStringLiteral("Signed"));
    CHECK(p.stages[2].name == QStringLiteral("Paid pilot"));
    CHECK(p.stages[2].probability == 55);
    // An order that leaves a stage out is refused.
    CHECK_FALSE(repo.reorderStages(*id, {p.stages[0].id}).ok());

    // A stage holding a deal cannot be removed until the deal moves.
    DealRepository deals(s);
    const qint64 dealId = *deals.create(deal(QStringLiteral("Pilot with Duka"), pilot.id));
    auto refused = repo.removeStage(pilot.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    REQUIRE(deals.moveToStage(dealId, named(p, QStringLiteral("Intro")).id).ok());
    REQUIRE(repo.removeStage(pilot.id).ok());
    CHECK(repo.get(*id)->stages.size() == 2);
    // The removed stage stays readable in the deal's history.
    CHECK(deals.history(dealId)->size() == 2);

    REQUIRE(repo.rename(*id, QStringLiteral("Partnerships")).ok());
    CHECK(repo.get(*id)->name == QStringLiteral("Partnerships"));
    REQUIRE(repo.moveToTrash(*id).ok());
    CHECK(repo.list()->size() == 1);
}

TEST_CASE("Every stage change of a deal is written to its history", "[deals][history]")
{
    TestDatabase t;
    Session s = t.session();
    PipelineRepository pipelines(s);
    DealRepository repo(s);
    const Pipeline sales = pipelines.list()->first();
    const Stage &lead = named(sales, QStringLiteral("Lead in"));
    const Stage &proposal = named(sales, QStringLiteral("Proposal sent"));
    const Stage &won = named(sales, QStringLiteral("Won"));
    const Stage &lost = named(sales, QStringLiteral("Lost"));

    const qint64 id = *repo.create(deal(QStringLiteral("50 licences for Paja Oy"), lead.id, 1250050));
    Deal d = *repo.get(id);
    CHECK(d.pipelineId == sales.id);
    CHECK(d.status == QStringLiteral("open"));
    CHECK(d.stageName == QStringLiteral("Lead in"));
    CHECK(d.amountMinor == 1250050);
    CHECK(formatMinor(d.amountMinor) == QStringLiteral("12500.50"));
    CHECK(d.ownerId == s.userId);
    CHECK_FALSE(d.closedAt.isValid());

    REQUIRE(repo.moveToStage(id, proposal.id).ok());
    REQUIRE(repo.moveToStage(id, won.id).ok());
    d = *repo.get(id);
    CHECK(d.status == QStringLiteral("won"));
    CHECK(d.closedAt.isValid());

    // Reopening is a stage change like any other.
    REQUIRE(repo.moveToStage(id, proposal.id).ok());
    d = *repo.get(id);
    CHECK(d.status == QStringLiteral("open"));
    CHECK_FALSE(d.closedAt.isValid());

    const qint64 lostReason = [&] {
        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("reason"));
        return q.scalar(QStringLiteral("SELECT MIN(id) FROM lost_reasons"))->toLongLong();
    }();
    REQUIRE(repo.moveToStage(id, lost.id, lostReason).ok());
    d = *repo.get(id);
    CHECK(d.status == QStringLiteral("lost"));
    CHECK(d.lostReasonId == lostReason);

    auto history = repo.history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 5);
    CHECK(history->at(0).fromStageId == 0);
    CHECK(history->at(0).toStageId == lead.id);
    for (int i = 1; i < history->size(); ++i) {
        CHECK(history->at(i).fromStageId == history->at(i - 1).toStageId);
        CHECK(history->at(i).changedAt >= history->at(i - 1).changedAt);
        CHECK(history->at(i).changedBy == s.userId);
    }
    CHECK(history->last().toStageId == lost.id);

    // Moving to the stage it is already in writes nothing.
    REQUIRE(repo.moveToStage(id, lost.id).ok());
    CHECK(repo.history(id)->size() == 5);
}

TEST_CASE("A deal cannot jump to another pipeline's stage or be saved invalid", "[deals]")
{
    TestDatabase t;
    Session s = t.session();
    PipelineRepository pipelines(s);
    DealRepository repo(s);
    const Pipeline sales = pipelines.list()->first();
    const qint64 other = *pipelines.create(QStringLiteral("Other"), {stage(QStringLiteral("Only"), 50)});
    const qint64 foreignStage = pipelines.get(other)->stages.first().id;
    const qint64 id = *repo.create(deal(QStringLiteral("Deal"), sales.stages.first().id));

    auto moved = repo.moveToStage(id, foreignStage);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().message.contains(QStringLiteral("another pipeline")));
    CHECK(repo.history(id)->size() == 1);

    Deal bad = deal(QStringLiteral("Bad currency"), sales.stages.first().id);
    bad.currency = QStringLiteral("euro");
    CHECK_FALSE(repo.create(bad).ok());
    CHECK_FALSE(repo.create(deal(QString(), sales.stages.first().id)).ok());
    CHECK_FALSE(repo.create(deal(QStringLiteral("Nowhere"), 999999)).ok());
    CHECK(*repo.count({}) == 1);

    // update() never moves the stage; it edits the other fields.
    Deal edited = *repo.get(id);
    edited.stageId = sales.stages.last().id;
    edited.amountMinor = 777;
    REQUIRE(repo.update(edited).ok());
    CHECK(repo.get(id)->stageId == sales.stages.first().id);
    CHECK(repo.get(id)->amountMinor == 777);
}

TEST_CASE("The deal list filters by stage and status and pages", "[deals][paging]")
{
    TestDatabase t;
    Session s = t.session();
    PipelineRepository pipelines(s);
    DealRepository repo(s);
    const Pipeline sales = pipelines.list()->first();
    const qint64 first = sales.stages.at(0).id, second = sales.stages.at(1).id;
    for (int i = 0; i < 12; ++i)
        repo.create(deal(QStringLiteral("Deal %1").arg(i, 2, 10, QLatin1Char('0')), i % 3 ? first : second, i * 1000));

    DealQuery inFirst;
    inFirst.stageId = first;
    CHECK(*repo.count(inFirst) == 8);
    DealQuery byAmount;
    byAmount.sort = DealQuery::Sort::Amount;
    byAmount.descending = true;
    PageRequest page;
    page.limit = 5;
    auto p1 = repo.list(byAmount, page);
    REQUIRE(p1->items.size() == 5);
    CHECK(p1->hasMore);
    CHECK(p1->items.first().amountMinor == 11000);
    page.after = p1->nextAfter;
    auto p2 = repo.list(byAmount, page);
    CHECK(p2->items.first().amountMinor == 6000);

    const qint64 victim = p1->items.first().id;
    REQUIRE(repo.moveToTrash(victim).ok());
    CHECK(*repo.count({}) == 11);
    DealQuery trash;
    trash.trashed = true;
    CHECK(*repo.count(trash) == 1);
    REQUIRE(repo.restore(victim).ok());
    DealQuery open;
    open.status = QStringLiteral("open");
    CHECK(*repo.count(open) == 12);
}
