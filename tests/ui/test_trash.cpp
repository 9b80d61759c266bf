#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "repo/contact_repository.h"
#include "shell/module.h"
#include "shell/session_controller.h"
#include "trash/trash_module.h"
#include "undo/undo_stack.h"

#include <QAbstractItemModelTester>
#include <QAction>

using namespace kontor;

namespace {

TrashModule *trashModule(MainWindow &window)
{
    for (Module *m : window.modules()) {
        if (auto *trash = qobject_cast<TrashModule *>(m))
            return trash;
    }
    FAIL("no Trash module");
    return nullptr;
}

} // namespace

TEST_CASE("Deleted contacts wait in the Trash, come back on Restore, and both undo",
          "[ui][trash]")
{
    // Given the contact list
    test::SampleWindow w;
    const Session session = w.session;
    MainWindow &window = w.window;
    test::showModule(window, QStringLiteral("Contacts"));
    QTableView *contacts = test::currentList(window);

    // When Carla and David are selected and Del is pressed
    test::selectRow(contacts, test::rowOf(contacts, QStringLiteral("Carla Mendes")));
    contacts->selectionModel()->select(
        contacts->model()->index(test::rowOf(contacts, QStringLiteral("David Okafor")), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(contacts, Qt::Key_Delete);

    // Then they leave the list and the database's live contacts
    CHECK(test::columnTexts(contacts)
          == QStringList{QStringLiteral("Anna Berg"), QStringLiteral("Boris Ivanov")});
    ContactQuery trashed;
    trashed.trashed = true;
    CHECK(*ContactRepository(session).count(trashed) == 2);

    // And the Trash lists them with who deleted them
    test::showModule(window, QStringLiteral("Trash"));
    TrashModule *trash = trashModule(window);
    QAbstractItemModelTester tester(trash->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *bin = test::currentList(window);
    QStringList names = test::columnTexts(bin, 0);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("Carla Mendes"), QStringLiteral("David Okafor")});
    CHECK(test::columnTexts(bin, 1)
          == QStringList{QStringLiteral("Contact"), QStringLiteral("Contact")});
    CHECK(test::columnTexts(bin, 4) == QStringList{QStringLiteral("Me"), QStringLiteral("Me")});

    // When Carla is restored
    auto *restore = window.findChild<QAction *>(QStringLiteral("restoreAction"));
    REQUIRE(restore);
    CHECK_FALSE(restore->isEnabled()); // nothing selected yet
    test::selectRow(bin, test::rowOf(bin, QStringLiteral("Carla Mendes")));
    REQUIRE(restore->isEnabled());
    restore->trigger();

    // Then she is back in the contact list and only David waits in the trash
    CHECK(test::columnTexts(bin) == QStringList{QStringLiteral("David Okafor")});
    test::showModule(window, QStringLiteral("Contacts"));
    CHECK(test::columnTexts(test::currentList(window))
          == QStringList{QStringLiteral("Anna Berg"), QStringLiteral("Boris Ivanov"),
                         QStringLiteral("Carla Mendes")});

    // When the restore is undone, she is in the trash again; undoing the delete brings both
    UndoStack *undo = window.undoStack();
    CHECK(undo->undoText() == QStringLiteral("Restore “Carla Mendes”"));
    undo->undo();
    CHECK(*ContactRepository(session).count(trashed) == 2);
    CHECK(undo->undoText() == QStringLiteral("Delete 2 record(s)")); // no translator in tests
    undo->undo();
    CHECK(*ContactRepository(session).count(trashed) == 0);
    CHECK(test::columnTexts(test::currentList(window)).size() == 4);
}

TEST_CASE("Del on the company list moves the company to the trash", "[ui][trash]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window)); // shortcuts need an active window
    test::showModule(window, QStringLiteral("Companies"));
    QTableView *companies = test::currentList(window);
    test::selectRow(companies, test::rowOf(companies, QStringLiteral("Nordlicht GmbH")));
    QTest::keyClick(companies, Qt::Key_Delete);
    CHECK(test::columnTexts(companies).join(QLatin1Char('|')).toStdString() == "Acme Trading");

    test::showModule(window, QStringLiteral("Trash"));
    CHECK(test::columnTexts(test::currentList(window))
          == QStringList{QStringLiteral("Nordlicht GmbH")});
    window.undoStack()->undo();
    CHECK(test::columnTexts(test::currentList(window)).isEmpty());
}

TEST_CASE("Emptying the trash deletes only what is in it, for good", "[ui][trash]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    ContactQuery anna;
    anna.text = QStringLiteral("Anna");
    const qint64 annaId = ContactRepository(session).list(anna)->items.first().id;
    REQUIRE(ContactRepository(session).moveToTrash(annaId).ok());

    test::showModule(window, QStringLiteral("Trash"));
    TrashModule *trash = trashModule(window);
    auto *empty = window.findChild<QAction *>(QStringLiteral("emptyTrashAction"));
    REQUIRE(empty);
    CHECK(empty->isEnabled());
    const auto purged = trash->purgeAll(); // what the confirmed dialog runs
    REQUIRE(purged.ok());
    CHECK(*purged == 1);
    CHECK(test::columnTexts(test::currentList(window)).isEmpty());
    CHECK_FALSE(empty->isEnabled());
    CHECK(ContactRepository(session).get(annaId, true).error().kind == Error::Kind::NotFound);
    CHECK(*ContactRepository(session).count({}) == 3); // the others are untouched
}
