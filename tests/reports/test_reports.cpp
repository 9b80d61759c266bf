// The report engine against a hand-built January 2026 (report_fixture.cpp tells the story);
// every expected number below is worked out by hand from that story. Runs on both back ends.
#include "report_fixture.h"
#include "test_database.h"

#include "reports/periods.h"
#include "reports/report_engine.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

namespace {

ReportFilter january(const SalesFixture &f)
{
    ReportFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 1, 31);
    filter.currency = QStringLiteral("EUR");
    filter.nowSecs = f.now;
    return filter;
}

ReportTable runReport(const Session &session, const QString &name, const ReportFilter &filter)
{
    auto t = ReportEngine(session).run(name, filter);
    INFO((t ? QString() : t.error().toString()).toStdString());
    REQUIRE(t.ok());
    REQUIRE(t->drills.size() == t->rows.size());
    for (const QVariantList &row : t->rows)
        REQUIRE(row.size() == t->columns.size());
    return *t;
}

int rowWhere(const ReportTable &t, const QString &key, const QVariant &value)
{
    for (int i = 0; i < t.rows.size(); ++i) {
        if (t.value(i, key) == value)
            return i;
    }
    FAIL("no row with " << key.toStdString() << " = " << value.toString().toStdString());
    return -1;
}

double num(const QVariant &v)
{
    REQUIRE_FALSE(v.isNull());
    return v.toDouble();
}

