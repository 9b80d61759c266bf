#include "customfields/custom_value_editor.h"

#include "lists/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

namespace kontor {

CustomValueEditor::CustomValueEditor(CustomField field, QWidget *parent)
    : QWidget(parent)
    , m_field(std::move(field))
{
    setObjectName(QStringLiteral("customField:") + m_field.name);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (m_field.kind) {
    case CustomField::Kind::Text:
    case CustomField::Kind::Number:
        m_line = new QLineEdit;
        if (m_field.kind == CustomField::Kind::Number)
            m_line->setPlaceholderText(tr("A number, e.g. 1250 or 12.5"));
        connect(m_line, &QLineEdit::textEdited, this, &CustomValueEditor::edited);
        layout->addWidget(m_line);
        break;
    case CustomField::Kind::Date:
        m_date = new QDateEdit;
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(QDate(1900, 1, 1)); // the minimum reads "not set"
        m_date->setSpecialValueText(tr("Not set"));
        m_date->setDisplayFormat(dateEditFormat());
        connect(m_date, &QDateEdit::userDateChanged, this, &CustomValueEditor::edited);
        layout->addWidget(m_date);
        layout->addStretch(1);
        break;
    case CustomField::Kind::Bool:
    case CustomField::Kind::Choice:
        m_combo = new QComboBox;
        m_combo->addItem(tr("Not set"), QString());
        if (m_field.kind == CustomField::Kind::Bool) {
            m_combo->addItem(tr("Yes"), QStringLiteral("true"));
            m_combo->addItem(tr("No"), QStringLiteral("false"));
        } else {
            for (const QString &o : m_field.options)
                m_combo->addItem(o, o);
        }
        connect(m_combo, &QComboBox::activated, this, &CustomValueEditor::edited);
        layout->addWidget(m_combo, 1);
        break;
    case CustomField::Kind::MultiChoice: {
        auto *grid = new QGridLayout;
        grid->setContentsMargins(0, 0, 0, 0);
        for (const QString &o : m_field.options) {
            auto *box = new QCheckBox(o);
            box->setProperty("option", o); // the text may gain an accelerator '&'
            connect(box, &QCheckBox::clicked, this, &CustomValueEditor::edited);
            grid->addWidget(box, int(m_checks.size()) / 3, int(m_checks.size()) % 3);
            m_checks << box;
        }
        layout->addLayout(grid, 1);
        break;
    }
    }
}

void CustomValueEditor::setValue(const QString &stored)
{
    if (m_line) {
        m_line->setText(stored);
    } else if (m_date) {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        m_date->setDate(d.isValid() ? d : m_date->minimumDate());
    } else if (m_combo) {
        int at = m_combo->findData(stored);
        if (at < 0) { // an option removed since: show the value rather than lose it silently
            m_combo->addItem(stored, stored);
            at = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(at);
    } else {
        const QStringList picked = CustomField::splitMulti(stored);
        for (QCheckBox *box : std::as_const(m_checks))
            box->setChecked(picked.contains(box->property("option").toString()));
    }
}

QString CustomValueEditor::text() const
{
    if (m_line)
        return m_line->text();
    if (m_date)
        return m_date->date() == m_date->minimumDate() ? QString()
                                                       : m_date->date().toString(Qt::ISODate);
    if (m_combo)
        return m_combo->currentData().toString();
    QStringList picked;
    for (QCheckBox *box : m_checks) {
        if (box->isChecked())
            picked << box->property("option").toString();
    }
    return picked.isEmpty() ? QString() : CustomField::joinMulti(picked);
}

} // namespace kontor
