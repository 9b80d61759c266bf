// kontorctl export as a process: files, standard output, activities by segment, exit codes.
#include "test_database.h"

#include "activities/activity_repository.h"
#include "contacts/contact_filter.h"
#include "repo/contact_repository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kontor;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run kontorctl(const QString &url, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(KONTORCTL_PATH), QStringList{QStringLiteral("--db"), url} + args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("kontorctl export writes files and standard output, and refuses bad usage", "[exchange][cli]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    Contact c;
    c.firstName = QStringLiteral("Ann");
    c.lastName = QStringLiteral("Lee");
    c.emails = {{0, QStringLiteral("work"), QStringLiteral("ann@example.com")}};
    REQUIRE(ContactRepository(s).create(c).ok());
    const QString url = tdb.url().toString();

    // To a file, format from the suffix, summary as JSON
    const QString path = tdb.tempPath(QStringLiteral("out.xlsx"));
    Run r = kontorctl(url, {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--entity"),
                            QStringLiteral("contacts"), QStringLiteral("--out"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    CHECK(summary.value(QStringLiteral("records")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("format")).toString() == QStringLiteral("xlsx"));
    QFile xlsx(path);
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == "PK");

    // To standard output
    r = kontorctl(url, {QStringLiteral("export"), QStringLiteral("--entity"), QStringLiteral("contacts"),
                        QStringLiteral("--format"), QStringLiteral("vcf3")});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    CHECK(r.out.contains("EMAIL;TYPE=WORK;TYPE=INTERNET:ann@example.com\r\n"));

    // Bad usage exits 2; a runtime problem (unknown segment) exits 1 naming it
    CHECK(kontorctl(url, {QStringLiteral("export"), QStringLiteral("--entity"), QStringLiteral("contacts"),
                          QStringLiteral("--format"), QStringLiteral("pdf")})
              .code
          == 2);
    CHECK(kontorctl(url, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}).code == 2);
    r = kontorctl(url, {QStringLiteral("export"), QStringLiteral("--entity"), QStringLiteral("contacts"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--segment"),
                        QStringLiteral("No such segment")});
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());
}

TEST_CASE("kontorctl export --entity activities --segment writes the activities of its contacts",
          "[exchange][cli][activities]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    auto add = [&](const char *first, const char *status, const char *subject) {
        Contact c;
        c.firstName = QLatin1String(first);
        c.lastName = QStringLiteral("Lee");
        c.status = QLatin1String(status);
        const qint64 contact = *ContactRepository(s).create(c);
        Activity a;
        a.kind = QStringLiteral("meeting");
        a.subject = QLatin1String(subject);
        a.occurredAt = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
        a.contactId = contact;
        const auto id = ActivityRepository(s).log(a);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 ann = add("Ann", "customer", "Renewal");
    add("Bo", "lead", "First call");
    const qint64 cy = add("Cy", "customer", "Upsell");
    REQUIRE(SegmentRepository(s).save(QStringLiteral("Customers"),
                                      *ContactFilter::parse(QStringLiteral("status=customer")), true)
                .ok());
    const QString url = tdb.url().toString();

    const QString path = tdb.tempPath(QStringLiteral("customers.json"));
    Run r = kontorctl(url, {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--entity"),
                            QStringLiteral("activities"), QStringLiteral("--segment"), QStringLiteral("Customers"),
                            QStringLiteral("--out"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("records")).toInt() == 2);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
    REQUIRE(array.size() == 2);
    CHECK(array.at(0).toObject().value(QStringLiteral("id")).toInteger() == ann);
    CHECK(array.at(1).toObject().value(QStringLiteral("id")).toInteger() == cy);
    CHECK(array.at(1).toObject().value(QStringLiteral("subject")).toString() == QStringLiteral("Upsell"));

    // A segment does not narrow deals or companies: bad usage, naming the entity.
    r = kontorctl(url, {QStringLiteral("export"), QStringLiteral("--entity"), QStringLiteral("deals"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--segment"),
                        QStringLiteral("Customers")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("deals")));
    // An unknown segment is a runtime error naming it; nothing is written.
    const QString none = tdb.tempPath(QStringLiteral("none.csv"));
    r = kontorctl(url, {QStringLiteral("export"), QStringLiteral("--entity"), QStringLiteral("activities"),
                        QStringLiteral("--segment"), QStringLiteral("Nobody"), QStringLiteral("--out"), none});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("Nobody")));
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("kontorctl import, imports list and undo-import", "[exchange][cli]")
{
    test::TestDatabase tdb;
    tdb.session();
    const QString url = tdb.url().toString();
    const QString file = tdb.writeFile(QStringLiteral("in.csv"), "Name,Sähköposti,Puhelin\nMatti Meikäläinen,matti@example.fi,+358 40 1234567\n"
                "Broken,nope,\n");
    const QString rejects = tdb.tempPath(QStringLiteral("rejects.csv"));

    Run r = kontorctl(url, {QStringLiteral("--json"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("batch")).toInt() == 0);
    CHECK(o.value(QStringLiteral("created")).toInt() == 1);

    r = kontorctl(url, {QStringLiteral("--json"), QStringLiteral("import"), file, QStringLiteral("--rejects"), rejects});
    REQUIRE(r.code == 0);
    o = QJsonDocument::fromJson(r.out).object();
    for (const char *key : {"batch", "rows", "created", "updated", "skipped", "rejected", "seconds"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("rows")).toInt() == 2);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(o.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("Sähköposti")).toString()
          == QStringLiteral("email"));
    const int batch = o.value(QStringLiteral("batch")).toInt();
    CHECK(batch > 0);
    CHECK(QFile::exists(rejects));

    r = kontorctl(url, {QStringLiteral("--json"), QStringLiteral("imports"), QStringLiteral("list")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains("\"status\":\"committed\""));

    CHECK(kontorctl(url, {QStringLiteral("undo-import"), QString::number(batch)}).code == 0);
    r = kontorctl(url, {QStringLiteral("undo-import"), QString::number(batch)});
    CHECK(r.code == 1); // already undone
    CHECK(kontorctl(url, {QStringLiteral("undo-import"), QStringLiteral("x")}).code == 2);
    CHECK(kontorctl(url, {QStringLiteral("import"), file, QStringLiteral("--on-duplicate"), QStringLiteral("merge")}).code
          == 2);
}
