#include "storage/database.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>


namespace kontor {

std::atomic<quint64> Database::s_nextInstance{1};

namespace {

void closeAndRemove(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    dropKeptStatements(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

} // namespace

Database::Database(DatabaseUrl url, QString password)
    : m_url(std::move(url))
    , m_dialect(m_url.backend())
    , m_password(std::move(password))
    , m_instance(s_nextInstance++)
{
}

Database::~Database()
{
    // Worker threads have removed their own connections when they finished; what is left
    // belongs to this (normally the main) thread.
    QMutexLocker lock(&m_mutex);
    const QString mine = connectionName();
    for (const QString &name : std::as_const(m_connectionNames)) {
        if (name == mine)
            closeAndRemove(name);
        else if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl &url, const QString &password)
{
    if (url.isSqlite()) {
        const QFileInfo info(url.path());
        if (!QDir().mkpath(info.absolutePath())) {
            return Error{Error::Kind::Storage, tr("Cannot create the folder for the database"),
                         info.absolutePath(), {}};
        }
    }
    std::shared_ptr<Database> db(new Database(url, password));
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    return db;
}

QString Database::connectionName() const
{
    return QStringLiteral("kontor-%1-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    return openConnection(name);
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    closeAndRemove(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName())) {
        return Error{Error::Kind::Unsupported,
                     tr("The database driver is not installed"), m_dialect.driverName(),
                     m_url.isSqlite() ? QStringLiteral("install libqt6sql6-sqlite")
                                      : QStringLiteral("install libqt6sql6-psql")};
    }
    // Statements kept for an earlier session of this connection name are not this one's (a
    // PostgreSQL server forgets them with the session).
    dropKeptStatements(name);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (m_url.isSqlite()) {
        db.setDatabaseName(m_url.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    } else {
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setUserName(m_url.user());
        db.setDatabaseName(m_url.databaseName());
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        QString options = QStringLiteral("connect_timeout=10;application_name=kontor");
        if (!m_url.connectOptions().isEmpty())
            options += QLatin1Char(';') + m_url.connectOptions();
        db.setConnectOptions(options);
    }

    if (!db.open()) {
        const QSqlError err = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{Error::Kind::Storage,
                     m_url.isSqlite() ? tr("Cannot open the database file")
                                      : tr("Cannot connect to the database server"),
                     m_url.toString(), err.text().trimmed()};
    }

    // Per-connection settings. SQLite: write-ahead log so readers never block the writer,
    // foreign keys enforced, a cache large enough for a million-row list.
    QStringList setup;
    if (m_url.isSqlite()) {
        setup << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA foreign_keys=ON")
              << QStringLiteral("PRAGMA synchronous=NORMAL")
              << QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs)
              << QStringLiteral("PRAGMA cache_size=-65536") << QStringLiteral("PRAGMA temp_store=MEMORY");
    } else {
        setup << QStringLiteral("SET TIME ZONE 'UTC'") << QStringLiteral("SET client_min_messages = warning");
    }
    for (const QString &sql : std::as_const(setup)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QString detail = q.lastError().text();
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{Error::Kind::Storage, tr("The database refused Kontor's settings"),
                         m_url.toString(), sql + QStringLiteral(": ") + detail};
        }
    }

    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames << name;
    }
    // A worker thread's connection goes away with the thread. QThread::finished is emitted
    // on the finishing thread itself, while Qt still knows it, so the removal happens on the
    // owning thread as Qt requires. (The main thread's connection is removed by ~Database.)
    QThread *thread = QThread::currentThread();
    if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
        QObject::connect(thread, &QThread::finished, thread, [name] { closeAndRemove(name); },
                         Qt::DirectConnection);
    }
    return db;
}

} // namespace kontor
