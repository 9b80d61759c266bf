#include "deals/edit_deal_command.h"

#include "undo/undo_stack.h"

#include <QCoreApplication>

namespace kontor {

namespace {
struct DealCommandText
{
    Q_DECLARE_TR_FUNCTIONS(EditDealCommand)
};
} // namespace

EditDealCommand::EditDealCommand(UndoStack *stack, Session session, DealSnapshot before,
                                 DealSnapshot after)
    : QUndoCommand(DealCommandText::tr("Edit “%1”").arg(after.deal.title))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditDealCommand::write(const DealSnapshot &values)
{
    if (const Status st = saveDealSnapshot(m_session, values); !st) {
        const Error &e = st.error();
        m_stack->reportFailure(DealCommandText::tr("“%1” could not be changed back: %2")
                                   .arg(values.deal.title, e.message));
    }
    m_stack->notifyChanged(QStringLiteral("deal"), {values.deal.id});
}

void EditDealCommand::undo()
{
    write(m_before);
}

void EditDealCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    write(m_after);
}

} // namespace kontor
