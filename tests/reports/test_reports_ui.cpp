// The Reports and Dashboard modules offscreen on the hand-built January (SQLite): every
// chart renders without a Qt warning, the table behind it is right, a row or a tile lists
// the records behind it, exports write real files, filters are remembered per report.
#include "report_fixture.h"
#include "test_database.h"

#include "dashboard/dashboard_module.h"
#include "deals/deal_card.h"
#include "reports/chart_view.h"
#include "reports/drill_dialog.h"
#include "reports/filter_bar.h"
#include "reports/plan_editor.h"
#include "reports/report_engine.h"
#include "reports/report_runner.h"
#include "reports/report_table_model.h"
#include "reports/reports_module.h"
#include "reports/sales_plans.h"
#include "shell/main_window.h"
#include "shell/session_controller.h"
#include "undo/undo_stack.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

// Fails the test on any Qt warning while it is installed (the offscreen platform's
// propagateSizeHints notice is not about our code).
QStringList g_warnings;
void recordWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type >= QtWarningMsg && !message.contains(QStringLiteral("propagateSizeHints")))
        g_warnings << message;
}

struct WarningGuard
{
    QtMessageHandler previous;
    WarningGuard() : previous(qInstallMessageHandler(recordWarnings)) { g_warnings.clear(); }
    ~WarningGuard() { qInstallMessageHandler(previous); }
};

void setJanuary(ReportFilterBar *bar)
{
    auto *preset = bar->findChild<QComboBox *>(QStringLiteral("periodPreset"));
    preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
    bar->findChild<QDateEdit *>(QStringLiteral("periodFrom"))->setDate(QDate(2026, 1, 1));
    bar->findChild<QDateEdit *>(QStringLiteral("periodTo"))->setDate(QDate(2026, 1, 31));
}

bool waitShown(ReportsModule &module, QSignalSpy &spy)
{
    // Each filter edit re-runs the report; wait until the last request has answered.
    return QTest::qWaitFor([&] { return spy.count() > 0 && !module.runner()->busy(); }, 10000);
}

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

DrillDialog *openDrill()
{
    DrillDialog *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<DrillDialog *>(w); d && d->isVisible())
                found = d;
        }
        return found != nullptr;
    }, 5000);
    return found;
}

} // namespace

