#include "reports/plan_commands.h"

#include "undo/undo_stack.h"

namespace kontor {

PlanChangeCommand::PlanChangeCommand(UndoStack *stack, Session session,
                                     QList<PlanChange> changes, const QString &text)
    : QUndoCommand(text)
    , m_stack(stack)
    , m_session(std::move(session))
    , m_changes(std::move(changes))
{
}

void PlanChangeCommand::apply(bool forward)
{
    const SalesPlanRepository plans(m_session);
    QStringList errors;
    QList<qint64> ids;
    // Undo walks the changes backwards, so a step is undone in the reverse order it was done.
    for (int k = 0; k < m_changes.size(); ++k) {
        const PlanChange &c = m_changes.at(forward ? k : int(m_changes.size()) - 1 - k);
        const std::optional<SalesPlan> &from = forward ? c.before : c.after;
        const std::optional<SalesPlan> &to = forward ? c.after : c.before;
        Status st;
        if (from && to) {
            auto saved = plans.save(*to);
            st = saved ? Status() : Status(saved.error());
        } else if (to) {
            st = plans.restore(*to);
        } else if (from) {
            st = plans.remove(from->id);
        }
        if (!st)
            errors << st.error().message;
        ids << (to ? to->id : from ? from->id : 0);
    }
    if (!errors.isEmpty())
        m_stack->reportFailure(errors.join(QLatin1Char('\n')));
    m_stack->notifyChanged(QStringLiteral("sales_plan"), ids);
}

void PlanChangeCommand::undo()
{
    apply(false);
}

void PlanChangeCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        QList<qint64> ids;
        for (const PlanChange &c : std::as_const(m_changes))
            ids << (c.after ? c.after->id : c.before ? c.before->id : 0);
        m_stack->notifyChanged(QStringLiteral("sales_plan"), ids);
        return;
    }
    apply(true);
}

} // namespace kontor
