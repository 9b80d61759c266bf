// Products and deal line items: the items' total is the deal's amount.
#include "funnel_support.h"
#include "test_database.h"

#include "funnel/product_repository.h"
#include "repo/deal_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

TEST_CASE("Line items drive a deal's amount, recomputed with every change", "[products]")
{
    // Given a catalogue with a licence at 120.00 EUR and a dollar-priced add-on
    TestDatabase t;
    Session s = t.session();
    ProductRepository products(s);
    DealRepository deals(s);
    Product licence {0,     QStringLiteral("Licence"), QStringLiteral("LIC-1"),
                     12000, QStringLiteral("EUR"),     true};
    const qint64 licenceId = *products.create(licence);
    const qint64 addOnId = *products.create(
        Product {0, QStringLiteral("Add-on"), {}, 5000, QStringLiteral("USD"), true});
    // A second product with the same SKU is refused
    auto clash = products.create(Product {0, QStringLiteral("Copy"), QStringLiteral("LIC-1"), 1,
                                          QStringLiteral("EUR"), true});
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().kind == Error::Kind::Conflict);

    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 dealId = addDeal(s, QStringLiteral("Licences"), lead, 777);

    // When 3 licences at 10 % off and a free-text service line are added
    DealItem three {0, dealId, licenceId, {}, 3, -1, 10, 0};
    auto first = products.addItem(three);
    REQUIRE(first.ok());
    CHECK(deals.get(dealId)->amountMinor == 32400); // 3 x 120.00 less 10 %
    const qint64 service
        = *products.addItem(DealItem {0, dealId, 0, QStringLiteral("Setup"), 1.5, 3333, 0, 0});
    // 1.5 x 33.33 = 49.995 -> 50.00 (half away from zero)
    CHECK(deals.get(dealId)->amountMinor == 32400 + 5000);

    auto items = products.items(dealId);
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).name == QStringLiteral("Licence"));
    CHECK(items->at(0).unitPriceMinor == 12000);

    // Then editing the deal by hand cannot override the items' total
    Deal edited = *deals.get(dealId);
    edited.amountMinor = 1;
    REQUIRE(deals.update(edited).ok());
    CHECK(deals.get(dealId)->amountMinor == 37400);
    edited.currency = QStringLiteral("USD");
    CHECK_FALSE(deals.update(edited).ok());

    // A dollar product without a euro price is refused; with an explicit price it is fine
    auto mixed = products.addItem(DealItem {0, dealId, addOnId, {}, 1, -1, 0, 0});
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().message.contains(QStringLiteral("USD")));
    CHECK(deals.get(dealId)->amountMinor == 37400);

    DealItem changed = items->at(0);
    changed.quantity = 1;
    changed.discountPct = 0;
    REQUIRE(products.updateItem(changed).ok());
    CHECK(deals.get(dealId)->amountMinor == 12000 + 5000);
    REQUIRE(products.removeItem(service).ok());
    CHECK(deals.get(dealId)->amountMinor == 12000);

    // Bad lines are refused with the reason
    CHECK_FALSE(products.addItem(DealItem {0, dealId, 0, {}, 1, 100, 0, 0}).ok());
    CHECK_FALSE(products.addItem(DealItem {0, dealId, licenceId, {}, -1, -1, 0, 0}).ok());
    CHECK_FALSE(products.addItem(DealItem {0, dealId, licenceId, {}, 1, -1, 120, 0}).ok());
    CHECK_FALSE(products.addItem(DealItem {0, 999999, licenceId, {}, 1, -1, 0, 0}).ok());
    CHECK(products.items(dealId)->size() == 1);
}

TEST_CASE("The product catalogue pages by name and hides inactive products on request",
          "[products]")
{
    TestDatabase t;
    Session s = t.session();
    ProductRepository products(s);
    for (int i = 0; i < 5; ++i) {
        products.create(Product {
            0, QStringLiteral("Product %1").arg(i), {}, 100 * i, QStringLiteral("EUR"), i != 2});
    }
    PageRequest page;
    page.limit = 3;
    auto p1 = products.list(false, page);
    REQUIRE(p1.ok());
    CHECK(p1->items.size() == 3);
    CHECK(p1->hasMore);
    page.after = p1->nextAfter;
    CHECK(products.list(false, page)->items.size() == 2);
    CHECK(products.list(true)->items.size() == 4);
    Product p = *products.get(p1->items.first().id);
    p.unitPriceMinor = -5;
    CHECK_FALSE(products.update(p).ok());
    REQUIRE(products.moveToTrash(p.id).ok());
    CHECK_FALSE(products.get(p.id).ok());
}
