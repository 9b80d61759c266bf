#include "test_database.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QUuid>

#include <cstdlib>

namespace kontor::test {

Backend backendUnderTest()
{
    const QString name = qEnvironmentVariable("KONTOR_TEST_BACKEND", QStringLiteral("sqlite"));
    return name == QLatin1String("postgres") ? Backend::Postgres : Backend::Sqlite;
}

QString backendName()
{
    return backendUnderTest() == Backend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

namespace {
// Exit code CTest treats as "skipped" (SKIP_RETURN_CODE 77): a PostgreSQL run with no
// server is reported as skipped, never as passed.
[[noreturn]] void skipNoServer()
{
    fprintf(stderr, "KONTOR_TEST_PG_URL is not set: run the suite with ./kontor.sh test, "
                    "which starts a throwaway PostgreSQL server.\n");
    std::exit(77);
}
} // namespace

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
    if (backendUnderTest() == Backend::Sqlite) {
        m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("test.sqlite")));
        return;
    }
    m_pgAdminUrl = qEnvironmentVariable("KONTOR_TEST_PG_URL");
    if (m_pgAdminUrl.isEmpty())
        skipNoServer();
    auto admin = DatabaseUrl::parse(m_pgAdminUrl);
    REQUIRE(admin.ok());
    m_pgDatabase = QStringLiteral("kontor_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        auto db = Database::open(*admin);
        INFO((db ? QString() : db.error().toString()).toStdString());
        REQUIRE(db.ok());
        auto conn = (*db)->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("create test database"));
        // The name is generated above, never user input.
        auto st = q.run(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase));
        INFO((st ? QString() : st.error().toString()).toStdString());
        REQUIRE(st.ok());
    }
    m_url = DatabaseUrl::postgres(admin->user(), admin->host(), admin->port(), m_pgDatabase);
}

TestDatabase::~TestDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    auto admin = DatabaseUrl::parse(m_pgAdminUrl);
    if (!admin)
        return;
    auto db = Database::open(*admin);
    if (!db)
        return;
    auto conn = (*db)->connection();
    if (!conn)
        return;
    SqlStatement q(*conn, QStringLiteral("drop test database"));
    (void)q.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
}

Session TestDatabase::session()
{
    auto s = Session::open(m_url);
    INFO((s ? QString() : s.error().toString()).toStdString());
    REQUIRE(s.ok());
    return *s;
}

QString TestDatabase::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString TestDatabase::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = tempPath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QVariant sqlValue(const Session &session, const QString &sql, const QVariantList &binds)
{
    auto conn = session.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto value = q.scalar(sql, binds);
    INFO(sql.toStdString() << ": " << (value ? QString() : value.error().toString()).toStdString());
    REQUIRE(value.ok());
    return *value;
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray bytes = text.toUtf8();
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace kontor::test
