#pragma once

#include "storage/database_url.h"
#include "storage/dialect.h"
#include "util/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <memory>

namespace kontor {

// An open Kontor database. Hands each thread its own QSqlDatabase connection, named uniquely
// and configured on open; connections are never shared across threads. A worker thread's
// connection is closed when that thread ends; all remaining ones when this object dies.
class Database
{
public:
    // Opens (and for SQLite creates the file and folder of) the database, on the calling
    // thread, and checks that it answers. Does not touch the schema: see Migrator.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url, const QString &password = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    const Dialect &dialect() const { return m_dialect; }

    // The calling thread's connection, opened and configured on first use.
    Result<QSqlDatabase> connection() const;

    // Closes the calling thread's connection now (a worker about to finish may call it).
    void closeThreadConnection() const;

    // Milliseconds a writer waits for SQLite's lock before giving up.
    static constexpr int BusyTimeoutMs = 10000;

private:
    Database(DatabaseUrl url, QString password);
    QString connectionName() const;
    Result<QSqlDatabase> openConnection(const QString &name) const;

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_password; // held in memory only, never written anywhere
    quint64 m_instance;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    static std::atomic<quint64> s_nextInstance;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace kontor