TEST_CASE("Reports module: each report's chart and table, drill-down, exports", "[ui][reports]")
{
    QSettings().remove(QStringLiteral("reports"));
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportsModule module(f.session);
    QWidget *page = module.widget();
    page->resize(1200, 800);
    page->show();
    REQUIRE(QTest::qWaitForWindowExposed(page));
    QSignalSpy shown(&module, &ReportsModule::reportShown);
    module.activate();
    REQUIRE(waitShown(module, shown));
    shown.clear();
    setJanuary(module.filterBar());
    REQUIRE(waitShown(module, shown));

    auto *view = page->findChild<QTableView *>(QStringLiteral("reportTable"));
    REQUIRE(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    SECTION("the funnel's table shows what the engine counted, in the user's words")
    {
        REQUIRE(module.table().name == QStringLiteral("funnel"));
        REQUIRE(view->model()->rowCount() == 5);
        CHECK(cell(view->model(), 1, 0) == QStringLiteral("Qualified"));
        CHECK(cell(view->model(), 1, 1) == QStringLiteral("5"));
        CHECK(cell(view->model(), 1, 2).startsWith(QStringLiteral("83.3")));
        CHECK(cell(view->model(), 0, 2) == QStringLiteral("–"));

        // Double-clicking "Proposal sent" lists the three deals that got that far.
        const QRect rect = view->visualRect(view->model()->index(2, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        DrillDialog *drill = openDrill();
        REQUIRE(drill);
        QSignalSpy loaded(drill, &DrillDialog::loaded);
        REQUIRE((drill->model()->rowCount() == 3 || loaded.wait(5000)));
        CHECK(drill->model()->rowCount() == 3);
        QAbstractItemModelTester drillTester(drill->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        drill->close();
    }

    SECTION("every report renders its chart offscreen without a warning")
    {
        for (const ReportInfo &info : ReportEngine::reports()) {
            INFO(info.name.toStdString());
            WarningGuard guard;
            shown.clear();
            REQUIRE(module.showReport(info.name));
            REQUIRE(waitShown(module, shown));
            if (module.table().name != info.name) {
                // The filter bar loaded this report's remembered period first: set January.
                shown.clear();
                setJanuary(module.filterBar());
                REQUIRE(waitShown(module, shown));
            }
            setJanuary(module.filterBar());
            QTest::qWait(50);
            REQUIRE(QTest::qWaitFor([&] { return !module.runner()->busy(); }, 10000));
            CHECK(module.table().name == info.name);
            CHECK(view->model()->rowCount() == module.table().rows.size());
            auto *chart = page->findChild<ReportChart *>(QStringLiteral("reportChart"));
            const QImage picture = chart->grab().toImage();
            CHECK(picture.width() > 100);
            CHECK(g_warnings.isEmpty());
            if (!g_warnings.isEmpty())
                WARN(g_warnings.join(QLatin1Char('\n')).toStdString());
        }
    }

    SECTION("won vs lost: the win rate is a line over time, lost reasons stay bars")
    {
        shown.clear();
        REQUIRE(module.showReport(QStringLiteral("win_rate")));
        REQUIRE(waitShown(module, shown));
        setJanuary(module.filterBar());
        auto *group = module.filterBar()->findChild<QComboBox *>(QStringLiteral("groupFilter"));
        shown.clear();
        group->setCurrentIndex(group->findData(int(Grouping::Week)));
        REQUIRE(waitShown(module, shown));
        REQUIRE(QTest::qWaitFor([&] { return !module.runner()->busy(); }, 10000));
        // Weeks from 29 Dec to 26 Jan; deals closed only in the week of 12 Jan (3 won,
        // 1 lost), so the line has one point and no made-up zeros in the empty weeks.
        REQUIRE(view->model()->rowCount() == 5);
        CHECK(cell(view->model(), 2, 3).startsWith(QStringLiteral("75.0")));
        auto *chart = page->findChild<ReportChart *>(QStringLiteral("reportChart"));
        CHECK(chart->shownSeries() == QStringList{QStringLiteral("line:Win rate:1")});

        shown.clear();
        REQUIRE(module.showReport(QStringLiteral("lost_reasons")));
        REQUIRE(waitShown(module, shown));
        setJanuary(module.filterBar());
        QTest::qWait(50);
        REQUIRE(QTest::qWaitFor([&] { return !module.runner()->busy(); }, 10000));
        REQUIRE_FALSE(chart->shownSeries().isEmpty());
        for (const QString &series : chart->shownSeries())
            CHECK(series.startsWith(QStringLiteral("bars:")));
    }

    SECTION("CSV, PNG and PDF exports write the report")
    {
        WarningGuard guard; // painting the chart into a PNG or a PDF warns about nothing either
        const QString csv = db.tempPath(QStringLiteral("funnel.csv"));
        REQUIRE(module.exportCsv(csv));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.startsWith(QStringLiteral("Stage,Deals reached,From previous stage")));
        CHECK(text.contains(QStringLiteral("Qualified,5,83.33,83.33,4.33,4.00,1,")));

        const QString png = db.tempPath(QStringLiteral("funnel.png"));
        REQUIRE(module.exportPng(png));
        CHECK(QImage(png).width() > 100);

        const QString pdf = db.tempPath(QStringLiteral("funnel.pdf"));
        REQUIRE(module.exportPdf(pdf));
        QFile pdfFile(pdf);
        REQUIRE(pdfFile.open(QIODevice::ReadOnly));
        CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
        CHECK(pdfFile.size() > 2000);
        CHECK(g_warnings.isEmpty());
        if (!g_warnings.isEmpty())
            WARN(g_warnings.join(QLatin1Char('\n')).toStdString());

        // A folder that does not exist is an error shown to the user, not a crash.
        CHECK_FALSE(module.exportCsv(QStringLiteral("/nonexistent-folder/x.csv")));
        CHECK(page->findChild<QLabel *>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("could not be written")));
    }

    SECTION("product and new / existing customer slices")
    {
        auto *customers = module.filterBar()->findChild<QComboBox *>(QStringLiteral("customersFilter"));
        shown.clear();
        customers->setCurrentIndex(customers->findData(int(CustomerKind::Existing)));
        REQUIRE(waitShown(module, shown));
        // No January deal belongs to a customer who had bought before.
        CHECK(view->model()->index(0, 1).data().toString() == QStringLiteral("0"));
        shown.clear();
        customers->setCurrentIndex(customers->findData(int(CustomerKind::New)));
        REQUIRE(waitShown(module, shown));
        CHECK(view->model()->index(0, 1).data().toString() == QStringLiteral("6"));
    }

    SECTION("filters are remembered per report")
    {
        auto *owner = module.filterBar()->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
        shown.clear();
        owner->setCurrentIndex(owner->findText(QStringLiteral("Anna")));
        REQUIRE(waitShown(module, shown));
        CHECK(view->model()->index(0, 1).data().toString() == QStringLiteral("3")); // Anna's deals

        shown.clear();
        module.showReport(QStringLiteral("dynamics"));
        REQUIRE(waitShown(module, shown));
        CHECK(owner->currentText() == QStringLiteral("All owners"));

        shown.clear();
        module.showReport(QStringLiteral("funnel"));
        REQUIRE(waitShown(module, shown));
        CHECK(owner->currentText() == QStringLiteral("Anna"));
        CHECK(module.filterBar()->filter().from == QDate(2026, 1, 1));
    }
}

TEST_CASE("ABC/XYZ matrix: a cell lists its customers", "[ui][reports]")
{
    QSettings().remove(QStringLiteral("reports"));
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    const qint64 acme = insertCompany(f.session, QStringLiteral("Acme"));
    for (int m = 1; m <= 6; ++m) {
        DealSpec d = spec(QStringLiteral("Acme %1").arg(m), f.anna, QString(), 100000);
        d.companyId = acme;
        d.path = {{f.lead, at(QDate(2026, m, 2))}, {f.won, at(QDate(2026, m, 12))}};
        insertDeal(f.session, d);
    }
    ReportsModule module(f.session);
    QWidget *page = module.widget();
    page->resize(1200, 800);
    page->show();
    QSignalSpy shown(&module, &ReportsModule::reportShown);
    module.activate();
    REQUIRE(waitShown(module, shown));
    shown.clear();
    module.showReport(QStringLiteral("abc_xyz"));
    REQUIRE(waitShown(module, shown));
    auto *bar = module.filterBar();
    auto *preset = bar->findChild<QComboBox *>(QStringLiteral("periodPreset"));
    preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
    bar->findChild<QDateEdit *>(QStringLiteral("periodFrom"))->setDate(QDate(2026, 1, 1));
    shown.clear();
    bar->findChild<QDateEdit *>(QStringLiteral("periodTo"))->setDate(QDate(2026, 6, 30));
    REQUIRE(waitShown(module, shown));
    // Acme bought the same every month: AX.
    auto *ax = page->findChild<QPushButton *>(QStringLiteral("cellAX"));
    REQUIRE(ax);
    CHECK(ax->isEnabled());
    CHECK(ax->text().contains(QStringLiteral("1 customer")));
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("cellBY"))->isEnabled());
    QTest::mouseClick(ax, Qt::LeftButton);
    DrillDialog *drill = openDrill();
    REQUIRE(drill);
    QSignalSpy loaded(drill, &DrillDialog::loaded);
    REQUIRE((drill->model()->rowCount() == 1 || loaded.wait(5000)));
    CHECK(drill->model()->index(0, 0).data().toString() == QStringLiteral("Acme"));
    drill->close();
}

