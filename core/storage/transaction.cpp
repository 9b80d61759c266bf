#include "storage/transaction.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>

namespace kontor {

namespace {
// Depth per connection name. Connections are per thread, so a thread-local map suffices.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> map;
    return map;
}
} // namespace

int Transaction::depth(const QSqlDatabase &db)
{
    return depths().value(db.connectionName(), 0);
}

Transaction::Transaction(const QSqlDatabase &db, const Dialect &dialect, Mode mode)
    : m_db(db)
    , m_sqlite(dialect.isSqlite())
{
    int &d = depths()[m_db.connectionName()];
    m_level = d + 1;
    const QString sql = m_level == 1
                            ? (mode == Mode::Write ? dialect.beginWrite() : dialect.beginRead())
                            : QStringLiteral("SAVEPOINT kontor_sp_%1").arg(m_level);
    m_status = execute(sql);
    if (m_status.ok()) {
        d = m_level;
        m_open = true;
    }
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(Error{Error::Kind::Storage,
                                            QCoreApplication::translate("Database", "Nothing to commit"),
                                            {}, {}})
                             : m_status;
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE SAVEPOINT kontor_sp_%1").arg(m_level);
    Status st = execute(sql);
    if (!st) {
        rollback();
        return st;
    }
    m_open = false;
    depths()[m_db.connectionName()] = m_level - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 1) {
        execute(QStringLiteral("ROLLBACK"));
    } else {
        execute(QStringLiteral("ROLLBACK TO SAVEPOINT kontor_sp_%1").arg(m_level));
        execute(QStringLiteral("RELEASE SAVEPOINT kontor_sp_%1").arg(m_level));
    }
    m_open = false;
    depths()[m_db.connectionName()] = m_level - 1;
}

Status Transaction::execute(const QString &sql)
{
    const QString what = QCoreApplication::translate("Database", "The transaction failed");
    if (m_sqlite) {
        // Kept prepared: an import opens a savepoint or two per row, and parsing each one again
        // was a few percent of it. (PostgreSQL cannot PREPARE transaction statements.)
        SqlStatement q(m_db, what);
        if (auto st = q.prepare(sql); !st)
            return st;
        return q.exec();
    }
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), QCoreApplication::translate("Database", "The transaction failed"), sql);
    return {};
}

} // namespace kontor
