// Custom fields as list columns: values read with each page, sorting by one in SQL (numbers
// as numbers, empty values last), keyset paging across pages; both back ends.
#include "test_database.h"

#include "customfields/custom_field_repository.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

qint64 addField(const Session &s, const QString &entity, const QString &name,
                CustomField::Kind kind)
{
    CustomField f;
    f.entity = entity;
    f.name = name;
    f.kind = kind;
    auto id = CustomFieldRepository(s).addField(f);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

// Every page of the list, `limit` rows at a time, as "last name" strings.
QStringList allNames(const ContactRepository &repo, const ContactQuery &q, int limit)
{
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

} // namespace

TEST_CASE("Contact lists carry custom-field values and sort by them in SQL", "[customfields]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    CustomFieldRepository fields(s);
    const qint64 budget = addField(s, QStringLiteral("contact"), QStringLiteral("Budget"),
                                   CustomField::Kind::Number);
    const qint64 region = addField(s, QStringLiteral("contact"), QStringLiteral("Region"),
                                   CustomField::Kind::Text);
    const qint64 tier = addField(s, QStringLiteral("company"), QStringLiteral("Tier"),
                                 CustomField::Kind::Text);
    // Budgets that sort differently as text ("100" < "9") and as numbers; one without
    struct P
    {
        const char *last;
        const char *budget;
        const char *region;
    };
    const P people[] = {{"Aalto", "100", "North"},
                        {"Berg", "9", "South"},
                        {"Corsi", "", "East"},
                        {"Dahl", "25.5", ""},
                        {"Eklund", "-3", "North"}};
    for (const P &p : people) {
        Contact c;
        c.firstName = QStringLiteral("X");
        c.lastName = QLatin1String(p.last);
        const qint64 id = *repo.create(c);
        QMap<qint64, QString> values;
        values.insert(budget, QLatin1String(p.budget));
        values.insert(region, QLatin1String(p.region));
        auto st = fields.setValues(QStringLiteral("contact"), id, values);
        INFO((st ? QString() : st.error().toString()).toStdString());
        REQUIRE(st.ok());
    }

    // The values come with each row, "" where none is set
    ContactQuery q;
    q.custom.fieldIds = {region, budget};
    auto page = repo.list(q);
    REQUIRE(page.ok());
    REQUIRE(page->items.size() == 5);
    CHECK(page->items.at(0).lastName == QStringLiteral("Aalto"));
    CHECK(page->items.at(0).customColumns.value(region) == QStringLiteral("North"));
    CHECK(page->items.at(0).customColumns.value(budget) == QStringLiteral("100"));
    CHECK(page->items.at(2).customColumns.value(budget).isEmpty());
    CHECK(page->items.at(3).customColumns.value(region).isEmpty());

    // Sorted by the number field: as numbers, the empty one last; the same across pages
    q.custom.sortFieldId = budget;
    const QStringList ascending {QStringLiteral("Eklund"), QStringLiteral("Berg"),
                                 QStringLiteral("Dahl"), QStringLiteral("Aalto"),
                                 QStringLiteral("Corsi")};
    CHECK(allNames(repo, q, 200) == ascending);
    CHECK(allNames(repo, q, 2) == ascending);
    q.descending = true;
    // Descending reverses the values; the empty one stays last
    QStringList descending = ascending.mid(0, 4);
    std::reverse(descending.begin(), descending.end());
    descending << QStringLiteral("Corsi");
    CHECK(allNames(repo, q, 2) == descending);

    // By the text field, with the search still narrowing
    q.descending = false;
    q.custom.sortFieldId = region;
    CHECK(allNames(repo, q, 2)
          == QStringList({QStringLiteral("Corsi"), QStringLiteral("Aalto"),
                          QStringLiteral("Eklund"), QStringLiteral("Berg"),
                          QStringLiteral("Dahl")}));
    q.text = QStringLiteral("Berg");
    CHECK(allNames(repo, q, 2) == QStringList {QStringLiteral("Berg")});

    // A company field is not a contact column
    ContactQuery wrong;
    wrong.custom.fieldIds = {tier};
    CHECK_FALSE(repo.list(wrong).ok());

    // A field deleted while a list shows it and sorts by it: the list still reads, the
    // column is empty and the list's own order (by name) comes back
    REQUIRE(fields.removeField(budget).ok());
    q.text.clear();
    q.custom.fieldIds = {budget, region};
    q.custom.sortFieldId = budget;
    auto after = repo.list(q);
    INFO((after ? QString() : after.error().toString()).toStdString());
    REQUIRE(after.ok());
    REQUIRE(after->items.size() == 5);
    CHECK(after->items.at(0).lastName == QStringLiteral("Aalto"));
    CHECK(after->items.at(0).customColumns.value(budget).isEmpty());
    CHECK(after->items.at(0).customColumns.value(region) == QStringLiteral("North"));
    CHECK(allNames(repo, q, 2).size() == 5);
    ContactQuery unknown;
    unknown.custom.sortFieldId = 987654;
    CHECK(repo.list(unknown).ok());
}

TEST_CASE("Company lists carry custom-field values and sort by them", "[customfields]")
{
    TestDatabase t;
    Session s = t.session();
    CompanyRepository repo(s);
    CustomFieldRepository fields(s);
    const qint64 since = addField(s, QStringLiteral("company"), QStringLiteral("Client since"),
                                  CustomField::Kind::Date);
    const char *names[] = {"Acme", "Borealis", "Cobalt"};
    const char *dates[] = {"2024-05-01", "", "2019-11-30"};
    for (int i = 0; i < 3; ++i) {
        Company c;
        c.name = QLatin1String(names[i]);
        const qint64 id = *repo.create(c);
        REQUIRE(fields.setValues(QStringLiteral("company"), id,
                                 {{since, QLatin1String(dates[i])}})
                    .ok());
    }
    CompanyQuery q;
    q.custom.fieldIds = {since};
    q.custom.sortFieldId = since;
    auto page = repo.list(q);
    REQUIRE(page.ok());
    REQUIRE(page->items.size() == 3);
    CHECK(page->items.at(0).name == QStringLiteral("Cobalt"));
    CHECK(page->items.at(0).customColumns.value(since) == QStringLiteral("2019-11-30"));
    CHECK(page->items.at(1).name == QStringLiteral("Acme"));
    CHECK(page->items.at(2).name == QStringLiteral("Borealis"));
    CHECK(page->items.at(2).customColumns.value(since).isEmpty());
}
