#pragma once

#include "session.h"
#include "storage/database_url.h"

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace kontor::test {

// The back end a storage test runs on, chosen by CTest through KONTOR_TEST_BACKEND
// ("sqlite" or "postgres"): every storage test binary is registered once per back end.
// PostgreSQL tests need KONTOR_TEST_PG_URL, an admin URL of the throwaway server that
// `./kontor.sh test` starts (e.g. postgresql://postgres@127.0.0.1:55432/postgres).
Backend backendUnderTest();
QString backendName();

// A fresh, empty database for one test: a new SQLite file in a temporary folder, or a new
// PostgreSQL database created on the test server (and dropped again afterwards).
// The first column of the first row of `sql` on the session's connection (fails the test on an
// error or no row): a count, a key, a stored text.
QVariant sqlValue(const Session &session, const QString &sql, const QVariantList &binds = {});

// Writes `text` as UTF-8 to `path` (fails the test if it cannot): the files import tests read.
void writeFile(const QString &path, const QString &text);

class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    const DatabaseUrl &url() const { return m_url; }
    // Opened and migrated to the latest schema; fails the test if that does not work.
    Session session();
    // Folder for other files the test writes (exports, CLI output).
    QString tempPath(const QString &name) const;
    // Writes `bytes` to tempPath(name) (fails the test if it cannot) and returns that path:
    // the file an import test reads.
    QString writeFile(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgDatabase;
    QString m_pgAdminUrl;
};

} // namespace kontor::test
