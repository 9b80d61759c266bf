// The column chooser: columns hidden from the menu stay hidden the next time the list opens.
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/contacts_module.h"
#include "lists/list_module.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using namespace kontor;

TEST_CASE("Columns chosen in the Columns menu are remembered per list", "[ui][columns]")
{
    test::clearUiSettings();
    QSettings().remove(QStringLiteral("lists"));
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    {
        std::unique_ptr<ListModule> contacts(createContactsModule(session));
        QWidget *page = contacts->widget();
        auto *view = page->findChild<QTableView *>(QStringLiteral("listView"));
        REQUIRE(view);
        // The menu lists every column, all shown at first
        emit contacts->columnsMenu()->aboutToShow();
        const auto entries = contacts->columnsMenu()->actions();
        REQUIRE(entries.size() == view->model()->columnCount());
        CHECK(entries.at(2)->text() == QStringLiteral("Job title"));
        CHECK(entries.at(2)->isChecked());
        // Unticking "Job title" hides it
        entries.at(2)->trigger();
        CHECK(view->isColumnHidden(2));
        CHECK_FALSE(contacts->isColumnVisible(2));
        // The last visible column cannot be hidden
        for (int c = 0; c < view->model()->columnCount(); ++c)
            contacts->setColumnVisible(c, false);
        int shown = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            shown += view->isColumnHidden(c) ? 0 : 1;
        CHECK(shown == 1);
        for (int c = 0; c < view->model()->columnCount(); ++c)
            contacts->setColumnVisible(c, c != 2 && c != 6);
    }
    // Opened again, the list shows the same columns
    std::unique_ptr<ListModule> again(createContactsModule(session));
    auto *view = again->widget()->findChild<QTableView *>(QStringLiteral("listView"));
    REQUIRE(view);
    CHECK(view->isColumnHidden(2));
    CHECK(view->isColumnHidden(6));
    CHECK_FALSE(view->isColumnHidden(0));
    CHECK_FALSE(view->isColumnHidden(3));
    QSettings().remove(QStringLiteral("lists"));
}
