#include "contacts/trash_bin.h"

#include "repo/audit.h"
#include "repo/trash.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::TrashBin", text);
}

struct Table
{
    const char *entity;
    const char *table;
    const char *title; // whitelisted expression on alias t
};

// Purge order matters: tasks point at deals, contacts and companies, deals at contacts and
// companies, contacts at companies.
const Table kTables[] = {
    {"task", "tasks", "t.title"},
    {"deal", "deals", "t.title"},
    {"contact", "contacts", "t.first_name || ' ' || t.last_name"},
    {"company", "companies", "t.name"},
};

const Table *tableFor(const QString &entity)
{
    for (const Table &t : kTables) {
        if (entity == QLatin1String(t.entity))
            return &t;
    }
    return nullptr;
}

} // namespace

Result<QList<TrashedItem>> TrashBin::list(int limit) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QStringList parts;
    for (const Table &t : kTables) {
        parts << QStringLiteral("SELECT '%1' AS entity, t.id, %2 AS title, t.deleted_at,"
                                " t.deleted_by FROM %3 t WHERE t.deleted_at IS NOT NULL")
                     .arg(QLatin1String(t.entity), QLatin1String(t.title), QLatin1String(t.table));
    }
    SqlStatement q(*conn, tr("Cannot read the trash"));
    const QString sql = QStringLiteral("SELECT x.entity, x.id, x.title, x.deleted_at, x.deleted_by,"
                                       " u.display_name FROM (%1) x"
                                       " LEFT JOIN users u ON u.id = x.deleted_by"
                                       " ORDER BY x.deleted_at DESC, x.entity, x.id DESC LIMIT ?")
                            .arg(parts.join(QStringLiteral(" UNION ALL ")));
    if (auto st = q.run(sql, {qBound(1, limit, 5000)}); !st)
        return st.error();
    QList<TrashedItem> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString().trimmed(),
                    toDateTime(q.value(3)), q.value(4).toLongLong(), q.value(5).toString()});
    }
    return out;
}

Status TrashBin::restore(const QString &entity, qint64 id) const
{
    const Table *t = tableFor(entity);
    if (!t) {
        return Error {Error::Kind::Invalid,
                      tr("Only contacts, companies, deals and tasks are in the trash"),
                      entity,
                      {}};
    }
    return setTrashed(m_session,
                      {QLatin1String(t->table), QLatin1String(t->entity),
                       QStringLiteral("%1 %2").arg(entity).arg(id)},
                      id, false);
}

Result<qint64> TrashBin::purge(int olderThanDays) const
{
    if (olderThanDays < 0)
        return Error {Error::Kind::Invalid, tr("The number of days cannot be negative"), {}, {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const qint64 cutoff = nowSecs() - qint64(olderThanDays) * 86400;
    const QString what = tr("Cannot empty the trash");
    qint64 total = 0;
    for (const Table &t : kTables) {
        const QString table = QLatin1String(t.table);
        const QString where = QStringLiteral("deleted_at IS NOT NULL AND deleted_at <= ?");
        SqlStatement ids(*conn, what);
        if (auto st
            = ids.run(QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, where), {cutoff});
            !st)
            return st.error();
        QList<qint64> purged;
        while (ids.next())
            purged << ids.value(0).toLongLong();
        ids.finish();
        if (purged.isEmpty())
            continue;
        // Custom values have no foreign key (one table serves every entity).
        SqlStatement custom(*conn, what);
        if (auto st = custom.run(
                QStringLiteral("DELETE FROM custom_values WHERE field_id IN (SELECT id FROM"
                               " custom_fields WHERE entity = ?) AND entity_id IN"
                               " (SELECT id FROM %1 WHERE %2)")
                    .arg(table, where),
                {QLatin1String(t.entity), cutoff});
            !st)
            return st.error();
        SqlStatement del(*conn, what);
        if (auto st
            = del.run(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where), {cutoff});
            !st)
            return st.error();
        for (qint64 id : std::as_const(purged)) {
            if (auto st = audit::record(*conn, m_session.userId, QLatin1String(t.entity), id,
                                        QStringLiteral("purge"));
                !st)
                return st.error();
        }
        total += purged.size();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return total;
}

} // namespace kontor
