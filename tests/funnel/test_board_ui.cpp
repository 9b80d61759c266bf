// The board driven offscreen: drag a card to the next column through the model's drop,
// keyboard moves, Won / Lost zones, undo / redo, header totals, and the model tester.
#include "funnel_support.h"
#include "test_database.h"

#include "funnel/board_column_model.h"
#include "funnel/board_controller.h"
#include "funnel/board_view.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "undo/undo_stack.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace kontor;
using namespace kontor::test;

namespace {

QLabel *headerOf(BoardView &view, qint64 stageId)
{
    for (QWidget *column : view.findChildren<QWidget *>(QStringLiteral("boardColumn"))) {
        if (column->property("stageId").toLongLong() == stageId)
            return column->findChild<QLabel *>(QStringLiteral("columnHeader"));
    }
    FAIL("no column for stage " << stageId);
    return nullptr;
}

// Drops `dealId` on `model` the way QListView does when a card is released over it.
void drop(BoardColumnModel *from, BoardColumnModel *onto, qint64 dealId, int row)
{
    const int sourceRow = from->rowOf(dealId);
    REQUIRE(sourceRow >= 0);
    std::unique_ptr<QMimeData> data(from->mimeData({from->index(sourceRow)}));
    REQUIRE(data);
    REQUIRE(onto->canDropMimeData(data.get(), Qt::MoveAction, row, 0, {}));
    onto->dropMimeData(data.get(), Qt::MoveAction, row, 0, {});
}

struct Fixture
{
    TestDatabase db;
    Session session = db.session();
    Pipeline sales = salesPipeline(session);
    qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    qint64 qualified = stageNamed(sales, QStringLiteral("Qualified")).id;

    Fixture() { QSettings().remove(QStringLiteral("Deals")); }
};

} // namespace

