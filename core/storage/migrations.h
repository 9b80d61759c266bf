#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace kontor {

// One schema step. Its statements are written with the portable tokens of Dialect::ddl();
// a step that needs different SQL per back end says so in `postgresOnly` / `sqliteOnly`.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    QStringList sqliteOnly;
    QStringList postgresOnly;
    // Run after the statements in the same transaction, for values SQL cannot compute on
    // both back ends (e.g. names folded by Qt). Empty for most steps.
    std::function<Status(const QSqlDatabase &)> backfill = {};
};

// The ordered list of every schema step Kontor knows, oldest first.
const std::vector<Migration> &schemaMigrations();

// Applies migrations. Each step and its version bump commit in one transaction, so a crash
// leaves the database at the previous version, never in between.
class Migrator
{
public:
    explicit Migrator(DatabasePtr db, std::vector<Migration> steps = schemaMigrations());

    int latestVersion() const;
    // 0 for an empty database.
    Result<int> currentVersion() const;
    // Upgrades to `target` (default: latest). Refuses a database newer than this build.
    Result<int> migrate(int target = -1) const;

private:
    Status ensureVersionTable(const QSqlDatabase &conn) const;

    DatabasePtr m_db;
    std::vector<Migration> m_steps;
};

} // namespace kontor
