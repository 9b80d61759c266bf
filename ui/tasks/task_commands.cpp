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

} // namespace kontor
