#include "test_database.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {
qint64 countCompanies(const Session &s)
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("count"));
    return q.scalar(QStringLiteral("SELECT COUNT(*) FROM companies"))->toLongLong();
}

Status addCompany(const Session &s, const QString &name)
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("insert"));
    return q.run(QStringLiteral("INSERT INTO companies (name) VALUES (?)"), {name});
}
} // namespace

TEST_CASE("A transaction guard rolls back unless committed", "[transactions]")
{
    TestDatabase t;
    Session s = t.session();
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    {
        Transaction tx(*conn, s.db->dialect());
        REQUIRE(tx.ok());
        REQUIRE(addCompany(s, QStringLiteral("Forgotten Oy")).ok());
        CHECK(countCompanies(s) == 1);
    } // no commit
    CHECK(countCompanies(s) == 0);
    CHECK(Transaction::depth(*conn) == 0);

    {
        Transaction tx(*conn, s.db->dialect());
        REQUIRE(addCompany(s, QStringLiteral("Kept AB")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(countCompanies(s) == 1);
}

TEST_CASE("Nested guards become savepoints", "[transactions]")
{
    TestDatabase t;
    Session s = t.session();
    auto conn = s.db->connection();
    Transaction outer(*conn, s.db->dialect());
    REQUIRE(outer.ok());
    REQUIRE(addCompany(s, QStringLiteral("Outer Ltd")).ok());
    {
        Transaction inner(*conn, s.db->dialect());
        REQUIRE(inner.ok());
        CHECK(Transaction::depth(*conn) == 2);
        REQUIRE(addCompany(s, QStringLiteral("Inner, rolled back")).ok());
    }
    {
        Transaction inner(*conn, s.db->dialect());
        REQUIRE(addCompany(s, QStringLiteral("Inner, kept")).ok());
        REQUIRE(inner.commit().ok());
    }
    CHECK(countCompanies(s) == 2);
    REQUIRE(outer.commit().ok());
    CHECK(countCompanies(s) == 2);
    CHECK(Transaction::depth(*conn) == 0);
}

TEST_CASE("A failed statement inside a repository call leaves nothing half-written", "[transactions]")
{
    TestDatabase t;
    Session s = t.session();
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("insert"));
    // A contact pointing at a company that does not exist violates the foreign key.
    auto st = q.run(QStringLiteral("INSERT INTO contacts (first_name, company_id) VALUES ('Orphan', 424242)"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == Error::Kind::Storage);
    CHECK_FALSE(st.error().detail.isEmpty());
    SqlStatement c(*conn, QStringLiteral("count"));
    CHECK(c.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts"))->toLongLong() == 0);
}

TEST_CASE("A unique clash is reported as a conflict", "[transactions]")
{
    TestDatabase t;
    Session s = t.session();
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("Cannot add the tag"));
    REQUIRE(q.run(QStringLiteral("INSERT INTO tags (name) VALUES ('VIP')")).ok());
    auto st = q.run(QStringLiteral("INSERT INTO tags (name) VALUES ('VIP')"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == Error::Kind::Conflict);
    CHECK(st.error().message == QStringLiteral("Cannot add the tag"));
}

TEST_CASE("Kept prepared statements stay correct across rollbacks, schema changes and reconnects",
          "[transactions][statements]")
{
    TestDatabase t;
    Session s = t.session();
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    const QString byName = QStringLiteral("SELECT COUNT(*) FROM companies WHERE name = ?");
    const auto count = [&](const QString &name) {
        auto c = s.db->connection();
        REQUIRE(c.ok());
        SqlStatement q(*c, QStringLiteral("count"));
        auto n = q.scalar(byName, {name});
        INFO((n.ok() ? QString() : n.error().toString()).toStdString());
        REQUIRE(n.ok());
        return n->toLongLong();
    };
    REQUIRE(addCompany(s, QStringLiteral("Kept Oy")).ok());
    CHECK(count(QStringLiteral("Kept Oy")) == 1); // prepared, then kept
    CHECK(count(QStringLiteral("Other")) == 0);   // the kept one, with its new value

    // First prepared inside a transaction that rolls back (PostgreSQL keeps a PREPARE anyway).
    const QString byCity = QStringLiteral("SELECT COUNT(*) FROM companies WHERE city = ?");
    {
        Transaction tx(*conn, s.db->dialect());
        REQUIRE(tx.ok());
        SqlStatement q(*conn, QStringLiteral("count"));
        REQUIRE(q.scalar(byCity, {QStringLiteral("Turku")}).ok());
    }
    {
        SqlStatement q(*conn, QStringLiteral("count"));
        auto n = q.scalar(byCity, {QStringLiteral("Turku")});
        REQUIRE(n.ok());
        CHECK(n->toLongLong() == 0);
    }

    // A kept statement neither blocks a commit nor a change of the table it reads, and reads
    // the table as it is after the change.
    {
        Transaction tx(*conn, s.db->dialect());
        REQUIRE(tx.ok());
        SqlStatement ddl(*conn, QStringLiteral("ddl"));
        REQUIRE(ddl.run(QStringLiteral("ALTER TABLE companies ADD COLUMN kept_test INTEGER")).ok());
        REQUIRE(addCompany(s, QStringLiteral("Kept Oy")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(count(QStringLiteral("Kept Oy")) == 2);

    // The same SQL open twice at once: each gets its own statement, both work.
    {
        SqlStatement a(*conn, QStringLiteral("a"));
        SqlStatement b(*conn, QStringLiteral("b"));
        REQUIRE(a.run(byName, {QStringLiteral("Kept Oy")}).ok());
        REQUIRE(b.run(byName, {QStringLiteral("Other")}).ok());
        REQUIRE(a.next());
        REQUIRE(b.next());
        CHECK(a.value(0).toLongLong() == 2);
        CHECK(b.value(0).toLongLong() == 0);
    }

    // A connection opened again (a PostgreSQL server forgets its prepared statements with the
    // session) prepares anew instead of running statements the server no longer has.
    s.db->closeThreadConnection();
    CHECK(count(QStringLiteral("Kept Oy")) == 2);
}
