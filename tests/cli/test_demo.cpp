// The demo generator, on the back end CTest chose: what a user would notice in the data.
#include "test_database.h"

#include "contacts/phone.h"
#include "storage/bulk_load.h"
#include "demo/demo_generator.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlRecord>

using namespace kontor;

namespace {

DemoOptions smallDemo(quint64 seed = 42)
{
    DemoOptions o;
    o.contacts = 600;
    o.companies = 80;
    o.deals = 150;
    o.seed = seed;
    o.anchor = QDate(2024, 6, 30);
    return o;
}

QSqlDatabase connectionOf(const Session &s)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    return *conn;
}

qint64 count(const Session &s, const QString &sql)
{
    SqlStatement q(connectionOf(s), sql);
    auto v = q.scalar(sql);
    INFO((v ? QString() : v.error().toString()).toStdString());
    REQUIRE(v.ok());
    return v->toLongLong();
}

DemoStats generate(const Session &s, const DemoOptions &o)
{
    auto stats = DemoGenerator(s, o).run();
    INFO((stats ? QString() : stats.error().toString()).toStdString());
    REQUIRE(stats.ok());
    return *stats;
}

// A digest of what a user sees: names, e-mails, phones, deal titles and amounts, stage
// names, activity and task times. Ids are left out on purpose.
QByteArray fingerprint(const Session &s)
{
    const char *const queries[] = {
        "SELECT first_name, last_name, title, city, status, temperature, birthday,"
        " last_contacted_at FROM contacts ORDER BY id",
        "SELECT email FROM contact_emails ORDER BY id",
        "SELECT phone FROM contact_phones ORDER BY id",
        "SELECT name, website, city FROM companies ORDER BY id",
        "SELECT d.title, d.amount_minor, d.currency, d.status, st.name, d.closed_at"
        " FROM deals d JOIN stages st ON st.id = d.stage_id ORDER BY d.id",
        "SELECT kind, subject, occurred_at FROM activities ORDER BY id",
        "SELECT title, due_at, done_at FROM tasks ORDER BY id",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : queries) {
        SqlStatement q(connectionOf(s), QStringLiteral("fingerprint"));
        REQUIRE(q.run(QLatin1String(sql)).ok());
        const int columns = q.query().record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                hash.addData((q.value(c).toString() + QLatin1Char('|')).toUtf8());
        }
    }
    return hash.result().toHex();
}

} // namespace

