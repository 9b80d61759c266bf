// The deal list beside the board, offscreen: filters, totals per currency in the footer,
// a header click sorting in SQL, export of the selection; the model tester.
#include "funnel_support.h"
#include "test_database.h"

#include "deals/deals_list_model.h"
#include "customfields/custom_field_repository.h"
#include "deals/deals_list_view.h"
#include "lists/column_chooser.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

// Pages, counts and totals read on worker threads while it lives, as the app reads them.
struct WorkerReads
{
    WorkerReads() { PagedModel::setBackgroundReads(true); }
    ~WorkerReads() { PagedModel::setBackgroundReads(false); }
};

} // namespace

TEST_CASE("Deal list: filters, per-currency totals, SQL sorting and export of the selection",
          "[ui][deals list]")
{
    // Given three open deals in two currencies and a won one
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    addDeal(s, QStringLiteral("Paja Oy licences"), lead, 100000);
    addDeal(s, QStringLiteral("Duka support"), lead, 30000);
    addDeal(s, QStringLiteral("Boston pilot"), lead, 70000, QStringLiteral("USD"));
    addDeal(s, QStringLiteral("Closed one"), stageNamed(sales, QStringLiteral("Won")).id, 999900);
    DealsListView view(s);
    view.resize(1100, 600);
    view.show();
    view.load();
    DealsListModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *footer = view.findChild<QLabel *>(QStringLiteral("dealsTotals"));

    // Then the open deals are listed and the footer sums each currency apart
    CHECK(model->rowCount() == 3);
    INFO(footer->text().toStdString());
    // (The test runs in the C locale: "1,300.00€".)
    CHECK(footer->text().contains(QStringLiteral("1,300.00€")));
    CHECK(footer->text().contains(QStringLiteral("700.00$")));
    CHECK_FALSE(footer->text().contains(QStringLiteral("9,999.00")));
    REQUIRE(view.totals().size() == 2);

    // When the Amount header is clicked: sorted by amount in SQL, smallest first
    view.view()->horizontalHeader()->setSortIndicator(DealsListModel::AmountColumn,
                                                      Qt::AscendingOrder);
    CHECK(model->item(0).title == QStringLiteral("Duka support"));
    CHECK(model->item(2).title == QStringLiteral("Paja Oy licences"));
    view.view()->horizontalHeader()->setSortIndicator(DealsListModel::AmountColumn,
                                                      Qt::DescendingOrder);
    CHECK(model->item(0).title == QStringLiteral("Paja Oy licences"));

    // "Open, no next step" lists the open deals nobody has planned anything for: here all
    // three, as none has a task yet
    auto *status = view.findChild<QComboBox *>(QStringLiteral("listStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("no-next-step")));
    CHECK(model->rowCount() == 3);

    // Status "Any" brings the won deal in, and the totals follow
    status->setCurrentIndex(status->findData(QString()));
    CHECK(model->rowCount() == 4);
    INFO(footer->text().toStdString());
    CHECK(footer->text().contains(QStringLiteral("11,299.00€")));

    // The text filter matches like the board's (anywhere in the title)
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("listSearch"));
    QTest::keyClicks(search, QStringLiteral("pilot"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 3000);
    CHECK(view.totals().size() == 1);
    CHECK(footer->text().contains(QStringLiteral("700.00$")));
    CHECK_FALSE(footer->text().contains(QStringLiteral("€")));
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 3000);

    // Export: nothing selected is refused; two selected rows are written as CSV
    QTemporaryDir dir;
    CHECK_FALSE(view.exportSelection(dir.filePath(QStringLiteral("none.csv"))).ok());
    view.view()->selectionModel()->select(
        model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.view()->selectionModel()->select(
        model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString first = model->item(0).title;
    const QString second = model->item(1).title;
    const QString path = dir.filePath(QStringLiteral("deals.csv"));
    auto written = view.exportSelection(path);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(first));
    CHECK(csv.contains(second));
    CHECK(csv.count(QLatin1Char('\n')) == 3); // header + two deals
    // A format deals do not export to is refused with the suffix named
    auto vcf = view.exportSelection(dir.filePath(QStringLiteral("deals.vcf")));
    REQUIRE_FALSE(vcf.ok());
    CHECK(vcf.error().message.contains(QStringLiteral(".vcf")));
}

TEST_CASE("Deal list: custom fields as columns from the Columns menu, sorted in SQL, read on "
          "the worker",
          "[ui][deals list][customfields]")
{
    QSettings().remove(QStringLiteral("lists/deals"));
    // Worker reads, as the app runs the list.
    const WorkerReads workerReads;

    // Given three open deals with a Seats number field, one of them without a value
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    CustomField f;
    f.entity = QStringLiteral("deal");
    f.name = QStringLiteral("Seats");
    f.kind = CustomField::Kind::Number;
    CustomFieldRepository fields(s);
    const qint64 seats = fields.addField(f).value();
    const QList<QPair<QString, QString>> deals{{QStringLiteral("Paja Oy licences"), QStringLiteral("100")},
                                               {QStringLiteral("Duka support"), QStringLiteral("9")},
                                               {QStringLiteral("Boston pilot"), QString()}};
    for (const auto &d : deals) {
        const qint64 id = addDeal(s, d.first, lead, 1000);
        REQUIRE(fields.setValues(QStringLiteral("deal"), id, {{seats, d.second}}).ok());
    }

    DealsListView view(s);
    view.resize(1100, 600);
    view.show();
    DealsListModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.load();
    // Read on the worker: the rows and the count arrive after load() returned
    CHECK(model->rowCount() == 0);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3 && model->totalCount() == 3; },
                            10000));

    // When Seats is ticked in the Columns menu (a custom-fields section of its own)
    auto *columns = view.findChild<QToolButton *>(QStringLiteral("dealsColumns"));
    REQUIRE(columns);
    QMenu *menu = columns->menu();
    view.columnChooser()->fill();
    QAction *seatsAction = menu->findChild<QAction *>(QStringLiteral("extraColumn:custom:%1").arg(seats));
    REQUIRE(seatsAction);
    CHECK_FALSE(seatsAction->isChecked());
    seatsAction->trigger();

    // Then the list has a Seats column filled from the page query
    REQUIRE(model->columnCount() == DealsListModel::ColumnCount + 1);
    CHECK(model->headerData(DealsListModel::ColumnCount, Qt::Horizontal, Qt::DisplayRole).toString()
          == QStringLiteral("Seats"));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 10000));
    QStringList shown;
    for (int r = 0; r < 3; ++r)
        shown << model->index(r, DealsListModel::ColumnCount).data().toString();
    shown.sort();
    CHECK(shown == QStringList({QString(), QStringLiteral("100"), QStringLiteral("9")}));

    // A click on its header sorts by it in SQL: as numbers, the deal without seats last
    auto titles = [&] {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->item(r).title;
        return out;
    };
    const QStringList bySeats{QStringLiteral("Duka support"), QStringLiteral("Paja Oy licences"),
                              QStringLiteral("Boston pilot")};
    QHeaderView *header = view.view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(DealsListModel::ColumnCount) + 10,
                             header->height() / 2));
    REQUIRE(QTest::qWaitFor([&] { return titles() == bySeats; }, 10000));
    CHECK(model->sortColumn() == int(DealsListModel::ColumnCount));

    // The column is remembered: a new list (the app started again) shows it, in that order
    DealsListView again(s);
    again.resize(1100, 600);
    again.show();
    QAbstractItemModelTester againTester(again.model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    again.load();
    REQUIRE(again.model()->columnCount() == DealsListModel::ColumnCount + 1);
    REQUIRE(QTest::qWaitFor([&] { return again.model()->rowCount() == 3; }, 10000));
    QStringList again_shown;
    for (int r = 0; r < 3; ++r)
        again_shown << again.model()->index(r, DealsListModel::ColumnCount).data().toString();
    again_shown.sort();
    CHECK(again_shown == shown);

    // Unticking it takes the column away and the list goes back to its own order
    view.columnChooser()->fill();
    menu->findChild<QAction *>(QStringLiteral("extraColumn:custom:%1").arg(seats))->trigger();
    CHECK(model->columnCount() == DealsListModel::ColumnCount);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 10000));
    QSettings().remove(QStringLiteral("lists/deals"));
}

