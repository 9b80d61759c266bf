// Sales plans: create, update, delete, refused bad input, audit rows. Both back ends.
#include "report_fixture.h"
#include "test_database.h"

#include "repo/pipeline_repository.h"
#include "reports/report_engine.h"
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

TEST_CASE("sales plans: a quarter or a year spreads evenly over its months", "[reports][plans]")
{
    SalesPlan quarter;
    quarter.userId = 1;
    quarter.periodStart = QDate(2026, 4, 1);
    quarter.periodEnd = QDate(2026, 6, 30);
    quarter.amountMinor = 1000000; // 10,000.00
    auto months = SalesPlanRepository::spreadOverMonths(quarter);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 3);
    CHECK(months->at(0).periodStart == QDate(2026, 4, 1));
    CHECK(months->at(0).periodEnd == QDate(2026, 4, 30));
    CHECK(months->at(2).periodEnd == QDate(2026, 6, 30));
    // Cents do not divide by three: the last month takes the remainder.
    CHECK(months->at(0).amountMinor == 333333);
    CHECK(months->at(1).amountMinor == 333333);
    CHECK(months->at(2).amountMinor == 333334);

    SalesPlan year = quarter;
    year.periodStart = QDate(2026, 1, 1);
    year.periodEnd = QDate(2026, 12, 31);
    year.amountMinor = 100000;
    auto twelve = SalesPlanRepository::spreadOverMonths(year);
    REQUIRE(twelve.ok());
    REQUIRE(twelve->size() == 12);
    qint64 sum = 0;
    for (const SalesPlan &m : std::as_const(*twelve))
        sum += m.amountMinor;
    CHECK(sum == 100000);
    CHECK(twelve->first().amountMinor == 8333);
    CHECK(twelve->last().amountMinor == 8337);
    CHECK(twelve->at(1).periodEnd == QDate(2026, 2, 28));

    // A period that is not whole months is refused, saying which end is wrong.
    SalesPlan odd = quarter;
    odd.periodStart = QDate(2026, 4, 15);
    auto refused = SalesPlanRepository::spreadOverMonths(odd);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("1st of a month")));
    odd.periodStart = QDate(2026, 4, 1);
    odd.periodEnd = QDate(2026, 6, 29);
    CHECK(SalesPlanRepository::spreadOverMonths(odd).error().message.contains(QStringLiteral("last day")));
}

TEST_CASE("sales plans: monthly plans of a quarter add up in plan vs fact and the forecast",
          "[reports][plans]")
{
    TestDatabase db;
    const Session s = db.session();
    const qint64 carl = insertUser(s, QStringLiteral("carl"), QStringLiteral("Carl"));
    SalesPlanRepository plans(s);
    SalesPlan quarter;
    quarter.userId = carl;
    quarter.periodStart = QDate(2026, 4, 1);
    quarter.periodEnd = QDate(2026, 6, 30);
    quarter.amountMinor = 1000000;
    auto months = SalesPlanRepository::spreadOverMonths(quarter);
    REQUIRE(months.ok());
    auto ids = plans.saveAll(*months);
    INFO((ids ? QString() : ids.error().toString()).toStdString());
    REQUIRE(ids.ok());
    CHECK(ids->size() == 3);

    // All or nothing: May exists, so a second spread of the quarter saves no month at all.
    auto again = plans.saveAll(*months);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    CHECK(plans.list()->size() == 3);

    // Carl wins 3,000.00 on 10 May.
    auto pipeline = PipelineRepository(s).list();
    REQUIRE(pipeline.ok());
    qint64 lead = 0, won = 0;
    for (const Stage &st : pipeline->first().stages) {
        if (st.kind == Stage::Kind::Won)
            won = st.id;
        else if (!lead && st.kind == Stage::Kind::Open)
            lead = st.id;
    }
    DealSpec d = spec(QStringLiteral("Carl's May deal"), carl, QStringLiteral("website"), 300000);
    d.path = {{lead, at(QDate(2026, 4, 20))}, {won, at(QDate(2026, 5, 10))}};
    insertDeal(s, d);

    ReportFilter filter;
    filter.from = QDate(2026, 4, 1);
    filter.to = QDate(2026, 6, 30);
    filter.currency = QStringLiteral("EUR");
    auto pf = ReportEngine(s).run(QStringLiteral("plan_fact"), filter);
    REQUIRE(pf.ok());
    REQUIRE(pf->rows.size() == 3);
    CHECK(pf->value(0, QStringLiteral("plan")).toLongLong() == 333333);
    CHECK(pf->value(1, QStringLiteral("fact")).toLongLong() == 300000);
    CHECK(pf->value(0, QStringLiteral("fact")).toLongLong() == 0);
    CHECK(pf->value(2, QStringLiteral("plan")).toLongLong() == 333334);
    CHECK(pf->figure(QStringLiteral("plan"))->value.toLongLong() == 1000000);
    CHECK(pf->figure(QStringLiteral("fact"))->value.toLongLong() == 300000);
    CHECK(pf->figure(QStringLiteral("achieved"))->value.toDouble() == Approx(30.0));

    // The forecast compares each month with that month's share, not the whole quarter in April.
    auto fc = ReportEngine(s).run(QStringLiteral("forecast"), filter);
    REQUIRE(fc.ok());
    REQUIRE(fc->rows.size() == 3);
    CHECK(fc->value(0, QStringLiteral("plan")).toLongLong() == 333333);
    CHECK(fc->value(1, QStringLiteral("plan")).toLongLong() == 333333);
    CHECK(fc->value(2, QStringLiteral("plan")).toLongLong() == 333334);
    CHECK(fc->figure(QStringLiteral("plan"))->value.toLongLong() == 1000000);
}

TEST_CASE("sales plans: a deleted plan is restored under its old id", "[reports][plans]")
{
    TestDatabase db;
    const Session s = db.session();
    const qint64 anna = insertUser(s, QStringLiteral("anna"), QStringLiteral("Anna"));
    SalesPlanRepository plans(s);
    SalesPlan p;
    p.userId = anna;
    p.periodStart = QDate(2026, 5, 1);
    p.periodEnd = QDate(2026, 5, 31);
    p.amountMinor = 4200;
    auto id = plans.save(p);
    REQUIRE(id.ok());
    p.id = *id;
    REQUIRE(plans.remove(p.id).ok());
    REQUIRE(plans.restore(p).ok());
    auto all = plans.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().id == p.id);
    CHECK(all->first().amountMinor == 4200);
    // Restoring twice clashes with itself; new plans still get fresh ids afterwards.
    CHECK_FALSE(plans.restore(p).ok());
    SalesPlan june = p;
    june.id = 0;
    june.periodStart = QDate(2026, 6, 1);
    june.periodEnd = QDate(2026, 6, 30);
    auto next = plans.save(june);
    INFO((next ? QString() : next.error().toString()).toStdString());
    REQUIRE(next.ok());
    CHECK(*next != p.id);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sales_plan'"
                                     " AND action = 'restore'"))
          == 1);
}