TEST_CASE("demo: creates the counts asked for and the tables around them", "[demo]")
{
    test::TestDatabase tdb;
    Session s = tdb.session();
    const DemoStats stats = generate(s, smallDemo());

    CHECK(stats.contacts == 600);
    CHECK(stats.companies == 80);
    CHECK(stats.deals == 150);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contacts")) == 600);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 80);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM deals")) == 150);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM activities")) == stats.activities);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM tasks")) == stats.tasks);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM deal_stage_history"))
          == stats.stageChanges);
    // ~3 activities per deal plus one per five contacts.
    CHECK(stats.activities > 150 * 2);
    CHECK(stats.tasks == 150 / 2 + 600 / 50);

    // Two pipelines, deals in both; owners are several sales people.
    CHECK(count(s, QStringLiteral("SELECT COUNT(DISTINCT pipeline_id) FROM deals")) == 2);
    CHECK(count(s, QStringLiteral("SELECT COUNT(DISTINCT owner_id) FROM contacts")) >= 5);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'manager'")) >= 1);
    // Every status, temperature and source a filter offers has contacts.
    CHECK(count(s, QStringLiteral("SELECT COUNT(DISTINCT status) FROM contacts")) == 3);
    CHECK(count(s, QStringLiteral("SELECT COUNT(DISTINCT temperature) FROM contacts")) == 3);
    CHECK(count(s, QStringLiteral("SELECT COUNT(DISTINCT source) FROM contacts")) == 6);
    CHECK(count(s,
                QStringLiteral("SELECT COUNT(*) FROM contact_tags t JOIN tags g ON g.id = t.tag_id"
                               " WHERE g.name = 'VIP'"))
          > 0);
    CHECK(
        count(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE company_role_id IS NOT NULL"))
        > 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM deal_items")) > 0);
    if (test::backendUnderTest() == Backend::Sqlite) {
        // The generator loads with SQLite's foreign key checks off: every reference must
        // still hold, and checks must be back on for this connection afterwards.
        SqlStatement check(connectionOf(s), QStringLiteral("foreign_key_check"));
        REQUIRE(check.run(QStringLiteral("PRAGMA foreign_key_check")).ok());
        CHECK_FALSE(check.next());
        CHECK(count(s, QStringLiteral("PRAGMA foreign_keys")) == 1);
    }
    // Each contact has a way to reach them, in ASCII.
    CHECK(count(s,
                QStringLiteral(
                    "SELECT COUNT(*) FROM contact_emails WHERE email NOT LIKE '%_@_%._%'"))
          == 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_phones WHERE phone NOT LIKE '+%'"))
          == 0);
    // ...and every phone is a number of its country as libphonenumber knows them (the card and
    // the import refuse anything else, so a demo number must pass the same check).
    SqlStatement phones(connectionOf(s), QStringLiteral("phones"));
    REQUIRE(phones.run(QStringLiteral("SELECT phone FROM contact_phones UNION SELECT phone FROM companies"
                                      " WHERE phone IS NOT NULL")).ok());
    QStringList refused;
    int checked = 0;
    while (phones.next()) {
        const QString typed = phones.value(0).toString();
        ++checked;
        if (!phone::checkedMatchDigits(typed, QStringLiteral("US"), {}))
            refused << typed;
    }
    CHECK(checked > 600);
    INFO(refused.join(QStringLiteral(", ")).toStdString());
    CHECK(refused.isEmpty());
}

TEST_CASE("demo: names come in several scripts", "[demo]")
{
    test::TestDatabase tdb;
    Session s = tdb.session();
    generate(s, smallDemo());

    int cyrillic = 0, arabic = 0, lao = 0, latin = 0;
    SqlStatement q(connectionOf(s), QStringLiteral("names"));
    REQUIRE(q.run(QStringLiteral("SELECT first_name || ' ' || last_name FROM contacts")).ok());
    while (q.next()) {
        const QString name = q.value(0).toString();
        const ushort c = name.at(0).unicode();
        cyrillic += c >= 0x0400 && c <= 0x04FF;
        arabic += c >= 0x0600 && c <= 0x06FF;
        lao += c >= 0x0E80 && c <= 0x0EFF;
        latin += c < 0x0250;
    }
    CHECK(cyrillic > 30);
    CHECK(arabic > 20);
    CHECK(lao > 20);
    CHECK(latin > 100);
    // Each contact carries its folded name key, as the repository writes it: an import
    // matching by name finds demo people without folding the whole base first.
    REQUIRE(q.run(QStringLiteral("SELECT first_name, last_name, name_fold FROM contacts")).ok());
    int wrongKeys = 0;
    while (q.next())
        wrongKeys += q.value(2).toString() != contactNameKey(q.value(0).toString(), q.value(1).toString());
    CHECK(wrongKeys == 0);
    // Company names too, e.g. Lao ones.
    CHECK(count(s,
                QStringLiteral("SELECT COUNT(*) FROM companies"
                               " WHERE legal_name LIKE '%ຈໍາກັດ%'"))
          > 0);
}

TEST_CASE("demo: the same seed and anchor give the same data, another seed other data", "[demo]")
{
    test::TestDatabase a, b, c;
    Session sa = a.session(), sb = b.session(), sc = c.session();
    generate(sa, smallDemo(7));
    generate(sb, smallDemo(7));
    generate(sc, smallDemo(8));
    const QByteArray fa = fingerprint(sa);
    CHECK(fa == fingerprint(sb));
    CHECK(fa != fingerprint(sc));
}

TEST_CASE("demo: stage history walks each deal to its current stage", "[demo]")
{
    test::TestDatabase tdb;
    Session s = tdb.session();
    generate(s, smallDemo());

    SqlStatement q(connectionOf(s), QStringLiteral("history"));
    REQUIRE(
        q.run(QStringLiteral("SELECT d.id, d.stage_id, d.status, d.stage_entered_at, d.closed_at,"
                             " h.from_stage_id, h.to_stage_id, h.changed_at, st.position"
                             " FROM deals d JOIN deal_stage_history h ON h.deal_id = d.id"
                             " JOIN stages st ON st.id = h.to_stage_id"
                             " ORDER BY d.id, h.changed_at, h.id"))
            .ok());
    struct Deal
    {
        qint64 id = 0, stage = 0, entered = 0, closed = 0, lastTo = 0, lastAt = 0, rows = 0;
        QString status;
        bool ok = true;
    };
    std::vector<Deal> deals;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (deals.empty() || deals.back().id != id) {
            Deal d;
            d.id = id;
            d.stage = q.value(1).toLongLong();
            d.status = q.value(2).toString();
            d.entered = q.value(3).toLongLong();
            d.closed = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
            // The first row records the creation: it comes from no stage.
            d.ok = q.value(5).isNull();
            deals.push_back(d);
        } else {
            Deal &d = deals.back();
            d.ok = d.ok && q.value(5).toLongLong() == d.lastTo
                && q.value(7).toLongLong() >= d.lastAt;
        }
        Deal &d = deals.back();
        d.lastTo = q.value(6).toLongLong();
        d.lastAt = q.value(7).toLongLong();
        d.rows++;
    }
    REQUIRE(deals.size() == 150);
    int won = 0, lost = 0, open = 0;
    for (const Deal &d : deals) {
        INFO("deal " << d.id);
        CHECK(d.ok);
        CHECK(d.lastTo == d.stage);
        CHECK(d.entered == d.lastAt);
        if (d.status == QLatin1String("open")) {
            ++open;
            CHECK(d.closed == 0);
        } else {
            won += d.status == QLatin1String("won");
            lost += d.status == QLatin1String("lost");
            CHECK(d.closed == d.lastAt);
        }
    }
    CHECK(won > 0);
    CHECK(lost > 0);
    CHECK(open > 0);
    CHECK(count(s,
                QStringLiteral("SELECT COUNT(*) FROM deals WHERE status = 'lost'"
                               " AND lost_reason_id IS NULL"))
          == 0);
    // Two years of history ending at the anchor (2024-06-30 17:00 UTC = 1719766800).
    CHECK(count(s, QStringLiteral("SELECT MAX(changed_at) FROM deal_stage_history"))
          <= 1719766800);
    CHECK(count(s, QStringLiteral("SELECT MIN(changed_at) FROM deal_stage_history"))
          >= 1719766800 - 730 * 86400);
}

