#include "customfields/custom_field_repository.h"

#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::CustomFieldRepository", text);
}

const char *const kFieldColumns = "f.id, f.entity, f.name, f.kind, f.options, f.position";

CustomField readField(const QSqlQuery &q)
{
    CustomField f;
    f.id = q.value(0).toLongLong();
    f.entity = q.value(1).toString();
    f.name = q.value(2).toString();
    f.kind = CustomField::kindFromKey(q.value(3).toString()).ok()
                 ? *CustomField::kindFromKey(q.value(3).toString())
                 : CustomField::Kind::Text;
    f.options = CustomField::splitMulti(q.value(4).toString());
    f.position = q.value(5).toInt();
    return f;
}

QVariant optionsColumn(const CustomField &f)
{
    return f.hasOptions() ? QVariant(CustomField::joinMulti(f.options)) : QVariant();
}

QString fieldContext(const CustomField &f)
{
    return tr("custom field \"%1\"").arg(f.name);
}

// The table a record of `entity` lives in, from a whitelist (never user text).
QString tableOf(const QString &entity)
{
    if (entity == QLatin1String("contact"))
        return QStringLiteral("contacts");
    if (entity == QLatin1String("company"))
        return QStringLiteral("companies");
    return QStringLiteral("deals");
}

} // namespace

Result<QList<CustomField>> CustomFieldRepository::fields(const QString &entity) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the custom fields"));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM custom_fields f WHERE f.entity = ?"
                                       " AND f.deleted_at IS NULL ORDER BY f.position, f.id")
                            .arg(QLatin1String(kFieldColumns)),
                        {entity});
        !st)
        return st.error();
    QList<CustomField> out;
    while (q.next())
        out << readField(q.query());
    return out;
}

Result<CustomField> CustomFieldRepository::field(qint64 id) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the custom field"));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM custom_fields f WHERE f.id = ?"
                                       " AND f.deleted_at IS NULL")
                            .arg(QLatin1String(kFieldColumns)),
                        {id});
        !st)
        return st.error();
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("This custom field does not exist"),
                     tr("custom field %1").arg(id), {}};
    return readField(q.query());
}