QStringList titles(const ReportTable &deals)
{
    QStringList out;
    for (int i = 0; i < deals.rows.size(); ++i)
        out << deals.value(i, QStringLiteral("title")).toString();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("funnel: deals reaching each stage, conversions, time in stage and cycle", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    const ReportTable t = runReport(f.session, QStringLiteral("funnel"), january(f));

    // Lost stages are not a step of the funnel; won deals reached every open stage.
    REQUIRE(t.rows.size() == 5);
    const QStringList stages{QStringLiteral("Lead in"), QStringLiteral("Qualified"),
                             QStringLiteral("Proposal sent"), QStringLiteral("Negotiation"),
                             QStringLiteral("Won")};
    const QList<qint64> reached{6, 5, 3, 3, 3};
    for (int i = 0; i < 5; ++i) {
        CHECK(t.value(i, QStringLiteral("stage")).toString() == stages[i]);
        CHECK(t.value(i, QStringLiteral("reached")).toLongLong() == reached[i]);
    }
    CHECK(t.value(0, QStringLiteral("conversion_from_previous")).isNull());
    CHECK(num(t.value(1, QStringLiteral("conversion_from_previous"))) == Approx(83.33));
    CHECK(num(t.value(2, QStringLiteral("conversion_from_previous"))) == Approx(60.0));
    CHECK(num(t.value(3, QStringLiteral("conversion_from_previous"))) == Approx(100.0));
    CHECK(num(t.value(2, QStringLiteral("conversion_from_first"))) == Approx(50.0));

    // Completed stays only: Lead in 2, 3, 1, 2, 3 days; Qualified 3, 6, 4; Proposal 4, 4.
    CHECK(num(t.value(0, QStringLiteral("average_days"))) == Approx(2.2));
    CHECK(num(t.value(0, QStringLiteral("median_days"))) == Approx(2.0));
    CHECK(num(t.value(1, QStringLiteral("average_days"))) == Approx(4.33));
    CHECK(num(t.value(1, QStringLiteral("median_days"))) == Approx(4.0));
    CHECK(num(t.value(2, QStringLiteral("median_days"))) == Approx(4.0));
    CHECK(num(t.value(3, QStringLiteral("average_days"))) == Approx(1.0));
    CHECK(t.value(4, QStringLiteral("average_days")).isNull());

    // Deals still in a stage (its stay not over, so not in the averages above), aged at
    // 31 Jan 12:00: D4 in Lead in since 8 Jan (23.5 days), D5 in Qualified since 11 Jan
    // (20.5 days); nobody waits in Proposal sent or Negotiation; Won is not a waiting room.
    CHECK(t.value(0, QStringLiteral("in_stage_now")).toLongLong() == 1);
    CHECK(num(t.value(0, QStringLiteral("average_days_now"))) == Approx(23.5));
    CHECK(t.value(1, QStringLiteral("in_stage_now")).toLongLong() == 1);
    CHECK(num(t.value(1, QStringLiteral("average_days_now"))) == Approx(20.5));
    CHECK(t.value(2, QStringLiteral("in_stage_now")).toLongLong() == 0);
    CHECK(t.value(2, QStringLiteral("average_days_now")).isNull());
    CHECK(t.value(4, QStringLiteral("in_stage_now")).isNull());

    CHECK(t.figure(QStringLiteral("deals"))->value.toLongLong() == 6);
    CHECK(t.figure(QStringLiteral("won"))->value.toLongLong() == 3);
    CHECK(t.figure(QStringLiteral("lost"))->value.toLongLong() == 1);
    CHECK(num(t.figure(QStringLiteral("overall_conversion"))->value) == Approx(50.0));
    // Won deals took 10, 9 and 3 days.
    CHECK(num(t.figure(QStringLiteral("average_cycle_days"))->value) == Approx(7.33));
    CHECK(num(t.figure(QStringLiteral("median_cycle_days"))->value) == Approx(9.0));

    // The deals behind "reached Proposal sent": D1 and D3 went through it, D6 jumped to Won.
    auto behind = ReportEngine(f.session).drill(t.drills.at(2));
    REQUIRE(behind.ok());
    CHECK(titles(*behind) == QStringList{QStringLiteral("D1"), QStringLiteral("D3"), QStringLiteral("D6")});
    CHECK(behind->figure(QStringLiteral("total"))->value.toLongLong() == 3);
}

TEST_CASE("funnel slices: by owner, by source, by product", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportFilter anna = january(f);
    anna.ownerId = f.anna;
    ReportTable t = runReport(f.session, QStringLiteral("funnel"), anna);
    // Anna's January: D1 (won), D2 (lost in Qualified), D5 (open in Qualified).
    CHECK(t.value(0, QStringLiteral("reached")).toLongLong() == 3);
    CHECK(t.value(1, QStringLiteral("reached")).toLongLong() == 3);
    CHECK(t.value(2, QStringLiteral("reached")).toLongLong() == 1);
    CHECK(num(t.figure(QStringLiteral("overall_conversion"))->value) == Approx(33.33));

    ReportFilter phone = january(f);
    phone.source = QStringLiteral("phone");
    t = runReport(f.session, QStringLiteral("funnel"), phone);
    CHECK(t.value(0, QStringLiteral("reached")).toLongLong() == 2);
    CHECK(t.value(4, QStringLiteral("reached")).toLongLong() == 1);

    const qint64 product = scalarOf(f.session, QStringLiteral("INSERT INTO products (name) VALUES ('Licence') RETURNING id"));
    const qint64 d3 = scalarOf(f.session, QStringLiteral("SELECT id FROM deals WHERE title = 'D3'"));
    run(f.session, QStringLiteral("INSERT INTO deal_items (deal_id, product_id, name) VALUES (?, ?, 'Licence')"),
        {d3, product});
    ReportFilter licence = january(f);
    licence.productId = product;
    t = runReport(f.session, QStringLiteral("funnel"), licence);
    CHECK(t.value(0, QStringLiteral("reached")).toLongLong() == 1);
    CHECK(t.value(4, QStringLiteral("reached")).toLongLong() == 1);
}

TEST_CASE("funnel: new vs existing customers", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    // Acme bought in December (won before January), so its January deal is an existing
    // customer's; Globex is new.
    const qint64 acme = insertCompany(f.session, QStringLiteral("Acme"));
    const qint64 globex = insertCompany(f.session, QStringLiteral("Globex"));
    DealSpec old = spec(QStringLiteral("Acme Dec"), f.anna, QString(), 1000);
    old.companyId = acme;
    old.path = {{f.lead, at(QDate(2025, 12, 2))}, {f.won, at(QDate(2025, 12, 20))}};
    insertDeal(f.session, old);
    DealSpec again = spec(QStringLiteral("Acme Jan"), f.anna, QString(), 1000);
    again.companyId = acme;
    again.path = {{f.lead, at(QDate(2026, 1, 12))}};
    insertDeal(f.session, again);
    DealSpec fresh = spec(QStringLiteral("Globex Jan"), f.anna, QString(), 1000);
    fresh.companyId = globex;
    fresh.path = {{f.lead, at(QDate(2026, 1, 12))}};
    insertDeal(f.session, fresh);

    ReportFilter existing = january(f);
    existing.customers = CustomerKind::Existing;
    CHECK(runReport(f.session, QStringLiteral("funnel"), existing).value(0, QStringLiteral("reached")).toLongLong() == 1);
    ReportFilter fresher = january(f);
    fresher.customers = CustomerKind::New;
    // The six fixture deals have no customer, so they count as new, plus Globex.
    CHECK(runReport(f.session, QStringLiteral("funnel"), fresher).value(0, QStringLiteral("reached")).toLongLong() == 7);
}

TEST_CASE("sales dynamics: won per month and per week, next to the period before", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportTable t = runReport(f.session, QStringLiteral("dynamics"), january(f));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.value(0, QStringLiteral("period")).toString() == QStringLiteral("2026-01-01"));
    CHECK(t.value(0, QStringLiteral("won")).toLongLong() == 3); // D1, D3 and the USD deal D6
    CHECK(t.value(0, QStringLiteral("amount")).toLongLong() == 400000); // EUR only: 1,000 + 3,000
    CHECK(t.value(0, QStringLiteral("previous_period")).toString() == QStringLiteral("2025-12-01"));
    CHECK(t.value(0, QStringLiteral("previous_won")).toLongLong() == 1);
    CHECK(t.value(0, QStringLiteral("previous_amount")).toLongLong() == 25000);
    CHECK(num(t.figure(QStringLiteral("change"))->value) == Approx(1500.0));
    CHECK(t.currency == QStringLiteral("EUR"));

    ReportFilter weeks = january(f);
    weeks.group = Grouping::Week;
    t = runReport(f.session, QStringLiteral("dynamics"), weeks);
    REQUIRE(t.rows.size() == 5); // weeks starting Dec 29, Jan 5, 12, 19, 26
    CHECK(t.value(0, QStringLiteral("period")).toString() == QStringLiteral("2025-12-29"));
    const int w = rowWhere(t, QStringLiteral("period"), QStringLiteral("2026-01-12"));
    CHECK(t.value(w, QStringLiteral("won")).toLongLong() == 3);
    CHECK(t.value(w, QStringLiteral("amount")).toLongLong() == 400000);
    // Five weeks earlier: the week of 8 December, when D7 was won.
    CHECK(t.value(w, QStringLiteral("previous_period")).toString() == QStringLiteral("2025-12-08"));
    CHECK(t.value(w, QStringLiteral("previous_amount")).toLongLong() == 25000);
    CHECK(t.value(1, QStringLiteral("won")).toLongLong() == 0);

    ReportFilter days = january(f);
    days.group = Grouping::Day;
    t = runReport(f.session, QStringLiteral("dynamics"), days);
    REQUIRE(t.rows.size() == 31);
    CHECK(t.value(rowWhere(t, QStringLiteral("period"), QStringLiteral("2026-01-16")), QStringLiteral("amount")).toLongLong() == 300000);

    ReportFilter quarter = january(f);
    quarter.group = Grouping::Quarter;
    quarter.from = QDate(2025, 10, 1);
    quarter.to = QDate(2026, 3, 31);
    t = runReport(f.session, QStringLiteral("dynamics"), quarter);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.value(0, QStringLiteral("amount")).toLongLong() == 25000);
    CHECK(t.value(1, QStringLiteral("period")).toString() == QStringLiteral("2026-01-01"));
    CHECK(t.value(1, QStringLiteral("amount")).toLongLong() == 400000);

    auto behind = ReportEngine(f.session).drill(runReport(f.session, QStringLiteral("dynamics"), january(f)).drills.at(0));
    REQUIRE(behind.ok());
    CHECK(titles(*behind) == QStringList{QStringLiteral("D1"), QStringLiteral("D3"), QStringLiteral("D6")});
}

