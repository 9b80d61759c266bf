// Schema migrations on the back end chosen by KONTOR_TEST_BACKEND.
#include "test_database.h"

#include "search/search_repository.h"
#include "session.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QThread>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

QString text(const Error &e) { return e.toString(); }

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    auto conn = db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test query"));
    auto v = q.scalar(sql);
    INFO((v ? QString() : text(v.error())).toStdString());
    REQUIRE(v.ok());
    return v->toLongLong();
}

DatabasePtr openDb(const TestDatabase &t)
{
    auto db = Database::open(t.url());
    INFO((db ? QString() : text(db.error())).toStdString());
    REQUIRE(db.ok());
    return *db;
}

} // namespace

TEST_CASE("A fresh database gets the whole schema and its default data", "[migrations]")
{
    TestDatabase t;
    auto db = openDb(t);
    Migrator migrator(db);
    auto version = migrator.migrate();
    REQUIRE(version.ok());
    CHECK(*version == migrator.latestVersion());
    CHECK(*migrator.currentVersion() == migrator.latestVersion());

    // Every domain table exists and is empty or seeded.
    for (const char *table : {"users", "companies", "contacts", "contact_emails", "contact_phones",
                              "contact_messengers", "company_roles", "tags", "contact_tags", "custom_fields",
                              "custom_values", "pipelines", "stages", "lost_reasons", "deals", "deal_contacts",
                              "deal_stage_history", "products", "deal_items", "activities", "tasks", "task_groups",
                              "import_batches", "import_batch_items", "audit_log", "saved_filters", "settings",
                              "sales_plans"}) {
        INFO(table);
        CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) >= 0);
    }
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE login = 'local' AND role = 'admin'")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pipelines")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stages WHERE kind = 'open'")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stages WHERE kind IN ('won', 'lost')")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lost_reasons")) >= 5);

    // Running it again changes nothing.
    REQUIRE(migrator.migrate().ok());
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pipelines")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")) == qint64(schemaMigrations().size()));
}

TEST_CASE("Every earlier schema version upgrades to the latest and keeps its data", "[migrations]")
{
    const int latest = Migrator(nullptr).latestVersion();
    // Every shipped step version except the last (versions may have gaps).
    for (const Migration &step : schemaMigrations()) {
        const int from = step.version;
        if (from == latest)
            continue;
        DYNAMIC_SECTION("from version " << from)
        {
            TestDatabase t;
            auto db = openDb(t);
            Migrator migrator(db);
            REQUIRE(*migrator.migrate(from) == from);
            CHECK(*migrator.currentVersion() == from);

            // Data written at the old version (users and contacts exist since version 1).
            auto conn = db->connection();
            REQUIRE(conn.ok());
            SqlStatement q(*conn, QStringLiteral("old data"));
            REQUIRE(q.run(QStringLiteral("INSERT INTO users (login, display_name) VALUES ('anna', 'Anna')")).ok());
            REQUIRE(q.run(QStringLiteral("INSERT INTO contacts (first_name, last_name) VALUES ('Väinö', 'Linna')")).ok());

            auto upgraded = migrator.migrate();
            INFO((upgraded ? QString() : text(upgraded.error())).toStdString());
            REQUIRE(upgraded.ok());
            CHECK(*upgraded == latest);
            CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE first_name = 'Väinö'")) == 1);
            CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE login = 'anna'")) == 1);
        }
    }
}

TEST_CASE("A database from a newer Kontor is refused, not damaged", "[migrations]")
{
    TestDatabase t;
    auto db = openDb(t);
    Migrator migrator(db);
    REQUIRE(migrator.migrate().ok());
    auto conn = db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("future version"));
    REQUIRE(q.run(QStringLiteral("INSERT INTO schema_version (version, description) VALUES (?, 'future')"),
                  {migrator.latestVersion() + 1})
                .ok());

    auto result = migrator.migrate();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Unsupported);
    CHECK(result.error().message.contains(QStringLiteral("newer")));
    CHECK(scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")) == migrator.latestVersion() + 1);

    // Session::open refuses it too, so neither the GUI nor kontorctl can write to it.
    auto session = Session::open(t.url());
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().kind == Error::Kind::Unsupported);
}

TEST_CASE("A failing migration step leaves the previous version intact", "[migrations]")
{
    TestDatabase t;
    auto db = openDb(t);
    std::vector<Migration> steps = schemaMigrations();
    const int next = steps.back().version + 1;
    steps.push_back(Migration{next, QStringLiteral("broken step"),
                              {QStringLiteral("CREATE TABLE half_done (id {PK})"),
                               QStringLiteral("INSERT INTO no_such_table VALUES (1)")},
                              {},
                              {}});
    Migrator migrator(db, steps);
    auto result = migrator.migrate();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("broken step")));

    // The good steps landed; the broken one left nothing behind, not even its first table.
    CHECK(*migrator.currentVersion() == next - 1);
    auto conn = db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("probe"));
    CHECK_FALSE(q.run(QStringLiteral("SELECT COUNT(*) FROM half_done")).ok());
}

