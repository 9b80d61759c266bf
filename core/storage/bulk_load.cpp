#include "storage/bulk_load.h"

#include "storage/sql.h"
#include "storage/sqlite_rows.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor {

BatchInserter::BatchInserter(const QSqlDatabase &db, const Dialect &dialect, QString table,
                             QStringList columns, bool returnIds, int rowsPerStatement)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_returnIds(returnIds)
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
    , m_query(db)
    , m_dialect(dialect)
    , m_objects(dialect.jsonRowsAreObjects())
{
    m_query.setForwardOnly(true);
}

BatchInserter::~BatchInserter() = default;

bool BatchInserter::direct()
{
    if (!m_directChecked) {
        m_directChecked = true;
        if (m_dialect.isSqlite()) {
            Error error;
            m_direct = SqliteRowBatch::create(m_db, m_table, m_columns, m_returnIds,
                                              m_rowsPerStatement, &error);
            if (m_direct) {
                // Flush on whole groups only, so no group is ever left half full mid-load.
                const int group = m_direct->rowsPerStatement();
                m_rowsPerStatement = (m_rowsPerStatement + group - 1) / group * group;
            } else if (!error.message.isEmpty()) {
                m_directError = error;
            }
        }
    }
    return m_direct != nullptr;
}

void BatchInserter::updateByKey(const QString &condition)
{
    m_updating = true;
    m_updateCondition = condition;
    m_returnIds = false;
    m_directChecked = true;
}

void BatchInserter::replaceOnConflict(const QStringList &keys)
{
    m_conflictKeys = keys;
    m_returnIds = false;
    m_directChecked = true;
}

QString BatchInserter::updateSql() const
{
    QStringList set;
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        set << QStringLiteral("%1 = v.%1").arg(m_columns[i]);
    return QStringLiteral("UPDATE %1 AS t SET %2 FROM (%3) AS v WHERE t.%4 = v.%4%5")
        .arg(m_table, set.join(QStringLiteral(", ")), m_dialect.selectJsonRows(m_table, m_columns), m_columns[0],
             m_updateCondition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(m_updateCondition));
}

QString BatchInserter::insertSql() const
{
    if (m_updating)
        return updateSql();
    // Table and column names come from the loader's code, never from input; the rows are
    // the one bound value.
    QString conflict;
    if (!m_conflictKeys.isEmpty()) {
        QStringList set;
        for (const QString &c : m_columns) {
            if (!m_conflictKeys.contains(c))
                set << QStringLiteral("%1 = excluded.%1").arg(c);
        }
        // "WHERE true": SQLite would read ON as the join constraint of the SELECT's FROM.
        conflict = QStringLiteral(" WHERE true ON CONFLICT (%1) DO UPDATE SET %2")
                       .arg(m_conflictKeys.join(QLatin1Char(',')), set.join(QStringLiteral(", ")));
    }
    return QStringLiteral("INSERT INTO %1 (%2) %3%4%5")
        .arg(m_table, m_columns.join(QLatin1Char(',')), m_dialect.selectJsonRows(m_table, m_columns), conflict,
             m_returnIds ? QStringLiteral(" RETURNING id") : QString());
}

void BatchInserter::beginValue()
{
    if (m_valuesInRow == 0) {
        m_jsonRows += QLatin1Char(m_pendingRows == 0 ? '[' : ',');
        m_jsonRows += QLatin1Char(m_objects ? '{' : '[');
    } else {
        m_jsonRows += QLatin1Char(',');
    }
    if (m_objects) {
        m_jsonRows += QLatin1Char('"');
        m_jsonRows += m_columns[m_valuesInRow];
        m_jsonRows += QStringLiteral("\":");
    }
    ++m_valuesInRow;
}

void BatchInserter::appendJsonNumber(qint64 value)
{
    char buffer[24];
    int n = 0;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        buffer[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        buffer[n++] = '-';
    std::reverse(buffer, buffer + n);
    m_jsonRows += QLatin1String(buffer, n);
}

void BatchInserter::appendJsonString(const QString &text)
{
    m_jsonRows += QLatin1Char('"');
    const auto needsEscape = [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
    };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape)) {
        m_jsonRows += text;
    } else {
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                m_jsonRows += QLatin1Char('\\');
                m_jsonRows += c;
            } else if (c.unicode() < 0x20) {
                m_jsonRows += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                m_jsonRows += c;
            }
        }
    }
    m_jsonRows += QLatin1Char('"');
}

