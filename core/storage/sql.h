#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QDate>
#include <QDateTime>
#include <QVariant>


namespace kontor {

// Turns a driver error into an Error with a plain message; unique-key clashes become
// Conflict, a vanished server says so.
Error sqlError(const QSqlError &error, const QString &message, const QString &context);

// Prepared, positionally bound statements. Every value is bound; SQL is never built from
// user input. `what` names the operation for the error message ("save contact 42").
//
// On SQLite a prepared statement is kept when the SqlStatement goes away, per connection and
// SQL text, and the next SqlStatement preparing the same text takes it instead of parsing
// the SQL again: preparing cost more than running the small statements a repository runs
// (reading and saving one contact is ~8 of them; an import that updated 30,000 contacts spent
// 38% of its time preparing). SQLite re-prepares a kept statement itself when the schema
// changed; PostgreSQL re-plans it. On PostgreSQL each prepare was two round trips to the
// server (PREPARE, then DEALLOCATE when done) besides the one that runs it; a kept statement
// lives on in the server's session (PREPARE is not undone by a ROLLBACK), and a connection
// opened again starts with none (Database::openConnection() drops them).
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, QString what);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    Status prepare(const QString &sql);
    SqlStatement &bind(const QVariant &value);
    SqlStatement &bindList(const QVariantList &values);
    Status exec();
    // prepare + bind + exec in one go.
    Status run(const QString &sql, const QVariantList &values = {});

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QSqlQuery &query() { return m_query; }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // First column of the first row (e.g. RETURNING id, COUNT(*)), or an error.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // Releases the current result set. A half-read SELECT or RETURNING keeps a statement
    // open, and SQLite refuses to COMMIT while one is.
    void finish() { m_query.finish(); }

private:
    // Hands m_query to the connection's kept statements; `replace`: with a new one in its place.
    void keepPrepared(bool replace = true);

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_what;
    QString m_keptSql; // the SQL m_query was prepared with, when it may be kept
    int m_bindIndex = 0;
};

// Forgets the statements kept for connection `name` of the calling thread. Call before the
// connection is closed and removed.
void dropKeptStatements(const QString &connectionName);

// NULL for 0 ids, empty strings and invalid dates, so optional columns stay NULL.
QVariant nullIfZero(qint64 id);
QVariant nullIfEmpty(const QString &text);
// '' rather than NULL for NOT NULL text columns (a null QString binds as NULL).
QVariant emptyIfNull(const QString &text);

// The ids as "1,2,3" lists of at most `perList` each, for "... IN (%1)": numbers formatted
// here, so safe inside SQL text.
QStringList idLists(const QList<qint64> &ids, qsizetype perList = 500);

// Escapes % _ and \ so user text is matched literally by LIKE ... ESCAPE '\'.
QString escapeLike(const QString &text);

// Column conventions (see Dialect): instants as epoch seconds UTC, dates as ISO dates.
QVariant fromDateTime(const QDateTime &when); // NULL when invalid
QDateTime toDateTime(const QVariant &column); // invalid when NULL
QVariant fromDate(const QDate &date);         // NULL when invalid
QDate toDate(const QVariant &column);         // works for TEXT (SQLite) and DATE (PostgreSQL)
qint64 nowSecs();

} // namespace kontor
