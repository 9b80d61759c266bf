#pragma once

#include "storage/sql.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace kontor {

// Keyset ("seek") pagination: a page starts after the sort key of the last row already seen,
// so page 5,000 of a million-row list costs the same as page 1 (no OFFSET scan).
struct PageRequest
{
    int limit = 200;
    QVariantList after; // sort key of the last row seen; empty = first page
};

template<typename T>
struct Page
{
    QList<T> items;
    QVariantList nextAfter; // pass as PageRequest::after for the next page
    bool hasMore = false;
};

// A sort order over whitelisted SQL expressions, always ending with the row id so the key
// is unique. Never built from user text.
struct SortKey
{
    QStringList columns; // e.g. {"c.last_name", "c.first_name", "c.id"}
    bool descending = false;

    // "(a, b, id) > (?, ?, ?)" (or "<" when descending); bind the `after` values.
    QString seekCondition() const;
    QString orderBy() const;
};

// The one implementation of a paged list query, shared by every repository:
//   SELECT <columns>, <key columns> FROM <from> WHERE <where> [AND seek] ORDER BY key LIMIT n+1
// `read` turns a row into a T; the key values follow the `columnCount` selected columns.
struct PageQuery
{
    QString what;    // for the error message: "Cannot read the contact list"
    QString columns; // whitelisted select list
    int columnCount = 0;
    QString from;    // "contacts c LEFT JOIN ..." (whitelisted)
    QString where;   // built from whitelisted conditions with ? placeholders
    QVariantList binds;
    SortKey key;
};

Status checkPageRequest(const PageQuery &query, const PageRequest &page);

template<typename T, typename Read>
Result<Page<T>> fetchPage(const QSqlDatabase &conn, PageQuery query, const PageRequest &page, Read read)
{
    if (auto st = checkPageRequest(query, page); !st)
        return st.error();
    if (!page.after.isEmpty()) {
        query.where += QStringLiteral(" AND ") + query.key.seekCondition();
        query.binds += page.after;
    }
    const int limit = qBound(1, page.limit, 5000);
    SqlStatement q(conn, query.what);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT %6")
                            .arg(query.columns, query.key.columns.join(QStringLiteral(", ")), query.from,
                                 query.where, query.key.orderBy())
                            .arg(limit + 1);
    if (auto st = q.run(sql, query.binds); !st)
        return st.error();
    Page<T> out;
    while (q.next()) {
        if (out.items.size() == limit) {
            out.hasMore = true;
            break;
        }
        out.items.append(read(q.query()));
        out.nextAfter.clear();
        for (int i = 0; i < query.key.columns.size(); ++i)
            out.nextAfter << q.value(query.columnCount + i);
    }
    return out;
}

// SELECT COUNT(*) FROM <from> WHERE <where>, bound.
Result<qint64> countRows(const QSqlDatabase &conn, const QString &what, const QString &from, const QString &where,
                         const QVariantList &binds);

} // namespace kontor
