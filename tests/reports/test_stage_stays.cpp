// The stored stage stays (reports/stage_stays.h) stay equal to what the stage history says,
// whichever way the history was written: the deal repository (create, move, moves in the same
// second), removing a stage with its deals, the demo's bulk load, and the schema step that
// fills the table for an existing database. And the funnel reads its time in stage from them.
#include "report_fixture.h"
#include "test_database.h"

#include "demo/demo_generator.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "reports/report_engine.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace kontor;
using namespace kontor::test;

namespace {

// Every stay derived afresh from the history (each row paired with the deal's next one by
// time, then id) and not stored as such, plus every stored stay that does not match a row
// of the history: 0 when the table is in sync.
const QString Mismatches = QStringLiteral(
    "SELECT (SELECT COUNT(*) FROM (SELECT id, deal_id, to_stage_id, changed_at,"
    "  LEAD(changed_at) OVER (PARTITION BY deal_id ORDER BY changed_at, id) AS next_at"
    "  FROM deal_stage_history) h WHERE NOT EXISTS (SELECT 1 FROM deal_stage_stays v"
    "  WHERE v.history_id = h.id AND v.deal_id = h.deal_id AND v.stage_id = h.to_stage_id"
    "  AND v.entered_at = h.changed_at AND ((v.left_at IS NULL AND h.next_at IS NULL)"
    "  OR (v.left_at = h.next_at AND v.seconds = h.next_at - h.changed_at))))"
    " + (SELECT COUNT(*) FROM deal_stage_stays v WHERE NOT EXISTS"
    "  (SELECT 1 FROM deal_stage_history h WHERE h.id = v.history_id))");

qint64 stageNamed(const Pipeline &p, const QString &name)
{
    for (const Stage &s : p.stages) {
        if (s.name == name)
            return s.id;
    }
    FAIL("no stage " << name.toStdString());
    return 0;
}

qint64 createDeal(const Session &s, const QString &title, qint64 stageId, qint64 createdAt)
{
    Deal d;
    d.title = title;
    d.stageId = stageId;
    d.amountMinor = 1000;
    d.createdAt = QDateTime::fromSecsSinceEpoch(createdAt, QTimeZone::utc());
    auto id = DealRepository(s).create(d);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("stage stays follow every move made through the repositories", "[reports][funnel]")
{
    TestDatabase db;
    const Session s = db.session();
    auto pipelines = PipelineRepository(s).list();
    REQUIRE(pipelines.ok());
    const Pipeline sales = pipelines->first();
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in"));
    const qint64 qualified = stageNamed(sales, QStringLiteral("Qualified"));
    const qint64 proposal = stageNamed(sales, QStringLiteral("Proposal sent"));
    const qint64 threeDaysAgo = nowSecs() - 3 * Day;

    const qint64 a = createDeal(s, QStringLiteral("A"), lead, threeDaysAgo);
    const qint64 b = createDeal(s, QStringLiteral("B"), lead, threeDaysAgo);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_stays")) == 2);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_stays WHERE left_at IS NULL")) == 2);

    // A: Lead -> Qualified -> Proposal within the same second; the tie goes by history id.
    DealRepository deals(s);
    REQUIRE(deals.moveToStage(a, qualified).ok());
    REQUIRE(deals.moveToStage(a, proposal).ok());
    CHECK(scalarOf(s, Mismatches) == 0);
    // Three days in Lead (give or take the seconds the test took), Qualified closed, Proposal open.
    const qint64 inLead = scalarOf(s, QStringLiteral("SELECT seconds FROM deal_stage_stays"
                                                     " WHERE deal_id = ? AND stage_id = ?"),
                                   {a, lead});
    CHECK(inLead >= 3 * Day);
    CHECK(inLead < 3 * Day + 600);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_stays WHERE deal_id = ?"
                                     " AND stage_id = ? AND left_at IS NOT NULL"),
                   {a, qualified})
          == 1);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_stays WHERE deal_id = ?"
                                     " AND left_at IS NULL"),
                   {a})
          == 1);

    // The funnel reads its time in stage from the stays: both deals reached Lead, A left it
    // after three days, B has not left it yet (an open stay does not count).
    ReportFilter filter;
    filter.from = QDateTime::fromSecsSinceEpoch(threeDaysAgo, QTimeZone::utc()).date();
    filter.to = QDateTime::currentDateTimeUtc().date().addDays(1);
    filter.pipelineId = sales.id;
    auto funnel = ReportEngine(s).run(QStringLiteral("funnel"), filter);
    INFO((funnel ? QString() : funnel.error().toString()).toStdString());
    REQUIRE(funnel.ok());
    REQUIRE(funnel->value(0, QStringLiteral("stage_id")).toLongLong() == lead);
    CHECK(funnel->value(0, QStringLiteral("reached")).toLongLong() == 2);
    CHECK(funnel->value(0, QStringLiteral("average_days")).toDouble() == Approx(3.0).margin(0.01));
    CHECK(funnel->value(1, QStringLiteral("reached")).toLongLong() == 1);

    // Removing Lead moves B (still there) to Qualified: B's Lead stay ends, a new one opens.
    REQUIRE(PipelineRepository(s).removeStage(lead, qualified).ok());
    CHECK(scalarOf(s, Mismatches) == 0);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_stays WHERE deal_id = ?"), {b}) == 2);
    CHECK(scalarOf(s, QStringLiteral("SELECT stage_id FROM deal_stage_stays WHERE deal_id = ?"
                                     " AND left_at IS NULL"),
                   {b})
          == qualified);

}

TEST_CASE("stage stays: the demo's bulk load and the schema step fill them", "[reports][funnel]")
{
    SECTION("demo")
    {
        TestDatabase db;
        const Session s = db.session();
        DemoOptions options;
        options.contacts = 200;
        options.companies = 30;
        options.deals = 120;
        options.seed = 3;
        REQUIRE(DemoGenerator(s, options).run().ok());
        const qint64 history = scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_history"));
        CHECK(history > 120);
        CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_stays")) == history);
        CHECK(scalarOf(s, Mismatches) == 0);
    }
    SECTION("a database from before the table existed")
    {
        TestDatabase t;
        auto db = Database::open(t.url());
        REQUIRE(db.ok());
        Migrator migrator(*db);
        REQUIRE(*migrator.migrate(7) == 7);
        auto conn = (*db)->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test fixture"));
        // A deal with three moves, two of them in the same second, written as an old
        // version would have.
        auto dealId = q.scalar(QStringLiteral("INSERT INTO deals (title, pipeline_id, stage_id, status)"
                                              " SELECT 'Old', pipeline_id, id, 'open' FROM stages"
                                              " WHERE name = 'Proposal sent' RETURNING id"));
        REQUIRE(dealId.ok());
        q.finish();
        const QStringList path{QStringLiteral("Lead in"), QStringLiteral("Qualified"),
                               QStringLiteral("Proposal sent")};
        const qint64 times[] = {1000, 5000, 5000};
        for (int i = 0; i < path.size(); ++i) {
            REQUIRE(q.run(QStringLiteral("INSERT INTO deal_stage_history (deal_id, to_stage_id,"
                                         " changed_at) VALUES (?, (SELECT id FROM stages WHERE name = ?), ?)"),
                          {dealId->toLongLong(), path.at(i), times[i]})
                        .ok());
        }
        REQUIRE(migrator.migrate().ok());
        const Session s{*db};
        CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_stays")) == 3);
        CHECK(scalarOf(s, Mismatches) == 0);
        CHECK(scalarOf(s, QStringLiteral("SELECT SUM(seconds) FROM deal_stage_stays")) == 4000);
    }
}