TEST_CASE("won vs lost and lost reasons", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportTable t = runReport(f.session, QStringLiteral("win_rate"), january(f));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.value(0, QStringLiteral("won")).toLongLong() == 3);
    CHECK(t.value(0, QStringLiteral("lost")).toLongLong() == 1);
    CHECK(num(t.value(0, QStringLiteral("win_rate"))) == Approx(75.0));

    t = runReport(f.session, QStringLiteral("lost_reasons"), january(f));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.value(0, QStringLiteral("reason")).toString() == QStringLiteral("Price too high"));
    CHECK(t.value(0, QStringLiteral("lost")).toLongLong() == 1);
    CHECK(num(t.value(0, QStringLiteral("share"))) == Approx(100.0));
    CHECK(t.value(0, QStringLiteral("amount")).toLongLong() == 50000);
    auto behind = ReportEngine(f.session).drill(t.drills.at(0));
    REQUIRE(behind.ok());
    CHECK(titles(*behind) == QStringList{QStringLiteral("D2")});
}

TEST_CASE("managers: won, amount, win rate, activities and tasks per owner", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    const ReportTable t = runReport(f.session, QStringLiteral("managers"), january(f));
    REQUIRE(t.rows.size() == 2); // the local user did nothing in January: no row of zeros
    CHECK(t.value(0, QStringLiteral("manager")).toString() == QStringLiteral("Boris"));
    CHECK(t.value(0, QStringLiteral("won")).toLongLong() == 2);
    CHECK(t.value(0, QStringLiteral("amount")).toLongLong() == 300000);
    CHECK(num(t.value(0, QStringLiteral("win_rate"))) == Approx(100.0));
    CHECK(t.value(0, QStringLiteral("emails")).toLongLong() == 1);
    CHECK(t.value(0, QStringLiteral("tasks_overdue")).toLongLong() == 1);
    CHECK(t.value(1, QStringLiteral("manager")).toString() == QStringLiteral("Anna"));
    CHECK(t.value(1, QStringLiteral("won")).toLongLong() == 1);
    CHECK(t.value(1, QStringLiteral("lost")).toLongLong() == 1);
    CHECK(num(t.value(1, QStringLiteral("win_rate"))) == Approx(50.0));
    CHECK(t.value(1, QStringLiteral("calls")).toLongLong() == 2);
    CHECK(t.value(1, QStringLiteral("meetings")).toLongLong() == 1);
    CHECK(t.value(1, QStringLiteral("tasks_on_time")).toLongLong() == 1);
    CHECK(t.value(1, QStringLiteral("tasks_late")).toLongLong() == 1);
    CHECK(t.value(1, QStringLiteral("tasks_overdue")).toLongLong() == 0);
}

