// kontorctl run as a real process: exit codes, messages and JSON a script relies on.
#include "kontorctl_run.h"
#include "test_database.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kontor;

namespace {

using Run = kontor::test::CtlRun;
using kontor::test::json;
using kontor::test::kontorctl;

int latestSchema()
{
    return schemaMigrations().back().version;
}

} // namespace

TEST_CASE("kontorctl: bad usage exits 2 with the usage on stderr", "[cli]")
{
    // Given an unknown command / option / a number that is text
    const Run unknown = kontorctl({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(unknown.err.contains(QStringLiteral("Usage:")));
    CHECK(unknown.out.isEmpty());

    const Run none = kontorctl({});
    CHECK(none.code == 2);

    const Run option = kontorctl({QStringLiteral("init"), QStringLiteral("--bogus")});
    CHECK(option.code == 2);
    CHECK(option.err.contains(QStringLiteral("bogus")));

    const Run text
        = kontorctl({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("abc")});
    CHECK(text.code == 2);
    CHECK(text.err.contains(QStringLiteral("--contacts")));
    CHECK(text.err.contains(QStringLiteral("abc")));

    const Run date = kontorctl(
        {QStringLiteral("demo"), QStringLiteral("--anchor"), QStringLiteral("2024-13-45")});
    CHECK(date.code == 2);
}

TEST_CASE("kontorctl: --help and version", "[cli]")
{
    const Run help = kontorctl({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("demo")));
    CHECK(help.out.contains(QStringLiteral("init")));

    const Run text = kontorctl({QStringLiteral("version")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral(KONTOR_VERSION)));

    const Run run = kontorctl({QStringLiteral("--json"), QStringLiteral("version")});
    REQUIRE(run.code == 0);
    const QJsonObject o = json(run);
    CHECK(o.value(QStringLiteral("version")).toString() == QStringLiteral(KONTOR_VERSION));
    CHECK(o.value(QStringLiteral("schema")).toInt() == latestSchema());
}

TEST_CASE("kontorctl: init creates the schema and is idempotent", "[cli]")
{
    test::TestDatabase tdb;
    const QString url = tdb.url().toString();

    const Run first = kontorctl(
        {QStringLiteral("--db"), url, QStringLiteral("init"), QStringLiteral("--json")});
    REQUIRE(first.code == 0);
    const QJsonObject a = json(first);
    CHECK(a.value(QStringLiteral("schema")).toInt() == latestSchema());
    CHECK(a.value(QStringLiteral("previous")).toInt() == 0);

    const Run second = kontorctl(
        {QStringLiteral("init"), QStringLiteral("--db"), url, QStringLiteral("--json")});
    REQUIRE(second.code == 0);
    const QJsonObject b = json(second);
    CHECK(b.value(QStringLiteral("schema")).toInt() == latestSchema());
    CHECK(b.value(QStringLiteral("previous")).toInt() == latestSchema());

    // Nothing was applied twice.
    Session s = tdb.session();
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("count versions"));
    auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    REQUIRE(n.ok());
    CHECK(n->toInt() == int(schemaMigrations().size()));

    // Text output names the version.
    const Run text = kontorctl({QStringLiteral("--db"), url, QStringLiteral("init")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QString::number(latestSchema())));
}

TEST_CASE("kontorctl: init refuses a database from a newer Kontor", "[cli]")
{
    test::TestDatabase tdb;
    {
        Session s = tdb.session();
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("pretend a newer schema"));
        REQUIRE(q.run(QStringLiteral(
                          "INSERT INTO schema_version (version, description) VALUES (?, ?)"),
                      {latestSchema() + 7, QStringLiteral("from the future")})
                    .ok());
    }
    const Run run
        = kontorctl({QStringLiteral("--db"), tdb.url().toString(), QStringLiteral("init")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QStringLiteral("newer")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("kontorctl: a database that cannot be opened exits 1 and says which", "[cli]")
{
    // A server that is not there.
    const QString pg = QStringLiteral("postgresql://kontor@127.0.0.1:1/nowhere");
    const Run server = kontorctl({QStringLiteral("--db"), pg, QStringLiteral("init")});
    CHECK(server.code == 1);
    CHECK(server.err.contains(QStringLiteral("127.0.0.1")));

    // A folder where the SQLite file should be.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Run folder = kontorctl(
        {QStringLiteral("--db"), QStringLiteral("sqlite:") + dir.path(), QStringLiteral("init")});
    CHECK(folder.code == 1);
    CHECK(folder.err.contains(dir.path()));

    // An address that is not one.
    const Run bad = kontorctl(
        {QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("init")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("mysql://x/y")));
}

TEST_CASE("kontorctl: KONTOR_DB is the default database", "[cli]")
{
    test::TestDatabase tdb;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KONTOR_DB"), tdb.url().toString());
    const Run run = kontorctl({QStringLiteral("init"), QStringLiteral("--json")}, env);
    REQUIRE(run.code == 0);
    CHECK(json(run).value(QStringLiteral("database")).toString() == tdb.url().toString());
}

TEST_CASE("kontorctl: without KONTOR_DB it uses the GUI's default local database", "[cli]")
{
    // Given a home with no Kontor data and no KONTOR_DB
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KONTOR_DB"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // When kontorctl initialises the default database
    const Run run = kontorctl({QStringLiteral("init"), QStringLiteral("--json")}, env);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    // Then it is the same file the GUI opens: <data>/Kontor/Kontor/kontor.sqlite, because
    // both executables take their identity from kontor::setApplicationIdentity().
    const QString expected = home.filePath(QStringLiteral("data/Kontor/Kontor/kontor.sqlite"));
    CHECK(QFileInfo::exists(expected));
    CHECK(json(run).value(QStringLiteral("database")).toString() == QStringLiteral("sqlite:") + expected);
}

TEST_CASE("kontorctl: demo prints the counts it created", "[cli]")
{
    test::TestDatabase tdb;
    const Run run = kontorctl(
        {QStringLiteral("--db"), tdb.url().toString(), QStringLiteral("demo"),
         QStringLiteral("--contacts"), QStringLiteral("120"), QStringLiteral("--companies"),
         QStringLiteral("15"), QStringLiteral("--deals"), QStringLiteral("30"),
         QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--anchor"),
         QStringLiteral("2024-06-30"), QStringLiteral("--json")});
    REQUIRE(run.code == 0);
    const QJsonObject o = json(run);
    CHECK(o.value(QStringLiteral("contacts")).toInt() == 120);
    CHECK(o.value(QStringLiteral("companies")).toInt() == 15);
    CHECK(o.value(QStringLiteral("deals")).toInt() == 30);
    CHECK(o.value(QStringLiteral("activities")).toInt() > 0);
    CHECK(o.value(QStringLiteral("tasks")).toInt() > 0);
    CHECK(o.contains(QStringLiteral("seconds")));

    Session s = tdb.session();
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("count contacts"));
    auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts"));
    REQUIRE(n.ok());
    CHECK(n->toInt() == 120);
}

TEST_CASE("kontorctl import shows its progress on a terminal, and only there", "[cli][import]")
{
    test::TestDatabase tdb;
    const QString url = tdb.url().toString();
    REQUIRE(kontorctl({QStringLiteral("--db"), url, QStringLiteral("init")}).code == 0);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("First name,Last name,Email\n");
        for (int i = 0; i < 3000; ++i)
            f.write(QStringLiteral("P%1,Progress,p%1@example.com\n").arg(i).toUtf8());
    }
    // Without a terminal (a script, CI): the summary alone, stderr quiet.
    const Run piped = kontorctl({QStringLiteral("--db"), url, QStringLiteral("import"), csv,
                                 QStringLiteral("--dry-run")});
    REQUIRE(piped.code == 0);
    CHECK(piped.err.isEmpty());
    CHECK(piped.out.contains(QStringLiteral("3000 rows: 3000 created")));

    // On a terminal (`script` gives it one): a line that rewrites itself, then the summary.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        WARN("no `script` (util-linux) here: the terminal half is not checked");
        return;
    }
    QProcess p;
    const QString command = QStringLiteral("'%1' --db '%2' import '%3'").arg(QStringLiteral(KONTORCTL_PATH), url, csv);
    p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    const QString screen = QString::fromUtf8(p.readAllStandardOutput());
    INFO(screen.toStdString());
    CHECK(screen.contains(QStringLiteral("rows per second")));
    CHECK(screen.contains(QStringLiteral("\r\033[K"))); // rewritten in place, cleared at the end
    CHECK(screen.contains(QStringLiteral("3000 rows: 3000 created")));
}
