// Custom values of imported records: fields found (or created as text) by name, values
// checked against their field's kind, then written one by one or queued with a batch.
#include "import/import_internal.h"

#include "customfields/custom_field_repository.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor::importing::detail {

namespace {

// The field of this name, from the cache or the database; created as a text field (and
// recorded for undo) only with `create`, else NotFound.
Result<CustomField> fieldNamed(const WriterContext &ctx, const QString &entity, const QString &name,
                               QHash<QString, CustomField> *cache, bool create)
{
    if (auto it = cache->constFind(name); it != cache->constEnd())
        return *it;
    CustomFieldRepository repo(ctx.session);
    auto found = repo.fieldByName(entity, name);
    if (!found && (found.error().kind != Error::Kind::NotFound || !create))
        return found.error();
    CustomField field;
    if (found) {
        field = *found;
    } else {
        field.entity = entity;
        field.name = name;
        field.kind = CustomField::Kind::Text;
        auto id = repo.addField(field);
        if (!id)
            return id.error();
        field.id = *id;
        if (auto st = recordItem(ctx, QStringLiteral("custom_field"), field.id, QStringLiteral("created"), {}, 0); !st)
            return st.error();
    }
    cache->insert(name, field);
    return field;
}

} // namespace

std::optional<ImportProblem> customCellProblem(const WriterContext &ctx, qint64 row, int column, const QString &name,
                                               const QString &value)
{
    const auto field = ctx.customFields.constFind(customFieldKey(name));
    if (field == ctx.customFields.constEnd())
        return std::nullopt;
    auto canonical = field->canonical(value);
    if (canonical)
        return std::nullopt;
    return ImportProblem {row, ctx.header.value(column), value, canonical.error().message};
}

Result<CustomField> customField(const WriterContext &ctx, const QString &entity, const QString &name,
                                QHash<QString, CustomField> *cache)
{
    return fieldNamed(ctx, entity, name, cache, true);
}

Result<QList<CustomValue>> resolveCustomValues(const WriterContext &ctx, const QString &entity,
                                               const QHash<QString, QString> &values,
                                               QHash<QString, CustomField> *cache)
{
    QList<CustomValue> resolved;
    if (values.isEmpty())
        return resolved;
    // In name order, so the fields a file creates get their ids in the same order every run.
    QStringList names = values.keys();
    std::sort(names.begin(), names.end());
    QStringList missing;
    for (const QString &name : std::as_const(names)) {
        auto field = fieldNamed(ctx, entity, name, cache, false);
        if (!field && field.error().kind == Error::Kind::NotFound) {
            missing << name;
            continue;
        }
        if (!field)
            return field.error();
        auto canonical = field->canonical(values.value(name));
        if (!canonical)
            return canonical.error();
        if (!canonical->isEmpty())
            resolved.append({field->id, name, *canonical});
    }
    // Every value passed: now the missing fields may be created (text, which takes any value).
    for (const QString &name : std::as_const(missing)) {
        const QString value = values.value(name).trimmed();
        if (value.isEmpty())
            continue;
        auto field = fieldNamed(ctx, entity, name, cache, true);
        if (!field)
            return field.error();
        resolved.append({field->id, name, value});
    }
    return resolved;
}

Status writeCustomValues(const WriterContext &ctx, const QString &entity, qint64 id,
                         const QHash<QString, QString> &values, QHash<QString, CustomField> *cache,
                         QJsonObject *before, bool fillOnly)
{
    auto resolved = resolveCustomValues(ctx, entity, values, cache);
    if (!resolved)
        return resolved.error();
    return writeCustomValues(ctx.conn, id, *resolved, before, fillOnly);
}

Status writeCustomValues(const QSqlDatabase &conn, qint64 id, const QList<CustomValue> &values,
                         QJsonObject *before, bool fillOnly)
{
    QList<CustomValue> changed = values;
    if (before) {
        auto changes = customChanges(conn, id, values, nullptr, before, fillOnly);
        if (!changes)
            return changes.error();
        changed = *changes;
    }
    for (const CustomValue &v : std::as_const(changed)) {
        if (auto st = setCustomValue(conn, v.fieldId, id, v.value); !st)
            return st;
    }
    return {};
}

Result<QList<CustomValue>> customChanges(const QSqlDatabase &conn, qint64 id, const QList<CustomValue> &values,
                                         const QHash<qint64, QString> *stored, QJsonObject *before, bool fillOnly)
{
    QList<CustomValue> changed;
    for (const CustomValue &v : values) {
        QString old;
        if (stored) {
            old = stored->value(v.fieldId);
        } else {
            auto read = customValue(conn, v.fieldId, id);
            if (!read)
                return read.error();
            old = *read;
        }
        if (old == v.value || (fillOnly && !old.isEmpty()))
            continue;
        before->insert(QStringLiteral("custom:") + v.name, old.isEmpty() ? QJsonValue() : QJsonValue(old));
        changed.append(v);
    }
    return changed;
}

Result<QHash<qint64, QHash<qint64, QString>>> customValuesOf(const QSqlDatabase &conn, const QString &entity,
                                                             const QList<qint64> &ids)
{
    QHash<qint64, QHash<qint64, QString>> out;
    SqlStatement q(conn, QCoreApplication::translate("kontor::importing", "Cannot read a custom value"));
    for (const QString &list : idLists(ids)) {
        if (auto st = q.run(QStringLiteral("SELECT v.entity_id, v.field_id, v.value FROM custom_values v"
                                           " JOIN custom_fields f ON f.id = v.field_id AND f.entity = ?"
                                           " WHERE v.entity_id IN (%1)")
                                .arg(list),
                            {entity});
            !st)
            return st.error();
        while (q.next())
            out[q.value(0).toLongLong()].insert(q.value(1).toLongLong(), q.value(2).toString());
    }
    return out;
}

Result<QString> customValue(const QSqlDatabase &conn, qint64 fieldId, qint64 entityId)
{
    SqlStatement q(conn, QCoreApplication::translate("kontor::importing", "Cannot read a custom value"));
    if (auto st = q.run(QStringLiteral("SELECT value FROM custom_values WHERE field_id = ? AND entity_id = ?"),
                        {fieldId, entityId});
        !st)
        return st.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status setCustomValue(const QSqlDatabase &conn, qint64 fieldId, qint64 entityId, const QString &value)
{
    SqlStatement q(conn, QCoreApplication::translate("kontor::importing", "Cannot save a custom value"));
    if (auto st = q.run(QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?"),
                        {fieldId, entityId});
        !st)
        return st;
    if (value.isNull())
        return {};
    return q.run(QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?)"),
                 {fieldId, entityId, value});
}

} // namespace kontor::importing::detail
