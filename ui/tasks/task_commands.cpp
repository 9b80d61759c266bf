#include "tasks/task_commands.h"

#include "undo/undo_stack.h"

#include <QCoreApplication>

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::TaskCommands", text);
}
} // namespace

CompleteTaskCommand::CompleteTaskCommand(UndoStack *stack, Session session, Task task,
                                         CompletionResult result)
    : m_stack(stack), m_session(std::move(session)), m_task(std::move(task)), m_result(result)
{
    setText(tr("Complete \"%1\"").arg(m_task.title));
}

void CompleteTaskCommand::undo()
{
    const TaskRepository repo(m_session);
    QStringList errors;
    for (qint64 created : {m_result.nextOccurrenceId, m_result.nextStepId}) {
        if (created) {
            if (auto st = repo.moveToTrash(created); !st)
                errors << st.error().toString();
        }
    }
    if (auto st = repo.reopen(m_task.id); !st)
        errors << st.error().toString();
    if (!errors.isEmpty())
        m_stack->reportFailure(errors.join(QLatin1Char('\n')));
    m_stack->notifyChanged(QStringLiteral("task"), {m_task.id});
}

void CompleteTaskCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    const TaskRepository repo(m_session);
    QStringList errors;
    // Done again with the same outcome; what it created comes back from the trash.
    auto done = repo.complete(m_task.id, {m_task.outcome, false, {}});
    if (!done)
        errors << done.error().toString();
    else if (done->nextOccurrenceId) // a fresh copy replaces the trashed one
        m_result.nextOccurrenceId = done->nextOccurrenceId;
    if (m_result.nextStepId) {
        if (auto st = repo.restore(m_result.nextStepId); !st)
            errors << st.error().toString();
    }
    if (!errors.isEmpty())
        m_stack->reportFailure(errors.join(QLatin1Char('\n')));
    m_stack->notifyChanged(QStringLiteral("task"), {m_task.id});
}

RescheduleTaskCommand::RescheduleTaskCommand(UndoStack *stack, Session session, Task before, Task after)
    : m_stack(stack), m_session(std::move(session)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Reschedule \"%1\"").arg(m_after.title));
}

void RescheduleTaskCommand::apply(const Task &values)
{
    const TaskRepository repo(m_session);
    const Status st = values.allDay ? repo.rescheduleAllDay(values.id, values.dueDate)
                                    : repo.reschedule(values.id, values.dueAt);
    if (!st)
        m_stack->reportFailure(st.error().toString());
    m_stack->notifyChanged(QStringLiteral("task"), {values.id});
}

void RescheduleTaskCommand::undo()
{
    apply(m_before);
}

void RescheduleTaskCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    apply(m_after);
}

EditTaskCommand::EditTaskCommand(UndoStack *stack, Session session, Task before, Task after)
    : m_stack(stack), m_session(std::move(session)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit \"%1\"").arg(m_after.title));
}

void EditTaskCommand::write(const Task &values)
{
    if (auto st = TaskRepository(m_session).update(values); !st)
        m_stack->reportFailure(st.error().toString());
    m_stack->notifyChanged(QStringLiteral("task"), {values.id});
}

void EditTaskCommand::undo()
{
    write(m_before);
}

void EditTaskCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    write(m_after);
}

TrashTaskCommand::TrashTaskCommand(UndoStack *stack, Session session, qint64 taskId, const QString &title)
    : m_stack(stack), m_session(std::move(session)), m_id(taskId)
{
    setText(tr("Delete \"%1\"").arg(title));
}

void TrashTaskCommand::apply(bool toTrash)
{
    const TaskRepository repo(m_session);
    if (auto st = toTrash ? repo.moveToTrash(m_id) : repo.restore(m_id); !st)
        m_stack->reportFailure(st.error().toString());
    m_stack->notifyChanged(QStringLiteral("task"), {m_id});
}

void TrashTaskCommand::undo()
{
    apply(false);
}

void TrashTaskCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    apply(true);
}

} // namespace kontor
