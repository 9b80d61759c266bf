// A sales plan kept as one row over several months counts in each month it covers: evenly by
// month, a month covered in part by its share of that month's days. Hand-built plans and
// deals with the answers worked out by hand, on both back ends.
#include "report_fixture.h"
#include "test_database.h"

#include "repo/pipeline_repository.h"
#include "reports/plan_spread.h"
#include "reports/report_engine.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

TEST_CASE("plan spread: a period's share of a plan, cent-exact", "[reports][plans]")
{
    using reports::planShare;
    const QDate q1(2026, 1, 1), q1End(2026, 3, 31);
    // A quarter: a third in each month, whatever the month's length.
    CHECK(planShare(q1, q1End, 900000, QDate(2026, 1, 1), QDate(2026, 1, 31)) == 300000);
    CHECK(planShare(q1, q1End, 900000, QDate(2026, 2, 1), QDate(2026, 2, 28)) == 300000);
    CHECK(planShare(q1, q1End, 900000, QDate(2026, 2, 1), QDate(2026, 3, 31)) == 600000);
    // Half of February is half of February's third.
    CHECK(planShare(q1, q1End, 900000, QDate(2026, 2, 1), QDate(2026, 2, 14)) == 150000);
    // Outside the plan, or a period reaching past it.
    CHECK(planShare(q1, q1End, 900000, QDate(2026, 4, 1), QDate(2026, 4, 30)) == 0);
    CHECK(planShare(q1, q1End, 900000, QDate(2025, 1, 1), QDate(2027, 1, 1)) == 900000);
    // Cents that do not divide are not lost: the months add up to the amount.
    CHECK(planShare(q1, q1End, 100, q1, QDate(2026, 1, 31)) == 33);
    CHECK(planShare(q1, q1End, 100, QDate(2026, 2, 1), QDate(2026, 2, 28)) == 33);
    CHECK(planShare(q1, q1End, 100, QDate(2026, 3, 1), q1End) == 34);
    CHECK(planShare(q1, q1End, 1, q1, QDate(2026, 2, 28)) == 0);
    CHECK(planShare(q1, q1End, 1, QDate(2026, 3, 1), q1End) == 1);
    // 16 April to 15 May: half of April (15 of 30 days) and 15 of May's 31 days.
    const QDate a(2026, 4, 16), b(2026, 5, 15);
    CHECK(planShare(a, b, 61000, QDate(2026, 4, 1), QDate(2026, 4, 30)) == 31000);
    CHECK(planShare(a, b, 61000, QDate(2026, 5, 1), QDate(2026, 5, 31)) == 30000);
    // Ten years of a large quota do not overflow.
    const qint64 big = 5'000'000'000'000LL;
    CHECK(planShare(QDate(2020, 1, 1), QDate(2029, 12, 31), big, QDate(2020, 1, 1), QDate(2020, 12, 31))
          == big / 10);
}

