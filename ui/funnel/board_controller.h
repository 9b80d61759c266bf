#pragma once

#include "funnel/board.h"
#include "repo/pipeline_repository.h"
#include "session.h"

#include <QList>
#include <QObject>

namespace kontor {

class BoardColumnModel;
class UndoStack;

// Owns the board's data and its column models, and turns user gestures (drop, keyboard,
// Won / Lost zones) into stage changes on the window's undo history (UndoStack::of: Edit →
// Undo and Ctrl+Z undo a move like any other change). Each change is saved by the
// repository (history row included) before the board reloads; undo is another move,
// with its own history row, never a deletion of history.
class BoardController : public QObject
{
    Q_OBJECT
public:
    explicit BoardController(Session session, QObject *parent = nullptr);

    const Session &session() const { return m_session; }
    UndoStack *undoStack() const { return m_undo; }
    const Board &board() const { return m_board; }
    const BoardFilter &filter() const { return m_filter; }
    // One model per open stage, in stage order; replaced when the pipeline changes.
    const QList<BoardColumnModel *> &columns() const { return m_columns; }
    BoardColumnModel *columnFor(qint64 stageId) const;

    // Changes the filter (and the pipeline) and reloads.
    void setFilter(const BoardFilter &filter);
    // Re-reads the board; errors are reported through errorOccurred too.
    Status reload();
    // Re-reads only the columns of these stages (after a move) and the board's totals;
    // falls back to reload() when the columns no longer match the pipeline.
    Status reloadStages(const QList<qint64> &stageIds);

    // The gestures. Each is one undoable command; failures arrive as errorOccurred.
    void moveDeal(qint64 dealId, qint64 stageId, qint64 beforeDealId = 0);
    // To the next (+1) or previous (-1) open stage, at the end of that column.
    void moveToNeighbour(qint64 dealId, int direction);
    void markWon(qint64 dealId);
    void markLost(qint64 dealId, qint64 lostReasonId, const QString &note = {});

    Result<QList<LostReason>> lostReasons() const;

    // Used by the undo commands.
    Status applyMove(qint64 dealId, qint64 stageId, qint64 beforeDealId, qint64 lostReasonId,
                     const QString &note);
    // Saves a move (the repository's part of applyMove): also for a command undone after its
    // board was closed.
    static Status saveMove(const Session &session, qint64 dealId, qint64 stageId, qint64 beforeDealId,
                           qint64 lostReasonId, const QString &note);
    void reportError(const QString &message);

signals:
    void columnsReplaced(); // the set of columns changed (pipeline switch, stage edits)
    void boardChanged(); // cards or totals changed
    void errorOccurred(const QString &message);

private:
    QString dealTitle(qint64 dealId) const;
    qint64 stageOfCard(qint64 dealId) const;
    qint64 closingStage(Stage::Kind kind) const;

    Session m_session;
    BoardFilter m_filter;
    Board m_board;
    QList<BoardColumnModel *> m_columns;
    UndoStack *m_undo;
};

} // namespace kontor
