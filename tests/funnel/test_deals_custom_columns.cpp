// Custom fields of deals as columns of the deal list: values read with each page, sorting by
// one in SQL (numbers as numbers, empty values last), keyset paging across pages, the
// list's filters still applying; both back ends.
#include "funnel_support.h"
#include "test_database.h"

#include "customfields/custom_field_repository.h"
#include "repo/deal_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

namespace {

qint64 addDealField(const Session &s, const QString &name, CustomField::Kind kind,
                    const QString &entity = QStringLiteral("deal"))
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

QStringList allTitles(const DealRepository &repo, const DealQuery &q, int limit)
{
    QStringList titles;
    PageRequest page;
    page.limit = limit;
    for (int guard = 0; guard < 100; ++guard) {
        auto p = repo.list(q, page);
        INFO((p ? QString() : p.error().toString()).toStdString());
        REQUIRE(p.ok());
        for (const Deal &d : p->items)
            titles << d.title;
        if (!p->hasMore)
            break;
        page.after = p->nextAfter;
    }
    return titles;
}

} // namespace

TEST_CASE("Deal lists carry custom-field values and sort by them in SQL", "[customfields][deals list]")
{
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 won = stageNamed(sales, QStringLiteral("Won")).id;
    const qint64 seats = addDealField(s, QStringLiteral("Seats"), CustomField::Kind::Number);
    const qint64 region = addDealField(s, QStringLiteral("Region"), CustomField::Kind::Text);
    const qint64 contactField = addDealField(s, QStringLiteral("Hobby"), CustomField::Kind::Text,
                                             QStringLiteral("contact"));
    // Seats that sort differently as text ("100" < "9") and as numbers; one without.
    struct D
    {
        const char *title;
        const char *seats;
        const char *region;
        bool won;
    };
    const D deals[] = {{"Aalto rollout", "100", "North", false},
                       {"Berg pilot", "9", "South", false},
                       {"Corsi renewal", "", "East", false},
                       {"Dahl upgrade", "25.5", "", false},
                       {"Eklund expansion", "-3", "North", true}};
    CustomFieldRepository fields(s);
    for (const D &d : deals) {
        const qint64 id = addDeal(s, QLatin1String(d.title), d.won ? won : lead, 1000);
        QMap<qint64, QString> values;
        values.insert(seats, QLatin1String(d.seats));
        values.insert(region, QLatin1String(d.region));
        auto st = fields.setValues(QStringLiteral("deal"), id, values);
        INFO((st ? QString() : st.error().toString()).toStdString());
        REQUIRE(st.ok());
    }
    DealRepository repo(s);

    // The values come with each row, "" where none is set.
    DealQuery q;
    q.sort = DealQuery::Sort::Title;
    q.custom.fieldIds = {region, seats};
    auto page = repo.list(q);
    REQUIRE(page.ok());
    REQUIRE(page->items.size() == 5);
    CHECK(page->items.at(0).title == QStringLiteral("Aalto rollout"));
    CHECK(page->items.at(0).customColumns.value(region) == QStringLiteral("North"));
    CHECK(page->items.at(0).customColumns.value(seats) == QStringLiteral("100"));
    CHECK(page->items.at(2).customColumns.value(seats).isEmpty());
    CHECK(page->items.at(3).customColumns.value(region).isEmpty());

    // Sorted by the number field: as numbers, the empty one last; the same across pages.
    q.custom.sortFieldId = seats;
    const QStringList ascending{QStringLiteral("Eklund expansion"), QStringLiteral("Berg pilot"),
                                QStringLiteral("Dahl upgrade"), QStringLiteral("Aalto rollout"),
                                QStringLiteral("Corsi renewal")};
    CHECK(allTitles(repo, q, 200) == ascending);
    CHECK(allTitles(repo, q, 2) == ascending);
    // Descending keeps the deal without a value last, as every list does.
    q.descending = true;
    const QStringList descending{QStringLiteral("Aalto rollout"), QStringLiteral("Dahl upgrade"),
                                 QStringLiteral("Berg pilot"), QStringLiteral("Eklund expansion"),
                                 QStringLiteral("Corsi renewal")};
    CHECK(allTitles(repo, q, 2) == descending);

    // By the text field, the status filter still narrowing (the won deal is not open).
    q.descending = false;
    q.custom.sortFieldId = region;
    q.status = QStringLiteral("open");
    CHECK(allTitles(repo, q, 2)
          == QStringList({QStringLiteral("Corsi renewal"), QStringLiteral("Aalto rollout"),
                          QStringLiteral("Berg pilot"), QStringLiteral("Dahl upgrade")}));
    CHECK(repo.count(q).value() == 4);

    // A contact's field is not a deal column.
    DealQuery wrong;
    wrong.custom.fieldIds = {contactField};
    auto refused = repo.list(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Hobby")));
    // One deleted since the list chose it (or unknown) reads as empty and leaves the
    // list's own order, rather than breaking the list.
    wrong.custom.fieldIds = {};
    wrong.custom.sortFieldId = 987654;
    auto gone = repo.list(wrong);
    REQUIRE(gone.ok());
    CHECK(gone->items.size() == 5); // every deal, won or open, in the default order
}
