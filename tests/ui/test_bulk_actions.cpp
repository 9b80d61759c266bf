// Bulk actions on the selected rows of the contact list: tag, status, undo, export.
#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/bulk_actions.h"
#include "repo/contact_repository.h"
#include "shell/session_controller.h"
#include "undo/undo_stack.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace kontor;

namespace {

QStringList namesTagged(const Session &s, const QString &tag)
{
    ContactQuery q;
    q.filter.tag = tag;
    auto page = ContactRepository(s).list(q);
    REQUIRE(page);
    QStringList out;
    for (const Contact &c : page->items)
        out << c.displayName();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("Selected contacts are tagged, re-statused, undone and exported in one go",
          "[ui][bulk]")
{
    test::SampleWindow w;
    const Session session = w.session;
    MainWindow &window = w.window;

    // Given two contacts selected in the list
    test::showModule(window, QStringLiteral("Contacts"));
    QTableView *view = test::currentList(window);
    const QStringList names = test::columnTexts(view);
    REQUIRE(names.size() >= 3);
    view->setFocus();
    view->selectionModel()->clearSelection();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QStringList picked {names.at(0), names.at(2)};
    picked.sort();

    // When "Tag…" is used with a new tag typed in
    auto *tagAction = window.findChild<QAction *>(QStringLiteral("bulkTagAction"));
    REQUIRE(tagAction);
    tagAction->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("bulkEditDialog"));
    REQUIRE(dialog);
    auto *value = dialog->findChild<QComboBox *>(QStringLiteral("bulkValue"));
    REQUIRE(value);
    REQUIRE(value->isEditable());
    QTest::keyClicks(value, QStringLiteral("Trade fair"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);

    // Then exactly those two carry it
    CHECK(namesTagged(session, QStringLiteral("Trade fair")) == picked);

    // And a status change applies to both; Undo restores each one's own status
    auto *bulk = window.findChild<ContactBulkActions *>(QStringLiteral("contactBulkActions"));
    REQUIRE(bulk);
    REQUIRE(bulk->apply(BulkChange::Kind::Status, QStringLiteral("customer")));
    ContactQuery customers;
    customers.status = QStringLiteral("customer");
    CHECK(*ContactRepository(session).count(customers) >= 2);
    window.undoStack()->undo();
    CHECK(*ContactRepository(session).count(customers) == 0);
    window.undoStack()->undo();
    CHECK(namesTagged(session, QStringLiteral("Trade fair")).isEmpty());
    window.undoStack()->redo();
    CHECK(namesTagged(session, QStringLiteral("Trade fair")) == picked);

    // And the selection exports to CSV with just those people
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.csv"));
    REQUIRE(bulk->exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == 3); // header + two contacts
    CHECK_FALSE(bulk->exportTo(dir.filePath(QStringLiteral("picked.pdf"))));
}
