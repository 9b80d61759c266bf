#pragma once

#include "session.h"

#include <QMap>
#include <QUndoCommand>

namespace kontor {

class UndoStack;

// A merge made in the duplicate review, already done when pushed (the first redo() does
// nothing). Undo splits the contacts again through ContactMerger::undo(); redo merges them
// again with the same per-field choices.
class MergeContactsCommand : public QUndoCommand
{
public:
    MergeContactsCommand(UndoStack *stack, Session session, qint64 keepId, qint64 otherId,
                         QMap<QString, qint64> winners, const QString &keepName,
                         const QString &otherName);
    void undo() override;
    void redo() override;

private:
    UndoStack *m_stack;
    Session m_session;
    qint64 m_keepId;
    qint64 m_otherId;
    QMap<QString, qint64> m_winners;
    bool m_pushed = false;
};

// "Not a duplicate" for one pair, already recorded when pushed; undo proposes the pair again.
class DismissDuplicateCommand : public QUndoCommand
{
public:
    DismissDuplicateCommand(UndoStack *stack, Session session, qint64 a, qint64 b,
                            const QString &aName, const QString &bName);
    void undo() override;
    void redo() override;

private:
    UndoStack *m_stack;
    Session m_session;
    qint64 m_a;
    qint64 m_b;
    bool m_pushed = false;
};

} // namespace kontor