TEST_CASE("channels: deals created, won, conversion and revenue per source", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    const ReportTable t = runReport(f.session, QStringLiteral("channels"), january(f));
    REQUIRE(t.rows.size() == 3);
    CHECK(t.value(0, QStringLiteral("source")).toString() == QStringLiteral("phone"));
    CHECK(t.value(0, QStringLiteral("leads")).toLongLong() == 2);
    CHECK(num(t.value(0, QStringLiteral("conversion"))) == Approx(50.0));
    CHECK(t.value(0, QStringLiteral("revenue")).toLongLong() == 300000);
    const int web = rowWhere(t, QStringLiteral("source"), QStringLiteral("website"));
    CHECK(t.value(web, QStringLiteral("leads")).toLongLong() == 3);
    CHECK(t.value(web, QStringLiteral("won")).toLongLong() == 2);
    CHECK(num(t.value(web, QStringLiteral("conversion"))) == Approx(66.67));
    CHECK(t.value(web, QStringLiteral("revenue")).toLongLong() == 100000); // D6 is USD
    const int referral = rowWhere(t, QStringLiteral("source"), QStringLiteral("referral"));
    CHECK(num(t.value(referral, QStringLiteral("conversion"))) == Approx(0.0));
}

TEST_CASE("deal size and sales cycle distributions", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportTable t = runReport(f.session, QStringLiteral("deal_size"), january(f));
    // EUR deals won in January: 1,000 and 3,000, both in the 1,000 – 5,000 band.
    CHECK(t.value(0, QStringLiteral("deals")).toLongLong() == 0);
    CHECK(t.value(1, QStringLiteral("deals")).toLongLong() == 2);
    CHECK(t.figure(QStringLiteral("average"))->value.toLongLong() == 200000);
    CHECK(t.figure(QStringLiteral("median"))->value.toLongLong() == 200000);

    t = runReport(f.session, QStringLiteral("cycle"), january(f));
    // D6 took 3 days, D3 9 and D1 10.
    CHECK(t.value(0, QStringLiteral("deals")).toLongLong() == 1);
    CHECK(t.value(1, QStringLiteral("deals")).toLongLong() == 2);
    CHECK(num(t.figure(QStringLiteral("average_days"))->value) == Approx(7.33));
    CHECK(num(t.figure(QStringLiteral("median_days"))->value) == Approx(9.0));
    auto behind = ReportEngine(f.session).drill(t.drills.at(1));
    REQUIRE(behind.ok());
    CHECK(titles(*behind) == QStringList{QStringLiteral("D1"), QStringLiteral("D3")});
}

