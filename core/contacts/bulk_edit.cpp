#include "contacts/bulk_edit.h"

#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ContactBulkEditor", text);
}

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message, {}, {}};
}

// Live contacts among `ids`, in the given order.
Result<QList<qint64>> liveIds(const QSqlDatabase &conn, const QList<qint64> &ids)
{
    QList<qint64> out;
    SqlStatement q(conn, tr("Cannot read the selected contacts"));
    for (qint64 id : ids) {
        auto live = q.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id = ?"
                                            " AND deleted_at IS NULL"),
                             {id});
        if (!live)
            return live.error();
        if (live->toLongLong() > 0 && !out.contains(id))
            out << id;
    }
    return out;
}

Result<qint64> tagId(const QSqlDatabase &conn, const QString &name, bool create)
{
    SqlStatement q(conn, tr("Cannot read the tag \"%1\"").arg(name));
    if (auto st = q.run(QStringLiteral("SELECT id FROM tags WHERE LOWER(name) = LOWER(?)"), {name});
        !st)
        return st.error();
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return qint64(0);
    q.finish();
    auto id = q.scalar(QStringLiteral("INSERT INTO tags (name) VALUES (?) RETURNING id"), {name});
    if (!id)
        return id.error();
    q.finish();
    return id->toLongLong();
}

Status auditEach(const QSqlDatabase &conn, qint64 userId, const QList<qint64> &ids,
                 const QString &field, const QHash<qint64, QString> &before, const QString &after)
{
    for (qint64 id : ids) {
        if (auto st = audit::record(conn, userId, QStringLiteral("contact"), id,
                                    QStringLiteral("update"),
                                    {{field, QVariantList{before.value(id), after}}});
            !st)
            return st;
    }
    return {};
}

} // namespace

Result<BulkChange> ContactBulkEditor::addTag(const QList<qint64> &ids, const QString &rawTag) const
{
    const QString tag = rawTag.trimmed();
    if (tag.isEmpty())
        return invalid(tr("Type the name of the tag to add"));
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    auto live = liveIds(*conn, ids);
    if (!live)
        return live.error();
    auto tid = tagId(*conn, tag, true);
    if (!tid)
        return tid.error();
    BulkChange change{BulkChange::Kind::AddTag, tag, {}, {}};
    SqlStatement q(*conn, tr("Cannot tag the selected contacts"));
    for (qint64 id : *live) {
        auto has = q.scalar(QStringLiteral("SELECT COUNT(*) FROM contact_tags WHERE contact_id = ?"
                                           " AND tag_id = ?"),
                            {id, *tid});
        if (!has)
            return has.error();
        if (has->toLongLong() > 0)
            continue; // had it already: undo must not take it away
        if (auto st = q.run(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id)"
                                           " VALUES (?, ?)"),
                            {id, *tid});
            !st)
            return st.error();
        change.changed << id;
    }
    if (auto st = auditEach(*conn, m_session.userId, change.changed, QStringLiteral("tags"), {},
                            QStringLiteral("+") + tag);
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return change;
}

Result<BulkChange> ContactBulkEditor::removeTag(const QList<qint64> &ids,
                                                const QString &rawTag) const
{
    const QString tag = rawTag.trimmed();
    if (tag.isEmpty())
        return invalid(tr("Type the name of the tag to remove"));
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    auto live = liveIds(*conn, ids);
    if (!live)
        return live.error();
    auto tid = tagId(*conn, tag, false);
    if (!tid)
        return tid.error();
    if (*tid == 0)
        return Error{Error::Kind::NotFound, tr("There is no tag \"%1\"").arg(tag), {}, {}};
    BulkChange change{BulkChange::Kind::RemoveTag, tag, {}, {}};
    SqlStatement q(*conn, tr("Cannot untag the selected contacts"));
    for (qint64 id : *live) {
        if (auto st = q.run(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"
                                           " AND tag_id = ?"),
                            {id, *tid});
            !st)
            return st.error();
        if (q.rowsAffected() > 0)
            change.changed << id;
    }
    if (auto st = auditEach(*conn, m_session.userId, change.changed, QStringLiteral("tags"), {},
                            QStringLiteral("-") + tag);
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return change;
}