Result<CustomField> CustomFieldRepository::fieldByName(const QString &entity,
                                                       const QString &name) const
{
    auto all = fields(entity);
    if (!all)
        return all.error();
    for (const CustomField &f : *all) {
        if (f.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    }
    return Error{Error::Kind::NotFound, tr("There is no custom field \"%1\"").arg(name),
                 entity, {}};
}

Result<qint64> CustomFieldRepository::addField(const CustomField &input) const
{
    CustomField f = input;
    f.name = f.name.trimmed();
    for (QString &o : f.options)
        o = o.trimmed();
    if (auto st = f.check(); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot add the %1").arg(fieldContext(f)));
    auto taken = q.scalar(QStringLiteral("SELECT COUNT(*) FROM custom_fields WHERE entity = ?"
                                         " AND LOWER(name) = LOWER(?) AND deleted_at IS NULL"),
                          {f.entity, f.name});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error{Error::Kind::Conflict, tr("There is already a field named \"%1\"").arg(f.name),
                     fieldContext(f), {}};
    if (auto st = q.run(QStringLiteral("DELETE FROM custom_fields WHERE entity = ?"
                                       " AND LOWER(name) = LOWER(?) AND deleted_at IS NOT NULL"),
                        {f.entity, f.name});
        !st)
        return st.error();
    auto position = q.scalar(
        QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM custom_fields WHERE entity = ?"),
        {f.entity});
    if (!position)
        return position.error();
    auto id = q.scalar(QStringLiteral("INSERT INTO custom_fields (entity, name, kind, options,"
                                      " position) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                       {f.entity, f.name, CustomField::kindKey(f.kind), optionsColumn(f),
                        f.position > 0 ? f.position : position->toInt()});
    if (!id)
        return id.error();
    q.finish();
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("custom_field"),
                                id->toLongLong(), QStringLiteral("create"),
                                {{QStringLiteral("name"), QVariantList{{}, f.name}},
                                 {QStringLiteral("kind"),
                                  QVariantList{{}, CustomField::kindKey(f.kind)}}});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id->toLongLong();
}

Status CustomFieldRepository::updateField(const CustomField &input) const
{
    CustomField f = input;
    f.name = f.name.trimmed();
    for (QString &o : f.options)
        o = o.trimmed();
    if (auto st = f.check(); !st)
        return st;
    auto before = field(f.id);
    if (!before)
        return before.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the %1").arg(fieldContext(f)));
    auto taken = q.scalar(QStringLiteral("SELECT COUNT(*) FROM custom_fields WHERE entity = ?"
                                         " AND LOWER(name) = LOWER(?) AND deleted_at IS NULL"
                                         " AND id <> ?"),
                          {before->entity, f.name, f.id});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error{Error::Kind::Conflict, tr("There is already a field named \"%1\"").arg(f.name),
                     fieldContext(f), {}};
    // Stored values were checked against the old kind and options: keep them valid.
    QStringList used;
    if (auto st = q.run(QStringLiteral("SELECT DISTINCT value FROM custom_values"
                                       " WHERE field_id = ? AND value IS NOT NULL"),
                        {f.id});
        !st)
        return st;
    while (q.next())
        used << q.value(0).toString();
    q.finish();
    if (f.kind != before->kind && !used.isEmpty())
        return Error{Error::Kind::Invalid,
                     tr("The type of \"%1\" cannot change while records have a value in it")
                         .arg(before->name),
                     fieldContext(f), {}};
    for (const QString &stored : used) {
        const QStringList parts = f.kind == CustomField::Kind::MultiChoice
                                      ? CustomField::splitMulti(stored)
                                      : QStringList{stored};
        if (!f.hasOptions())
            break;
        for (const QString &p : parts) {
            if (!f.options.contains(p))
                return Error{Error::Kind::Invalid,
                             tr("The option \"%1\" is still used by some records").arg(p),
                             fieldContext(f), {}};
        }
    }
    if (auto st = q.run(QStringLiteral("UPDATE custom_fields SET name = ?, kind = ?, options = ?,"
                                       " position = ? WHERE id = ?"),
                        {f.name, CustomField::kindKey(f.kind), optionsColumn(f), f.position, f.id});
        !st)
        return st;
    QVariantMap changes = audit::diff(
        {{QStringLiteral("name"), before->name},
         {QStringLiteral("kind"), CustomField::kindKey(before->kind)},
         {QStringLiteral("options"), before->options.join(QLatin1Char('\n'))},
         {QStringLiteral("position"), before->position}},
        {{QStringLiteral("name"), f.name},
         {QStringLiteral("kind"), CustomField::kindKey(f.kind)},
         {QStringLiteral("options"), f.options.join(QLatin1Char('\n'))},
         {QStringLiteral("position"), f.position}});
    if (!changes.isEmpty()) {
        if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("custom_field"), f.id,
                                    QStringLiteral("update"), changes);
            !st)
            return st;
    }
    return tx.commit();
}

Status CustomFieldRepository::removeField(qint64 id) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot delete the custom field"));
    if (auto st = q.run(QStringLiteral("UPDATE custom_fields SET deleted_at = ?, deleted_by = ?"
                                       " WHERE id = ? AND deleted_at IS NULL"),
                        {nowSecs(), nullIfZero(m_session.userId), id});
        !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error{Error::Kind::NotFound, tr("This custom field does not exist"),
                     tr("custom field %1").arg(id), {}};
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("custom_field"), id,
                                QStringLiteral("delete"));
        !st)
        return st;
    return tx.commit();
}

Status CustomFieldRepository::restoreField(qint64 id) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot restore the custom field"));
    if (auto st = q.run(QStringLiteral("UPDATE custom_fields SET deleted_at = NULL,"
                                       " deleted_by = NULL WHERE id = ?"),
                        {id});
        !st)
        return st;
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("custom_field"), id,
                                QStringLiteral("restore"));
        !st)
        return st;
    return tx.commit();
}

