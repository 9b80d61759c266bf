#pragma once

#include "storage/dialect.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace kontor {

// Rolls back unless committed, like QMutexLocker for a transaction. Nests: an inner guard on
// a connection that is already in a transaction becomes a SAVEPOINT, so a repository call can
// run alone or inside an import's single transaction.
//
//     Transaction tx(db, dialect);
//     if (!tx.ok()) return tx.error();
//     ... work ...
//     return tx.commit();
class Transaction
{
public:
    enum class Mode { Write, Read };

    Transaction(const QSqlDatabase &db, const Dialect &dialect, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_status.ok(); }
    const Error &error() const { return m_status.error(); }
    Status status() const { return m_status; }

    Status commit();
    void rollback();

    // How many guards are open on this connection (0 = none).
    static int depth(const QSqlDatabase &db);

private:
    Status execute(const QString &sql);

    QSqlDatabase m_db;
    Status m_status;
    bool m_sqlite = false;
    int m_level = 0; // 1 = outermost (real transaction); >1 = savepoint
    bool m_open = false;
};

} // namespace kontor
