#include "contacts/duplicates.h"

#include "repo/audit.h"
#include "repo/trash.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QJsonObject>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ContactMerger", text);
}

// Child rows that move to the kept contact: table, and the columns that make a row a
// duplicate of one the kept contact already has (those stay with the trashed contact).
struct Child
{
    const char *table;
    const char *sameAs; // condition on k (kept contact's row) and x (the other's row)
};

const Child kChildren[] = {
    {"contact_emails", "k.email_norm = x.email_norm"},
    {"contact_phones", "k.phone_digits = x.phone_digits"},
    {"contact_messengers", "k.kind = x.kind AND k.handle = x.handle"},
    {"activities", nullptr},
    {"deals", nullptr},
    {"tasks", nullptr},
};

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty();
}

QVariantList idList(SqlStatement &q)
{
    QVariantList ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

QString marks(int n)
{
    QStringList m;
    for (int i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

// A winner key "custom:<id>" -> the field id; 0 for anything else.
qint64 customFieldOf(const QString &key)
{
    if (!key.startsWith(QLatin1String("custom:")))
        return 0;
    bool ok = false;
    const qint64 id = key.mid(7).toLongLong(&ok);
    return ok ? id : 0;
}

// Sets (or, when `absent`, removes) one custom value of a contact.
Status writeCustomValue(const QSqlDatabase &conn, qint64 fieldId, qint64 contactId,
                        const QString &value, bool absent, const QString &what)
{
    SqlStatement q(conn, what);
    if (auto st = q.run(QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND"
                                       " entity_id = ?"),
                        {fieldId, contactId});
        !st || absent)
        return st;
    return q.run(QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value)"
                                " VALUES (?, ?, ?)"),
                 {fieldId, contactId, value});
}

// Gives the kept contact the winning value of each live contact custom field (by default
// its own, or the other's where it has none) and returns what it had before for every
// field that changed: field id -> value, or null where it had none.
Result<QVariantMap> mergeCustomValues(const QSqlDatabase &conn, qint64 keepId, qint64 otherId,
                                      const QMap<QString, qint64> &winners, const QString &what)
{
    SqlStatement q(conn, what);
    if (auto st = q.run(QStringLiteral("SELECT f.id, k.value, x.value FROM custom_fields f"
                                       " LEFT JOIN custom_values k ON k.field_id = f.id AND"
                                       " k.entity_id = ?"
                                       " LEFT JOIN custom_values x ON x.field_id = f.id AND"
                                       " x.entity_id = ?"
                                       " WHERE f.entity = 'contact' AND f.deleted_at IS NULL"
                                       " ORDER BY f.id"),
                        {keepId, otherId});
        !st)
        return st.error();
    struct Change
    {
        qint64 field;
        QVariant before;
        QString value;
        bool absent;
    };
    QList<Change> changes;
    QSet<qint64> live;
    while (q.next()) {
        const qint64 field = q.value(0).toLongLong();
        live.insert(field);
        const QVariant kept = q.value(1);
        const QVariant other = q.value(2);
        const QString key = QStringLiteral("custom:") + QString::number(field);
        const qint64 winner = winners.value(key, isEmptyValue(kept) ? otherId : keepId);
        if (winner != otherId || kept.toString() == other.toString())
            continue;
        changes.append({field, kept.isNull() ? QVariant::fromValue(nullptr) : kept,
                        other.toString(), isEmptyValue(other)});
    }
    q.finish();
    for (auto it = winners.cbegin(); it != winners.cend(); ++it) {
        const qint64 field = customFieldOf(it.key());
        if (field && !live.contains(field)) {
            return Error {Error::Kind::Invalid,
                          tr("Custom field %1 is not a field of contacts")
                              .arg(field),
                          what,
                          {}};
        }
    }
    QVariantMap before;
    for (const Change &c : std::as_const(changes)) {
        if (auto st = writeCustomValue(conn, c.field, keepId, c.value, c.absent, what); !st)
            return st.error();
        before.insert(QString::number(c.field), c.before);
    }
    return before;
}

} // namespace

