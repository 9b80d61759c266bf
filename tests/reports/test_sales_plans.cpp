// Sales plans: create, update, delete, refused bad input, audit rows. Both back ends.
#include "report_fixture.h"
#include "test_database.h"

#include "reports/sales_plans.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

TEST_CASE("sales plans: add, list, change and delete, each audited", "[reports][plans]")
{
    TestDatabase db;
    const Session s = db.session();
    const qint64 anna = insertUser(s, QStringLiteral("anna"), QStringLiteral("Anna"));
    SalesPlanRepository plans(s);

    SalesPlan p;
    p.userId = anna;
    p.periodStart = QDate(2026, 3, 1);
    p.periodEnd = QDate(2026, 3, 31);
    p.amountMinor = 500000;
    p.currency = QStringLiteral("EUR");
    auto id = plans.save(p);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());

    auto march = plans.list(QDate(2026, 3, 10), QDate(2026, 3, 20));
    REQUIRE(march.ok());
    REQUIRE(march->size() == 1);
    CHECK(march->first().userName == QStringLiteral("Anna"));
    CHECK(march->first().amountMinor == 500000);
    CHECK(march->first().periodEnd == QDate(2026, 3, 31));
    CHECK(plans.list(QDate(2026, 4, 1), QDate(2026, 4, 30))->isEmpty());

    p.id = *id;
    p.amountMinor = 650000;
    REQUIRE(plans.save(p).ok());
    CHECK(plans.list()->first().amountMinor == 650000);

    // The same manager, period and currency twice is refused.
    SalesPlan twin = p;
    twin.id = 0;
    auto clash = plans.save(twin);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().kind == Error::Kind::Conflict);

    REQUIRE(plans.remove(*id).ok());
    CHECK(plans.list()->isEmpty());
    CHECK(plans.remove(*id).error().kind == Error::Kind::NotFound);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sales_plan'")) == 3);
}

TEST_CASE("sales plans: bad input is explained, nothing is saved", "[reports][plans]")
{
    TestDatabase db;
    const Session s = db.session();
    const qint64 anna = insertUser(s, QStringLiteral("anna"), QStringLiteral("Anna"));
    SalesPlanRepository plans(s);
    SalesPlan p;
    p.userId = anna;
    p.periodStart = QDate(2026, 3, 31);
    p.periodEnd = QDate(2026, 3, 1);
    p.amountMinor = 100;
    auto backwards = plans.save(p);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().message.contains(QStringLiteral("ends before it starts")));
    p.periodEnd = QDate(2026, 4, 30);
    p.currency = QStringLiteral("euro");
    CHECK(plans.save(p).error().kind == Error::Kind::Invalid);
    p.currency = QStringLiteral("EUR");
    p.amountMinor = -1;
    CHECK(plans.save(p).error().kind == Error::Kind::Invalid);
    p.amountMinor = 1;
    p.userId = 0;
    CHECK(plans.save(p).error().kind == Error::Kind::Invalid);
    CHECK(plans.list()->isEmpty());
}
