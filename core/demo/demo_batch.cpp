#include "demo/demo_batch.h"

#include "storage/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor::demo {

BatchInserter::BatchInserter(const QSqlDatabase &db, const Dialect &dialect, QString table,
                             QStringList columns, bool returnIds, int maxRows)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_returnIds(returnIds)
    , m_full(db)
{
    const int perParams = std::max(1, dialect.maxBoundParameters() / int(m_columns.size()));
    m_rowsPerStatement = std::max(1, std::min(maxRows, perParams));
    m_full.setForwardOnly(true);
    m_values.reserve(size_t(m_rowsPerStatement) * size_t(m_columns.size()));
}

QString BatchInserter::insertSql(int rows) const
{
    // Table and column names come from the generator's code, never from input.
    QString row = QStringLiteral("(?");
    for (int i = 1; i < m_columns.size(); ++i)
        row += QStringLiteral(",?");
    row += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (")
                  + m_columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES ");
    sql.reserve(sql.size() + rows * (row.size() + 1) + 16);
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    if (m_returnIds)
        sql += QStringLiteral(" RETURNING id");
    return sql;
}

Status BatchInserter::endRow()
{
    Q_ASSERT(m_values.size() == size_t(m_pendingRows + 1) * size_t(m_columns.size()));
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
    const QString context = m_table;
    const bool full = m_pendingRows == m_rowsPerStatement;
    // The last, partial batch of a table gets its own statement; full ones share one.
    QSqlQuery partial(m_db);
    QSqlQuery &q = full ? m_full : partial;
    if (!full || !m_fullPrepared) {
        q.setForwardOnly(true);
        if (!q.prepare(insertSql(m_pendingRows)))
            return sqlError(q.lastError(), what, context);
        m_fullPrepared = m_fullPrepared || full;
    }
    for (size_t i = 0; i < m_values.size(); ++i)
        q.bindValue(int(i), m_values[i]);
    if (!q.exec())
        return sqlError(q.lastError(), what, context);
    m_ids.clear();
    if (m_returnIds) {
        m_ids.reserve(size_t(m_pendingRows));
        while (q.next())
            m_ids.push_back(q.value(0).toLongLong());
        if (m_ids.size() != size_t(m_pendingRows)) {
            return Error{Error::Kind::Storage, what, context,
                         QStringLiteral("expected %1 new ids, got %2")
                             .arg(m_pendingRows)
                             .arg(m_ids.size())};
        }
    }
    q.finish();
    m_rows += m_pendingRows;
    m_pendingRows = 0;
    m_values.clear();
    if (m_onFlush)
        return m_onFlush(m_ids);
    return {};
}

} // namespace kontor::demo
