#pragma once

#include "reports/sales_plans.h"
#include "session.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace kontor {

class UndoStack;

// One plan before and after an edit: both set for a change, only `after` for an added plan,
// only `before` for a deleted one.
struct PlanChange
{
    std::optional<SalesPlan> before;
    std::optional<SalesPlan> after;
};

// Sales plans added (one, or a quarter's months), changed or deleted in the plan editor,
// already written when pushed: the first redo() that QUndoStack::push() calls only announces
// the change. Undo writes the plans back through SalesPlanRepository (so the audit log has
// the undo too); a deleted plan comes back under its old id, so earlier steps on the stack
// still find it. Tells the stack "sales_plan" changed, so the editor and the reports re-read.
class PlanChangeCommand : public QUndoCommand
{
public:
    PlanChangeCommand(UndoStack *stack, Session session, QList<PlanChange> changes,
                      const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    UndoStack *m_stack;
    Session m_session;
    QList<PlanChange> m_changes;
    bool m_pushed = false;
};

} // namespace kontor
