#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kontor {

// Rows for one table written through SQLite's C API on a connection that QtSql opened: the
// values of a group of rows are bound straight into one prepared multi-row
// "INSERT ... VALUES (..),(..)" and written by one sqlite3_step. Bulk loads use it because
// every route through QtSql costs several times what SQLite needs to store the rows
// (measured with a million contacts: 0.9 s of CPU to insert them from another table, 9 s
// unpacking JSON batches, ~60 s through QSqlQuery bindings); groups matter too: one step per
// row costs as much again in statement set-up and AUTOINCREMENT bookkeeping.
//
// Only available when Kontor was built against the same SQLite library that Qt's driver
// uses (the case on Linux distributions, where both use the system libsqlite3): create()
// checks that the driver hands out a sqlite3 handle and that both report the same version,
// and returns nothing otherwise, so callers fall back to portable SQL.
class SqliteRowBatch
{
public:
    // `error` receives a failure to prepare the statement (the table or a column is wrong).
    static std::unique_ptr<SqliteRowBatch> create(const QSqlDatabase &db, const QString &table,
                                                  const QStringList &columns, bool returnIds,
                                                  int maxRowsPerStatement, Error *error);
    ~SqliteRowBatch();
    SqliteRowBatch(const SqliteRowBatch &) = delete;
    SqliteRowBatch &operator=(const SqliteRowBatch &) = delete;

    // Values of the current row, in column order.
    void addText(const QString &text);
    void addInt(qint64 value);
    void addDouble(double value);
    void addNull();
    // Closes the row; writes the group when it is full.
    Status endRow();
    // Writes the rows of a group that is not full (at the end of a load).
    Status writePending();
    // Forgets the rows not yet written and the ids not yet handed out.
    void discard();
    // Rows per statement; a caller that flushes every multiple of it never leaves a group
    // half full.
    int rowsPerStatement() const { return m_groupRows; }
    // New ids (RETURNING id) of the rows written so far, in the order they were added.
    std::vector<qint64> &ids() { return m_ids; }

private:
    struct Value
    {
        enum Kind : quint8 { Null, Int, Double, Text } kind = Null;
        qint64 integer = 0;
        double real = 0;
        QString text;
    };

    SqliteRowBatch(sqlite3 *db, QString table, QStringList columns, bool returnIds,
                   int groupRows);
    sqlite3_stmt *prepare(int rows, Error *error);
    Status write(sqlite3_stmt *stmt, qsizetype firstValue, int rows);

    sqlite3 *m_db = nullptr;
    QString m_table;
    QStringList m_columns;
    bool m_returnIds = false;
    int m_groupRows = 1;
    sqlite3_stmt *m_group = nullptr; // m_groupRows rows
    // For a group that is not full: 1, 2, 4, ... rows, each prepared when first needed, so
    // the rest of a group takes a few statements rather than one per row (a batch ends with
    // one, and an import may end many batches early).
    std::vector<sqlite3_stmt *> m_partial;
    std::vector<Value> m_values; // of the rows not yet written
    int m_rows = 0; // complete rows in m_values
    std::vector<qint64> m_ids;
};

} // namespace kontor
