#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/contacts_module.h"
#include "lists/list_module.h"
#include "lists/paged_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

using namespace kontor;

TEST_CASE("The contact list pages in windows and fetchMore brings every row", "[ui][paging]")
{
    // Given a database with more than two pages of contacts
    test::TestDatabase db;
    const Session session = db.session();
    test::addNumberedContacts(session, 450);
    std::unique_ptr<ListModule> module(createContactsModule(session));
    PagedModel *model = module->model();
    model->setPageSize(200);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // When the list is loaded, only the first window arrives
    model->reload();
    CHECK(model->totalCount() == 450);
    CHECK(model->rowCount() == 200);
    CHECK(model->canFetchMore({}));

    // Then each fetchMore brings the next window, until all rows are there
    model->fetchMore({});
    CHECK(model->rowCount() == 400);
    model->fetchMore({});
    CHECK(model->rowCount() == 450);
    CHECK_FALSE(model->canFetchMore({}));
    model->fetchMore({}); // asking again changes nothing
    CHECK(model->rowCount() == 450);

    // And the rows are in name order, each exactly once, across the page borders
    QSet<QString> names;
    for (int r = 0; r < model->rowCount(); ++r)
        names.insert(model->index(r, 0).data().toString());
    CHECK(names.size() == 450);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Person N0001"));
    CHECK(model->index(199, 0).data().toString() == QStringLiteral("Person N0200"));
    CHECK(model->index(200, 0).data().toString() == QStringLiteral("Person N0201"));
    CHECK(model->index(449, 0).data().toString() == QStringLiteral("Person N0450"));

    // When filtered, the list restarts from the first window of matches
    model->setFilterText(QStringLiteral("N04"));
    CHECK(model->totalCount() == 51); // N0400..N0450
    CHECK(model->rowCount() == 51);
    CHECK_FALSE(model->canFetchMore({}));
}

TEST_CASE("A list that cannot be read says so and stops fetching", "[ui][paging]")
{
    // Given a model whose second page fails, as when the server goes away mid-scroll
    int calls = 0;
    PagedTableModel<QString>::Fetch fetch
        = [&calls](const QString &, const PageRequest &req) -> Result<Page<QString>> {
        ++calls;
        if (!req.after.isEmpty())
            return Error {Error::Kind::Storage,
                          QStringLiteral("The server went away"),
                          QStringLiteral("contact list"),
                          {}};
        Page<QString> page;
        page.items = {QStringLiteral("a"), QStringLiteral("b")};
        page.nextAfter = {QStringLiteral("b")};
        page.hasMore = true;
        return page;
    };
    PagedTableModel<QString>::Count count = [](const QString &) -> Result<qint64> { return 4; };
    PagedTableModel<QString> model({{QStringLiteral("Name"), [](const QString &s) { return s; }}},
                                   fetch, count);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&model, &PagedModel::failed);

    model.setPageSize(2);
    model.reload();
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.canFetchMore({}));

    // When the next page fails
    model.fetchMore({});

    // Then the rows already shown stay, the user is told in words, and no retry loop starts
    CHECK(model.rowCount() == 2);
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString()
          == QStringLiteral("The server went away (contact list)"));
    CHECK_FALSE(model.canFetchMore({}));
    const int before = calls;
    model.fetchMore({});
    CHECK(calls == before);
}
