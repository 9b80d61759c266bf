#include "test_database.h"

#include "repo/company_repository.h"
#include "repo/contact_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

TEST_CASE("Companies are saved, listed with their head count, edited and trashed", "[companies]")
{
    TestDatabase t;
    Session s = t.session();
    CompanyRepository repo(s);
    ContactRepository contacts(s);

    Company c;
    c.name = QStringLiteral("شرکت آوا");
    c.website = QStringLiteral("https://ava.example.ir");
    c.address.country = QStringLiteral("Iran");
    auto id = repo.create(c);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    Company other;
    other.name = QStringLiteral("Acme Ltd");
    const qint64 acme = *repo.create(other);

    for (const char *name : {"Reza", "Mina"}) {
        Contact p;
        p.firstName = QString::fromUtf8(name);
        p.companyId = *id;
        auto created = contacts.create(p);
        INFO((created ? QString() : created.error().toString()).toStdString());
        REQUIRE(created.ok());
    }

    auto page = repo.list({});
    REQUIRE(page.ok());
    REQUIRE(page->items.size() == 2);
    CHECK(page->items[0].name == QStringLiteral("Acme Ltd")); // sorted by name
    CHECK(page->items[0].peopleCount == 0);
    CHECK(page->items[1].peopleCount == 2);

    CHECK(*repo.findByName(QStringLiteral("Acme Ltd")) == acme);
    CHECK(*repo.findByName(QStringLiteral("Nobody Inc")) == 0);

    Company edited = *repo.get(*id);
    edited.industry = QStringLiteral("Software");
    REQUIRE(repo.update(edited).ok());
    CHECK(repo.get(*id)->industry == QStringLiteral("Software"));

    Company nameless = edited;
    nameless.name = QStringLiteral("   ");
    auto refused = repo.update(nameless);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(repo.get(*id)->name == QStringLiteral("شرکت آوا"));

    REQUIRE(repo.moveToTrash(acme).ok());
    CHECK(*repo.count({}) == 1);
    CHECK(*repo.findByName(QStringLiteral("Acme Ltd")) == 0);
    REQUIRE(repo.restore(acme).ok());
    CHECK(*repo.count({}) == 2);

    CompanyQuery search;
    search.text = QStringLiteral("acm");
    CHECK(*repo.count(search) == 1);
}
