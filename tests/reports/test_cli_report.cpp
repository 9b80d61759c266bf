// kontorctl report as a real process on the hand-built January (report_fixture.cpp), both
// back ends: the JSON is the data behind each chart, bad usage exits 2.
#include "report_fixture.h"
#include "kontorctl_run.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kontor;
using namespace kontor::test;

namespace {

using Run = kontor::test::CtlRun;
using kontor::test::json;
using kontor::test::kontorctl;

QStringList january(const QString &report)
{
    return {QStringLiteral("--json"), QStringLiteral("report"), report, QStringLiteral("--from"),
            QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")};
}

QJsonObject row(const QJsonObject &report, int i)
{
    return report.value(QStringLiteral("rows")).toArray().at(i).toObject();
}

} // namespace

TEST_CASE("kontorctl report list names every report", "[cli][reports]")
{
    TestDatabase t;
    t.session();
    const QJsonObject out = json(kontorctl(t, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("list")}));
    QStringList names;
    for (const QJsonValue &v : out.value(QStringLiteral("reports")).toArray())
        names << v.toObject().value(QStringLiteral("name")).toString();
    CHECK(names == QStringList{QStringLiteral("funnel"), QStringLiteral("dynamics"), QStringLiteral("win_rate"),
                               QStringLiteral("lost_reasons"), QStringLiteral("managers"), QStringLiteral("channels"),
                               QStringLiteral("deal_size"), QStringLiteral("cycle"), QStringLiteral("forecast"),
                               QStringLiteral("plan_fact"), QStringLiteral("abc_xyz")});
}

TEST_CASE("kontorctl report prints the data behind the charts", "[cli][reports]")
{
    TestDatabase t;
    buildSalesFixture(t.session());

    QJsonObject funnel = json(kontorctl(t, january(QStringLiteral("funnel"))));
    CHECK(funnel.value(QStringLiteral("from")).toString() == QStringLiteral("2026-01-01"));
    REQUIRE(funnel.value(QStringLiteral("rows")).toArray().size() == 5);
    CHECK(row(funnel, 1).value(QStringLiteral("stage")).toString() == QStringLiteral("Qualified"));
    CHECK(row(funnel, 1).value(QStringLiteral("reached")).toInt() == 5);
    CHECK(row(funnel, 1).value(QStringLiteral("conversion_from_previous")).toDouble() == Approx(83.33));
    CHECK(row(funnel, 0).value(QStringLiteral("conversion_from_previous")).isNull());
    CHECK(funnel.value(QStringLiteral("figures")).toObject().value(QStringLiteral("median_cycle_days")).toDouble() == Approx(9.0));

    // --owner takes a login, --group a bucket size.
    QStringList args = january(QStringLiteral("dynamics"));
    args << QStringLiteral("--owner") << QStringLiteral("boris") << QStringLiteral("--group") << QStringLiteral("week");
    const QJsonObject weeks = json(kontorctl(t, args));
    CHECK(weeks.value(QStringLiteral("currency")).toString() == QStringLiteral("EUR"));
    REQUIRE(weeks.value(QStringLiteral("rows")).toArray().size() == 5);
    CHECK(row(weeks, 2).value(QStringLiteral("period")).toString() == QStringLiteral("2026-01-12"));
    CHECK(row(weeks, 2).value(QStringLiteral("won")).toInt() == 2); // D3 and D6
    CHECK(row(weeks, 2).value(QStringLiteral("amount")).toInteger() == 300000);

    args = january(QStringLiteral("forecast"));
    args[4] = QStringLiteral("2026-02-01");
    args[6] = QStringLiteral("2026-02-28");
    const QJsonObject forecast = json(kontorctl(t, args));
    CHECK(row(forecast, 0).value(QStringLiteral("weighted")).toInteger() == 34000);
    CHECK(row(forecast, 0).value(QStringLiteral("plan")).toInteger() == 350000);

    const Run text = kontorctl(t, {QStringLiteral("report"), QStringLiteral("managers"), QStringLiteral("--from"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Boris")));
    CHECK(text.out.contains(QStringLiteral("3000.00")));
}

TEST_CASE("kontorctl report plans: set, list, delete", "[cli][reports]")
{
    TestDatabase t;
    insertUser(t.session(), QStringLiteral("anna"), QStringLiteral("Anna"));
    const QJsonObject set = json(kontorctl(t, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("plan-set"),
                                               QStringLiteral("--owner"), QStringLiteral("anna"), QStringLiteral("--from"),
                                               QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                                               QStringLiteral("--amount"), QStringLiteral("1500.50")}));
    const qint64 id = set.value(QStringLiteral("id")).toInteger();
    CHECK(id > 0);
    const QJsonObject list = json(kontorctl(t, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("plans")}));
    const QJsonArray plans = list.value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    CHECK(plans.at(0).toObject().value(QStringLiteral("amount_minor")).toInteger() == 150050);
    CHECK(plans.at(0).toObject().value(QStringLiteral("manager")).toString() == QStringLiteral("Anna"));
    CHECK(kontorctl(t, {QStringLiteral("report"), QStringLiteral("plan-delete"), QString::number(id)}).code == 0);
    CHECK(json(kontorctl(t, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("plans")}))
              .value(QStringLiteral("plans")).toArray().isEmpty());
    // Deleting it again is a runtime error naming the plan.
    const Run again = kontorctl(t, {QStringLiteral("report"), QStringLiteral("plan-delete"), QString::number(id)});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("sales plan")));
}