TEST_CASE("demo: contacts' last contact and tasks agree with the calendar", "[demo]")
{
    test::TestDatabase tdb;
    Session s = tdb.session();
    generate(s, smallDemo());

    CHECK(count(s,
                QStringLiteral(
                    "SELECT COUNT(*) FROM contacts c WHERE COALESCE(c.last_contacted_at, 0) <>"
                    " COALESCE((SELECT MAX(a.occurred_at) FROM activities a"
                    " WHERE a.contact_id = c.id), 0)"))
          == 0);
    CHECK(
        count(s,
              QStringLiteral("SELECT COUNT(*) FROM contacts WHERE last_contacted_at IS NOT NULL"))
        > 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM activities WHERE deal_id IS NOT NULL"))
          > 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE created_at > updated_at"))
          == 0);

    // Anchor day 2024-06-30 = [1719705600, 1719792000).
    CHECK(count(s,
                QStringLiteral("SELECT COUNT(*) FROM tasks WHERE done_at IS NULL"
                               " AND due_at < 1719705600"))
          > 0); // overdue
    CHECK(count(s,
                QStringLiteral("SELECT COUNT(*) FROM tasks WHERE done_at IS NULL"
                               " AND due_at >= 1719705600 AND due_at < 1719792000"))
          > 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE done_at IS NOT NULL")) > 0);
}

TEST_CASE("demo: cancel from the progress callback leaves the database unchanged", "[demo]")
{
    test::TestDatabase tdb;
    Session s = tdb.session();
    const qint64 usersBefore = count(s, QStringLiteral("SELECT COUNT(*) FROM users"));
    const qint64 pipelinesBefore = count(s, QStringLiteral("SELECT COUNT(*) FROM pipelines"));

    int calls = 0;
    auto result = DemoGenerator(s, smallDemo()).run([&calls](int percent, const QString &) {
        ++calls;
        return percent < 40; // the user presses Cancel part-way through
    });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("cancel")));
    CHECK(calls > 1);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contacts")) == 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM users")) == usersBefore);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM pipelines")) == pipelinesBefore);

    // And the database still takes a full run afterwards.
    generate(s, smallDemo());
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contacts")) == 600);
}

