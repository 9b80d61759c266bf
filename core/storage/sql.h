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
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, QString what);

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
    QSqlQuery m_query;
    QString m_what;
    int m_bindIndex = 0;
};

// NULL for 0 ids, empty strings and invalid dates, so optional columns stay NULL.
QVariant nullIfZero(qint64 id);
QVariant nullIfEmpty(const QString &text);
// '' rather than NULL for NOT NULL text columns (a null QString binds as NULL).
QVariant emptyIfNull(const QString &text);

// Escapes % _ and \ so user text is matched literally by LIKE ... ESCAPE '\'.
QString escapeLike(const QString &text);

// Column conventions (see Dialect): instants as epoch seconds UTC, dates as ISO dates.
QVariant fromDateTime(const QDateTime &when); // NULL when invalid
QDateTime toDateTime(const QVariant &column); // invalid when NULL
QVariant fromDate(const QDate &date);         // NULL when invalid
QDate toDate(const QVariant &column);         // works for TEXT (SQLite) and DATE (PostgreSQL)
qint64 nowSecs();

} // namespace kontor
