#include "demo/demo_batch.h"

#include "storage/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor::demo {

BatchInserter::BatchInserter(const QSqlDatabase &db, const Dialect &dialect, QString table,
                             QStringList columns, bool returnIds, int rowsPerStatement)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_returnIds(returnIds)
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
    , m_query(db)
    , m_objects(dialect.isPostgres())
{
    m_query.setForwardOnly(true);
}

QString BatchInserter::insertSql() const
{
    // Table and column names come from the generator's code, never from input; the rows
    // are the one bound value.
    // TODO(storage): "rows from one bound JSON text" is SQL that differs per back end and
    // belongs in Dialect.
    const QString columns = m_columns.join(QLatin1Char(','));
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + columns
        + QStringLiteral(") SELECT ");
    if (m_objects) {
        // The table's own row type converts each field (text, bigint, date, double).
        sql += columns + QStringLiteral(" FROM json_populate_recordset(NULL::") + m_table
            + QStringLiteral(", ?::json)");
    } else {
        for (int i = 0; i < m_columns.size(); ++i)
            sql += (i ? QStringLiteral(",value->>") : QStringLiteral("value->>"))
                + QString::number(i);
        sql += QStringLiteral(" FROM json_each(?)");
    }
    if (m_returnIds)
        sql += QStringLiteral(" RETURNING id");
    return sql;
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
    beginValue();
    appendJsonNumber(value);
    return *this;
}

BatchInserter &BatchInserter::operator<<(double value)
{
    beginValue();
    m_jsonRows += QString::number(value, 'g', 17);
    return *this;
}

BatchInserter &BatchInserter::operator<<(const QVariant &value)
{
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
    m_jsonRows += QLatin1Char(m_objects ? '}' : ']');
    m_valuesInRow = 0;
    ++m_pendingRows;
    if (m_pendingRows >= m_rowsPerStatement)
        return flush();
    return {};
}

Status BatchInserter::finish()
{
    return m_pendingRows > 0 ? flush() : Status();
}

Status BatchInserter::flush()
{
    const QString what = QCoreApplication::translate("DemoGenerator", "Cannot write demo data");
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

} // namespace kontor::demo

namespace kontor::demo {

IndexRebuild::IndexRebuild(const QSqlDatabase &db, const Dialect &dialect)
    : m_db(db)
    , m_enabled(dialect.isSqlite())
{
}

Status IndexRebuild::drop(const QStringList &tables, const QStringList &ascending)
{
    if (!m_enabled)
        return {};
    const QString what
        = QCoreApplication::translate("DemoGenerator", "Cannot prepare the tables for demo data");
    for (const QString &table : tables) {
        SqlStatement q(m_db, what);
        if (auto st
            = q.run(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                   " AND tbl_name = ? AND sql IS NOT NULL ORDER BY name"),
                    {table});
            !st)
            return st;
        while (q.next()) {
            const QString name = q.value(0).toString();
            SqlStatement lead(m_db, what);
            auto column = lead.scalar(QStringLiteral("SELECT name FROM pragma_index_info(?)"
                                                     " WHERE seqno = 0"),
                                      {name});
            if (column && ascending.contains(table + QLatin1Char('.') + column->toString()))
                continue;
            m_names << name;
            m_definitions << q.value(1).toString();
        }
    }
    for (const QString &name : std::as_const(m_names)) {
        // The name was read from sqlite_master just above; it is quoted as an identifier.
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
    const QString what = QCoreApplication::translate(
        "DemoGenerator", "Cannot rebuild the indexes after the demo data");
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

} // namespace kontor::demo