TEST_CASE("Dashboard: key figures, and a click lists the records behind one", "[ui][reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    QSettings().remove(QStringLiteral("dashboard"));
    WarningGuard guard;
    DashboardModule module(f.session);
    module.setNow(f.now);
    QWidget *page = module.widget();
    page->resize(1200, 800);
    page->show();
    QSignalSpy loaded(&module, &DashboardModule::loaded);
    module.activate();
    REQUIRE(loaded.wait(10000));
    CHECK(module.tile(QStringLiteral("open_pipeline"))->text().contains(QStringLiteral("1,000.00")));
    CHECK(module.tile(QStringLiteral("open_pipeline"))->text().contains(QStringLiteral("2 open deal")));
    CHECK(module.tile(QStringLiteral("won_this_month"))->text().contains(QStringLiteral("4,000.00")));
    CHECK(module.tile(QStringLiteral("won_this_month"))->text().contains(QStringLiteral("3,500.00")));
    CHECK(module.tile(QStringLiteral("overdue_tasks"))->text().endsWith(QStringLiteral("\n1")));
    CHECK(module.tile(QStringLiteral("stale_deals"))->text().contains(QStringLiteral("\n2\n")));
    // Paint the page, small charts included: not a warning.
    CHECK(page->grab().width() == 1200);
    CHECK(g_warnings.isEmpty());

    QTest::mouseClick(module.tile(QStringLiteral("overdue_tasks")), Qt::LeftButton);
    DrillDialog *drill = openDrill();
    REQUIRE(drill);
    QSignalSpy drillLoaded(drill, &DrillDialog::loaded);
    REQUIRE((drill->model()->rowCount() == 1 || drillLoaded.wait(5000)));
    CHECK(drill->model()->index(0, 0).data().toString() == QStringLiteral("T3"));
    drill->close();

    // Anna's own figures: her open deal D5, her 1,000.00 won against her 1,500.00 plan, and
    // no overdue task of hers (T3 is Boris's).
    REQUIRE(module.ownerChoice()->findText(QStringLiteral("Anna")) > 0);
    loaded.clear();
    module.setOwner(f.anna);
    REQUIRE(loaded.wait(10000));
    CHECK(module.tile(QStringLiteral("open_pipeline"))->text().contains(QStringLiteral("800.00")));
    CHECK(module.tile(QStringLiteral("open_pipeline"))->text().contains(QStringLiteral("1 open deal")));
    CHECK(module.tile(QStringLiteral("won_this_month"))->text().contains(QStringLiteral("1,000.00")));
    CHECK(module.tile(QStringLiteral("won_this_month"))->text().contains(QStringLiteral("1,500.00")));
    CHECK(module.tile(QStringLiteral("overdue_tasks"))->text().endsWith(QStringLiteral("\n0")));

    // The choice is remembered: the dashboard opens on Anna next time.
    DashboardModule again(f.session);
    again.setNow(f.now);
    QSignalSpy againLoaded(&again, &DashboardModule::loaded);
    again.activate();
    REQUIRE(againLoaded.wait(10000));
    CHECK(again.ownerChoice()->currentText() == QStringLiteral("Anna"));
    CHECK(again.tile(QStringLiteral("open_pipeline"))->text().contains(QStringLiteral("1 open deal")));
    CHECK(g_warnings.isEmpty());
    QSettings().remove(QStringLiteral("dashboard"));
}

