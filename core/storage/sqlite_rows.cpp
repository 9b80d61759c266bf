#include "storage/sqlite_rows.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#ifdef KONTOR_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BulkLoad", text);
}
} // namespace

#ifdef KONTOR_HAVE_SQLITE3

namespace {
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool sameLibrary(const QSqlDatabase &db)
{
    // A handle from another copy of SQLite (a Qt with its own bundled SQLite) must never
    // reach this library's functions; the same version is the check that can be made.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return false;
    return q.value(0).toString() == QLatin1String(sqlite3_libversion());
}
} // namespace

std::unique_ptr<SqliteRowBatch> SqliteRowBatch::create(const QSqlDatabase &db,
                                                       const QString &table,
                                                       const QStringList &columns,
                                                       bool returnIds, int maxRowsPerStatement,
                                                       Error *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle || columns.isEmpty() || !sameLibrary(db))
        return nullptr;
    // About a thousand values per statement: well under SQLite's limit of bound parameters,
    // and past the point where a bigger group saves anything.
    const int rows = std::max(1, std::min(maxRowsPerStatement, int(1000 / columns.size())));
    std::unique_ptr<SqliteRowBatch> batch(
        new SqliteRowBatch(handle, table, columns, returnIds, rows));
    batch->m_group = batch->prepare(rows, error);
    if (!batch->m_group)
        return nullptr;
    return batch;
}

SqliteRowBatch::SqliteRowBatch(sqlite3 *db, QString table, QStringList columns, bool returnIds,
                               int groupRows)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_returnIds(returnIds)
    , m_groupRows(groupRows)
{
    m_values.reserve(size_t(groupRows) * size_t(m_columns.size()));
}

SqliteRowBatch::~SqliteRowBatch()
{
    sqlite3_finalize(m_group);
    for (sqlite3_stmt *stmt : m_partial)
        sqlite3_finalize(stmt);
}

sqlite3_stmt *SqliteRowBatch::prepare(int rows, Error *error)
{
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList allRows;
    for (int i = 0; i < rows; ++i)
        allRows << row;
    // Table and column names come from the loader's code, never from input.
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                               .arg(m_table, m_columns.join(QLatin1Char(',')),
                                    allRows.join(QLatin1Char(',')),
                                    m_returnIds ? QStringLiteral(" RETURNING id") : QString())
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error) {
            *error = Error {Error::Kind::Storage, tr("Cannot write the rows"), m_table,
                            QString::fromUtf8(sqlite3_errmsg(m_db))};
        }
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return stmt;
}

void SqliteRowBatch::addText(const QString &text)
{
    Value v;
    v.kind = Value::Text;
    v.text = text;
    m_values.push_back(std::move(v));
}

void SqliteRowBatch::addInt(qint64 value)
{
    Value v;
    v.kind = Value::Int;
    v.integer = value;
    m_values.push_back(std::move(v));
}

void SqliteRowBatch::addDouble(double value)
{
    Value v;
    v.kind = Value::Double;
    v.real = value;
    m_values.push_back(std::move(v));
}

void SqliteRowBatch::addNull()
{
    m_values.emplace_back();
}

Status SqliteRowBatch::endRow()
{
    if (++m_rows < m_groupRows)
        return {};
    auto st = write(m_group, 0, m_groupRows);
    m_values.clear();
    m_rows = 0;
    return st;
}

void SqliteRowBatch::discard()
{
    m_values.clear();
    m_rows = 0;
    m_ids.clear();
}

Status SqliteRowBatch::writePending()
{
    if (m_rows == 0)
        return {};
    Status st;
    int written = 0;
    while (st.ok() && written < m_rows) {
        // The largest power of two that fits in what is left (rows keep their order).
        int power = 0;
        while ((2 << power) <= m_rows - written)
            ++power;
        if (m_partial.size() <= size_t(power))
            m_partial.resize(size_t(power) + 1, nullptr);
        if (!m_partial[size_t(power)]) {
            Error error;
            m_partial[size_t(power)] = prepare(1 << power, &error);
            if (!m_partial[size_t(power)]) {
                st = error;
                break;
            }
        }
        st = write(m_partial[size_t(power)], qsizetype(written) * m_columns.size(), 1 << power);
        written += 1 << power;
    }
    m_values.clear();
    m_rows = 0;
    return st;
}

Status SqliteRowBatch::write(sqlite3_stmt *stmt, qsizetype firstValue, int rows)
{
    static const char16_t empty[] = u"";
    const int count = rows * int(m_columns.size());
    for (int i = 0; i < count; ++i) {
        const Value &v = m_values[size_t(firstValue + i)];
        switch (v.kind) {
        case Value::Null:
            sqlite3_bind_null(stmt, i + 1);
            break;
        case Value::Int:
            sqlite3_bind_int64(stmt, i + 1, v.integer);
            break;
        case Value::Double:
            sqlite3_bind_double(stmt, i + 1, v.real);
            break;
        case Value::Text:
            // The buffer outlives the step, so SQLite need not copy it. An empty QString may
            // have no data at all, which SQLite would store as NULL. constData(), not utf16():
            // the length is given, and utf16() copies a QStringLiteral to end it with a NUL
            // (labels, statuses and actions: several per row).
            sqlite3_bind_text16(stmt, i + 1, v.text.isEmpty() ? static_cast<const void *>(empty)
                                                             : static_cast<const void *>(v.text.constData()),
                                int(v.text.size() * 2), SQLITE_STATIC);
            break;
        }
    }
    int rc = sqlite3_step(stmt);
    int returned = 0;
    while (rc == SQLITE_ROW) {
        if (m_returnIds)
            m_ids.push_back(sqlite3_column_int64(stmt, 0));
        ++returned;
        rc = sqlite3_step(stmt);
    }
    Status st;
    if (rc != SQLITE_DONE) {
        st = Error {rc == SQLITE_CONSTRAINT ? Error::Kind::Conflict : Error::Kind::Storage,
                    tr("Cannot write the rows"), m_table, QString::fromUtf8(sqlite3_errmsg(m_db))};
    } else if (m_returnIds && returned != rows) {
        st = Error {Error::Kind::Storage, tr("Cannot write the rows"), m_table,
                    QStringLiteral("expected %1 new ids, got %2").arg(rows).arg(returned)};
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt); // the texts were bound without a copy
    return st;
}

#else // Built without SQLite's headers: bulk loads use portable SQL.

std::unique_ptr<SqliteRowBatch> SqliteRowBatch::create(const QSqlDatabase &, const QString &,
                                                       const QStringList &, bool, int, Error *)
{
    return nullptr;
}

SqliteRowBatch::~SqliteRowBatch() = default;
void SqliteRowBatch::addText(const QString &) {}
void SqliteRowBatch::addInt(qint64) {}
void SqliteRowBatch::addDouble(double) {}
void SqliteRowBatch::addNull() {}
void SqliteRowBatch::discard() {}
Status SqliteRowBatch::endRow()
{
    return Error {Error::Kind::Storage, tr("Cannot write the rows"), m_table, {}};
}
Status SqliteRowBatch::writePending()
{
    return {};
}

#endif

} // namespace kontor
