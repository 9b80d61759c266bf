// kontorctl pipelines / deals as a real process, on both back ends.
#include "test_database.h"

#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run kontorctl(const TestDatabase &db, QStringList args)
{
    args.prepend(db.url().toString());
    args.prepend(QStringLiteral("--db"));
    QProcess p;
    p.start(QStringLiteral(KONTORCTL_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject json(const Run &r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("kontorctl pipelines list prints stages with id, position, probability and kind",
          "[cli][funnel]")
{
    TestDatabase t;
    t.session(); // create the schema
    const QJsonObject out = json(kontorctl(
        t, {QStringLiteral("--json"), QStringLiteral("pipelines"), QStringLiteral("list")}));
    const QJsonArray pipelines = out.value(QStringLiteral("pipelines")).toArray();
    REQUIRE(pipelines.size() == 1);
    const QJsonArray stages = pipelines.at(0).toObject().value(QStringLiteral("stages")).toArray();
    REQUIRE(stages.size() == 6);
    const QJsonObject won = stages.at(4).toObject();
    CHECK(won.value(QStringLiteral("name")).toString() == QStringLiteral("Won"));
    CHECK(won.value(QStringLiteral("kind")).toString() == QStringLiteral("won"));
    CHECK(won.value(QStringLiteral("probability")).toInt() == 100);
    CHECK(won.value(QStringLiteral("position")).toInt() == 5);
    CHECK(won.value(QStringLiteral("id")).toInteger() > 0);

    const Run text = kontorctl(t, {QStringLiteral("pipelines"), QStringLiteral("list")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Proposal sent")));
    CHECK(kontorctl(t, {QStringLiteral("pipelines")}).code == 2);
}

TEST_CASE("kontorctl deals list / move / won / lost", "[cli][funnel]")
{
    // Given two deals in "Lead in"
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = PipelineRepository(s).list()->first();
    DealRepository repo(s);
    Deal d;
    d.title = QStringLiteral("Licences for Paja Oy");
    d.stageId = sales.stages.first().id;
    d.amountMinor = 1250050;
    const qint64 first = *repo.create(d);
    d.title = QStringLiteral("Support for Duka");
    d.currency = QStringLiteral("USD");
    const qint64 second = *repo.create(d);
    const QString id1 = QString::number(first), id2 = QString::number(second);
    const QString login = [&] {
        SqlStatement q(*s.db->connection(), QStringLiteral("login"));
        return q.scalar(QStringLiteral("SELECT login FROM users WHERE id = ?"), {s.userId})
            ->toString();
    }();

    QJsonObject out
        = json(kontorctl(t,
                         {QStringLiteral("--json"), QStringLiteral("deals"), QStringLiteral("list"),
                          QStringLiteral("--pipeline"), QStringLiteral("sales")}));
    QJsonArray deals = out.value(QStringLiteral("deals")).toArray();
    REQUIRE(deals.size() == 2);
    const QJsonObject row = deals.at(0).toObject();
    CHECK(row.value(QStringLiteral("title")).toString() == QStringLiteral("Licences for Paja Oy"));
    CHECK(row.value(QStringLiteral("amount")).toString() == QStringLiteral("12500.50"));
    CHECK(row.value(QStringLiteral("currency")).toString() == QStringLiteral("EUR"));
    CHECK(row.value(QStringLiteral("stage")).toString() == QStringLiteral("Lead in"));
    CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    // The signed-in user: "Me" (local) on SQLite, the server role on PostgreSQL
    CHECK(row.value(QStringLiteral("owner")).toString() == repo.get(first)->ownerName);

    // When one moves by stage name and the other is lost with a reason
    out = json(kontorctl(t,
                         {QStringLiteral("--json"), QStringLiteral("deals"), QStringLiteral("move"),
                          id1, QStringLiteral("--stage"), QStringLiteral("proposal sent")}));
    CHECK(out.value(QStringLiteral("deal")).toObject().value(QStringLiteral("stage")).toString()
          == QStringLiteral("Proposal sent"));
    const Run noReason = kontorctl(t, {QStringLiteral("deals"), QStringLiteral("lost"), id2});
    CHECK(noReason.code == 2);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    const Run badReason = kontorctl(t,
                                    {QStringLiteral("deals"), QStringLiteral("lost"), id2,
                                     QStringLiteral("--reason"), QStringLiteral("Aliens")});
    CHECK(badReason.code == 1);
    CHECK(badReason.err.contains(QStringLiteral("Aliens")));
    out = json(kontorctl(t,
                         {QStringLiteral("--json"), QStringLiteral("deals"), QStringLiteral("lost"),
                          id2, QStringLiteral("--reason"), QStringLiteral("No budget")}));
    CHECK(out.value(QStringLiteral("deal")).toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("lost"));
    CHECK(repo.get(second)->lostReasonId > 0);

    // Then the list filters by stage and status, and won closes the first deal
    out = json(kontorctl(t,
                         {QStringLiteral("--json"), QStringLiteral("deals"), QStringLiteral("list"),
                          QStringLiteral("--stage"), QStringLiteral("Proposal sent")}));
    CHECK(out.value(QStringLiteral("deals")).toArray().size() == 1);
    out = json(kontorctl(
        t, {QStringLiteral("--json"), QStringLiteral("deals"), QStringLiteral("won"), id1}));
    CHECK(out.value(QStringLiteral("deal")).toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("won"));
    out = json(kontorctl(t,
                         {QStringLiteral("--json"), QStringLiteral("deals"), QStringLiteral("list"),
                          QStringLiteral("--status"), QStringLiteral("open")}));
    CHECK(out.value(QStringLiteral("deals")).toArray().isEmpty());
    out = json(kontorctl(t,
                         {QStringLiteral("--json"), QStringLiteral("deals"), QStringLiteral("list"),
                          QStringLiteral("--owner"), login}));
    CHECK(out.value(QStringLiteral("deals")).toArray().size() == 2);
    CHECK(repo.history(first)->size() == 3);

    // Errors: unknown stage (1), missing id (2), unknown deal (1)
    const Run unknownStage = kontorctl(t,
                                       {QStringLiteral("deals"), QStringLiteral("move"), id1,
                                        QStringLiteral("--stage"), QStringLiteral("Nowhere")});
    CHECK(unknownStage.code == 1);
    CHECK(unknownStage.err.contains(QStringLiteral("Nowhere")));
    CHECK(kontorctl(t, {QStringLiteral("deals"), QStringLiteral("won")}).code == 2);
    CHECK(
        kontorctl(t, {QStringLiteral("deals"), QStringLiteral("won"), QStringLiteral("99999")}).code
        == 1);
}
