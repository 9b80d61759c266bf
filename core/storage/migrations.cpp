#include "storage/migrations.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::Migrator", text);
}
} // namespace

Migrator::Migrator(DatabasePtr db, std::vector<Migration> steps)
    : m_db(std::move(db))
    , m_steps(std::move(steps))
{
}

int Migrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Status Migrator::ensureVersionTable(const QSqlDatabase &conn) const
{
    SqlStatement q(conn, tr("Cannot create the schema version table"));
    return q.run(m_db->dialect().ddl(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY,"
        " description TEXT NOT NULL,"
        " applied_at {TS} NOT NULL DEFAULT {NOW})")));
}

Result<int> Migrator::currentVersion() const
{
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    if (auto st = ensureVersionTable(*conn); !st)
        return st.error();
    SqlStatement q(*conn, tr("Cannot read the schema version"));
    auto v = q.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> Migrator::migrate(int target) const
{
    if (target < 0)
        target = latestVersion();
    auto conn = m_db->connection();
    if (!conn)
        return conn.error();
    if (auto st = ensureVersionTable(*conn); !st)
        return st.error();

    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error{Error::Kind::Unsupported,
                     tr("This database was created by a newer Kontor. Please update Kontor to open it."),
                     m_db->url().toString(),
                     QStringLiteral("schema version %1, this build knows up to %2").arg(*current).arg(latestVersion())};
    }

    const Dialect &dialect = m_db->dialect();
    int version = *current;
    for (const Migration &step : m_steps) {
        if (step.version <= version || step.version > target)
            continue;
        Transaction tx(*conn, dialect);
        if (!tx.ok())
            return tx.error();
        if (dialect.isPostgres()) {
            // Two clients starting at once: the second waits here, then sees the new version.
            SqlStatement lock(*conn, tr("Cannot lock the schema for upgrade"));
            if (auto st = lock.run(QStringLiteral("SELECT pg_advisory_xact_lock(4242001)")); !st)
                return st.error();
        }
        SqlStatement check(*conn, tr("Cannot read the schema version"));
        auto now = check.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
        if (!now)
            return now.error();
        if (now->toInt() >= step.version) {
            version = now->toInt();
            continue;
        }

        QStringList statements = step.statements;
        statements += dialect.isSqlite() ? step.sqliteOnly : step.postgresOnly;
        const QString what = tr("Upgrading the database failed at step %1 (%2)").arg(step.version).arg(step.description);
        for (const QString &portable : std::as_const(statements)) {
            SqlStatement q(*conn, what);
            if (auto st = q.run(dialect.ddl(portable)); !st)
                return st.error();
        }
        if (step.backfill) {
            if (auto st = step.backfill(*conn); !st)
                return st.error();
        }
        SqlStatement bump(*conn, what);
        if (auto st = bump.run(QStringLiteral("INSERT INTO schema_version (version, description) VALUES (?, ?)"),
                               {step.version, step.description});
            !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        version = step.version;
    }
    return version;
}

} // namespace kontor