BatchInserter &BatchInserter::operator<<(const QString &value)
{
    if (direct()) {
        m_direct->addText(value);
        ++m_valuesInRow;
        return *this;
    }
    beginValue();
    appendJsonString(value);
    return *this;
}

BatchInserter &BatchInserter::operator<<(QLatin1String value)
{
    return *this << QString(value);
}

BatchInserter &BatchInserter::operator<<(qint64 value)
{
    if (direct()) {
        m_direct->addInt(value);
        ++m_valuesInRow;
        return *this;
    }
    beginValue();
    appendJsonNumber(value);
    return *this;
}

BatchInserter &BatchInserter::operator<<(double value)
{
    if (direct()) {
        m_direct->addDouble(value);
        ++m_valuesInRow;
        return *this;
    }
    beginValue();
    m_jsonRows += QString::number(value, 'g', 17);
    return *this;
}

BatchInserter &BatchInserter::operator<<(const QVariant &value)
{
    if (value.isNull() && direct()) {
        m_direct->addNull();
        ++m_valuesInRow;
        return *this;
    }
    if (value.isNull()) {
        beginValue();
        m_jsonRows += QLatin1String("null");
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
        return *this << value.toLongLong();
    case QMetaType::Double:
        return *this << value.toDouble();
    default:
        return *this << value.toString();
    }
}

Status BatchInserter::endRow()
{
    Q_ASSERT(m_valuesInRow == m_columns.size());
    if (direct())
        return endDirectRow();
    if (!m_directError.ok())
        return m_directError;
    m_jsonRows += QLatin1Char(m_objects ? '}' : ']');
    m_valuesInRow = 0;
    ++m_pendingRows;
    if (m_pendingRows >= m_rowsPerStatement)
        return flush();
    return {};
}

Status BatchInserter::endDirectRow()
{
    m_valuesInRow = 0;
    if (auto st = m_direct->endRow(); !st)
        return st;
    ++m_pendingRows;
    if (m_pendingRows >= m_rowsPerStatement)
        return flush();
    return {};
}

Status BatchInserter::finish()
{
    return m_pendingRows > 0 ? flush() : Status();
}

void BatchInserter::discard()
{
    if (m_direct)
        m_direct->discard();
    m_jsonRows.resize(0);
    m_valuesInRow = 0;
    m_pendingRows = 0;
    m_ids.clear();
}

Status BatchInserter::flush()
{
    if (m_direct) { // whole groups are written already; the handler sees their ids
        if (auto st = m_direct->writePending(); !st)
            return st;
        m_rows += m_pendingRows;
        m_pendingRows = 0;
        Status st = m_onFlush ? m_onFlush(m_direct->ids()) : Status();
        m_direct->ids().clear();
        return st;
    }
    const QString what = QCoreApplication::translate("BulkLoad", "Cannot write the rows");
    if (!m_prepared) {
        if (!m_query.prepare(insertSql()))
            return sqlError(m_query.lastError(), what, m_table);
        m_prepared = true;
    }
    m_jsonRows += QLatin1Char(']');
    m_query.bindValue(0, m_jsonRows);
    if (!m_query.exec())
        return sqlError(m_query.lastError(), what, m_table);
    m_ids.clear();
    if (m_returnIds) {
        m_ids.reserve(size_t(m_pendingRows));
        while (m_query.next())
            m_ids.push_back(m_query.value(0).toLongLong());
        if (m_ids.size() != size_t(m_pendingRows)) {
            return Error {Error::Kind::Storage, what, m_table,
                          QStringLiteral("expected %1 new ids, got %2")
                              .arg(m_pendingRows)
                              .arg(m_ids.size())};
        }
    }
    m_query.finish(); // SQLite refuses to COMMIT while a RETURNING statement is open
    m_rows += m_pendingRows;
    m_pendingRows = 0;
    m_jsonRows.resize(0); // keeps the capacity for the next batch
    if (m_onFlush)
        return m_onFlush(m_ids);
    return {};
}

} // namespace kontor