TEST_CASE("Dragging a card to the next column saves the move, its history and new totals",
          "[ui][board]")
{
    // Given two deals in "Lead in" and one in "Qualified"
    Fixture f;
    const qint64 a = addDeal(f.session, QStringLiteral("Paja Oy licences"), f.lead, 100000);
    const qint64 b = addDeal(f.session, QStringLiteral("Duka support"), f.lead, 50000);
    const qint64 c = addDeal(f.session, QStringLiteral("Nordlicht pilot"), f.qualified, 20000);
    BoardController controller(f.session);
    BoardView view(&controller);
    view.resize(1200, 700);
    view.show();
    view.load();
    REQUIRE(controller.columns().size() == 4);
    BoardColumnModel *leadModel = controller.columnFor(f.lead);
    BoardColumnModel *qualifiedModel = controller.columnFor(f.qualified);
    QAbstractItemModelTester leadTester(leadModel,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester qualifiedTester(qualifiedModel,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(leadModel->rowCount() == 2);
    // (Plurals come from the app's English translation, not loaded here: "2 deal(s)".)
    CHECK(headerOf(view, f.lead)->text().contains(QStringLiteral("2 deal")));
    CHECK(headerOf(view, f.lead)->text().contains(QStringLiteral("1,500.00")));
    CHECK(view.findChildren<QListView *>(QStringLiteral("columnView")).size() == 4);

    // When card A is dropped on the "Qualified" column before card C
    QSignalSpy changed(&controller, &BoardController::boardChanged);
    drop(leadModel, qualifiedModel, a, 0);
    REQUIRE(changed.wait(5000)); // the move is queued until the drop event is over

    // Then the columns, their headers and the stage history follow
    CHECK(leadModel->rowCount() == 1);
    CHECK(qualifiedModel->rowCount() == 2);
    CHECK(qualifiedModel->dealAt(0) == a);
    CHECK(qualifiedModel->dealAt(1) == c);
    CHECK(headerOf(view, f.lead)->text().contains(QStringLiteral("1 deal")));
    CHECK(headerOf(view, f.lead)->text().contains(QStringLiteral("500.00")));
    CHECK(headerOf(view, f.qualified)->text().contains(QStringLiteral("1,200.00")));
    // Weighted: 1,000.00 x 25 % + 200.00 x 25 % = 300.00
    INFO(headerOf(view, f.qualified)->text().toStdString());
    CHECK(headerOf(view, f.qualified)->text().contains(QStringLiteral("weighted 300.00")));
    DealRepository deals(f.session);
    auto history = deals.history(a);
    REQUIRE(history->size() == 2);
    CHECK(history->last().toStageId == f.qualified);
    CHECK(controller.undoStack()->count() == 1);

    // Undo puts the card back in its place with a new history row; redo moves it again
    controller.undoStack()->undo();
    CHECK(deals.get(a)->stageId == f.lead);
    CHECK(leadModel->dealAt(0) == a);
    CHECK(leadModel->dealAt(1) == b);
    CHECK(deals.history(a)->size() == 3);
    controller.undoStack()->redo();
    CHECK(deals.get(a)->stageId == f.qualified);
    CHECK(deals.history(a)->size() == 4);

    // A drop within a column reorders it, without a history row
    drop(qualifiedModel, qualifiedModel, c, 0);
    REQUIRE(changed.wait(5000));
    CHECK(qualifiedModel->dealAt(0) == c);
    CHECK(deals.history(c)->size() == 1);
}

TEST_CASE("The keyboard moves cards between stages and Won / Lost close them", "[ui][board]")
{
    Fixture f;
    const qint64 a = addDeal(f.session, QStringLiteral("Keyboard deal"), f.lead, 1000);
    const qint64 b = addDeal(f.session, QStringLiteral("Lost deal"), f.lead, 1000);
    BoardController controller(f.session);
    BoardView view(&controller);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.load();
    QAbstractItemModelTester tester(controller.columnFor(f.lead),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Ctrl+Right on the current card moves it to "Qualified"
    view.selectDeal(a);
    CHECK(view.currentDeal() == a);
    auto *leadView = view.findChildren<QListView *>(QStringLiteral("columnView")).first();
    leadView->setFocus();
    QTest::keyClick(leadView, Qt::Key_Right, Qt::ControlModifier);
    DealRepository deals(f.session);
    CHECK(deals.get(a)->stageId == f.qualified);
    view.moveCurrent(-1);
    CHECK(deals.get(a)->stageId == f.lead);

    // Won closes the deal; the card leaves the board
    view.selectDeal(a);
    view.markCurrentWon();
    CHECK(deals.get(a)->status == QStringLiteral("won"));
    CHECK(controller.columnFor(f.lead)->rowOf(a) < 0);

    // Lost asks for a reason: cancelling changes nothing, a reason closes the deal
    const qint64 reason = PipelineRepository(f.session).lostReasons()->first().id;
    bool answer = false;
    view.setLostPrompt([&](const QString &title, qint64 *id, QString *note) {
        CHECK(title == QStringLiteral("Lost deal"));
        *id = reason;
        *note = QStringLiteral("Went with the incumbent");
        return answer;
    });
    view.selectDeal(b);
    view.markCurrentLost();
    CHECK(deals.get(b)->status == QStringLiteral("open"));
    answer = true;
    view.markCurrentLost();
    Deal lost = *deals.get(b);
    CHECK(lost.status == QStringLiteral("lost"));
    CHECK(lost.lostReasonId == reason);
    CHECK(lost.lostNote == QStringLiteral("Went with the incumbent"));

    // Undo reopens it in its stage: the history keeps the close and the reopen
    controller.undoStack()->undo();
    CHECK(deals.get(b)->status == QStringLiteral("open"));
    CHECK(deals.get(b)->stageId == f.lead);
    CHECK(deals.history(b)->size() == 3);
}

TEST_CASE("The board remembers its pipeline and filters", "[ui][board]")
{
    Fixture f;
    addDeal(f.session, QStringLiteral("Alpha"), f.lead, 1000);
    addDeal(f.session, QStringLiteral("Beta"), f.lead, 1000);
    {
        BoardController controller(f.session);
        BoardView view(&controller);
        view.load();
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("boardSearch"));
        REQUIRE(search);
        QSignalSpy changed(&controller, &BoardController::boardChanged);
        QTest::keyClicks(search, QStringLiteral("alp"));
        REQUIRE(changed.wait(3000));
        CHECK(controller.columnFor(f.lead)->rowCount() == 1);
    }
    // A new board (the next start) comes back filtered the same way
    BoardController controller(f.session);
    BoardView view(&controller);
    view.load();
    CHECK(view.findChild<QLineEdit *>(QStringLiteral("boardSearch"))->text()
          == QStringLiteral("alp"));
    CHECK(controller.columnFor(f.lead)->rowCount() == 1);
    QSettings().remove(QStringLiteral("Deals"));
}

TEST_CASE("A move re-reads only the two columns it touched; totals and undo stay right",
          "[ui][board]")
{
    // Given deals in "Lead in", "Qualified" and a third open stage
    Fixture f;
    const qint64 proposal = stageNamed(f.sales, QStringLiteral("Proposal sent")).id;
    const qint64 a = addDeal(f.session, QStringLiteral("Mover"), f.lead, 10000);
    addDeal(f.session, QStringLiteral("Stayer"), proposal, 20000, QStringLiteral("USD"));
    BoardController controller(f.session);
    BoardView view(&controller);
    view.show();
    view.load();
    QSignalSpy proposalReset(controller.columnFor(proposal), &QAbstractItemModel::modelReset);
    QSignalSpy leadReset(controller.columnFor(f.lead), &QAbstractItemModel::modelReset);

    // When the card moves from "Lead in" to "Qualified"
    controller.moveDeal(a, f.qualified);

    // Then only those two columns were reset, and their cards and totals are right
    CHECK(proposalReset.count() == 0);
    CHECK(leadReset.count() == 1);
    CHECK(controller.columnFor(f.lead)->rowCount() == 0);
    CHECK(controller.columnFor(f.qualified)->rowOf(a) == 0);
    CHECK(controller.columnFor(proposal)->rowCount() == 1);
    const Board &board = controller.board();
    CHECK(columnOf(board, f.qualified).count == 1);
    CHECK(columnOf(board, f.lead).count == 0);
    REQUIRE(totalIn(board.totals, QStringLiteral("EUR")));
    CHECK(totalIn(board.totals, QStringLiteral("EUR"))->amountMinor == 10000);
    CHECK(totalIn(board.totals, QStringLiteral("USD"))->amountMinor == 20000);
    CHECK(headerOf(view, f.qualified)->text().contains(QStringLiteral("100.00")));

    // Undo brings it back with a history row, still without touching "Proposal sent"
    controller.undoStack()->undo();
    CHECK(controller.columnFor(f.lead)->rowOf(a) == 0);
    CHECK(columnOf(controller.board(), f.qualified).count == 0);
    CHECK(proposalReset.count() == 0);
    CHECK(DealRepository(f.session).history(a)->size() == 3);

    // Won takes it off the board: its column is re-read, the totals drop the euros
    controller.markWon(a);
    CHECK(controller.columnFor(f.lead)->rowCount() == 0);
    CHECK(totalIn(controller.board().totals, QStringLiteral("EUR")) == nullptr);
    CHECK(proposalReset.count() == 0);
}
