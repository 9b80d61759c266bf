// Lists read on a worker thread (as the kontor app runs them): the page says "Counting…"
// until the count arrives, pages come in windows, a newer filter wins, segment counts follow.
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/contact_filter.h"
#include "contacts/contacts_module.h"
#include "contacts/segment_list.h"
#include "lists/list_module.h"
#include "lists/paged_model.h"
#include "undo/undo_stack.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace kontor;

namespace {

// Worker reads for the duration of a test, as main() turns them on for the app.
struct BackgroundReads
{
    BackgroundReads() { PagedModel::setBackgroundReads(true); }
    ~BackgroundReads() { PagedModel::setBackgroundReads(false); }
};

bool waitFor(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, 10000);
}

} // namespace

TEST_CASE("A list read on the worker shows Counting… then the number, and pages on demand",
          "[ui][paging][background]")
{
    test::clearUiSettings();
    BackgroundReads background;
    test::TestDatabase db;
    const Session session = db.session();
    test::addNumberedContacts(session, 450);
    std::unique_ptr<ListModule> module(createContactsModule(session));
    PagedModel *model = module->model();
    model->setPageSize(200);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QWidget *page = module->widget();
    auto *count = page->findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(count);

    // When the list opens, nothing is read on this thread: the count is on its way
    module->activate();
    CHECK(model->isCounting());
    CHECK(count->text() == QStringLiteral("Counting…"));
    CHECK(model->rowCount() == 0);

    // Then the number and the first window arrive
    REQUIRE(waitFor([&] { return !model->isCounting() && model->rowCount() == 200; }));
    CHECK(model->totalCount() == 450);
    CHECK(count->text().startsWith(QStringLiteral("450 contact")));
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Person N0001"));

    // Each fetchMore brings the next window, one at a time (the view may ask for them too)
    REQUIRE(waitFor([&] {
        if (model->canFetchMore({})) {
            model->fetchMore({});
            CHECK_FALSE(model->canFetchMore({})); // that page is being read
            CHECK(model->rowCount() % 200 == 0);
        }
        return model->rowCount() == 450;
    }));
    CHECK_FALSE(model->canFetchMore({}));
    QSet<QString> names;
    for (int r = 0; r < model->rowCount(); ++r)
        names.insert(model->index(r, 0).data().toString());
    CHECK(names.size() == 450);

    // A filter typed while an older one is still being read: only the newest answer shows
    model->setFilterText(QStringLiteral("N01"));
    model->setFilterText(QStringLiteral("N04"));
    CHECK(count->text() == QStringLiteral("Counting…"));
    REQUIRE(waitFor([&] { return !model->isCounting() && !model->isFetching(); }));
    QTest::qWait(50); // anything stale still queued would have arrived by now
    CHECK(model->totalCount() == 51); // N0400..N0450
    CHECK(model->rowCount() == 51);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Person N0400"));
    CHECK(count->text().startsWith(QStringLiteral("51 contact")));

    // Nothing found: the empty text, once counted
    model->setFilterText(QStringLiteral("zzzz"));
    REQUIRE(waitFor([&] { return !model->isCounting(); }));
    auto *empty = page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    CHECK(empty->isVisibleTo(page));
}

TEST_CASE("Segment counts are read on the worker and fill in", "[ui][segments][background]")
{
    test::clearUiSettings();
    BackgroundReads background;
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    ContactFilter leads;
    leads.status = QStringLiteral("lead"); // the four sample people
    REQUIRE(SegmentRepository(session).save(QStringLiteral("Leads"), leads, true).ok());

    SegmentPanel panel(session);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.reload();
    REQUIRE(panel.model()->rowCount() == 1);
    const QModelIndex first = panel.model()->index(0);
    CHECK(first.data().toString() == QStringLiteral("Leads (…)"));
    REQUIRE(waitFor([&] { return first.data(SegmentListModel::CountRole).toLongLong() >= 0; }));
    CHECK(first.data().toString() == QStringLiteral("Leads (4)"));
}

TEST_CASE("Rows picked before a background reload are picked again when they arrive",
          "[ui][background]")
{
    test::clearUiSettings();
    BackgroundReads background;
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    std::unique_ptr<ListModule> module(createContactsModule(session));
    QWidget *page = module->widget();
    page->resize(1000, 600);
    page->show();
    REQUIRE(QTest::qWaitForWindowExposed(page));
    module->activate();
    auto *view = page->findChild<QTableView *>(QStringLiteral("listView"));
    REQUIRE(waitFor([&] { return view->model()->rowCount() == 4; }));
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(3, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString second = view->model()->index(1, 0).data().toString();

    // When another window changed contacts (a bulk edit, an undo), the list reads again
    UndoStack::of(module.get())->notifyChanged(QStringLiteral("contact"), {});
    REQUIRE(waitFor([&] { return view->model()->rowCount() == 4; }));

    // Then the same two rows are selected
    REQUIRE(waitFor([&] { return view->selectionModel()->selectedRows().size() == 2; }));
    CHECK(view->selectionModel()->isRowSelected(1, {}));
    CHECK(view->selectionModel()->isRowSelected(3, {}));
    CHECK(view->model()->index(1, 0).data().toString() == second);
}
