#pragma once

#include "storage/dialect.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace kontor::demo {

// Writes many rows into one table with multi-row INSERTs: "INSERT ... VALUES (?,..),(?,..)".
// One statement is prepared for a full batch and reused, so each batch costs one execution
// instead of one round trip per row (which matters even more on PostgreSQL). A batch stays
// below Dialect::maxBoundParameters(). Every value is bound.
//
// With `returnIds` the statement ends in RETURNING id and `onFlush` receives the new ids in
// the order the rows were added (both back ends return a multi-row VALUES insert's rows in
// that order).
class BatchInserter
{
public:
    using FlushHandler = std::function<Status(const std::vector<qint64> &ids)>;

    BatchInserter(const QSqlDatabase &db, const Dialect &dialect, QString table,
                  QStringList columns, bool returnIds = false, int maxRows = 400);

    void setFlushHandler(FlushHandler handler) { m_onFlush = std::move(handler); }

    // Values of the current row, in column order.
    BatchInserter &operator<<(const QVariant &value)
    {
        m_values.push_back(value);
        return *this;
    }
    // Closes the current row; writes the batch when it is full.
    Status endRow();
    // Writes what is left. Call once at the end.
    Status finish();

    qint64 rows() const { return m_rows; }
    int pendingRows() const { return m_pendingRows; }

private:
    QString insertSql(int rows) const;
    Status flush();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    bool m_returnIds;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    std::vector<QVariant> m_values;
    std::vector<qint64> m_ids;
    int m_pendingRows = 0;
    qint64 m_rows = 0;
    FlushHandler m_onFlush;
};

// Typed NULLs, so both drivers bind the right kind of NULL.
inline QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInt();
}

} // namespace kontor::demo
