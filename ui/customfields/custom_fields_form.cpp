#include "customfields/custom_fields_form.h"

#include "customfields/custom_field_repository.h"
#include "customfields/custom_value_editor.h"
#include "customfields/custom_values_command.h"
#include "undo/undo_stack.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kontor {

CustomFieldsForm::CustomFieldsForm(Session session, QString entity, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_entity(std::move(entity))
{
    setObjectName(QStringLiteral("customFieldsForm"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("fieldError"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
}

bool CustomFieldsForm::load(qint64 entityId)
{
    m_entityId = entityId;
    m_message->hide();
    const auto values = CustomFieldRepository(m_session).values(m_entity, entityId);
    if (!values) {
        rebuild({});
        m_message->setText(tr("Custom fields cannot be shown: %1").arg(values.error().message));
        m_message->show();
        return false;
    }
    rebuild(*values);
    return true;
}

void CustomFieldsForm::rebuild(const QList<CustomValue> &values)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_errors.clear();
    m_stored.clear();
    for (const CustomValue &v : values) {
        auto *editor = new CustomValueEditor(v.field);
        editor->setValue(v.value);
        connect(editor, &CustomValueEditor::edited, this, [this, editor] {
            const int row = int(m_editors.indexOf(editor));
            if (row >= 0)
                showFieldError(row, {}); // the user is fixing it
            emit edited();
        });
        auto *error = new QLabel;
        error->setObjectName(QStringLiteral("fieldError"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        m_form->addRow(v.field.name + QLatin1Char(':'), cell);
        m_editors << editor;
        m_errors << error;
        m_stored.insert(v.field.id, v.value);
    }
    setVisible(!m_editors.isEmpty() || !m_message->text().isEmpty());
}

void CustomFieldsForm::revert()
{
    for (CustomValueEditor *editor : std::as_const(m_editors))
        editor->setValue(m_stored.value(editor->field().id));
    for (int row = 0; row < m_errors.size(); ++row)
        showFieldError(row, {});
    m_message->hide();
}

bool CustomFieldsForm::isDirty() const
{
    for (const CustomValueEditor *editor : m_editors) {
        const auto value = editor->field().canonical(editor->text());
        if (!value || *value != m_stored.value(editor->field().id))
            return true;
    }
    return false;
}

bool CustomFieldsForm::validate()
{
    bool ok = true;
    for (int row = 0; row < m_editors.size(); ++row) {
        const auto value = m_editors.at(row)->field().canonical(m_editors.at(row)->text());
        showFieldError(row, value ? QString() : value.error().message);
        ok = ok && value.ok();
    }
    return ok;
}

QMap<qint64, QString> CustomFieldsForm::changes() const
{
    QMap<qint64, QString> out;
    for (const CustomValueEditor *editor : m_editors) {
        const auto value = editor->field().canonical(editor->text());
        if (value && *value != m_stored.value(editor->field().id))
            out.insert(editor->field().id, *value);
    }
    return out;
}

bool CustomFieldsForm::save(UndoStack *stack, QUndoCommand *parentCommand)
{
    m_lastError.clear();
    m_message->hide();
    if (!validate()) {
        m_lastError = tr("Some custom fields have values that do not fit them.");
        return false;
    }
    const QMap<qint64, QString> after = changes();
    if (after.isEmpty())
        return true;
    QMap<qint64, QString> before;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        before.insert(it.key(), m_stored.value(it.key()));
    const Status st = CustomFieldRepository(m_session).setValues(m_entity, m_entityId, after);
    if (!st) {
        m_lastError = st.error().message;
        m_message->setText(tr("Custom fields were not saved: %1").arg(st.error().message));
        m_message->show();
        return false;
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        m_stored.insert(it.key(), it.value());
    revert(); // shows the canonical form ("12,50" becomes "12.5")
    if (stack) {
        auto *command = new CustomValuesCommand(stack, m_session, m_entity, m_entityId, before,
                                                after, parentCommand);
        if (!parentCommand)
            stack->push(command);
    }
    return true;
}

void CustomFieldsForm::showFieldError(int row, const QString &message)
{
    QLabel *error = m_errors.at(row);
    error->setText(message);
    error->setVisible(!message.isEmpty());
}

} // namespace kontor