Result<QList<CustomValue>> CustomFieldRepository::values(const QString &entity,
                                                         qint64 entityId) const
{
    auto defs = fields(entity);
    if (!defs)
        return defs.error();
    auto stored = valuesFor(entity, {entityId});
    if (!stored)
        return stored.error();
    const QHash<qint64, QString> mine = stored->value(entityId);
    QList<CustomValue> out;
    for (const CustomField &f : *defs)
        out << CustomValue{f, mine.value(f.id)};
    return out;
}

Result<QHash<qint64, QHash<qint64, QString>>>
CustomFieldRepository::valuesFor(const QString &entity, const QList<qint64> &ids) const
{
    QHash<qint64, QHash<qint64, QString>> out;
    if (ids.isEmpty())
        return out;
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the custom field values"));
    // Chunks keep the bound parameter count well under every driver's limit.
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QStringList marks;
        QVariantList binds {entity};
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            binds << id;
        }
        if (auto st = q.run(QStringLiteral("SELECT v.entity_id, v.field_id, v.value FROM custom_values v"
                                           " JOIN custom_fields f ON f.id = v.field_id"
                                           " WHERE f.entity = ? AND f.deleted_at IS NULL"
                                           " AND v.entity_id IN (%1)")
                                .arg(marks.join(QLatin1Char(','))),
                            binds);
            !st)
            return st.error();
        while (q.next())
            out[q.value(0).toLongLong()].insert(q.value(1).toLongLong(), q.value(2).toString());
    }
    return out;
}

Status CustomFieldRepository::setValues(const QString &entity, qint64 entityId,
                                        const QMap<qint64, QString> &input) const
{
    auto defs = fields(entity);
    if (!defs)
        return defs.error();
    // Check everything before writing anything.
    QMap<qint64, QString> canonical;
    QHash<qint64, CustomField> byId;
    for (const CustomField &f : *defs)
        byId.insert(f.id, f);
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        if (!byId.contains(it.key()))
            return Error{Error::Kind::NotFound, tr("This custom field does not exist"),
                         tr("custom field %1").arg(it.key()), {}};
        auto value = byId.value(it.key()).canonical(it.value());
        if (!value)
            return value.error();
        canonical.insert(it.key(), *value);
    }
    auto before = values(entity, entityId);
    if (!before)
        return before.error();
    QVariantMap old;
    for (const CustomValue &v : *before)
        old.insert(v.field.name, v.value);

    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the custom fields"));
    auto exists = q.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?")
                               .arg(tableOf(entity)),
                           {entityId});
    if (!exists)
        return exists.error();
    if (exists->toLongLong() == 0)
        return Error{Error::Kind::NotFound, tr("This record does not exist"),
                     QStringLiteral("%1 %2").arg(entity).arg(entityId), {}};
    QVariantMap now = old;
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        if (auto st = q.run(QStringLiteral("DELETE FROM custom_values WHERE field_id = ?"
                                           " AND entity_id = ?"),
                            {it.key(), entityId});
            !st)
            return st;
        if (!it.value().isEmpty()) {
            if (auto st = q.run(QStringLiteral("INSERT INTO custom_values (field_id, entity_id,"
                                               " value) VALUES (?, ?, ?)"),
                                {it.key(), entityId, it.value()});
                !st)
                return st;
        }
        now.insert(byId.value(it.key()).name, it.value());
    }
    const QVariantMap changes = audit::diff(old, now);
    if (!changes.isEmpty()) {
        if (auto st = audit::record(*conn, m_session.userId, entity, entityId,
                                    QStringLiteral("update"), changes);
            !st)
            return st;
    }
    return tx.commit();
}

Status CustomFieldRepository::setValue(const QString &entity, qint64 entityId,
                                       const QString &fieldName, const QString &value) const
{
    auto f = fieldByName(entity, fieldName);
    if (!f)
        return f.error();
    return setValues(entity, entityId, {{f->id, value}});
}

} // namespace kontor
