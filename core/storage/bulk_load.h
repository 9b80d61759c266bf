#pragma once

#include "storage/dialect.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

namespace kontor {

class SqliteRowBatch;

// Writes many rows into one table: each batch of rows is ONE bound value, a JSON text that
// the database unpacks ("INSERT ... SELECT ... FROM json_each(?)" on SQLite,
// json_populate_recordset on PostgreSQL), executed by one prepared statement per table.
//
// Why not multi-row "VALUES (?,..),(?,..)": binding each value through QtSql costs more
// than SQLite needs to store it (a QVariant, a placeholder-name hash lookup and allocations
// per value), and QPSQL turns every bound value into text anyway. Measured with a million
// contacts on SQLite: ~60 s of binding with VALUES batches; a few seconds this way. On
// PostgreSQL, 100,000 contacts took 20 s with VALUES and 14 s with JSON.
//
// On SQLite, when Kontor is built with SQLite's C API (storage/sqlite_rows.h), rows skip JSON
// altogether: values are bound straight into a prepared multi-row INSERT (SqliteRowBatch),
// and the batch size only paces the flush handler.
//
// With `returnIds` the statement ends in RETURNING id and `onFlush` receives the new ids in
// the order the rows were added (both back ends insert and return the rows of one
// INSERT ... SELECT from an ordered JSON array in that order).
class BatchInserter
{
public:
    using FlushHandler = std::function<Status(const std::vector<qint64> &ids)>;

    BatchInserter(const QSqlDatabase &db, const Dialect &dialect, QString table,
                  QStringList columns, bool returnIds = false, int rowsPerStatement = 2000);
    ~BatchInserter();

    // Uses the JSON batches even where SQLite's C API is available (tests compare the two).
    void usePortableSql() { m_directChecked = true; }

    // Changes existing rows instead of adding them: each row's first value is the key (the
    // first column) of the row to change, the others the new values of the other columns.
    // `condition` (SQL over the table, aliased t) limits which rows may change. One
    // "UPDATE ... FROM" the batch's JSON rows per statement, no ids returned. Always through
    // the JSON batches.
    void updateByKey(const QString &condition = {});
    // Adds rows, or where a row with the same `keys` (a unique key of the table) exists, gives
    // it the other columns' values ("INSERT ... ON CONFLICT DO UPDATE", both back ends). A
    // statement must not name the same key twice. Always through the JSON batches.
    void replaceOnConflict(const QStringList &keys);

    void setFlushHandler(FlushHandler handler) { m_onFlush = std::move(handler); }

    // Values of the current row, in column order.
    BatchInserter &operator<<(const QVariant &value);
    BatchInserter &operator<<(const QString &value);
    BatchInserter &operator<<(QLatin1String value);
    BatchInserter &operator<<(qint64 value);
    BatchInserter &operator<<(int value) { return *this << qint64(value); }
    BatchInserter &operator<<(double value);
    // Closes the current row; writes the batch when it is full.
    Status endRow();
    // Writes what is left. Call at the end; the inserter can be used again afterwards (its
    // statements stay prepared).
    Status finish();
    // Forgets the rows not yet written (after the caller rolled back what was written).
    void discard();