TEST_CASE("Deal list: the footer totals are added up on the worker and follow the filter",
          "[ui][deals list]")
{
    // Worker reads, as the app runs the list.
    const WorkerReads workerReads;
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    addDeal(s, QStringLiteral("Paja Oy licences"), lead, 100000);
    addDeal(s, QStringLiteral("Duka support"), lead, 30000);
    DealsListView view(s);
    view.resize(1100, 600);
    view.show();
    view.load();
    auto *footer = view.findChild<QLabel *>(QStringLiteral("dealsTotals"));
    // The window is not held up: the footer says it is adding up, then shows the sum
    CHECK(footer->text() == QStringLiteral("Adding up…"));
    REQUIRE(QTest::qWaitFor([&] { return footer->text().contains(QStringLiteral("1,300.00€")); }));
    CHECK(footer->text().contains(QStringLiteral("2 deal")));

    // A narrower filter: only its deals are summed (an older answer never overwrites it)
    auto *search = view.findChild<QLineEdit *>();
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("Duka"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return footer->text().contains(QStringLiteral("300.00€"))
                                         && !footer->text().contains(QStringLiteral("1,300")); }));
    CHECK(footer->text().contains(QStringLiteral("1 deal")));
    QTest::qWait(50);
    CHECK_FALSE(footer->text().contains(QStringLiteral("1,300")));
}
