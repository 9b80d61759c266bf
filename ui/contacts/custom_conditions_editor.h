#pragma once

#include "contacts/custom_condition.h"
#include "customfields/custom_field.h"

#include <QWidget>

class QVBoxLayout;

namespace kontor {

class CustomConditionRow;

// The filter bar's custom-field conditions: a row each (field, an operator that suits the
// field's kind, the value in the field's own editor, a remove button) and "Add condition".
// All rows must hold together. Reading them checks each value as the field would.
class CustomConditionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomConditionsEditor(QWidget *parent = nullptr);

    // The contact fields offered; rows keep their conditions (a field no longer defined
    // stays shown under its name, so a segment is never changed behind the user's back).
    void setFields(const QList<CustomField> &fields);
    void setConditions(const QList<CustomCondition> &conditions);
    // The rows as conditions in stored form, or what is wrong with the first bad one.
    Result<QList<CustomCondition>> conditions() const;
    int rowCount() const { return int(m_rows.size()); }

public slots:
    void addRow();

signals:
    // Enter in a value, or a row removed: the bar applies the filter.
    void applyRequested();

private:
    CustomConditionRow *appendRow(const CustomCondition &condition);
    void removeRow(CustomConditionRow *row);
    void updateAddButton();

    QList<CustomField> m_fields;
    QList<CustomConditionRow *> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QWidget *m_add = nullptr;
};

} // namespace kontor
