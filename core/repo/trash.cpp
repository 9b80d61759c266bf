#include "repo/trash.h"

#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

Status setTrashed(const Session &session, const TrashTarget &target, qint64 id, bool trashed)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Trash", text); };
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, trashed ? tr("Cannot move it to the trash") : tr("Cannot restore it from the trash"));
    const Status st = trashed
                          ? q.run(QStringLiteral("UPDATE %1 SET deleted_at = ?, deleted_by = ?"
                                                 " WHERE id = ? AND deleted_at IS NULL")
                                      .arg(target.table),
                                  {nowSecs(), nullIfZero(session.userId), id})
                          : q.run(QStringLiteral("UPDATE %1 SET deleted_at = NULL, deleted_by = NULL"
                                                 " WHERE id = ? AND deleted_at IS NOT NULL")
                                      .arg(target.table),
                                  {id});
    if (!st)
        return Error{st.error().kind, st.error().message, target.context, st.error().detail};
    if (q.rowsAffected() != 1) {
        return Error{Error::Kind::NotFound,
                     trashed ? tr("It does not exist or is already in the trash") : tr("It is not in the trash"),
                     target.context, {}};
    }
    if (auto a = audit::record(*conn, session.userId, target.entity, id,
                               trashed ? QStringLiteral("delete") : QStringLiteral("restore"));
        !a)
        return a;
    return tx.commit();
}

} // namespace kontor