QStringList ContactMerger::fields()
{
    return {QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("title"),
            QStringLiteral("company_id"),
            QStringLiteral("company_role_id"),
            QStringLiteral("birthday"),
            QStringLiteral("street"),
            QStringLiteral("city"),
            QStringLiteral("region"),
            QStringLiteral("postal_code"),
            QStringLiteral("country"),
            QStringLiteral("source"),
            QStringLiteral("temperature"),
            QStringLiteral("status"),
            QStringLiteral("owner_id"),
            QStringLiteral("notes"),
            QStringLiteral("last_contacted_at")};
}

Result<qint64> ContactMerger::merge(qint64 keepId, qint64 otherId,
                                    const QMap<QString, qint64> &winners) const
{
    const QString context = tr("contact %1 into contact %2").arg(otherId).arg(keepId);
    if (keepId == otherId)
        return Error {
            Error::Kind::Invalid, tr("A contact cannot be merged with itself"), context, {}};
    for (auto it = winners.cbegin(); it != winners.cend(); ++it) {
        const bool known = fields().contains(it.key()) || customFieldOf(it.key()) > 0;
        if (!known || (it.value() != keepId && it.value() != otherId)) {
            return Error {Error::Kind::Invalid,
                          tr("\"%1\" cannot be chosen from contact %2 in this merge")
                              .arg(it.key())
                              .arg(it.value()),
                          context,
                          {}};
        }
    }
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const QString what = tr("Cannot merge the contacts");
    const QString columns = fields().join(QStringLiteral(", "));

    // Both rows, live.
    QVariantList rows[2];
    for (int i = 0; i < 2; ++i) {
        const qint64 id = i == 0 ? keepId : otherId;
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT %1 FROM contacts WHERE id = ? AND deleted_at"
                                           " IS NULL")
                                .arg(columns),
                            {id});
            !st)
            return st.error();
        if (!q.next()) {
            return Error {Error::Kind::NotFound,
                          tr("Contact %1 does not exist or is in the trash").arg(id),
                          context,
                          {}};
        }
        for (int c = 0; c < fields().size(); ++c)
            rows[i] << q.value(c);
        q.finish();
    }

    // Field by field: the chosen winner, else the kept value unless it is empty.
    QStringList sets;
    QVariantList values;
    QVariantMap before;
    for (int c = 0; c < fields().size(); ++c) {
        const QString f = fields().at(c);
        const qint64 winner = winners.value(f, isEmptyValue(rows[0].at(c)) ? otherId : keepId);
        // JSON keeps NULL only as an explicit null (a null QString would become "").
        before.insert(f, rows[0].at(c).isNull() ? QVariant::fromValue(nullptr) : rows[0].at(c));
        if (winner == otherId && rows[0].at(c) != rows[1].at(c)) {
            sets << f + QStringLiteral(" = ?");
            values << rows[1].at(c);
        }
    }
    if (!sets.isEmpty()) {
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("UPDATE contacts SET %1, updated_at = ? WHERE id = ?")
                                .arg(sets.join(QStringLiteral(", "))),
                            values + QVariantList {nowSecs(), keepId});
            !st)
            return st.error();
    }

    // Custom fields likewise (a winner keyed "custom:<field id>"); the values the kept
    // contact had before are remembered for undo, the other's stay with it in the trash.
    auto custom = mergeCustomValues(*conn, keepId, otherId, winners, what);
    if (!custom)
        return custom.error();

    // Move the other's rows, remembering exactly which, for undo.
    QVariantMap moved;
    for (const Child &child : kChildren) {
        const QString table = QLatin1String(child.table);
        QString select = QStringLiteral("SELECT x.id FROM %1 x WHERE x.contact_id = ?").arg(table);
        if (child.sameAs) {
            select += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 k WHERE k.contact_id = ?"
                                     " AND %2)")
                          .arg(table, QLatin1String(child.sameAs));
        }
        SqlStatement q(*conn, what);
        if (auto st
            = q.run(select, child.sameAs ? QVariantList {otherId, keepId} : QVariantList {otherId});
            !st)
            return st.error();
        const QVariantList ids = idList(q);
        moved.insert(table, ids);
        if (ids.isEmpty())
            continue;
        SqlStatement move(*conn, what);
        if (auto st = move.run(QStringLiteral("UPDATE %1 SET contact_id = ? WHERE id IN (%2)")
                                   .arg(table, marks(int(ids.size()))),
                               QVariantList {keepId} + ids);
            !st)
            return st.error();
    }
    // Deal roles and tags are keyed by (row, contact): copy what the kept one lacks.
    QVariantList dealRoles;
    {
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT x.deal_id FROM deal_contacts x WHERE"
                                           " x.contact_id = ? AND NOT EXISTS (SELECT 1 FROM"
                                           " deal_contacts k WHERE k.contact_id = ? AND"
                                           " k.deal_id = x.deal_id)"),
                            {otherId, keepId});
            !st)
            return st.error();
        dealRoles = idList(q);
        SqlStatement ins(*conn, what);
        if (auto st = ins.run(QStringLiteral("INSERT INTO deal_contacts (deal_id, contact_id, role)"
                                             " SELECT x.deal_id, ?, x.role FROM deal_contacts x"
                                             " WHERE x.contact_id = ? AND NOT EXISTS (SELECT 1"
                                             " FROM deal_contacts k WHERE k.contact_id = ? AND"
                                             " k.deal_id = x.deal_id)"),
                              {keepId, otherId, keepId});
            !st)
            return st.error();
    }
    QVariantList tags;
    {
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT x.tag_id FROM contact_tags x WHERE"
                                           " x.contact_id = ? AND NOT EXISTS (SELECT 1 FROM"
                                           " contact_tags k WHERE k.contact_id = ? AND"
                                           " k.tag_id = x.tag_id)"),
                            {otherId, keepId});
            !st)
            return st.error();
        tags = idList(q);
        for (const QVariant &tag : std::as_const(tags)) {
            SqlStatement ins(*conn, what);
            if (auto st = ins.run(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id)"
                                                 " VALUES (?, ?)"),
                                  {keepId, tag});
                !st)
                return st.error();
        }
    }
    moved.insert(QStringLiteral("deal_contacts"), dealRoles);
    moved.insert(QStringLiteral("contact_tags"), tags);

    if (auto st = setTrashed(
            m_session,
            {QStringLiteral("contacts"), QStringLiteral("contact"), tr("contact %1").arg(otherId)},
            otherId, true);
        !st)
        return st.error();
    const QVariantMap changes {{QStringLiteral("merged"), otherId},
                               {QStringLiteral("before"), before},
                               {QStringLiteral("customBefore"), *custom},
                               {QStringLiteral("moved"), moved}};
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("contact"), keepId,
                                QStringLiteral("merge"), changes);
        !st)
        return st.error();
    SqlStatement last(*conn, what);
    auto auditId = last.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log WHERE entity ="
                                              " 'contact' AND entity_id = ? AND action = 'merge'"),
                               {keepId});
    if (!auditId)
        return auditId.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return auditId->toLongLong();
}

