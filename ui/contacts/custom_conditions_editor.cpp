#include "contacts/custom_conditions_editor.h"

#include "customfields/custom_value_editor.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

using Op = CustomCondition::Op;

// One condition: field, operator, value. The operator list and the value editor follow the
// field's kind, so a date is picked as a date and a number compared as a number.
class CustomConditionRow : public QWidget
{
    Q_OBJECT
public:
    CustomConditionRow(const QList<CustomField> &fields, QWidget *parent)
        : QWidget(parent)
        , m_fields(fields)
    {
        setObjectName(QStringLiteral("customCondition"));
        m_field = new QComboBox;
        m_field->setObjectName(QStringLiteral("customConditionField"));
        m_op = new QComboBox;
        m_op->setObjectName(QStringLiteral("customConditionOp"));
        m_remove = new QToolButton;
        m_remove->setObjectName(QStringLiteral("customConditionRemove"));
        m_remove->setText(QStringLiteral("✕"));
        m_remove->setAutoRaise(true);
        m_remove->setToolTip(tr("Remove this condition"));
        m_layout = new QHBoxLayout(this);
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_layout->setSpacing(4);
        m_layout->addWidget(m_field);
        m_layout->addWidget(m_op);
        m_layout->addStretch(1); // the value editor goes before it
        m_layout->addWidget(m_remove);
        for (const CustomField &f : m_fields)
            m_field->addItem(f.name, f.name);
        connect(m_field, &QComboBox::activated, this, [this] {
            if (m_field->currentIndex() != m_shownField) // the same field keeps its value
                showField({});
        });
        connect(m_op, &QComboBox::activated, this, [this] { showValueFor(currentOp()); });
        connect(m_remove, &QToolButton::clicked, this, &CustomConditionRow::removeRequested);
    }

    void display(const CustomCondition &c)
    {
        int at = m_field->findData(c.field, Qt::UserRole, Qt::MatchFixedString);
        if (at < 0 && !c.field.isEmpty()) { // a field deleted since the segment was saved
            CustomField gone;
            gone.name = c.field;
            m_fields << gone;
            m_field->addItem(tr("%1 (deleted)").arg(c.field), c.field);
            at = m_field->count() - 1;
        }
        m_field->setCurrentIndex(qMax(0, at));
        showField(c);
    }

    // The row as it reads, unchecked.
    CustomCondition raw() const
    {
        CustomCondition c {field().name, currentOp(), {}};
        if (CustomCondition::takesValue(c.op) && m_value)
            c.value = m_value->text();
        return c;
    }

    Result<CustomCondition> condition() const
    {
        const CustomField f = field();
        const CustomCondition c = raw();
        if (c.value.trimmed().isEmpty() && CustomCondition::takesValue(c.op))
            return Error {Error::Kind::Invalid, tr("Choose or type the value to compare with."),
                          f.name, {}};
        return c.resolvedFor(f);
    }

signals:
    void removeRequested();
    void submitted();

private:
    CustomField field() const
    {
        const int at = m_field->currentIndex();
        return at >= 0 && at < int(m_fields.size()) ? m_fields.at(at) : CustomField {};
    }

    Op currentOp() const { return Op(m_op->currentData().toInt()); }

    // Operators of the chosen field's kind, then its editor holding `c`'s value.
    void showField(const CustomCondition &c)
    {
        const CustomField f = field();
        m_shownField = m_field->currentIndex();
        m_op->clear();
        for (Op op : CustomCondition::opsFor(f.kind))
            m_op->addItem(CustomCondition::opTitle(op, f.kind), int(op));
        m_op->setCurrentIndex(qMax(0, m_op->findData(int(c.op))));
        delete m_value;
        // "Includes" one option of a multiple choice: picked from a single list.
        CustomField single = f;
        if (single.kind == CustomField::Kind::MultiChoice)
            single.kind = CustomField::Kind::Choice;
        m_value = new CustomValueEditor(single);
        m_value->setObjectName(QStringLiteral("customConditionValue"));
        m_value->setMinimumWidth(fontMetrics().averageCharWidth() * 17);
        if (auto *date = m_value->findChild<QDateEdit *>(); date && c.value.isEmpty())
            date->setDate(QDate::currentDate()); // a filter's date starts from today
        if (!c.value.isEmpty())
            m_value->setValue(c.value);
        for (QLineEdit *line : m_value->findChildren<QLineEdit *>())
            connect(line, &QLineEdit::returnPressed, this, &CustomConditionRow::submitted);
        m_layout->insertWidget(2, m_value, 1);
        showValueFor(currentOp());
    }

    void showValueFor(Op op) { m_value->setVisible(CustomCondition::takesValue(op)); }

    QList<CustomField> m_fields;
    QComboBox *m_field = nullptr;
    QComboBox *m_op = nullptr;
    CustomValueEditor *m_value = nullptr;
    QToolButton *m_remove = nullptr;
    QHBoxLayout *m_layout = nullptr;
    int m_shownField = -1;
};

CustomConditionsEditor::CustomConditionsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customConditions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    auto *add = new QPushButton(tr("+ Add Condition"));
    add->setObjectName(QStringLiteral("filterAddCustomCondition"));
    add->setToolTip(tr("Narrow the list by a custom field: all conditions must hold"));
    add->setFlat(true);
    connect(add, &QPushButton::clicked, this, &CustomConditionsEditor::addRow);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(add);
    addLine->addStretch(1);
    layout->addLayout(addLine);
    m_add = add;
    updateAddButton();
}

void CustomConditionsEditor::setFields(const QList<CustomField> &fields)
{
    QList<CustomCondition> kept; // rebuilt over the new list, values as they were typed
    for (const CustomConditionRow *row : std::as_const(m_rows))
        kept << row->raw();
    m_fields = fields;
    setConditions(kept);
    updateAddButton();
}

void CustomConditionsEditor::setConditions(const QList<CustomCondition> &conditions)
{
    for (CustomConditionRow *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    for (const CustomCondition &c : conditions)
        appendRow(c);
}

Result<QList<CustomCondition>> CustomConditionsEditor::conditions() const
{
    QList<CustomCondition> out;
    for (const CustomConditionRow *row : m_rows) {
        auto c = row->condition();
        if (!c)
            return c.error();
        out << *c;
    }
    return out;
}

void CustomConditionsEditor::addRow()
{
    if (m_fields.isEmpty())
        return;
    CustomConditionRow *row = appendRow({m_fields.constFirst().name, Op::Equals, {}});
    row->findChild<QComboBox *>(QStringLiteral("customConditionField"))->setFocus();
}

CustomConditionRow *CustomConditionsEditor::appendRow(const CustomCondition &condition)
{
    auto *row = new CustomConditionRow(m_fields, this);
    row->display(condition);
    connect(row, &CustomConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    connect(row, &CustomConditionRow::submitted, this, &CustomConditionsEditor::applyRequested);
    m_rowsLayout->addWidget(row);
    row->show(); // a layout shows a new child only on the next event loop pass
    m_rows << row;
    return row;
}

void CustomConditionsEditor::removeRow(CustomConditionRow *row)
{
    m_rows.removeOne(row);
    row->deleteLater();
    emit applyRequested();
}

void CustomConditionsEditor::updateAddButton()
{
    m_add->setEnabled(!m_fields.isEmpty());
    m_add->setToolTip(m_fields.isEmpty()
                          ? tr("There are no custom fields for contacts yet (Settings → Custom"
                               " Fields…)")
                          : tr("Narrow the list by a custom field: all conditions must hold"));
}

} // namespace kontor

#include "custom_conditions_editor.moc"