TEST_CASE("Plan editor: add, change, refuse a duplicate, delete", "[ui][reports]")
{
    TestDatabase db;
    const Session s = db.session();
    insertUser(s, QStringLiteral("anna"), QStringLiteral("Anna"));
    PlanEditor editor(s);
    editor.show();
    auto *manager = editor.findChild<QComboBox *>(QStringLiteral("planManager"));
    manager->setCurrentIndex(manager->findText(QStringLiteral("Anna")));
    editor.findChild<QDateEdit *>(QStringLiteral("planFrom"))->setDate(QDate(2026, 3, 1));
    editor.findChild<QDateEdit *>(QStringLiteral("planTo"))->setDate(QDate(2026, 3, 31));
    auto *amount = editor.findChild<QLineEdit *>(QStringLiteral("planAmount"));
    QTest::keyClicks(amount, QStringLiteral("25000.50"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPlan")), Qt::LeftButton);
    auto plans = SalesPlanRepository(s).list();
    REQUIRE(plans->size() == 1);
    CHECK(plans->first().amountMinor == 2500050);
    CHECK(plans->first().userName == QStringLiteral("Anna"));

    // The same plan again is refused in plain words.
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPlan")), Qt::LeftButton);
    auto *message = editor.findChild<QLabel *>(QStringLiteral("planMessage"));
    CHECK(message->text().contains(QStringLiteral("already has a plan")));
    CHECK(SalesPlanRepository(s).list()->size() == 1);

    // Text that is not an amount is explained, nothing saved.
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("lots"));
    CHECK_FALSE(editor.saveForm(true));
    CHECK(message->text().contains(QStringLiteral("not an amount")));

    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("planTable"));
    table->selectRow(0);
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("30000"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("savePlan")), Qt::LeftButton);
    CHECK(SalesPlanRepository(s).list()->first().amountMinor == 3000000);

    table->selectRow(0);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("deletePlan")), Qt::LeftButton);
    CHECK(SalesPlanRepository(s).list()->isEmpty());
}