Status ContactMerger::undo(qint64 keepId, qint64 otherId) const
{
    const QString context = tr("contact %1 from contact %2").arg(otherId).arg(keepId);
    const QString what = tr("Cannot undo the merge");
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();

    // The latest merge of `otherId` into `keepId` that was not undone already.
    SqlStatement q(*conn, what);
    if (auto st = q.run(QStringLiteral("SELECT id, action, changes FROM audit_log WHERE entity ="
                                       " 'contact' AND entity_id = ? AND action IN ('merge',"
                                       " 'unmerge') ORDER BY id DESC"),
                        {keepId});
        !st)
        return st;
    QList<qint64> undone;
    qint64 mergeId = 0;
    QVariantMap changes;
    while (q.next()) {
        const QVariantMap c
            = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().toVariantMap();
        if (q.value(1).toString() == QLatin1String("unmerge")) {
            undone << c.value(QStringLiteral("merge")).toLongLong();
        } else if (c.value(QStringLiteral("merged")).toLongLong() == otherId
                   && !undone.contains(q.value(0).toLongLong())) {
            mergeId = q.value(0).toLongLong();
            changes = c;
            break;
        }
    }
    q.finish();
    if (!mergeId)
        return Error {
            Error::Kind::NotFound, tr("There is no merge of these contacts to undo"), context, {}};

    // The kept contact's fields as they were.
    const QVariantMap before = changes.value(QStringLiteral("before")).toMap();
    QStringList sets;
    QVariantList values;
    for (const QString &f : fields()) {
        const QVariant v = before.value(f);
        const bool number = f.endsWith(QLatin1String("_id")) || f.endsWith(QLatin1String("_at"));
        sets << f + QStringLiteral(" = ?");
        if (v.isNull() || !v.isValid() || v.metaType() == QMetaType::fromType<std::nullptr_t>())
            values << (number ? QVariant(QMetaType::fromType<qint64>())
                              : QVariant(QMetaType::fromType<QString>()));
        else
            values << (number ? QVariant(v.toLongLong()) : QVariant(v.toString()));
    }
    SqlStatement fieldsBack(*conn, what);
    if (auto st = fieldsBack.run(QStringLiteral("UPDATE contacts SET %1, updated_at = ? WHERE"
                                                " id = ?")
                                     .arg(sets.join(QStringLiteral(", "))),
                                 values + QVariantList {nowSecs(), keepId});
        !st)
        return st;

    // The kept contact's custom values as they were (absent ones removed again).
    const QVariantMap customBefore = changes.value(QStringLiteral("customBefore")).toMap();
    for (auto it = customBefore.cbegin(); it != customBefore.cend(); ++it) {
        const QVariant v = it.value();
        const bool absent
            = v.isNull() || !v.isValid() || v.metaType() == QMetaType::fromType<std::nullptr_t>();
        if (auto st = writeCustomValue(*conn, it.key().toLongLong(), keepId,
                                       absent ? QString() : v.toString(), absent, what);
            !st)
            return st;
    }

    // The moved rows back to the other contact; the copied deal roles and tags away.
    const QVariantMap moved = changes.value(QStringLiteral("moved")).toMap();
    for (const Child &child : kChildren) {
        const QString table = QLatin1String(child.table);
        QVariantList ids;
        for (const QVariant &id : moved.value(table).toList())
            ids << id.toLongLong();
        if (ids.isEmpty())
            continue;
        SqlStatement back(*conn, what);
        if (auto st = back.run(QStringLiteral("UPDATE %1 SET contact_id = ? WHERE contact_id = ?"
                                              " AND id IN (%2)")
                                   .arg(table, marks(int(ids.size()))),
                               QVariantList {otherId, keepId} + ids);
            !st)
            return st;
    }
    for (const char *table : {"deal_contacts", "contact_tags"}) {
        const QString t = QLatin1String(table);
        const QString key = t == QLatin1String("deal_contacts") ? QStringLiteral("deal_id")
                                                                : QStringLiteral("tag_id");
        QVariantList ids;
        for (const QVariant &id : moved.value(t).toList())
            ids << id.toLongLong();
        if (ids.isEmpty())
            continue;
        SqlStatement del(*conn, what);
        if (auto st = del.run(QStringLiteral("DELETE FROM %1 WHERE contact_id = ? AND %2 IN (%3)")
                                  .arg(t, key, marks(int(ids.size()))),
                              QVariantList {keepId} + ids);
            !st)
            return st;
    }
    if (auto st = setTrashed(
            m_session,
            {QStringLiteral("contacts"), QStringLiteral("contact"), tr("contact %1").arg(otherId)},
            otherId, false);
        !st)
        return st;
    if (auto st = audit::record(
            *conn, m_session.userId, QStringLiteral("contact"), keepId, QStringLiteral("unmerge"),
            {{QStringLiteral("merge"), mergeId}, {QStringLiteral("merged"), otherId}});
        !st)
        return st;
    return tx.commit();
}

} // namespace kontor
