#include "test_database.h"
#include "ui_fixture.h"

#include "funnel/board_controller.h"
#include "lists/list_module.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "shell/demo_data.h"
#include "shell/main_window.h"
#include "shell/module.h"
#include "shell/session_controller.h"
#include "undo/undo_stack.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace kontor;

namespace {

void clickSidebar(MainWindow &window, const QString &title)
{
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    const auto items = sidebar->findItems(title, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    const QRect rect = sidebar->visualItemRect(items.first());
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
}

// The page the user sees right now.
QWidget *visiblePage(MainWindow &window)
{
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("moduleStack"));
    REQUIRE(stack);
    return stack->currentWidget();
}

QStringList column(QTableView *view, int col)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, col).data().toString();
    return out;
}

bool columnHas(const BoardController *board, qint64 stageId, qint64 dealId)
{
    for (const BoardColumn &c : board->board().columns) {
        if (c.stage.id != stageId)
            continue;
        for (const BoardCard &card : c.cards) {
            if (card.id == dealId)
                return true;
        }
    }
    return false;
}

QString statusText(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("The main window shows each module's page from the sidebar", "[ui][shell]")
{
    // Given a database with a few contacts, companies and deals
    test::clearUiSettings();
    test::TestDatabase db;
    const test::SampleData sample = test::addSampleData(db.session());
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The status bar names the database and where it lives
    CHECK(statusText(window) == QStringLiteral("Database: test.sqlite (SQLite, on this computer)"));

    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QStringList titles;
    for (int i = 0; i < sidebar->count(); ++i)
        titles << sidebar->item(i)->text();
    CHECK(titles
          == QStringList {QStringLiteral("Dashboard"), QStringLiteral("Contacts"),
                          QStringLiteral("Companies"),
                          QStringLiteral("Deals"), QStringLiteral("Tasks"),
                          QStringLiteral("Reports"), QStringLiteral("Import"),
                          QStringLiteral("Trash")});

    SECTION("list modules show what is in the database")
    {
        clickSidebar(window, QStringLiteral("Companies"));
        QWidget *page = visiblePage(window);
        CHECK(page->objectName() == QStringLiteral("companiesPage"));
        auto *view = page->findChild<QTableView *>(QStringLiteral("listView"));
        REQUIRE(view);
        CHECK(view->isVisible());
        CHECK(column(view, 0) == sample.companyNames);
        CHECK(page->findChild<QLabel *>(QStringLiteral("countLabel"))
                  ->text()
                  .startsWith(QStringLiteral("2 compan")));

        clickSidebar(window, QStringLiteral("Deals"));
        page = visiblePage(window);
        CHECK(page->objectName() == QStringLiteral("dealsPage"));
        view = page->findChild<QTableView *>(QStringLiteral("listView"));
        CHECK(column(view, 0) == sample.dealTitles);
        CHECK(column(view, 1)
              == (QStringList {QStringLiteral("Nordlicht GmbH"), QStringLiteral("Acme Trading")}));
        // Money is right-aligned and shows the currency
        const QModelIndex amount = view->model()->index(1, 4);
        CHECK(amount.data().toString().contains(QStringLiteral("12,500.00")));
        CHECK(amount.data().toString().contains(QStringLiteral("€")));
        CHECK((amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight));

        clickSidebar(window, QStringLiteral("Contacts"));
        page = visiblePage(window);
        CHECK(page->objectName() == QStringLiteral("contactsPage"));
        view = page->findChild<QTableView *>(QStringLiteral("listView"));
        CHECK(column(view, 0) == sample.contactNames);
        CHECK(column(view, 1).first() == QStringLiteral("Acme Trading"));
    }

    SECTION("Import and Tasks are real pages, no longer placeholders")
    {
        clickSidebar(window, QStringLiteral("Import"));
        QWidget *page = visiblePage(window);
        CHECK(page->objectName() == QStringLiteral("importPage"));
        CHECK(page->findChild<QPushButton *>(QStringLiteral("startImport")));
        // Tasks is a real module now (tests/tasks/test_tasks_ui.cpp drives it)
        clickSidebar(window, QStringLiteral("Tasks"));
        CHECK(visiblePage(window)->objectName() == QStringLiteral("tasksPage"));
    }
}

TEST_CASE("Typing in the contact search narrows the list", "[ui][shell]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    test::addSampleData(db.session());
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    clickSidebar(window, QStringLiteral("Contacts"));
    QWidget *page = visiblePage(window);
    REQUIRE(page->objectName() == QStringLiteral("contactsPage"));
    auto *view = page->findChild<QTableView *>(QStringLiteral("listView"));
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *count = page->findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(view->model()->rowCount() == 4);

    // When the user types the start of a last name
    QTest::keyClicks(search, QStringLiteral("Ber"));

    // Then, once typing pauses, only the matching contact is listed
    CHECK(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; }, 3000));
    CHECK(column(view, 0) == QStringList {QStringLiteral("Anna Berg")});
    CHECK(count->text().startsWith(QStringLiteral("1 contact")));

    // When nothing matches, the page says so instead of showing an empty grid
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(view->model()->rowCount() == 0);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("zzz")));

    // When the search is cleared, everyone is back
    search->clear();
    CHECK(view->model()->rowCount() == 4);
    CHECK(view->isVisible());
}

