// The pipeline settings dialog, offscreen: edit, reorder, and delete a stage holding deals.
#include "funnel_support.h"
#include "test_database.h"

#include "funnel/deal_history_dialog.h"
#include "funnel/pipeline_settings_dialog.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

TEST_CASE("Stages are edited and reordered safely; deleting one with deals asks where they go",
          "[ui][stages]")
{
    // Given two deals in "Qualified"
    TestDatabase db;
    Session s = db.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 qualified = stageNamed(sales, QStringLiteral("Qualified")).id;
    const qint64 proposal = stageNamed(sales, QStringLiteral("Proposal sent")).id;
    const qint64 a = addDeal(s, QStringLiteral("A"), qualified, 100);
    const qint64 b = addDeal(s, QStringLiteral("B"), qualified, 100);
    PipelineSettingsDialog dialog(s, sales.id);
    dialog.show();
    REQUIRE(dialog.stages().size() == 6);

    // Rename "Qualified" and change its probability and rot days
    dialog.selectStage(1);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("stageName"));
    CHECK(name->text() == QStringLiteral("Qualified"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Qualified lead"));
    dialog.findChild<QSpinBox *>(QStringLiteral("stageProbability"))->setValue(30);
    dialog.findChild<QSpinBox *>(QStringLiteral("stageRotDays"))->setValue(21);
    dialog.saveSelected();
    Stage edited = *PipelineRepository(s).stage(qualified);
    CHECK(edited.name == QStringLiteral("Qualified lead"));
    CHECK(edited.probability == 30);
    CHECK(edited.rotDays == 21);

    // Move it down: the deals stay where they are, no history is written
    dialog.moveSelected(+1);
    CHECK(dialog.stages().at(2).id == qualified);
    CHECK(DealRepository(s).history(a)->size() == 1);

    // Delete it: the prompt offers every other stage but the lost one; cancelling keeps it
    QList<Stage> offered;
    qint64 answer = 0;
    dialog.setMovePrompt([&](const Stage &doomed, const QList<Stage> &targets) {
        CHECK(doomed.id == qualified);
        offered = targets;
        return answer;
    });
    dialog.removeSelected();
    CHECK(offered.size() == 4);
    CHECK(dialog.stages().size() == 6);
    CHECK(DealRepository(s).get(a)->stageId == qualified);

    // Choosing "Proposal sent" moves both deals there, each with a history row
    answer = proposal;
    dialog.removeSelected();
    CHECK(dialog.stages().size() == 5);
    for (qint64 id : {a, b}) {
        CHECK(DealRepository(s).get(id)->stageId == proposal);
        CHECK(DealRepository(s).history(id)->last().fromStageId == qualified);
    }

    // An empty stage goes without a question; a new one can be added
    dialog.addStage();
    CHECK(dialog.stages().size() == 6);
    CHECK(dialog.stages().last().name == QStringLiteral("New stage"));
    offered.clear();
    dialog.selectStage(5);
    dialog.removeSelected();
    CHECK(offered.isEmpty());
    CHECK(dialog.stages().size() == 5);
}

TEST_CASE("A card's stage history lists each stage, who moved the deal and for how long",
          "[ui][history]")
{
    TestDatabase db;
    Session s = db.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 id = addDeal(s, QStringLiteral("Deal"), lead, 100, QStringLiteral("EUR"), -1,
                              nowSecs() - 3 * 86400);
    REQUIRE(
        DealRepository(s).moveToStage(id, stageNamed(sales, QStringLiteral("Qualified")).id).ok());
    DealHistoryDialog dialog(s, id, QStringLiteral("Deal"));
    QTableWidget *table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Lead in"));
    CHECK(table->item(0, 3)->text().startsWith(QStringLiteral("3 day")));
    CHECK(table->item(1, 0)->text() == QStringLiteral("Qualified"));
    CHECK(table->item(1, 3)->text().contains(QStringLiteral("so far")));
    CHECK_FALSE(table->item(1, 2)->text().isEmpty());
}

TEST_CASE("Pipelines are added, renamed and deleted; lost reasons added, renamed, retired",
          "[ui][stages][pipelines]")
{
    // Given the default pipeline with one deal
    TestDatabase db;
    Session s = db.session();
    const Pipeline sales = salesPipeline(s);
    addDeal(s, QStringLiteral("Kept"), stageNamed(sales, QStringLiteral("Lead in")).id, 100);
    PipelineSettingsDialog dialog(s, sales.id);
    dialog.show();
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("pipelineChoice"));
    REQUIRE(choice);
    const int before = choice->count();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));

    // When a pipeline "Partners" is added
    REQUIRE(dialog.addPipeline(QStringLiteral("Partners")));

    // Then it is chosen, offered in the switcher and has an open, a won and a lost stage
    CHECK(choice->count() == before + 1);
    CHECK(choice->currentText() == QStringLiteral("Partners"));
    REQUIRE(dialog.stages().size() == 3);
    CHECK(dialog.stages().at(0).kind == Stage::Kind::Open);
    CHECK(dialog.stages().at(1).kind == Stage::Kind::Won);
    CHECK(dialog.stages().at(2).kind == Stage::Kind::Lost);
    const qint64 partners = dialog.pipelineId();

    // Renaming keeps its stages; a blank name is refused with a reason
    REQUIRE(dialog.renamePipeline(QStringLiteral("Partner deals")));
    CHECK(PipelineRepository(s).get(partners)->name == QStringLiteral("Partner deals"));
    CHECK_FALSE(dialog.renamePipeline(QStringLiteral("  ")));
    CHECK(error->isVisible());

    // The pipeline holding a deal cannot be deleted; the empty one can
    dialog.selectPipeline(sales.id);
    CHECK(dialog.pipelineId() == sales.id);
    CHECK_FALSE(dialog.removePipeline());
    CHECK(error->text().contains(QStringLiteral("1 deal")));
    dialog.selectPipeline(partners);
    REQUIRE(dialog.removePipeline());
    CHECK(choice->count() == before);
    CHECK_FALSE(PipelineRepository(s).get(partners).ok());
    // and the last pipeline stays
    if (before == 1) {
        CHECK_FALSE(dialog.removePipeline());
    }

    // Lost reasons: add one, rename it, retire it (the board stops offering it)
    const int reasons = int(dialog.lostReasons().size());
    REQUIRE(dialog.addLostReason(QStringLiteral("Went quiet")));
    REQUIRE(dialog.lostReasons().size() == reasons + 1);
    const int row = reasons;
    REQUIRE(dialog.updateLostReason(row, QStringLiteral("No answer"), true));
    CHECK(dialog.lostReasons().at(row).name == QStringLiteral("No answer"));
    REQUIRE(dialog.updateLostReason(row, QStringLiteral("No answer"), false));
    auto offered = PipelineRepository(s).lostReasons(true);
    REQUIRE(offered.ok());
    for (const LostReason &r : *offered)
        CHECK(r.name != QStringLiteral("No answer"));
    CHECK(dialog.findChild<QListWidget *>(QStringLiteral("lostReasonList"))
              ->item(row)->text().contains(QStringLiteral("retired")));
    CHECK_FALSE(dialog.addLostReason(QString()));
}
