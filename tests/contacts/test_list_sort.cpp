// Sorting the contact and company lists by every column in SQL: the order of a known set of
// records, the same order when read two rows at a time (keyset paging across page
// boundaries and across the "has a value" / "empty" parts), records without a value last in
// both directions; both back ends.
#include "test_database.h"

#include "repo/company_repository.h"
#include "repo/contact_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

template<typename T> void require(const Result<T> &r)
{
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
}

// Every page of the list, `limit` rows at a time, as last names.
QStringList contactOrder(const ContactRepository &repo, ContactQuery q, bool descending, int limit)
{
    q.descending = descending;
    QStringList names;
    PageRequest page;
    page.limit = limit;
    for (int guard = 0; guard < 100; ++guard) {
        auto p = repo.list(q, page);
        INFO((p ? QString() : p.error().toString()).toStdString());
        REQUIRE(p.ok());
        for (const Contact &c : p->items)
            names << c.lastName;
        if (!p->hasMore)
            break;
        page.after = p->nextAfter;
    }
    return names;
}

QStringList companyOrder(const CompanyRepository &repo, CompanyQuery q, bool descending, int limit)
{
    q.descending = descending;
    QStringList names;
    PageRequest page;
    page.limit = limit;
    for (int guard = 0; guard < 100; ++guard) {
        auto p = repo.list(q, page);
        INFO((p ? QString() : p.error().toString()).toStdString());
        REQUIRE(p.ok());
        for (const Company &c : p->items)
            names << c.name;
        if (!p->hasMore)
            break;
        page.after = p->nextAfter;
    }
    return names;
}

