#pragma once

#include "funnel/deal_snapshot.h"
#include "session.h"

#include <QUndoCommand>

namespace kontor {

class UndoStack;

// An edit saved from the deal card (fields, people, products), already written when pushed.
// Undo writes the snapshot from before through saveDealSnapshot, so the audit log records
// the undo like any other change and the amount follows the restored items.
class EditDealCommand : public QUndoCommand
{
public:
    EditDealCommand(UndoStack *stack, Session session, DealSnapshot before, DealSnapshot after);
    void undo() override;
    void redo() override;

private:
    void write(const DealSnapshot &values);

    UndoStack *m_stack;
    Session m_session;
    DealSnapshot m_before;
    DealSnapshot m_after;
    bool m_pushed = false;
};

} // namespace kontor