    qint64 rows() const { return m_rows; }
    int pendingRows() const { return m_pendingRows; }

private:
    QString insertSql() const;
    QString updateSql() const;
    Status flush();
    Status endDirectRow();
    bool direct();
    void beginValue();
    void appendJsonString(const QString &text);
    void appendJsonNumber(qint64 value);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    bool m_returnIds;
    int m_rowsPerStatement;
    QSqlQuery m_query;
    Dialect m_dialect;
    bool m_prepared = false;
    bool m_updating = false;
    QString m_updateCondition;
    QStringList m_conflictKeys; // replaceOnConflict()
    bool m_objects = false; // PostgreSQL: rows are JSON objects keyed by column, else arrays
    QString m_jsonRows; // "[[..],[..]" or "[{..},{..}" while a batch is open
    int m_valuesInRow = 0;
    std::vector<qint64> m_ids;
    int m_pendingRows = 0;
    qint64 m_rows = 0;
    FlushHandler m_onFlush;
    std::unique_ptr<SqliteRowBatch> m_direct; // set once the C API route is chosen
    bool m_directChecked = false;
    Status m_directError; // a failed prepare, reported by endRow()
};

// Typed NULLs; they become JSON null.
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

// For a bulk load on SQLite: foreign keys are not checked row by row until the guard is
// destroyed (after the caller's transaction ended: SQLite cannot switch the setting inside
// one, so under an open outer transaction checks simply stay on). Use only when the loader
// takes every id it writes from rows it wrote or read inside its own write transaction;
// check the result with `PRAGMA foreign_key_check` in tests. Does nothing on PostgreSQL.
class ForeignKeyChecksOff
{
public:
    ForeignKeyChecksOff(const QSqlDatabase &db, const Dialect &dialect, bool inTransaction);
    ~ForeignKeyChecksOff();
    ForeignKeyChecksOff(const ForeignKeyChecksOff &) = delete;
    ForeignKeyChecksOff &operator=(const ForeignKeyChecksOff &) = delete;

private:
    QSqlDatabase m_db;
    QString m_restore;
};


// For a bulk load into SQLite: the page cache's size and the helper threads for the sorts that
// CREATE INDEX does, restored when destroyed. Does nothing on PostgreSQL. The demo loader takes
// the defaults, a bigger cache (fewer pages evicted to the WAL and read back) and two sorting
// threads; an import takes a small one (see runImport).
class BulkLoadCache
{
public:
    BulkLoadCache(const QSqlDatabase &db, const Dialect &dialect, int cacheKib = 262144, int threads = 2);
    ~BulkLoadCache();
    BulkLoadCache(const BulkLoadCache &) = delete;
    BulkLoadCache &operator=(const BulkLoadCache &) = delete;

private:
    QSqlDatabase m_db;
    QStringList m_restore;
};

// For a large write into SQLite (an import): SQLite's temporary storage — the sort runs of
// CREATE INDEX, statement and savepoint journals — goes to temporary files rather than memory
// (the connection's temp_store=MEMORY), so memory does not grow with the rows the transaction
// writes (a million-row import's peak: ~185 MB before, 164 MB with it).
// Construct it before the transaction begins (SQLite may refuse the change inside one; then
// nothing changes) and destroy it after the transaction ended. Does nothing on PostgreSQL.
class TempStoreOnDisk
{
public:
    TempStoreOnDisk(const QSqlDatabase &db, const Dialect &dialect);
    ~TempStoreOnDisk();
    TempStoreOnDisk(const TempStoreOnDisk &) = delete;
    TempStoreOnDisk &operator=(const TempStoreOnDisk &) = delete;

private:
    QSqlDatabase m_db;
    QString m_restore;
};

// Tools for loading many rows in one transaction (demo data, big imports). The SQL that
// differs per back end comes from Dialect.

// For a bulk load into SQLite: drops the secondary indexes of the given tables and creates
// them again at the end, inside the caller's transaction (a rollback brings them back as
// they were). Building an index by sorting once is several times faster than updating it
// in random key order for every row: a million contacts with e-mails, phones and
// activities touch a dozen indexes whose pages no longer fit in the page cache.
// Indexes that back a UNIQUE or PRIMARY KEY constraint stay (they have no SQL to replay), and
// so do indexes led by a column the load writes in ascending order ("table.column" in
// `ascending`): appending to those is cheap, sorting them again is not.
// On PostgreSQL it does nothing.
class IndexRebuild
{
public:
    IndexRebuild(const QSqlDatabase &db, const Dialect &dialect);
    Status drop(const QStringList &tables, const QStringList &ascending);
    Status recreate();

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    QStringList m_names;
    QStringList m_definitions;
};

} // namespace kontor
