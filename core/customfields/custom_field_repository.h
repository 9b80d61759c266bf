#pragma once

#include "customfields/custom_field.h"
#include "session.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace kontor {

// Definitions (table custom_fields) and values (custom_values) of user-defined fields. Every
// value is checked against its field's kind before it is written; every change is audited on
// the record it belongs to.
class CustomFieldRepository
{
public:
    explicit CustomFieldRepository(Session session)
        : m_session(std::move(session))
    {
    }

    // Live fields of an entity (contact, company, deal) in their display order.
    Result<QList<CustomField>> fields(const QString &entity) const;
    Result<CustomField> field(qint64 id) const;
    Result<CustomField> fieldByName(const QString &entity, const QString &name) const;

    // Adds a field at the end; the name must be free for that entity. A deleted field of the
    // same name is purged with its values first (its data was already gone for the user).
    Result<qint64> addField(const CustomField &field) const;
    // Renames, changes options or order. Changing the kind is refused once values exist:
    // they were checked against the old kind. Removing an option still in use is refused.
    Status updateField(const CustomField &field) const;
    // Hides the field and its values (soft delete); they stop showing everywhere.
    Status removeField(qint64 id) const;
    Status restoreField(qint64 id) const;

    // Every live field of the entity with this record's value ("" when not set).
    Result<QList<CustomValue>> values(const QString &entity, qint64 entityId) const;
    // Values of many records at once, for list columns: {entityId: {fieldId: value}}.
    Result<QHash<qint64, QHash<qint64, QString>>> valuesFor(const QString &entity,
                                                             const QList<qint64> &ids) const;

    // Writes values by field id (a value "" clears it), after checking each against its
    // field; nothing is written when any is wrong. The error names the field.
    Status setValues(const QString &entity, qint64 entityId,
                     const QMap<qint64, QString> &values) const;
    // The same by field name, for the command line and imports.
    Status setValue(const QString &entity, qint64 entityId, const QString &fieldName,
                    const QString &value) const;

private:
    Session m_session;
};

} // namespace kontor