TEST_CASE("forecast: open deals weighted by probability against plan", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportFilter feb = january(f);
    feb.from = QDate(2026, 2, 1);
    feb.to = QDate(2026, 2, 28);
    const ReportTable t = runReport(f.session, QStringLiteral("forecast"), feb);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.value(0, QStringLiteral("deals")).toLongLong() == 2);
    CHECK(t.value(0, QStringLiteral("amount")).toLongLong() == 100000);
    // D4: 200 at its stage's 10 % = 20; D5: 800 at its own 40 % = 320.
    CHECK(t.value(0, QStringLiteral("weighted")).toLongLong() == 34000);
    CHECK(t.value(0, QStringLiteral("plan")).toLongLong() == 350000);
    CHECK(num(t.value(0, QStringLiteral("weighted_of_plan"))) == Approx(9.71));
    auto behind = ReportEngine(f.session).drill(t.drills.at(0));
    REQUIRE(behind.ok());
    CHECK(titles(*behind) == QStringList{QStringLiteral("D4"), QStringLiteral("D5")});
}

TEST_CASE("plan vs fact per manager", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportTable t = runReport(f.session, QStringLiteral("plan_fact"), january(f));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.value(0, QStringLiteral("manager")).toString() == QStringLiteral("Anna"));
    CHECK(t.value(0, QStringLiteral("plan")).toLongLong() == 150000);
    CHECK(t.value(0, QStringLiteral("fact")).toLongLong() == 100000);
    CHECK(num(t.value(0, QStringLiteral("achieved"))) == Approx(66.67));
    CHECK(t.value(1, QStringLiteral("manager")).toString() == QStringLiteral("Boris"));
    CHECK(t.value(1, QStringLiteral("fact")).toLongLong() == 300000);
    CHECK(num(t.value(1, QStringLiteral("achieved"))) == Approx(150.0));
    CHECK(t.value(1, QStringLiteral("label")).toString() == QStringLiteral("Boris · 2026-01"));

    ReportFilter boris = january(f);
    boris.ownerId = f.boris;
    t = runReport(f.session, QStringLiteral("plan_fact"), boris);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.value(0, QStringLiteral("manager")).toString() == QStringLiteral("Boris"));
}