TEST_CASE("Each thread gets its own configured connection", "[migrations][connections]")
{
    TestDatabase t;
    auto db = openDb(t);
    auto mainConn = db->connection();
    REQUIRE(mainConn.ok());
    const QString mainName = mainConn->connectionName();

    QString workerName;
    bool workerOpen = false;
    qint64 foreignKeys = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto conn = db->connection();
        workerOpen = conn.ok() && conn->isOpen();
        if (conn.ok()) {
            workerName = conn->connectionName();
            if (db->dialect().isSqlite()) {
                SqlStatement q(*conn, QStringLiteral("pragma"));
                auto v = q.scalar(QStringLiteral("PRAGMA foreign_keys"));
                foreignKeys = v ? v->toLongLong() : -1;
            }
        }
    }));
    thread->start();
    REQUIRE(thread->wait(10000));
    thread.reset();

    CHECK(workerOpen);
    CHECK_FALSE(workerName.isEmpty());
    CHECK(workerName != mainName);
    // The worker's connection was removed when its thread ended.
    CHECK_FALSE(QSqlDatabase::contains(workerName));
    if (db->dialect().isSqlite()) {
        CHECK(foreignKeys == 1);
        auto conn = db->connection();
        SqlStatement q(*conn, QStringLiteral("pragma"));
        CHECK(q.scalar(QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
    }
}

TEST_CASE("A server or file that cannot be opened gives a clear error", "[migrations][errors]")
{
    if (kontor::test::backendUnderTest() == Backend::Postgres) {
        // Nothing listens on port 1 of the loopback address.
        auto db = Database::open(DatabaseUrl::postgres(QStringLiteral("nobody"), QStringLiteral("127.0.0.1"), 1,
                                                       QStringLiteral("crm")));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("server")));
        CHECK(db.error().context.contains(QStringLiteral("127.0.0.1:1/crm")));
    } else {
        TestDatabase t;
        // A directory where the database file should be.
        const QString dir = t.tempPath(QStringLiteral("a-directory"));
        REQUIRE(QDir().mkpath(dir));
        auto db = Database::open(DatabaseUrl::sqlite(dir));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().context.contains(QStringLiteral("a-directory")));
    }
}

TEST_CASE("Step 5 moves phone search from digit suffixes to a trigram index", "[migrations][search]")
{
    TestDatabase t;
    auto db = openDb(t);
    Migrator migrator(db);
    REQUIRE(*migrator.migrate(4) == 4);
    auto conn = db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("old data"));
    REQUIRE(q.run(QStringLiteral("INSERT INTO contacts (first_name, last_name) VALUES ('Aino', 'Ackté')")).ok());
    const qint64 id = scalar(db, QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Aino'"));
    REQUIRE(q.run(QStringLiteral("INSERT INTO contact_phones (contact_id, phone, phone_digits)"
                                 " VALUES (?, '+358 40 123 4567', '358401234567')"),
                  {id})
                .ok());
    if (db->dialect().isSqlite()) {
        // The layout databases had before step 5: phone digit suffixes as words in contact_fts.
        for (const char *sql :
             {"DROP TRIGGER contacts_search_ai", "DROP TRIGGER contacts_search_au",
              "DROP TRIGGER contact_phones_search_ai", "DROP TABLE contact_phone_fts",
              "DROP TABLE contact_fts",
              "CREATE VIRTUAL TABLE contact_fts USING fts5(name, company, emails, phones)",
              "INSERT INTO contact_fts (rowid, name, company, emails, phones)"
              " SELECT id, first_name || ' ' || last_name, '', '', '358401234567 58401234567'"
              " FROM contacts"}) {
            INFO(sql);
            REQUIRE(q.run(QLatin1String(sql)).ok());
        }
    }
    REQUIRE(migrator.migrate().ok());

    SearchRepository search(Session {db, 1});
    for (const char *text : {"40 123 45", "1234567", "+358401234567", "ackte"}) {
        INFO(text);
        auto hits = search.search(QLatin1String(text), 5);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().id == id);
    }
    // And a phone added after the upgrade is found as well: the triggers are back.
    REQUIRE(q.run(QStringLiteral("INSERT INTO contact_phones (contact_id, phone, phone_digits)"
                                 " VALUES (?, '+7 916 765 43 21', '79167654321')"),
                  {id})
                .ok());
    auto hits = search.search(QStringLiteral("765 43"), 5);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
}
