// The Segments panel's counts follow the base: a delete in the list, its undo and a bulk
// status change are counted at once, without reopening the Contacts page.
#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/bulk_actions.h"
#include "contacts/segment_list.h"
#include "shell/session_controller.h"
#include "undo/undo_stack.h"

#include <QAbstractItemModelTester>

using namespace kontor;

TEST_CASE("Segment counts refresh after a delete, its undo and a bulk edit", "[ui][segments]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session); // four leads
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::showModule(window, QStringLiteral("Contacts"));
    QTableView *contacts = test::currentList(window);
    auto *panel = window.findChild<SegmentPanel *>();
    REQUIRE(panel);
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ContactFilter leads;
    leads.status = QStringLiteral("lead");
    REQUIRE(panel->save(QStringLiteral("Leads"), leads, false));
    auto leadCount = [&] {
        // Counts may come from a worker: wait until this one is in
        (void)QTest::qWaitFor(
            [&] {
                return panel->model()->index(0, 0).data(SegmentListModel::CountRole).toLongLong()
                    >= 0;
            },
            5000);
        return panel->model()->index(0, 0).data(SegmentListModel::CountRole).toLongLong();
    };
    REQUIRE(leadCount() == 4);

    // When a contact is deleted from the list, the segment counts one fewer
    test::selectRow(contacts, test::rowOf(contacts, QStringLiteral("Carla Mendes")));
    QTest::keyClick(contacts, Qt::Key_Delete);
    CHECK(QTest::qWaitFor([&] { return leadCount() == 3; }, 5000));

    // And Undo brings the count back
    UndoStack::of(contacts)->undo();
    CHECK(QTest::qWaitFor([&] { return leadCount() == 4; }, 5000));

    // A bulk status change of two contacts to "customer" takes them out of the segment
    test::selectRow(contacts, test::rowOf(contacts, QStringLiteral("Anna Berg")));
    contacts->selectionModel()->select(
        contacts->model()->index(test::rowOf(contacts, QStringLiteral("Boris Ivanov")), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *bulk = window.findChild<ContactBulkActions *>(QStringLiteral("contactBulkActions"));
    REQUIRE(bulk);
    REQUIRE(bulk->apply(BulkChange::Kind::Status, QStringLiteral("customer")));
    CHECK(QTest::qWaitFor([&] { return leadCount() == 2; }, 5000));
}
