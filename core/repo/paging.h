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

// One stretch of a list read by its own query. A list ordered by a column that may be empty
// is two parts: the rows with a value (`where` = "x > ''", ordered by x through an index on
// it, in either direction) and then the rows without one (ordered by id). Asking SQL for
// "empty last" in one ORDER BY instead (a CASE before the value) would defeat the index and
// sort the whole table, and would put the empty ones first when descending.
struct PagePart
{
    QString from;    // whitelisted, like PageQuery::from; the select list must fit it
    QString where;   // added to PageQuery::where (whitelisted, no placeholders)
    QStringList key; // this part's order, the last expression unique (the row id)
};

// The parts of a list ordered by the nullable expression `value`: the rows where it is
// not empty by (value, id), then the others by id. `from` serves both.
QList<PagePart> valueThenEmpty(const QString &from, const QString &value, const QString &idExpr);

// The one implementation of a paged list query, shared by every repository:
//   SELECT <columns>, <key columns> FROM <from> WHERE <where> [AND seek] ORDER BY key LIMIT n+1
// `read` turns a row into a T; the key values follow the `columnCount` selected columns.
// With `parts`, each part is such a query in turn (its own from and key, `where` shared),
// and the page position is [part number, key values...].
struct PageQuery
{
    QString what;    // for the error message: "Cannot read the contact list"
    QString columns; // whitelisted select list
    int columnCount = 0;
    QString from;    // "contacts c LEFT JOIN ..." (whitelisted)
    QString where;   // built from whitelisted conditions with ? placeholders
    QVariantList binds;
    SortKey key;          // `key.descending` also orders the rows within each part
    QList<PagePart> parts; // when not empty, replaces `from` and `key.columns`
};

Status checkPageRequest(const PageQuery &query, const PageRequest &page);

namespace paging_detail {
// Runs one query of a page and appends up to `limit` rows to `out`; true when the query
// had more rows than that. `partNumber` < 0: a list without parts (no part in the key).
template<typename T, typename Read>
Result<bool> readRows(const QSqlDatabase &conn, const PageQuery &query, const QString &from,
                      const SortKey &key, const QString &where, const QVariantList &binds,
                      int limit, int partNumber, Page<T> *out, Read &read)
{
    SqlStatement q(conn, query.what);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT %6")
                            .arg(query.columns, key.columns.join(QStringLiteral(", ")), from,
                                 where, key.orderBy())
                            .arg(limit + 1);
    if (auto st = q.run(sql, binds); !st)
        return st.error();
    int taken = 0;
    while (q.next()) {
        if (taken == limit)
            return true;
        out->items.append(read(q.query()));
        ++taken;
        out->nextAfter.clear();
        if (partNumber >= 0)
            out->nextAfter << partNumber;
        for (int i = 0; i < key.columns.size(); ++i)
            out->nextAfter << q.value(query.columnCount + i);
    }
    return false;
}
} // namespace paging_detail

template<typename T, typename Read>
Result<Page<T>> fetchPage(const QSqlDatabase &conn, const PageQuery &query, const PageRequest &page, Read read)
{
    if (auto st = checkPageRequest(query, page); !st)
        return st.error();
    const int limit = qBound(1, page.limit, 5000);
    Page<T> out;
    if (query.parts.isEmpty()) {
        QString where = query.where;
        QVariantList binds = query.binds;
        if (!page.after.isEmpty()) {
            where += QStringLiteral(" AND ") + query.key.seekCondition();
            binds += page.after;
        }
        auto more = paging_detail::readRows(conn, query, query.from, query.key, where, binds,
                                            limit, -1, &out, read);
        if (!more)
            return more.error();
        out.hasMore = *more;
        return out;
    }
    const int firstPart = page.after.isEmpty() ? 0 : page.after.first().toInt();
    for (int part = firstPart; part < query.parts.size(); ++part) {
        const PagePart &p = query.parts.at(part);
        const SortKey key{p.key, query.key.descending};
        QString where = query.where;
        if (!p.where.isEmpty())
            where += QStringLiteral(" AND ") + p.where;
        QVariantList binds = query.binds;
        if (part == firstPart && !page.after.isEmpty()) {
            where += QStringLiteral(" AND ") + key.seekCondition();
            binds += page.after.mid(1);
        }
        // A full page still asks the next part for one row: is there more after it?
        const int wanted = limit - int(out.items.size());
        auto more = paging_detail::readRows(conn, query, p.from, key, where, binds,
                                            qMax(wanted, 0), part, &out, read);
        if (!more)
            return more.error();
        if (*more) {
            out.hasMore = true;
            return out;
        }
    }
    return out;
}

// SELECT COUNT(*) FROM <from> WHERE <where>, bound.
Result<qint64> countRows(const QSqlDatabase &conn, const QString &what, const QString &from, const QString &where,
                         const QVariantList &binds);

} // namespace kontor