TEST_CASE("kontorctl report plan-set --monthly: a year as twelve monthly plans", "[cli][reports]")
{
    TestDatabase t;
    insertUser(t.session(), QStringLiteral("anna"), QStringLiteral("Anna"));
    const QStringList year{QStringLiteral("report"), QStringLiteral("plan-set"), QStringLiteral("--owner"),
                           QStringLiteral("anna"), QStringLiteral("--from"), QStringLiteral("2027-01-01"),
                           QStringLiteral("--to"), QStringLiteral("2027-12-31"), QStringLiteral("--amount"),
                           QStringLiteral("1000"), QStringLiteral("--monthly")};
    const QJsonObject set = json(kontorctl(t, QStringList{QStringLiteral("--json")} + year));
    CHECK(set.value(QStringLiteral("ids")).toArray().size() == 12);
    const QJsonArray plans = json(kontorctl(t, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("plans")}))
                                 .value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 12);
    qint64 sum = 0;
    for (const QJsonValue &p : plans)
        sum += p.toObject().value(QStringLiteral("amount_minor")).toInteger();
    CHECK(sum == 100000);
    CHECK(plans.at(11).toObject().value(QStringLiteral("amount_minor")).toInteger() == 8337);
    // The same year again clashes, and nothing of it is saved.
    const Run again = kontorctl(t, year);
    CHECK(again.code == 1);
    CHECK(json(kontorctl(t, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("plans")}))
              .value(QStringLiteral("plans")).toArray().size() == 12);
    // Broken months cannot be spread: a runtime error that says why.
    QStringList odd = year;
    odd[5] = QStringLiteral("2027-01-15");
    const Run broken = kontorctl(t, odd);
    CHECK(broken.code == 1);
    CHECK(broken.err.contains(QStringLiteral("1st of a month")));
}

TEST_CASE("kontorctl report: bad usage exits 2 and says why", "[cli][reports]")
{
    TestDatabase t;
    t.session();
    const QList<QStringList> bad{
        {QStringLiteral("report")},
        {QStringLiteral("report"), QStringLiteral("nonsense")},
        {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("31.01.2026")},
        {QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
         QStringLiteral("--to"), QStringLiteral("2026-01-01")},
        {QStringLiteral("report"), QStringLiteral("dynamics"), QStringLiteral("--group"), QStringLiteral("year")},
        {QStringLiteral("report"), QStringLiteral("plan-set"), QStringLiteral("--owner"), QStringLiteral("1")},
    };
    for (const QStringList &args : bad) {
        const Run r = kontorctl(t, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK_FALSE(r.err.isEmpty());
    }
    // A user that does not exist is a runtime error, not bad usage.
    const Run nobody = kontorctl(t, {QStringLiteral("report"), QStringLiteral("managers"), QStringLiteral("--owner"), QStringLiteral("nobody")});
    CHECK(nobody.code == 1);
    CHECK(nobody.err.contains(QStringLiteral("nobody")));
}