TEST_CASE("ABC/XYZ: revenue share and regularity classes, customers per cell", "[reports]")
{
    TestDatabase db;
    const Session s = db.session();
    const SalesFixture f = buildSalesFixture(s);
    // Monthly revenue January to June (EUR): C1 1,000 each month; C2 250 200 200 200 150 200;
    // C3 600 once; C4 25 each month; C5 50 once. Total 8,000.
    // Shares 75 %, 15 %, 7.5 %, 1.9 %, 0.6 %: A = C1, C2 (C2 crosses 80 %), B = C3, C = C4, C5.
    // Variation of the monthly figures: C1 0, C2 0.14, C3 2.24, C4 0, C5 2.24: X Y Z X Z.
    const QList<QList<qint64>> months{{1000, 1000, 1000, 1000, 1000, 1000},
                                      {250, 200, 200, 200, 150, 200},
                                      {0, 0, 600, 0, 0, 0},
                                      {25, 25, 25, 25, 25, 25},
                                      {0, 0, 0, 0, 50, 0}};
    QList<qint64> companies;
    for (int c = 0; c < months.size(); ++c) {
        companies << insertCompany(s, QStringLiteral("C%1").arg(c + 1));
        for (int m = 0; m < 6; ++m) {
            if (months[c][m] == 0)
                continue;
            DealSpec d = spec(QStringLiteral("C%1 %2").arg(c + 1).arg(m + 1), f.anna, QString(),
                              months[c][m] * 100);
            d.companyId = companies.last();
            d.path = {{f.lead, at(QDate(2026, m + 1, 10))}, {f.won, at(QDate(2026, m + 1, 15))}};
            insertDeal(s, d);
        }
    }
    // The January fixture deals have no customer and stay out; so does anything in USD.
    ReportFilter half = january(f);
    half.to = QDate(2026, 6, 30);
    const ReportTable t = runReport(s, QStringLiteral("abc_xyz"), half);
    REQUIRE(t.rows.size() == 9);
    auto cell = [&](const QString &name) { return rowWhere(t, QStringLiteral("cell"), name); };
    CHECK(t.value(cell(QStringLiteral("AX")), QStringLiteral("customers")).toLongLong() == 1);
    CHECK(t.value(cell(QStringLiteral("AX")), QStringLiteral("revenue")).toLongLong() == 600000);
    CHECK(num(t.value(cell(QStringLiteral("AX")), QStringLiteral("share"))) == Approx(75.0));
    CHECK(t.value(cell(QStringLiteral("AY")), QStringLiteral("customers")).toLongLong() == 1);
    CHECK(t.value(cell(QStringLiteral("AZ")), QStringLiteral("customers")).toLongLong() == 0);
    CHECK(t.value(cell(QStringLiteral("BZ")), QStringLiteral("customers")).toLongLong() == 1);
    CHECK(t.value(cell(QStringLiteral("CX")), QStringLiteral("customers")).toLongLong() == 1);
    CHECK(t.value(cell(QStringLiteral("CZ")), QStringLiteral("customers")).toLongLong() == 1);
    CHECK(t.value(cell(QStringLiteral("BX")), QStringLiteral("customers")).toLongLong() == 0);
    CHECK(t.figure(QStringLiteral("revenue"))->value.toLongLong() == 800000);
    CHECK(t.figure(QStringLiteral("customers"))->value.toLongLong() == 5);

    auto ay = ReportEngine(s).drill(t.drills.at(cell(QStringLiteral("AY"))));
    REQUIRE(ay.ok());
    REQUIRE(ay->rows.size() == 1);
    CHECK(ay->value(0, QStringLiteral("customer")).toString() == QStringLiteral("C2"));
    CHECK(ay->value(0, QStringLiteral("deals")).toLongLong() == 6);
    CHECK(ay->value(0, QStringLiteral("revenue")).toLongLong() == 120000);
}