namespace {

// Dana: a plan for the whole first quarter (9,000.00) and one from 16 April to 15 May
// (610.00); she wins 300.00 on 15 Jan, 1,000.00 on 10 Feb, 500.00 on 20 Mar, 200.00 on
// 20 Apr. Erik: a January plan of 1,000.00.
struct PlanStory
{
    qint64 dana = 0, erik = 0;
};

PlanStory buildPlanStory(const Session &s)
{
    PlanStory p;
    p.dana = insertUser(s, QStringLiteral("dana"), QStringLiteral("Dana"));
    p.erik = insertUser(s, QStringLiteral("erik"), QStringLiteral("Erik"));
    const QString plan = QStringLiteral("INSERT INTO sales_plans (user_id, period_start, period_end,"
                                        " amount_minor, currency) VALUES (?, ?, ?, ?, 'EUR')");
    run(s, plan, {p.dana, QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"), 900000});
    run(s, plan, {p.dana, QStringLiteral("2026-04-16"), QStringLiteral("2026-05-15"), 61000});
    run(s, plan, {p.erik, QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31"), 100000});

    auto pipelines = PipelineRepository(s).list();
    REQUIRE(pipelines.ok());
    qint64 lead = 0, won = 0;
    for (const Stage &st : pipelines->first().stages) {
        if (st.kind == Stage::Kind::Won)
            won = st.id;
        else if (!lead && st.kind == Stage::Kind::Open)
            lead = st.id;
    }
    const QList<QPair<QDate, qint64>> wins{{QDate(2026, 1, 15), 30000},
                                           {QDate(2026, 2, 10), 100000},
                                           {QDate(2026, 3, 20), 50000},
                                           {QDate(2026, 4, 20), 20000}};
    for (const auto &w : wins) {
        DealSpec d = spec(w.first.toString(Qt::ISODate), p.dana, QStringLiteral("website"), w.second);
        d.path = {{lead, at(w.first.addDays(-3))}, {won, at(w.first) + 3600}};
        insertDeal(s, d);
    }
    return p;
}

ReportFilter period(const QDate &from, const QDate &to)
{
    ReportFilter f;
    f.from = from;
    f.to = to;
    f.currency = QStringLiteral("EUR");
    f.nowSecs = at(QDate(2026, 2, 20)) + 12 * 3600;
    return f;
}

ReportTable runReport(const Session &s, const QString &name, const ReportFilter &filter)
{
    auto t = ReportEngine(s).run(name, filter);
    INFO((t ? QString() : t.error().toString()).toStdString());
    REQUIRE(t.ok());
    return *t;
}

} // namespace

TEST_CASE("plan spread: a plan over several months counts in each of them", "[reports][plans]")
{
    TestDatabase db;
    const Session s = db.session();
    const PlanStory story = buildPlanStory(s);

    SECTION("forecast: each month's plan is its share of every plan covering it")
    {
        const ReportTable t = runReport(s, QStringLiteral("forecast"),
                                        period(QDate(2026, 1, 1), QDate(2026, 5, 31)));
        REQUIRE(t.rows.size() == 5);
        const QList<qint64> plans{400000, 300000, 300000, 31000, 30000};
        for (int i = 0; i < 5; ++i) {
            INFO(t.value(i, QStringLiteral("month")).toString().toStdString());
            CHECK(t.value(i, QStringLiteral("plan")).toLongLong() == plans[i]);
        }
        CHECK(t.figure(QStringLiteral("plan"))->value.toLongLong() == 1061000);

        ReportFilter dana = period(QDate(2026, 2, 1), QDate(2026, 2, 28));
        dana.ownerId = story.dana;
        const ReportTable feb = runReport(s, QStringLiteral("forecast"), dana);
        REQUIRE(feb.rows.size() == 1);
        CHECK(feb.value(0, QStringLiteral("plan")).toLongLong() == 300000);
    }

    SECTION("plan vs fact: the part of a plan inside the period, against what was won in it")
    {
        // February and March: two thirds of Dana's quarter, and her wins of 10 Feb and 20 Mar
        // (not 15 Jan's).
        ReportTable t = runReport(s, QStringLiteral("plan_fact"),
                                  period(QDate(2026, 2, 1), QDate(2026, 3, 31)));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.value(0, QStringLiteral("manager")).toString() == QStringLiteral("Dana"));
        CHECK(t.value(0, QStringLiteral("plan")).toLongLong() == 600000);
        CHECK(t.value(0, QStringLiteral("fact")).toLongLong() == 150000);
        CHECK(t.value(0, QStringLiteral("achieved")).toDouble() == Approx(25.0));
        CHECK(t.value(0, QStringLiteral("whole_plan")).toLongLong() == 900000);
        CHECK(t.value(0, QStringLiteral("period_start")).toString() == QStringLiteral("2026-02-01"));
        CHECK(t.value(0, QStringLiteral("plan_start")).toString() == QStringLiteral("2026-01-01"));
        CHECK(t.value(0, QStringLiteral("label")).toString()
              == QStringLiteral("Dana · 2026-02-01…2026-03-31"));
        // The records behind the row are the same two deals.
        auto behind = ReportEngine(s).drill(t.drills.at(0));
        REQUIRE(behind.ok());
        CHECK(behind->rows.size() == 2);

        // The whole quarter: the whole plan, all three wins; Erik's January plan, nothing won.
        t = runReport(s, QStringLiteral("plan_fact"), period(QDate(2026, 1, 1), QDate(2026, 3, 31)));
        REQUIRE(t.rows.size() == 2);
        const int dana = t.value(0, QStringLiteral("manager")).toString() == QStringLiteral("Dana") ? 0 : 1;
        CHECK(t.value(dana, QStringLiteral("plan")).toLongLong() == 900000);
        CHECK(t.value(dana, QStringLiteral("fact")).toLongLong() == 180000);
        CHECK(t.value(1 - dana, QStringLiteral("plan")).toLongLong() == 100000);
        CHECK(t.value(1 - dana, QStringLiteral("fact")).toLongLong() == 0);
        CHECK(t.figure(QStringLiteral("plan"))->value.toLongLong() == 1000000);

        // April: half of April of the 16 April – 15 May plan (310.00), 200.00 won.
        t = runReport(s, QStringLiteral("plan_fact"), period(QDate(2026, 4, 1), QDate(2026, 4, 30)));
        REQUIRE(t.rows.size() == 1);
        CHECK(t.value(0, QStringLiteral("plan")).toLongLong() == 31000);
        CHECK(t.value(0, QStringLiteral("fact")).toLongLong() == 20000);
        CHECK(t.value(0, QStringLiteral("achieved")).toDouble() == Approx(64.52));
    }

    SECTION("dashboard: this month's plan is the month's share")
    {
        ReportFilter f;
        f.currency = QStringLiteral("EUR");
        f.nowSecs = at(QDate(2026, 2, 20)) + 12 * 3600;
        auto t = ReportEngine(s).dashboard(f);
        REQUIRE(t.ok());
        CHECK(t->figure(QStringLiteral("plan_this_month"))->value.toLongLong() == 300000);
        CHECK(t->figure(QStringLiteral("won_this_month"))->value.toLongLong() == 100000);
    }
}
