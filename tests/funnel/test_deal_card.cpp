// What the deal card saves: people with roles, line items driving the amount, one snapshot
// per edit (and per undo), the deal's own timeline. On SQLite and PostgreSQL.
#include "funnel_support.h"
#include "test_database.h"

#include "activities/activity_repository.h"
#include "funnel/deal_snapshot.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "timeline/timeline_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

namespace {

qint64 addPerson(const Session &s, const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    auto id = ContactRepository(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 auditRows(const Session &s, qint64 dealId)
{
    auto page = TimelineRepository(s).forDeal(dealId, PageRequest {500, {}});
    REQUIRE(page.ok());
    qint64 n = 0;
    for (const TimelineEntry &e : page->items)
        n += e.kind == QLatin1String("change") ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("A deal's people keep their roles; the first is the main contact", "[deal card]")
{
    // Given a deal and two people
    TestDatabase t;
    Session s = t.session();
    DealRepository deals(s);
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Fleet renewal"), lead, 100000);
    const qint64 anna = addPerson(s, QStringLiteral("Anna"), QStringLiteral("Virtanen"));
    const qint64 juma = addPerson(s, QStringLiteral("Juma"), QStringLiteral("Mwangi"));

    // When both are set, the buyer first
    REQUIRE(deals.setContacts(deal, {{juma, {}, QStringLiteral("Buyer")},
                                     {anna, {}, QStringLiteral("Decision maker")}})
                .ok());

    // Then they read back in that order with names and roles, and Juma is the main contact
    auto people = deals.contacts(deal);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 2);
    CHECK(people->at(0).contactId == juma);
    CHECK(people->at(0).name == QStringLiteral("Juma Mwangi"));
    CHECK(people->at(0).role == QStringLiteral("Buyer"));
    CHECK(people->at(1).role == QStringLiteral("Decision maker"));
    CHECK(deals.get(deal)->contactId == juma);

    // A person listed twice is refused and nothing changes
    auto twice = deals.setContacts(deal, {{anna, QStringLiteral("Anna"), {}},
                                          {anna, QStringLiteral("Anna"), {}}});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("twice")));
    CHECK(deals.contacts(deal)->size() == 2);

    // Clearing the list leaves no main contact
    REQUIRE(deals.setContacts(deal, {}).ok());
    CHECK(deals.contacts(deal)->isEmpty());
    CHECK(deals.get(deal)->contactId == 0);
}

TEST_CASE("Saving a deal snapshot: items set the amount, undo restores items and amount",
          "[deal card][products]")
{
    // Given a deal of 500.00 EUR typed by hand and a catalogue product at 120.00 EUR
    TestDatabase t;
    Session s = t.session();
    DealRepository deals(s);
    ProductRepository products(s);
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Licences"), lead, 50000);
    const qint64 licence = *products.create(
        Product {0, QStringLiteral("Licence"), QStringLiteral("LIC"), 12000,
                 QStringLiteral("EUR"), true});
    const qint64 anna = addPerson(s, QStringLiteral("Anna"), QStringLiteral("Virtanen"));
    auto before = loadDealSnapshot(s, deal);
    REQUIRE(before.ok());
    CHECK(before->items.isEmpty());
    const qint64 changesBefore = auditRows(s, deal);

    // When the card saves a new title, 70 % probability, a person and two lines
    DealSnapshot edited = *before;
    edited.deal.title = QStringLiteral("Licences for 2027");
    edited.deal.probability = 70;
    edited.deal.amountMinor = 1; // ignored: the items decide
    edited.contacts = {{anna, {}, QStringLiteral("Champion")}};
    edited.items = {DealItem {0, deal, licence, QStringLiteral("Licence"), 3, 12000, 10, 0},
                    DealItem {0, deal, 0, QStringLiteral("Onboarding day"), 1, 80000, 0, 0}};
    REQUIRE(saveDealSnapshot(s, edited).ok());

    // Then the amount is the items' total: 3 x 120.00 less 10 % + 800.00 = 1,124.00
    auto after = loadDealSnapshot(s, deal);
    REQUIRE(after.ok());
    CHECK(after->deal.amountMinor == 32400 + 80000);
    CHECK(after->deal.title == QStringLiteral("Licences for 2027"));
    CHECK(after->deal.probability == 70);
    CHECK(after->deal.contactId == anna);
    REQUIRE(after->items.size() == 2);
    CHECK(after->items.at(1).name == QStringLiteral("Onboarding day"));
    CHECK(after->itemsTotalMinor() == after->deal.amountMinor);
    // and the change is in the deal's audit trail
    CHECK(auditRows(s, deal) > changesBefore);

    // When the edit is undone (the snapshot from before is saved)
    REQUIRE(saveDealSnapshot(s, *before).ok());

    // Then the items are gone and the typed amount is back, with no contact
    auto undone = loadDealSnapshot(s, deal);
    REQUIRE(undone.ok());
    CHECK(undone->items.isEmpty());
    CHECK(undone->deal.amountMinor == 50000);
    CHECK(undone->deal.title == QStringLiteral("Licences"));
    CHECK(undone->deal.probability == -1);
    CHECK(undone->contacts.isEmpty());

    // Redo (the edited snapshot again) brings the items and their total back
    REQUIRE(saveDealSnapshot(s, *after).ok());
    CHECK(deals.get(deal)->amountMinor == 112400);
    CHECK(products.items(deal)->size() == 2);
}

TEST_CASE("A deal snapshot may change the currency together with its items", "[deal card]")
{
    // Given a EUR deal with one item
    TestDatabase t;
    Session s = t.session();
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Export order"), lead, 0);
    DealSnapshot snap = *loadDealSnapshot(s, deal);
    snap.items = {DealItem {0, deal, 0, QStringLiteral("Crates"), 10, 1500, 0, 0}};
    REQUIRE(saveDealSnapshot(s, snap).ok());
    CHECK(DealRepository(s).get(deal)->amountMinor == 15000);

    // When the card switches to USD and reprices the line in the same save
    DealSnapshot usd = *loadDealSnapshot(s, deal);
    usd.deal.currency = QStringLiteral("USD");
    usd.items.first().unitPriceMinor = 1700;
    REQUIRE(saveDealSnapshot(s, usd).ok());

    // Then the deal is in USD at the new total
    auto stored = DealRepository(s).get(deal);
    CHECK(stored->currency == QStringLiteral("USD"));
    CHECK(stored->amountMinor == 17000);

    // A bad line is refused and nothing of the save is written
    DealSnapshot bad = *loadDealSnapshot(s, deal);
    bad.deal.title = QStringLiteral("Renamed");
    bad.items.first().discountPct = 150;
    auto st = saveDealSnapshot(s, bad);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(QStringLiteral("discount")));
    CHECK(DealRepository(s).get(deal)->title == QStringLiteral("Export order"));
    CHECK(ProductRepository(s).items(deal)->first().discountPct == 0);
}

TEST_CASE("A deal's timeline shows its activities and stage moves", "[deal card][timeline]")
{
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 qualified = stageNamed(sales, QStringLiteral("Qualified")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Pilot"), lead, 1000);
    const qint64 other = addDeal(s, QStringLiteral("Other"), lead, 1000);
    Activity call;
    call.kind = QStringLiteral("call");
    call.subject = QStringLiteral("Pricing call");
    call.dealId = deal;
    REQUIRE(ActivityRepository(s).log(call).ok());
    call.subject = QStringLiteral("Not this deal");
    call.dealId = other;
    REQUIRE(ActivityRepository(s).log(call).ok());
    REQUIRE(DealRepository(s).moveToStage(deal, qualified).ok());

    auto page = TimelineRepository(s).forDeal(deal);
    REQUIRE(page.ok());
    QStringList kinds, titles;
    for (const TimelineEntry &e : page->items) {
        kinds << e.kind;
        titles << e.title;
    }
    CHECK(kinds.contains(QStringLiteral("stage")));
    CHECK(titles.contains(QStringLiteral("Pricing call")));
    CHECK_FALSE(titles.contains(QStringLiteral("Not this deal")));
    CHECK(*TimelineRepository(s).countForDeal(deal) == page->items.size());
}
