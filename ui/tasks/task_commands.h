#pragma once

#include "session.h"
#include "tasks/task_repository.h"

#include <QUndoCommand>

namespace kontor {

class UndoStack;

// Tasks changed by these commands are announced as entity "task" on the UndoStack, so the
// Tasks lists and the calendar refresh wherever the change came from.

// Completing a task, already done when pushed. Undo opens it again and moves what the
// completion created (the next copy of a repeating task, the next step) to the trash.
class CompleteTaskCommand : public QUndoCommand
{
public:
    CompleteTaskCommand(UndoStack *stack, Session session, Task task, CompletionResult result);
    void undo() override;
    void redo() override;

private:
    UndoStack *m_stack;
    Session m_session;
    Task m_task;
    CompletionResult m_result;
    bool m_pushed = false;
};

// Moving a task to another time or day (a drag in the calendar), already done when pushed.
class RescheduleTaskCommand : public QUndoCommand
{
public:
    RescheduleTaskCommand(UndoStack *stack, Session session, Task before, Task after);
    void undo() override;
    void redo() override;

private:
    void apply(const Task &values);

    UndoStack *m_stack;
    Session m_session;
    Task m_before;
    Task m_after;
    bool m_pushed = false;
};

// An edit saved from the task dialog, already written when pushed; undo writes `before` back.
class EditTaskCommand : public QUndoCommand
{
public:
    EditTaskCommand(UndoStack *stack, Session session, Task before, Task after);
    void undo() override;
    void redo() override;

private:
    void write(const Task &values);

    UndoStack *m_stack;
    Session m_session;
    Task m_before;
    Task m_after;
    bool m_pushed = false;
};

// A task moved to the trash, already done when pushed; undo restores it.
class TrashTaskCommand : public QUndoCommand
{
public:
    TrashTaskCommand(UndoStack *stack, Session session, qint64 taskId, const QString &title);
    void undo() override;
    void redo() override;

private:
    void apply(bool toTrash);

    UndoStack *m_stack;
    Session m_session;
    qint64 m_id;
    bool m_pushed = false;
};

} // namespace kontor