TEST_CASE("Plan editor: a quarter goes in as its months; Ctrl+Z brings the previous quota back",
          "[ui][reports]")
{
    TestDatabase db;
    const Session s = db.session();
    insertUser(s, QStringLiteral("anna"), QStringLiteral("Anna"));
    PlanEditor editor(s);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *manager = editor.findChild<QComboBox *>(QStringLiteral("planManager"));
    manager->setCurrentIndex(manager->findText(QStringLiteral("Anna")));
    editor.findChild<QDateEdit *>(QStringLiteral("planFrom"))->setDate(QDate(2026, 4, 1));
    editor.findChild<QDateEdit *>(QStringLiteral("planTo"))->setDate(QDate(2026, 6, 30));
    auto *amount = editor.findChild<QLineEdit *>(QStringLiteral("planAmount"));
    QTest::keyClicks(amount, QStringLiteral("10000"));
    REQUIRE(editor.findChild<QCheckBox *>(QStringLiteral("planSpread"))->isChecked());
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPlan")), Qt::LeftButton);

    const auto amounts = [&] {
        const auto all = SalesPlanRepository(s).list();
        REQUIRE(all.ok());
        QList<qint64> out;
        for (const SalesPlan &p : std::as_const(*all))
            out << p.amountMinor;
        return out;
    };
    // April, May, June; the cent that does not divide goes to June.
    REQUIRE(amounts() == QList<qint64>{333333, 333333, 333334});
    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("planTable"));
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 2)->text() == QStringLiteral("2026-04-30"));

    // May's quota raised to 5,000.00, then Ctrl+Z: 3,333.33 again, in the list too.
    table->selectRow(1);
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("5000"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("savePlan")), Qt::LeftButton);
    CHECK(amounts() == QList<qint64>{333333, 500000, 333334});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(amounts() == QList<qint64>{333333, 333333, 333334});
    CHECK(table->item(1, 3)->data(Qt::UserRole).toLongLong() == 333333);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    CHECK(amounts() == QList<qint64>{333333, 500000, 333334});
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(amounts() == QList<qint64>{333333, 333333, 333334});

    // Deleting April and undoing it brings April back; undoing the add then removes all
    // three months, the restored April included.
    table->selectRow(0);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("deletePlan")), Qt::LeftButton);
    CHECK(amounts() == QList<qint64>{333333, 333334});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(amounts() == QList<qint64>{333333, 333333, 333334});
    CHECK(SalesPlanRepository(s).list()->first().periodStart == QDate(2026, 4, 1));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(SalesPlanRepository(s).list()->isEmpty());
    CHECK(table->rowCount() == 0);
    CHECK(editor.undoStack()->undoText().isEmpty());

    // A period of broken months cannot be spread; the message says what to do.
    editor.findChild<QDateEdit *>(QStringLiteral("planFrom"))->setDate(QDate(2026, 4, 15));
    editor.findChild<QDateEdit *>(QStringLiteral("planTo"))->setDate(QDate(2026, 6, 30));
    CHECK_FALSE(editor.saveForm(true));
    auto *message = editor.findChild<QLabel *>(QStringLiteral("planMessage"));
    CHECK(message->text().contains(QStringLiteral("1st of a month")));
    CHECK(SalesPlanRepository(s).list()->isEmpty());
}

TEST_CASE("Drill-downs open the record's card: double-click or Enter", "[ui][reports]")
{
    QSettings().remove(QStringLiteral("reports"));
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showModule(QStringLiteral("dashboard")));
    auto *dashboard = qobject_cast<DashboardModule *>(window.currentModule());
    REQUIRE(dashboard);
    dashboard->setNow(f.now);
    dashboard->refresh();
    QPushButton *open = dashboard->tile(QStringLiteral("open_pipeline"));
    REQUIRE(QTest::qWaitFor([&] { return open->text().contains(QStringLiteral("2 open deal")); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->runner()->busy(); }, 10000));

    // The open pipeline figure lists D5 (800.00) then D4 (200.00).
    QTest::mouseClick(open, Qt::LeftButton);
    DrillDialog *drill = openDrill();
    REQUIRE(drill);
    REQUIRE(QTest::qWaitFor([&] { return drill->model()->rowCount() == 2; }, 5000));
    auto *list = drill->findChild<QTableView *>(QStringLiteral("drillView"));
    REQUIRE(list);
    CHECK(list->model()->index(0, 0).data().toString() == QStringLiteral("D5"));

    const auto cardOf = [&](const QString &title) -> DealCard * {
        DealCard *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (DealCard *card : window.findChildren<DealCard *>()) {
                auto *name = card->findChild<QLabel *>(QStringLiteral("cardName"));
                if (card->isVisible() && name && name->text() == title)
                    found = card;
            }
            return found != nullptr;
        }, 5000);
        return found;
    };

    // Double-click: D5's card opens, showing D5.
    const QRect first = list->visualRect(list->model()->index(0, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first.center());
    DealCard *d5 = cardOf(QStringLiteral("D5"));
    REQUIRE(d5);
    CHECK(d5->stored().deal.amountMinor == 80000);

    // Enter on the second row opens D4's card; the list stays open for the next one.
    drill->activateWindow();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    DealCard *d4 = cardOf(QStringLiteral("D4"));
    REQUIRE(d4);
    CHECK(d4 != d5);
    CHECK(drill->isVisible());
    drill->close();
    d4->close();
    d5->close();
}

