#pragma once

#include "util/result.h"

#include <QString>

namespace kontor {

enum class Backend { Sqlite, Postgres };

// Names a database: `sqlite:/path/to/file.sqlite` or
// `postgresql://user@host:5432/dbname[?option=value&...]`.
// A password is never part of the URL we keep or print: it comes from the OS keychain,
// PGPASSWORD or ~/.pgpass (libpq reads the last two by itself).
class DatabaseUrl
{
public:
    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);
    static DatabaseUrl postgres(const QString &user, const QString &host, int port,
                                const QString &database);

    // KONTOR_DB if set, else kontor.sqlite in the per-user application data folder.
    static Result<DatabaseUrl> defaultUrl();
    static QString defaultSqlitePath();

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString path() const { return m_path; } // SQLite file
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString connectOptions() const { return m_options; } // libpq "k=v;k=v"

    // Canonical text form, safe to show and store (never contains a password).
    QString toString() const;
    // Short label for a status bar: file name, or user@host/db.
    QString displayName() const;

    bool operator==(const DatabaseUrl &o) const { return toString() == o.toString(); }

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_options;
};

} // namespace kontor