namespace kontor {

IndexRebuild::IndexRebuild(const QSqlDatabase &db, const Dialect &dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

Status IndexRebuild::drop(const QStringList &tables, const QStringList &ascending)
{
    const QString listSql = m_dialect.rebuildableIndexesOf();
    if (listSql.isEmpty())
        return {};
    const QString what
        = QCoreApplication::translate("BulkLoad", "Cannot prepare the tables for a bulk load");
    for (const QString &table : tables) {
        SqlStatement q(m_db, what);
        if (auto st = q.run(listSql, {table}); !st)
            return st;
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QString lead = q.value(2).toString();
            if (ascending.contains(table + QLatin1Char('.') + lead))
                continue;
            m_names << name;
            m_definitions << q.value(1).toString();
        }
    }
    for (const QString &name : std::as_const(m_names)) {
        // The name was read from the catalog just above; it is quoted as an identifier.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        SqlStatement q(m_db, what);
        if (auto st = q.run(QStringLiteral("DROP INDEX \"%1\"").arg(quoted)); !st)
            return st;
    }
    return {};
}

Status IndexRebuild::recreate()
{
    const QString what
        = QCoreApplication::translate("BulkLoad", "Cannot rebuild the indexes after a bulk load");
    for (qsizetype i = 0; i < m_definitions.size(); ++i) {
        SqlStatement q(m_db, what);
        // The definition is the database's own, as it stood before drop().
        if (auto st = q.run(m_definitions[i]); !st)
            return Error {st.error().kind, st.error().message, m_names[i], st.error().detail};
    }
    m_names.clear();
    m_definitions.clear();
    return {};
}

ForeignKeyChecksOff::ForeignKeyChecksOff(const QSqlDatabase &db, const Dialect &dialect,
                                         bool inTransaction)
    : m_db(db)
{
    if (inTransaction)
        return;
    const QString off = dialect.foreignKeyChecks(false);
    if (off.isEmpty())
        return;
    QSqlQuery q(m_db);
    if (q.exec(off))
        m_restore = dialect.foreignKeyChecks(true);
}

ForeignKeyChecksOff::~ForeignKeyChecksOff()
{
    if (m_restore.isEmpty())
        return;
    QSqlQuery q(m_db);
    q.exec(m_restore);
}

} // namespace kontor

namespace kontor {

BulkLoadCache::BulkLoadCache(const QSqlDatabase &db, const Dialect &dialect, int cacheKib, int threads)
    : m_db(db)
{
    if (!dialect.isSqlite())
        return;
    QSqlQuery q(m_db);
    for (const char *setting : {"cache_size", "threads"}) {
        const QString name = QLatin1String(setting);
        if (q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next())
            m_restore << QStringLiteral("PRAGMA %1=%2").arg(name, q.value(0).toString());
    }
    q.finish();
    // A negative cache_size is in KiB; SQLite only takes pages as it needs them. Helper threads
    // let CREATE INDEX sort in parallel.
    q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKib));
    q.exec(QStringLiteral("PRAGMA threads=%1").arg(threads));
}

BulkLoadCache::~BulkLoadCache()
{
    QSqlQuery q(m_db);
    for (const QString &sql : std::as_const(m_restore))
        q.exec(sql);
}

} // namespace kontor

namespace kontor {

TempStoreOnDisk::TempStoreOnDisk(const QSqlDatabase &db, const Dialect &dialect)
    : m_db(db)
{
    if (!dialect.isSqlite())
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA temp_store")) || !q.next())
        return;
    const int before = q.value(0).toInt(); // read from SQLite: a number
    q.finish();
    if (before != 1 && q.exec(QStringLiteral("PRAGMA temp_store=FILE")))
        m_restore = QStringLiteral("PRAGMA temp_store=%1").arg(before);
}

TempStoreOnDisk::~TempStoreOnDisk()
{
    if (m_restore.isEmpty())
        return;
    QSqlQuery q(m_db);
    q.exec(m_restore);
}

} // namespace kontor
