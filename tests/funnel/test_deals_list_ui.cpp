// The deal list beside the board, offscreen: filters, totals per currency in the footer,
// a header click sorting in SQL, export of the selection; the model tester.
#include "funnel_support.h"
#include "test_database.h"

#include "deals/deals_list_model.h"
#include "deals/deals_list_view.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

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
