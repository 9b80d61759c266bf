#include "deals/move_deal_stage_command.h"

#include "repo/deal_repository.h"
#include "undo/undo_stack.h"

#include <QCoreApplication>

namespace kontor {

namespace {
struct MoveText
{
    Q_DECLARE_TR_FUNCTIONS(MoveDealStageCommand)
};
} // namespace

MoveDealStageCommand::MoveDealStageCommand(UndoStack *stack, Session session, qint64 dealId,
                                           const QString &dealTitle, const QString &stageName,
                                           Place from, Place to)
    : QUndoCommand(MoveText::tr("Move “%1” to %2").arg(dealTitle, stageName))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_dealId(dealId)
    , m_title(dealTitle)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
}

bool MoveDealStageCommand::moveTo(const Place &place)
{
    const DealRepository deals(m_session);
    // A note comes only with the pipeline's (first) lost stage, where markLost() closes a deal.
    const Status st = place.lostNote.isEmpty()
        ? deals.moveToStage(m_dealId, place.stageId, place.lostReasonId)
        : deals.markLost(m_dealId, place.lostReasonId, place.lostNote);
    if (!st) {
        m_stack->reportFailure(
            MoveText::tr("“%1” could not be moved: %2").arg(m_title, st.error().message));
    }
    m_stack->notifyChanged(QStringLiteral("deal"), {m_dealId});
    return st.ok();
}

void MoveDealStageCommand::redo()
{
    m_applied = moveTo(m_to);
    if (!m_applied)
        setObsolete(true); // a move that was not saved never stays in the history
}

void MoveDealStageCommand::undo()
{
    moveTo(m_from);
}

} // namespace kontor
