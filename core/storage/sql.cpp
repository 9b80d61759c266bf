#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <unordered_map>

namespace kontor {

Error sqlError(const QSqlError &error, const QString &message, const QString &context)
{
    Error e{Error::Kind::Storage, message, context, error.text().trimmed()};
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (code == QLatin1String("23505") || text.contains(QLatin1String("UNIQUE constraint failed"))) {
        e.kind = Error::Kind::Conflict;
    } else if (text.contains(QLatin1String("server closed the connection"))
               || text.contains(QLatin1String("no connection to the server"))
               || text.contains(QLatin1String("terminating connection"))
               || text.contains(QLatin1String("could not connect"))) {
        e.message = QCoreApplication::translate("Database", "The database server cannot be reached")
                    + QStringLiteral("; ") + message;
    } else if (code == QLatin1String("13") || text.contains(QLatin1String("database or disk is full"))) {
        e.message = QCoreApplication::translate("Database", "The disk is full; nothing was saved")
                    + QStringLiteral("; ") + message;
    } else if (text.contains(QLatin1String("database is locked"))) {
        e.message = QCoreApplication::translate("Database", "Another program is writing to the database")
                    + QStringLiteral("; ") + message;
    }
    return e;
}

namespace {

constexpr size_t kKeptPerConnection = 300; // distinct statements; then it starts over

// Per thread, like the connections (Database::connection()): connection name -> SQL -> query.
using Kept = std::unordered_map<QString, QSqlQuery>; // QHash would copy (QSqlQuery only moves)

std::unordered_map<QString, Kept> &keptStatements()
{
    thread_local std::unordered_map<QString, Kept> kept;
    return kept;
}

bool keepsStatements(const QSqlDatabase &db)
{
    if (!db.driver())
        return false;
    const QSqlDriver::DbmsType type = db.driver()->dbmsType();
    return type == QSqlDriver::SQLite || type == QSqlDriver::PostgreSQL;
}

} // namespace

void dropKeptStatements(const QString &connectionName)
{
    keptStatements().erase(connectionName);
}

SqlStatement::SqlStatement(const QSqlDatabase &db, QString what)
    : m_db(db)
    , m_query(db)
    , m_what(std::move(what))
{
    m_query.setForwardOnly(true);
}

SqlStatement::~SqlStatement()
{
    keepPrepared(false);
}

void SqlStatement::keepPrepared(bool replace)
{
    if (m_keptSql.isEmpty())
        return;
    m_query.finish(); // reset: a kept statement holds no lock and no half-read rows
    Kept &mine = keptStatements()[m_db.connectionName()];
    if (mine.size() >= kKeptPerConnection)
        mine.clear();
    mine.try_emplace(m_keptSql, std::move(m_query)); // the same SQL may be open twice: one is kept
    m_keptSql.clear();
    if (replace) { // the statement runs more SQL
        m_query = QSqlQuery(m_db);
        m_query.setForwardOnly(true);
    }
}

Status SqlStatement::prepare(const QString &sql)
{
    m_bindIndex = 0;
    keepPrepared();
    m_query.finish();
    if (keepsStatements(m_db)) {
        Kept &mine = keptStatements()[m_db.connectionName()];
        if (auto it = mine.find(sql); it != mine.end()) {
            m_query = std::move(it->second);
            mine.erase(it);
            m_keptSql = sql;
            return {};
        }
    }
    if (!m_query.prepare(sql))
        return sqlError(m_query.lastError(), m_what, sql.left(200));
    if (keepsStatements(m_db))
        m_keptSql = sql;
    return {};
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    m_query.bindValue(m_bindIndex++, value);
    return *this;
}

SqlStatement &SqlStatement::bindList(const QVariantList &values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

Status SqlStatement::exec()
{
    m_bindIndex = 0;
    if (!m_query.exec())
        return sqlError(m_query.lastError(), m_what, {});
    return {};
}

Status SqlStatement::run(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        // Nothing to bind: execute directly. PostgreSQL cannot PREPARE DDL (CREATE, ALTER...).
        keepPrepared();
        m_query.finish();
        if (!m_query.exec(sql))
            return sqlError(m_query.lastError(), m_what, sql.left(200));
        return {};
    }
    if (auto st = prepare(sql); !st)
        return st;
    bindList(values);
    return exec();
}

Result<QVariant> SqlStatement::scalar(const QString &sql, const QVariantList &values)
{
    if (auto st = run(sql, values); !st)
        return st.error();
    if (!m_query.next())
        return Error{Error::Kind::NotFound, m_what, {}, QStringLiteral("no row returned")};
    const QVariant value = m_query.value(0);
    // Release the statement: an unfinished INSERT ... RETURNING would block COMMIT on SQLite.
    m_query.finish();
    return value;
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant emptyIfNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QStringList idLists(const QList<qint64> &ids, qsizetype perList)
{
    QStringList lists;
    for (qsizetype from = 0; from < ids.size(); from += perList) {
        QStringList numbers;
        for (qsizetype i = from; i < std::min(from + perList, ids.size()); ++i)
            numbers << QString::number(ids[i]);
        lists << numbers.join(QLatin1Char(','));
    }
    return lists;
}

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

QVariant fromDateTime(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toDateTime(const QVariant &column)
{
    if (column.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(column.toLongLong(), Qt::UTC);
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &column)
{
    if (column.isNull())
        return {};
    if (column.metaType() == QMetaType::fromType<QDate>())
        return column.toDate();
    return QDate::fromString(column.toString().left(10), Qt::ISODate);
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace kontor
