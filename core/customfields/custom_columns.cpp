#include "customfields/custom_columns.h"

#include "customfields/custom_field_repository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::CustomColumns", text);
}

// The field id is a number read from our own table, never user text.
QString valueOf(qint64 fieldId, const QString &idExpr)
{
    return QStringLiteral("(SELECT cv.value FROM custom_values cv WHERE cv.field_id = %1"
                          " AND cv.entity_id = %2)")
        .arg(fieldId)
        .arg(idExpr);
}

} // namespace

Status applyCustomColumns(const Session &session, const QString &entity, const QString &idExpr,
                          const CustomColumns &custom, bool descending, PageQuery *query)
{
    const CustomFieldRepository fields(session);
    QList<qint64> wanted = custom.fieldIds;
    if (custom.sortFieldId && !wanted.contains(custom.sortFieldId))
        wanted << custom.sortFieldId;
    CustomField sortField;
    QList<qint64> gone; // deleted since the list chose them: empty, and no longer the order
    for (qint64 id : std::as_const(wanted)) {
        auto f = fields.field(id);
        if (!f && f.error().kind == Error::Kind::NotFound) {
            gone << id;
            continue;
        }
        if (!f)
            return f.error();
        if (f->entity != entity) {
            return Error {Error::Kind::Invalid,
                          tr("The custom field \"%1\" belongs to another kind of record")
                              .arg(f->name),
                          query->what,
                          {}};
        }
        if (id == custom.sortFieldId)
            sortField = *f;
    }
    for (qint64 id : custom.fieldIds) {
        query->columns += QStringLiteral(", ")
                          + (gone.contains(id) ? QStringLiteral("NULL") : valueOf(id, idExpr));
    }
    query->columnCount += int(custom.fieldIds.size());
    if (!custom.sortFieldId || gone.contains(custom.sortFieldId))
        return {};

    const QString value = valueOf(custom.sortFieldId, idExpr);
    QString sortable = QStringLiteral("COALESCE(%1, '')").arg(value);
    if (sortField.kind == CustomField::Kind::Number)
        sortable = QStringLiteral("COALESCE(%1, 0)").arg(numberValueSql(value));
    query->key.descending = descending;
    query->parts.clear(); // the field's order replaces the list's own
    // Records without a value last in either direction: the flag leads the key, and the
    // whole key is reversed when descending, so the flag is reversed too.
    query->key.columns = QStringList {
        QStringLiteral("CASE WHEN COALESCE(%1, '') = '' THEN %2 ELSE %3 END")
            .arg(value, descending ? QStringLiteral("0") : QStringLiteral("1"),
                 descending ? QStringLiteral("1") : QStringLiteral("0")),
        sortable, idExpr};
    return {};
}

QHash<qint64, QString> readCustomColumns(const QSqlQuery &row, int first,
                                         const CustomColumns &custom)
{
    QHash<qint64, QString> out;
    for (int i = 0; i < int(custom.fieldIds.size()); ++i)
        out.insert(custom.fieldIds.at(i), row.value(first + i).toString());
    return out;
}

} // namespace kontor