TEST_CASE("Opening a second database switches the window and lists it first in Recent",
          "[ui][shell]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    test::addSampleData(db.session());
    const DatabaseUrl second = DatabaseUrl::sqlite(db.tempPath(QStringLiteral("second.sqlite")));
    MainWindow window;
    window.show();
    REQUIRE(window.sessions()->open(db.url()).ok());

    // When the user opens another database
    REQUIRE(window.sessions()->open(second).ok());

    // Then the window works on it: status bar, an empty contact list, and the Recent menu
    CHECK(statusText(window)
          == QStringLiteral("Database: second.sqlite (SQLite, on this computer)"));
    REQUIRE(window.showModule(QStringLiteral("contacts")));
    auto *view = visiblePage(window)->findChild<QTableView *>(QStringLiteral("listView"));
    CHECK(view->model()->rowCount() == 0);
    CHECK(window.sessions()->recentDatabases()
          == (QStringList {second.toString(), db.url().toString()}));
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(recent);
    REQUIRE(recent->actions().size() >= 2);
    CHECK(recent->actions().at(0)->text() == second.toString());
    CHECK(recent->actions().at(1)->text() == db.url().toString());

    // When a database cannot be opened, the error is returned and the current one stays open
    const Status bad = window.sessions()->open(
        DatabaseUrl::sqlite(QStringLiteral("/proc/no-such-place/x.sqlite")));
    CHECK_FALSE(bad.ok());
    CHECK(!bad.error().message.isEmpty());
    CHECK(statusText(window)
          == QStringLiteral("Database: second.sqlite (SQLite, on this computer)"));
    CHECK(window.sessions()->recentDatabases().size() == 2);
}

TEST_CASE("Demo data is added on a worker thread and the GUI thread stays free", "[ui][demo]")
{
    // Given an empty database, as on first start
    test::TestDatabase db;
    const Session session = db.session();
    REQUIRE(*ContactRepository(session).count({}) == 0);
    DemoDataOffer offer(session, nullptr);
    QSignalSpy done(&offer, &DemoDataOffer::done);

    // When the user chooses "Add demo data"
    DemoOptions options;
    options.contacts = 40;
    options.companies = 8;
    options.deals = 10;
    offer.start(options);

    // Then start() returns at once, and the data arrives later, all of it
    CHECK(done.count() == 0);
    REQUIRE(done.wait(60000));
    CHECK(done.first().first().toBool());
    CHECK(*ContactRepository(session).count({}) == 40);
}

TEST_CASE("A move on the board is on the window's history: Ctrl+Z (Edit → Undo) takes it back",
          "[ui][shell][board]")
{
    // Given the window on the Deals page, its board showing the sample deals
    test::SampleWindow w;
    const Session session = w.session;
    MainWindow &window = w.window;
    clickSidebar(window, QStringLiteral("Deals"));
    auto *board = window.findChild<BoardController *>();
    REQUIRE(board);
    REQUIRE(board->reload().ok());
    qint64 deal = 0, from = 0, to = 0;
    const QList<BoardColumn> &columns = board->board().columns;
    for (int i = 0; i + 1 < columns.size() && !deal; ++i) {
        if (!columns.at(i).cards.isEmpty()) {
            deal = columns.at(i).cards.first().id;
            from = columns.at(i).stage.id;
            to = columns.at(i + 1).stage.id;
        }
    }
    REQUIRE(deal);
    const int before = window.undoStack()->count();

    // When the deal is moved one stage on
    board->moveToNeighbour(deal, +1);
    CHECK(DealRepository(session).get(deal)->stageId == to);
    CHECK(window.undoStack()->count() == before + 1);
    CHECK(window.undoStack()->undoText().startsWith(QStringLiteral("Move")));

    // Then one action answers Ctrl+Z (two would be ambiguous and neither would run), and it
    // puts the deal back
    int undoKeys = 0;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
            ++undoKeys;
    }
    CHECK(undoKeys == 1);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(DealRepository(session).get(deal)->stageId == from);
    CHECK(columnHas(board, from, deal));
}
