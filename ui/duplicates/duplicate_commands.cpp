#include "duplicates/duplicate_commands.h"

#include "contacts/duplicate_review.h"
#include "contacts/duplicates.h"
#include "undo/undo_stack.h"

#include <QCoreApplication>

namespace kontor {

namespace {

struct DuplicateCommands
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateCommands)
};

} // namespace

MergeContactsCommand::MergeContactsCommand(UndoStack *stack, Session session, qint64 keepId,
                                           qint64 otherId, QMap<QString, qint64> winners,
                                           const QString &keepName, const QString &otherName)
    : QUndoCommand(DuplicateCommands::tr("Merge “%1” into “%2”").arg(otherName, keepName))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_keepId(keepId)
    , m_otherId(otherId)
    , m_winners(std::move(winners))
{
}

void MergeContactsCommand::undo()
{
    if (auto st = ContactMerger(m_session).undo(m_keepId, m_otherId); !st) {
        m_stack->reportFailure(
            DuplicateCommands::tr("Cannot undo the merge: %1").arg(st.error().message));
        return;
    }
    m_stack->notifyChanged(QStringLiteral("contact"), {m_keepId, m_otherId});
}

void MergeContactsCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true; // merged before the push
        return;
    }
    if (auto merged = ContactMerger(m_session).merge(m_keepId, m_otherId, m_winners); !merged) {
        m_stack->reportFailure(
            DuplicateCommands::tr("Cannot merge again: %1").arg(merged.error().message));
        return;
    }
    m_stack->notifyChanged(QStringLiteral("contact"), {m_keepId, m_otherId});
}

DismissDuplicateCommand::DismissDuplicateCommand(UndoStack *stack, Session session, qint64 a,
                                                 qint64 b, const QString &aName,
                                                 const QString &bName)
    : QUndoCommand(DuplicateCommands::tr("“%1” and “%2” are not duplicates").arg(aName, bName))
    , m_stack(stack)
    , m_session(std::move(session))
    , m_a(a)
    , m_b(b)
{
}

void DismissDuplicateCommand::undo()
{
    if (auto st = DuplicateReview(m_session).undismiss(m_a, m_b); !st) {
        m_stack->reportFailure(st.error().message);
        return;
    }
    m_stack->notifyChanged(QStringLiteral("contact"), {m_a, m_b});
}

void DismissDuplicateCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    if (auto st = DuplicateReview(m_session).dismiss(m_a, m_b); !st) {
        m_stack->reportFailure(st.error().message);
        return;
    }
    m_stack->notifyChanged(QStringLiteral("contact"), {m_a, m_b});
}

} // namespace kontor
