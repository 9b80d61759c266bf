#pragma once

#include "repo/paging.h"
#include "session.h"

#include <QHash>
#include <QList>

class QSqlQuery;

namespace kontor {

// Custom-field values as columns of a paged list (contacts, companies): each page selects
// them with a correlated subquery on custom_values (its primary key is (field_id,
// entity_id), so each is one index lookup), and the list may be sorted by one of them — in
// SQL, with keyset paging like any other order. Records without a value sort last
// (ascending); number fields sort as numbers, dates as ISO text, the rest as text.
struct CustomColumns
{
    QList<qint64> fieldIds; // values read with each row, in this order
    qint64 sortFieldId = 0; // order the list by this field's value (0 = the list's own order)

    bool isEmpty() const { return fieldIds.isEmpty() && !sortFieldId; }
};

// Adds the value columns after `query`'s own (query->columnCount grows by fieldIds.size())
// and, with a sort field, replaces the sort key. `idExpr` is the row's id ("c.id"); `entity`
// is contact or company: a field of another entity is refused; one deleted since the list
// chose it reads as empty and no longer orders the list (the list drops its column when it
// next reads its choices).
Status applyCustomColumns(const Session &session, const QString &entity, const QString &idExpr,
                          const CustomColumns &custom, bool descending, PageQuery *query);

// The values read back for one row: field id -> canonical value ("" when not set). `first`
// is the position of the first value column (the list's own column count).
QHash<qint64, QString> readCustomColumns(const QSqlQuery &row, int first,
                                         const CustomColumns &custom);

} // namespace kontor
