#pragma once

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

} // namespace kontor