TEST_CASE("demo: batch rows keep quotes, backslashes, control characters and scripts", "[demo]")
{
    test::TestDatabase tdb;
    Session s = tdb.session();
    const QStringList values = {QStringLiteral("O'Neill \"the quick\" \\ fox"),
                                QStringLiteral("line\nbreak\ttab\x01"),
                                QStringLiteral("ສົມພອນ ແກ້ວມະນີ / Иван / سارا / 😀"),
                                QString(),
                                QStringLiteral("12345"),
                                QStringLiteral("null")};
    {
        BatchInserter rows(connectionOf(s), s.db->dialect(), QStringLiteral("settings"),
                                 {QStringLiteral("key"), QStringLiteral("value")}, false, 4);
        for (int i = 0; i < values.size(); ++i) {
            rows << QStringLiteral("k%1").arg(i)
                 << (values[i].isNull() ? nullText() : QVariant(values[i]));
            REQUIRE(rows.endRow().ok());
        }
        REQUIRE(rows.finish().ok());
        CHECK(rows.rows() == values.size());
    }
    SqlStatement q(connectionOf(s), QStringLiteral("read back"));
    REQUIRE(q.run(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'k%'"
                                 " ORDER BY key"))
                .ok());
    int i = 0;
    while (q.next()) {
        INFO("row " << i);
        CHECK(q.value(0).toString() == QStringLiteral("k%1").arg(i));
        CHECK(q.value(1).isNull() == values[i].isNull());
        CHECK(q.value(1).toString() == values[i]);
        ++i;
    }
    CHECK(i == values.size());
}

TEST_CASE("demo: batch rows land the same through SQLite's C API and through JSON", "[demo]")
{
    // 157 rows: several whole groups of the C API route plus a group left half full at the
    // end, and flushes that are not a multiple of either.
    test::TestDatabase tdb;
    Session s = tdb.session();
    const QStringList columns = {QStringLiteral("name"), QStringLiteral("color")};
    auto load = [&](bool portable, const QString &prefix) {
        BatchInserter rows(connectionOf(s), s.db->dialect(), QStringLiteral("tags"), columns,
                           true, 50);
        if (portable)
            rows.usePortableSql();
        std::vector<qint64> ids;
        rows.setFlushHandler([&](const std::vector<qint64> &batch) -> Status {
            ids.insert(ids.end(), batch.begin(), batch.end());
            return {};
        });
        for (int i = 0; i < 157; ++i) {
            rows << QStringLiteral("%1 %2 «ä» \"q\"").arg(prefix).arg(i, 3, 10, QLatin1Char('0'))
                 << (i % 3 == 0 ? nullText() : QVariant(QStringLiteral("#%1").arg(i)));
            REQUIRE(rows.endRow().ok());
        }
        REQUIRE(rows.finish().ok());
        CHECK(rows.rows() == 157);
        return ids;
    };
    const std::vector<qint64> fast = load(false, QStringLiteral("fast"));
    const std::vector<qint64> json = load(true, QStringLiteral("json"));
    REQUIRE(fast.size() == 157);
    REQUIRE(json.size() == 157);

    // Each id names the row that was added in that place, on both routes.
    for (const auto &[ids, prefix] : {std::pair(fast, QStringLiteral("fast")),
                                      std::pair(json, QStringLiteral("json"))}) {
        for (size_t i = 0; i < ids.size(); i += 13) {
            SqlStatement q(connectionOf(s), QStringLiteral("read back"));
            REQUIRE(q.run(QStringLiteral("SELECT name, color FROM tags WHERE id = ?"), {ids[i]})
                        .ok());
            REQUIRE(q.next());
            CHECK(q.value(0).toString()
                  == QStringLiteral("%1 %2 «ä» \"q\"").arg(prefix).arg(int(i), 3, 10,
                                                                     QLatin1Char('0')));
            CHECK(q.value(1).isNull() == (i % 3 == 0));
        }
    }
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM tags WHERE color IS NULL"
                                  " AND name LIKE 'fast%'"))
          == count(s, QStringLiteral("SELECT COUNT(*) FROM tags WHERE color IS NULL"
                                     " AND name LIKE 'json%'")));
}

TEST_CASE("demo: a bulk load that the database refuses says which table", "[demo]")
{
    test::TestDatabase tdb;
    Session s = tdb.session();
    for (bool portable : {false, true}) {
        INFO("portable " << portable);
        BatchInserter rows(connectionOf(s), s.db->dialect(), QStringLiteral("tags"),
                           {QStringLiteral("name"), QStringLiteral("color")});
        if (portable)
            rows.usePortableSql();
        // tags.name is unique: the second row is refused, whichever route wrote it.
        for (int i = 0; i < 2; ++i) {
            rows << QStringLiteral("same %1").arg(portable) << QStringLiteral("#000");
            REQUIRE(rows.endRow().ok());
        }
        const Status st = rows.finish();
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().context == QStringLiteral("tags"));
    }
}
