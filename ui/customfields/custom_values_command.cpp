#include "customfields/custom_values_command.h"

#include "customfields/custom_field_repository.h"
#include "undo/undo_stack.h"

#include <QCoreApplication>

namespace kontor {

CustomValuesCommand::CustomValuesCommand(UndoStack *stack, Session session, QString entity,
                                         qint64 entityId, QMap<qint64, QString> before,
                                         QMap<qint64, QString> after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_stack(stack)
    , m_session(std::move(session))
    , m_entity(std::move(entity))
    , m_entityId(entityId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("kontor::CustomValuesCommand", "Edit custom fields"));
}

void CustomValuesCommand::undo()
{
    write(m_before);
}

void CustomValuesCommand::redo()
{
    // The first redo is QUndoStack::push(): the values are already saved.
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    write(m_after);
}

void CustomValuesCommand::write(const QMap<qint64, QString> &values)
{
    const Status st = CustomFieldRepository(m_session).setValues(m_entity, m_entityId, values);
    if (!st)
        m_stack->reportFailure(st.error().toString());
    m_stack->notifyChanged(m_entity, {m_entityId});
}

} // namespace kontor