Result<BulkChange> ContactBulkEditor::setOwner(const QList<qint64> &ids, qint64 ownerId) const
{
    return setColumn(BulkChange::Kind::Owner, ids, nullIfZero(ownerId));
}

Result<BulkChange> ContactBulkEditor::setStatus(const QList<qint64> &ids,
                                                const QString &status) const
{
    static const QStringList known {QStringLiteral("lead"), QStringLiteral("prospect"),
                                    QStringLiteral("customer")};
    if (!known.contains(status))
        return invalid(tr("\"%1\" is not a status (lead, prospect or customer)").arg(status));
    return setColumn(BulkChange::Kind::Status, ids, status);
}

Result<BulkChange> ContactBulkEditor::setColumn(BulkChange::Kind kind, const QList<qint64> &ids,
                                                const QVariant &value) const
{
    // Whitelisted column names, never user text.
    const QString column = kind == BulkChange::Kind::Owner ? QStringLiteral("owner_id")
                                                           : QStringLiteral("status");
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    auto live = liveIds(*conn, ids);
    if (!live)
        return live.error();
    BulkChange change{kind, value.toString(), {}, {}};
    SqlStatement q(*conn, tr("Cannot change the selected contacts"));
    for (qint64 id : *live) {
        auto old = q.scalar(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(column), {id});
        if (!old)
            return old.error();
        const QString before = old->isNull() ? QString() : old->toString();
        if (before == value.toString())
            continue;
        if (auto st = q.run(QStringLiteral("UPDATE contacts SET %1 = ?, updated_at = ? WHERE id = ?")
                                .arg(column),
                            {value, nowSecs(), id});
            !st)
            return st.error();
        change.changed << id;
        change.before.insert(id, before);
    }
    if (auto st = auditEach(*conn, m_session.userId, change.changed, column, change.before,
                            value.toString());
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return change;
}

Status ContactBulkEditor::undo(const BulkChange &change) const
{
    switch (change.kind) {
    case BulkChange::Kind::AddTag: {
        if (change.changed.isEmpty())
            return {};
        auto st = removeTag(change.changed, change.value);
        return st ? Status() : Status(st.error());
    }
    case BulkChange::Kind::RemoveTag: {
        auto st = addTag(change.changed, change.value);
        return st ? Status() : Status(st.error());
    }
    case BulkChange::Kind::Owner:
    case BulkChange::Kind::Status: {
        auto conn = m_session.db->connection();
        if (!conn)
            return conn.error();
        Transaction tx(*conn, m_session.db->dialect());
        if (!tx.ok())
            return tx.error();
        const QString column = change.kind == BulkChange::Kind::Owner ? QStringLiteral("owner_id")
                                                                      : QStringLiteral("status");
        SqlStatement q(*conn, tr("Cannot undo the change"));
        for (qint64 id : change.changed) {
            const QString before = change.before.value(id);
            const QVariant value = change.kind == BulkChange::Kind::Owner
                                       ? nullIfZero(before.toLongLong())
                                       : QVariant(before);
            if (auto st = q.run(QStringLiteral("UPDATE contacts SET %1 = ?, updated_at = ? WHERE id = ?")
                                    .arg(column),
                                {value, nowSecs(), id});
                !st)
                return st;
            if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("contact"), id,
                                        QStringLiteral("update"),
                                        {{column, QVariantList{change.value, before}}});
                !st)
                return st;
        }
        return tx.commit();
    }
    }
    return {};
}

Status ContactBulkEditor::redo(const BulkChange &change) const
{
    Result<BulkChange> again = Error{};
    switch (change.kind) {
    case BulkChange::Kind::AddTag:
        again = addTag(change.changed, change.value);
        break;
    case BulkChange::Kind::RemoveTag:
        again = removeTag(change.changed, change.value);
        break;
    case BulkChange::Kind::Owner:
        again = setOwner(change.changed, change.value.toLongLong());
        break;
    case BulkChange::Kind::Status:
        again = setStatus(change.changed, change.value);
        break;
    }
    return again ? Status() : Status(again.error());
}

Result<QStringList> ContactBulkEditor::tagNames() const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the tags"));
    if (auto st = q.run(QStringLiteral("SELECT name FROM tags ORDER BY LOWER(name)")); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace kontor