TEST_CASE("dashboard: key figures with the records behind them", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    // Contacts: one new this week (from Monday 26 January), one the week before.
    run(f.session, QStringLiteral("INSERT INTO contacts (first_name, last_name, created_at) VALUES ('New', 'Lead', ?)"),
        {at(QDate(2026, 1, 27))});
    run(f.session, QStringLiteral("INSERT INTO contacts (first_name, last_name, created_at) VALUES ('Old', 'Lead', ?)"),
        {at(QDate(2026, 1, 20))});
    ReportFilter filter;
    filter.currency = QStringLiteral("EUR");
    filter.nowSecs = f.now;
    ReportEngine engine(f.session);
    auto t = engine.dashboard(filter);
    INFO((t ? QString() : t.error().toString()).toStdString());
    REQUIRE(t.ok());
    auto value = [&](const char *key) {
        const ReportFigure *fig = t->figure(QLatin1String(key));
        REQUIRE(fig);
        return fig->value;
    };
    CHECK(value("open_deals").toLongLong() == 2);
    CHECK(value("open_pipeline").toLongLong() == 100000);
    CHECK(value("won_this_month").toLongLong() == 400000);
    CHECK(value("plan_this_month").toLongLong() == 350000);
    CHECK(num(value("plan_achieved")) == Approx(114.29));
    CHECK(value("overdue_tasks").toLongLong() == 1);
    CHECK(value("new_leads_week").toLongLong() == 1);
    // D4 idles in Lead in since 8 January, D5 in Qualified since the 11th: both past 14 days.
    CHECK(value("stale_deals").toLongLong() == 2);

    auto stale = engine.drill(t->figure(QStringLiteral("stale_deals"))->drill);
    REQUIRE(stale.ok());
    CHECK(titles(*stale) == QStringList{QStringLiteral("D4"), QStringLiteral("D5")});
    auto tasks = engine.drill(t->figure(QStringLiteral("overdue_tasks"))->drill);
    REQUIRE(tasks.ok());
    REQUIRE(tasks->rows.size() == 1);
    CHECK(tasks->value(0, QStringLiteral("title")).toString() == QStringLiteral("T3"));
    auto leads = engine.drill(t->figure(QStringLiteral("new_leads_week"))->drill);
    REQUIRE(leads.ok());
    REQUIRE(leads->rows.size() == 1);
    CHECK(leads->value(0, QStringLiteral("name")).toString() == QStringLiteral("New Lead"));
}

TEST_CASE("report filters: defaults, bad periods and unknown reports", "[reports]")
{
    TestDatabase db;
    const SalesFixture f = buildSalesFixture(db.session());
    ReportEngine engine(f.session);
    ReportFilter none;
    none.nowSecs = f.now;
    auto resolved = engine.resolve(QStringLiteral("dynamics"), none);
    REQUIRE(resolved.ok());
    CHECK(resolved->from == QDate(2025, 2, 1));
    CHECK(resolved->to == QDate(2026, 1, 31));
    CHECK(resolved->currency == QStringLiteral("EUR")); // six EUR deals, one USD
    auto ahead = engine.resolve(QStringLiteral("forecast"), none);
    REQUIRE(ahead.ok());
    CHECK(ahead->from == QDate(2026, 1, 1));
    CHECK(ahead->to == QDate(2026, 6, 30));

    ReportFilter backwards = january(f);
    backwards.from = QDate(2026, 2, 1);
    auto bad = engine.run(QStringLiteral("funnel"), backwards);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == Error::Kind::Invalid);
    auto unknown = engine.run(QStringLiteral("nonsense"), january(f));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("no report")));

    // Every report runs on the fixture without an error.
    for (const ReportInfo &info : ReportEngine::reports())
        runReport(f.session, info.name, january(f));
}

TEST_CASE("period presets around a day", "[reports]")
{
    const QDate today(2026, 5, 20);
    using P = QPair<QDate, QDate>;
    CHECK(presetPeriod(PeriodPreset::ThisMonth, today) == P(QDate(2026, 5, 1), QDate(2026, 5, 31)));
    CHECK(presetPeriod(PeriodPreset::LastMonth, today) == P(QDate(2026, 4, 1), QDate(2026, 4, 30)));
    CHECK(presetPeriod(PeriodPreset::ThisQuarter, today) == P(QDate(2026, 4, 1), QDate(2026, 6, 30)));
    CHECK(presetPeriod(PeriodPreset::LastQuarter, today) == P(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    CHECK(presetPeriod(PeriodPreset::LastQuarter, QDate(2026, 2, 3)) == P(QDate(2025, 10, 1), QDate(2025, 12, 31)));
    CHECK(presetPeriod(PeriodPreset::YearToDate, today) == P(QDate(2026, 1, 1), today));
    CHECK(presetPeriod(PeriodPreset::Last12Months, today) == P(QDate(2025, 6, 1), today));
    CHECK(presetPeriod(PeriodPreset::Next6Months, today) == P(QDate(2026, 5, 1), QDate(2026, 10, 31)));
    PeriodPreset p = PeriodPreset::Custom;
    CHECK(presetFromName(QStringLiteral("last-quarter"), &p));
    CHECK(p == PeriodPreset::LastQuarter);
    CHECK_FALSE(presetFromName(QStringLiteral("someday"), &p));
}