TEST_CASE("Report filters survive a restart: each report opens with its own last values",
          "[ui][reports]")
{
    QSettings().remove(QStringLiteral("reports"));
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    auto combo = [](ReportsModule &m, const char *name) {
        auto *box = m.filterBar()->findChild<QComboBox *>(QLatin1String(name));
        REQUIRE(box);
        return box;
    };
    auto pick = [&](ReportsModule &m, QSignalSpy &spy, const char *name, const QVariant &data) {
        QComboBox *box = combo(m, name);
        const int i = box->findData(data);
        REQUIRE(i >= 0);
        spy.clear();
        box->setCurrentIndex(i);
        REQUIRE(waitShown(m, spy));
    };
    const QString lastQuarter = presetName(PeriodPreset::LastQuarter);
    const QString thisMonth = presetName(PeriodPreset::ThisMonth);
    {
        ReportsModule first(f.session);
        first.widget()->resize(1200, 800);
        QSignalSpy shown(&first, &ReportsModule::reportShown);
        first.activate();
        REQUIRE(waitShown(first, shown));
        REQUIRE(first.table().name == QStringLiteral("funnel"));
        // The funnel: last quarter, Boris, the sales pipeline, deals from the phone.
        pick(first, shown, "periodPreset", lastQuarter);
        pick(first, shown, "ownerFilter", f.boris);
        pick(first, shown, "pipelineFilter", f.pipeline.id);
        pick(first, shown, "sourceFilter", QStringLiteral("phone"));
        // Sales dynamics: this month, deals from the website, by week.
        shown.clear();
        REQUIRE(first.showReport(QStringLiteral("dynamics")));
        REQUIRE(waitShown(first, shown));
        pick(first, shown, "periodPreset", thisMonth);
        pick(first, shown, "sourceFilter", QStringLiteral("website"));
        pick(first, shown, "groupFilter", int(Grouping::Week));
    } // the app closes

    // Started again: it opens on the report last shown, with that report's filters...
    ReportsModule again(f.session);
    again.widget()->resize(1200, 800);
    QSignalSpy shown(&again, &ReportsModule::reportShown);
    again.activate();
    REQUIRE(waitShown(again, shown));
    CHECK(again.table().name == QStringLiteral("dynamics"));
    CHECK(combo(again, "periodPreset")->currentData().toString() == thisMonth);
    CHECK(combo(again, "sourceFilter")->currentText() == QStringLiteral("website"));
    CHECK(combo(again, "groupFilter")->currentData().toInt() == int(Grouping::Week));
    CHECK(combo(again, "ownerFilter")->currentData().toLongLong() == 0);
    const QDate today = QDate::currentDate();
    CHECK(again.filterBar()->filter().from == presetPeriod(PeriodPreset::ThisMonth, today).first);

    // ... and the funnel gets its own back, and runs with them.
    shown.clear();
    REQUIRE(again.showReport(QStringLiteral("funnel")));
    REQUIRE(waitShown(again, shown));
    CHECK(combo(again, "periodPreset")->currentData().toString() == lastQuarter);
    CHECK(combo(again, "ownerFilter")->currentText() == QStringLiteral("Boris"));
    CHECK(combo(again, "pipelineFilter")->currentData().toLongLong() == f.pipeline.id);
    CHECK(combo(again, "sourceFilter")->currentText() == QStringLiteral("phone"));
    const ReportFilter used = again.filterBar()->filter();
    CHECK(used.ownerId == f.boris);
    CHECK(used.pipelineId == f.pipeline.id);
    CHECK(used.source == QStringLiteral("phone"));
    CHECK(used.from == presetPeriod(PeriodPreset::LastQuarter, today).first);
    CHECK(used.to == presetPeriod(PeriodPreset::LastQuarter, today).second);
    CHECK(again.table().from == used.from);
    QSettings().remove(QStringLiteral("reports"));
}