QStringList split(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("The contact list sorts by every column in SQL, empty values last", "[contacts][sort]")
{
    TestDatabase t;
    Session s = t.session();
    const CompanyRepository companies(s);
    const ContactRepository repo(s);
    Company acme;
    acme.name = QStringLiteral("Acme");
    Company nord;
    nord.name = QStringLiteral("Nordlicht");
    auto acmeId = companies.create(acme);
    auto nordId = companies.create(nord);
    require(acmeId);
    require(nordId);

    auto person = [](const char *last, qint64 company, const char *title, QStringList emails,
                     const char *phone, const char *status, const char *city) {
        Contact c;
        c.firstName = QStringLiteral("X");
        c.lastName = QLatin1String(last);
        c.companyId = company;
        c.title = QLatin1String(title);
        for (const QString &e : emails)
            c.emails.append({0, QStringLiteral("work"), e});
        if (qstrlen(phone))
            c.phones.append({0, QStringLiteral("work"), QLatin1String(phone)});
        c.status = QLatin1String(status);
        c.address.city = QLatin1String(city);
        return c;
    };
    // Created in this order, so ids (the order among equal and empty values) follow it.
    const Contact people[] = {
        person("Aalto", *nordId, "CEO", {QStringLiteral("zed@x.org")}, "+49 30 1234567",
               "customer", "Berlin"),
        person("Berg", *acmeId, "", {QStringLiteral("anna@x.org")}, "", "lead", ""),
        person("Corsi", 0, "Buyer", {}, "+7 916 123 45 67", "lead", "Arusha"),
        // The second e-mail sorts first but is not the one the list shows: it does not count.
        person("Dahl", *acmeId, "Accountant",
               {QStringLiteral("Mia@x.org"), QStringLiteral("aaa@x.org")}, "+1 212 555 0100",
               "prospect", "Zagreb"),
        person("Eklund", 0, "", {}, "", "customer", ""),
        person("Trashed", *acmeId, "Zoo keeper", {QStringLiteral("b@x.org")}, "+44 20 7946 0000",
               "lead", "Bath"),
    };
    qint64 lastId = 0;
    for (const Contact &c : people) {
        auto id = repo.create(c);
        require(id);
        lastId = *id;
    }
    REQUIRE(repo.moveToTrash(lastId).ok());

    using Sort = ContactQuery::Sort;
    struct Expected
    {
        Sort sort;
        const char *ascending;
        const char *descending;
    };
    const Expected expected[] = {
        {Sort::Name, "Aalto Berg Corsi Dahl Eklund", "Eklund Dahl Corsi Berg Aalto"},
        // By company name, its people by id; no company last (by id, reversed when descending)
        {Sort::Company, "Berg Dahl Aalto Corsi Eklund", "Aalto Dahl Berg Eklund Corsi"},
        {Sort::Title, "Dahl Corsi Aalto Berg Eklund", "Aalto Corsi Dahl Eklund Berg"},
        // Lower-cased: "Mia@" between "anna@" and "zed@"
        {Sort::Email, "Berg Dahl Aalto Corsi Eklund", "Aalto Dahl Berg Eklund Corsi"},
        // By the E.164 digits: 1212…, 4930…, 7916…
        {Sort::Phone, "Dahl Aalto Corsi Berg Eklund", "Corsi Aalto Dahl Eklund Berg"},
        {Sort::Status, "Aalto Eklund Berg Corsi Dahl", "Dahl Corsi Berg Eklund Aalto"},
        {Sort::City, "Corsi Aalto Dahl Berg Eklund", "Dahl Aalto Corsi Eklund Berg"},
    };
    for (const Expected &e : expected) {
        INFO("sort " << int(e.sort));
        ContactQuery q;
        q.sort = e.sort;
        CHECK(contactOrder(repo, q, false, 200) == split(e.ascending));
        CHECK(contactOrder(repo, q, true, 200) == split(e.descending));
        // One and two rows a page: every boundary, including the one between the parts
        CHECK(contactOrder(repo, q, false, 1) == split(e.ascending));
        CHECK(contactOrder(repo, q, false, 2) == split(e.ascending));
        CHECK(contactOrder(repo, q, true, 2) == split(e.descending));
        CHECK(contactOrder(repo, q, true, 3) == split(e.descending));
    }

    // The order holds within a search, and a count is unaffected by it
    ContactQuery acmePeople;
    acmePeople.companyId = *acmeId;
    acmePeople.sort = Sort::Email;
    CHECK(contactOrder(repo, acmePeople, true, 1) == split("Dahl Berg"));
    ContactQuery searched;
    searched.text = QStringLiteral("Corsi");
    searched.sort = Sort::Company;
    CHECK(contactOrder(repo, searched, false, 1) == split("Corsi"));

    // The trash lists in the same orders
    ContactQuery trash;
    trash.trashed = true;
    trash.sort = Sort::Phone;
    CHECK(contactOrder(repo, trash, false, 1) == split("Trashed"));

    // A position from another order is refused, not misread
    ContactQuery byCity;
    byCity.sort = Sort::City;
    PageRequest wrong;
    wrong.after = {QStringLiteral("Berlin"), 1};
    CHECK_FALSE(repo.list(byCity, wrong).ok());
    wrong.after = {7, QStringLiteral("Berlin"), 1};
    CHECK_FALSE(repo.list(byCity, wrong).ok());
}

TEST_CASE("The company list sorts by every column in SQL, empty values last", "[companies][sort]")
{
    TestDatabase t;
    Session s = t.session();
    const CompanyRepository repo(s);
    const ContactRepository contacts(s);
    auto company = [](const char *name, const char *industry, const char *city,
                      const char *country, const char *phone, const char *website) {
        Company c;
        c.name = QLatin1String(name);
        c.industry = QLatin1String(industry);
        c.address.city = QLatin1String(city);
        c.address.country = QLatin1String(country);
        c.phone = QLatin1String(phone);
        c.website = QLatin1String(website);
        return c;
    };
    const Company list[] = {
        company("Acme", "Retail", "Oslo", "NO", "+47 22 00 00 00", "https://www.acme.example/"),
        company("Borealis", "", "Bergen", "", "", ""),
        company("Cobalt", "Mining", "", "CL", "+56 2 2000 0000", "http://cobalt.example"),
        company("Delta", "Logistics", "Aarhus", "DK", "", "Delta.example"),
    };
    QList<qint64> ids;
    for (const Company &c : list) {
        auto id = repo.create(c);
        require(id);
        ids << *id;
    }
    // People: Cobalt 3, Acme 1, Borealis and Delta none
    for (int i = 0; i < 4; ++i) {
        Contact c;
        c.firstName = QStringLiteral("P%1").arg(i);
        c.companyId = i == 0 ? ids.at(0) : ids.at(2);
        require(contacts.create(c));
    }

    using Sort = CompanyQuery::Sort;
    struct Expected
    {
        Sort sort;
        const char *ascending;
        const char *descending;
    };
    const Expected expected[] = {
        {Sort::Name, "Acme Borealis Cobalt Delta", "Delta Cobalt Borealis Acme"},
        {Sort::Industry, "Delta Cobalt Acme Borealis", "Acme Cobalt Delta Borealis"},
        {Sort::City, "Delta Borealis Acme Cobalt", "Acme Borealis Delta Cobalt"},
        {Sort::Country, "Cobalt Delta Acme Borealis", "Acme Delta Cobalt Borealis"},
        {Sort::Phone, "Acme Cobalt Borealis Delta", "Cobalt Acme Delta Borealis"},
        // Websites as the list shows them ("acme.example"), not as stored ("https://www...")
        {Sort::Website, "Acme Cobalt Delta Borealis", "Delta Cobalt Acme Borealis"},
        {Sort::People, "Borealis Delta Acme Cobalt", "Cobalt Acme Delta Borealis"},
    };
    for (const Expected &e : expected) {
        INFO("sort " << int(e.sort));
        CompanyQuery q;
        q.sort = e.sort;
        CHECK(companyOrder(repo, q, false, 200) == split(e.ascending));
        CHECK(companyOrder(repo, q, true, 200) == split(e.descending));
        CHECK(companyOrder(repo, q, false, 1) == split(e.ascending));
        CHECK(companyOrder(repo, q, true, 2) == split(e.descending));
    }
}
