#pragma once

#include "session.h"

#include <QUndoCommand>

namespace kontor {

class UndoStack;

// A stage change made from the deal card, on the window's one undo history (Edit → Undo,
// Ctrl+Z). Like the board's moves, redo and undo are each a move through
// DealRepository::moveToStage, so each writes a stage history row; undo never deletes history.
class MoveDealStageCommand : public QUndoCommand
{
public:
    struct Place
    {
        qint64 stageId = 0;
        qint64 lostReasonId = 0;
        QString lostNote; // only for the pipeline's first lost stage (see DealRepository::markLost)
    };
    MoveDealStageCommand(UndoStack *stack, Session session, qint64 dealId, const QString &dealTitle,
                         const QString &stageName, Place from, Place to);
    // False when the first move failed (the command then never enters the history).
    bool applied() const { return m_applied; }
    void undo() override;
    void redo() override;

private:
    bool moveTo(const Place &place);

    UndoStack *m_stack;
    Session m_session;
    qint64 m_dealId;
    QString m_title;
    Place m_from;
    Place m_to;
    bool m_applied = false;
};

} // namespace kontor
