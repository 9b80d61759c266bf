#pragma once

#include "customfields/custom_field.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace kontor {

// The editor for one custom field's value, shaped by its kind: a line for text and numbers, a
// date picker (with "Not set"), a yes / no / not set chooser, a list of choices, a set of
// check boxes for multiple choice. Reads and writes the canonical stored text.
class CustomValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomValueEditor(CustomField field, QWidget *parent = nullptr);

    const CustomField &field() const { return m_field; }
    void setValue(const QString &stored);
    // What the user entered, as typed (numbers unchecked); CustomField::canonical checks it.
    QString text() const;

signals:
    void edited();

private:
    CustomField m_field;
    QLineEdit *m_line = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_combo = nullptr;
    QList<QCheckBox *> m_checks;
};

} // namespace kontor
