#include "funnel/board_controller.h"

#include "funnel/board_column_model.h"
#include "funnel/board_repository.h"
#include "repo/deal_repository.h"
#include "undo/undo_stack.h"

#include <QPointer>
#include <QUndoCommand>

#include <algorithm>
#include <map>

namespace kontor {

namespace {

// What the user reads: the sentence and where; the driver's text is for support logs only.
QString plainText(const Error &e)
{
    return e.context.isEmpty() ? e.message
                               : e.message + QStringLiteral(" (") + e.context + QLatin1Char(')');
}

// One stage change of one deal. The first redo remembers where the card was (stage, the card
// after it, a lost reason) so undo puts it back exactly there, writing a new history row.
// It lives on the window's history, which may outlast the board (a session switch rebuilds
// the modules): without its board it saves the move alone. Either way the open lists and
// cards hear of the deal (UndoStack::notifyChanged).
class StageChangeCommand : public QUndoCommand
{
public:
    StageChangeCommand(BoardController *board, qint64 dealId, qint64 toStage, qint64 toBefore,
                       qint64 lostReasonId, QString note, const QString &text)
        : QUndoCommand(text)
        , m_board(board)
        , m_session(board->session())
        , m_stack(board->undoStack())
        , m_dealId(dealId)
        , m_toStage(toStage)
        , m_toBefore(toBefore)
        , m_lostReasonId(lostReasonId)
        , m_note(std::move(note))
    {
    }

    void redo() override
    {
        if (!m_fromStage) {
            auto deal = DealRepository(m_session).get(m_dealId);
            auto next = BoardRepository(m_session).nextInColumn(m_dealId);
            if (!deal || !next) {
                report(!deal ? plainText(deal.error()) : plainText(next.error()));
                setObsolete(true);
                return;
            }
            m_fromStage = deal->stageId;
            m_fromBefore = *next;
            m_fromLostReason = deal->lostReasonId;
        }
        // A move that could not be saved never enters the stack (push() drops obsolete ones).
        if (!move(m_toStage, m_toBefore, m_lostReasonId, m_note))
            setObsolete(true);
    }

    void undo() override { move(m_fromStage, m_fromBefore, m_fromLostReason, {}); }

private:
    bool move(qint64 stageId, qint64 beforeDealId, qint64 lostReasonId, const QString &note)
    {
        Status st = m_board ? m_board->applyMove(m_dealId, stageId, beforeDealId, lostReasonId, note)
                            : BoardController::saveMove(m_session, m_dealId, stageId, beforeDealId,
                                                        lostReasonId, note);
        if (!st && !m_board)
            report(plainText(st.error()));
        if (st && m_stack)
            m_stack->notifyChanged(QStringLiteral("deal"), {m_dealId});
        return st.ok();
    }

    void report(const QString &message)
    {
        if (m_board)
            m_board->reportError(message);
        else if (m_stack)
            m_stack->reportFailure(message);
    }

    QPointer<BoardController> m_board;
    Session m_session;
    QPointer<UndoStack> m_stack;
    qint64 m_dealId;
    qint64 m_toStage;
    qint64 m_toBefore;
    qint64 m_lostReasonId;
    QString m_note;
    qint64 m_fromStage = 0;
    qint64 m_fromBefore = 0;
    qint64 m_fromLostReason = 0;
};

} // namespace

BoardController::BoardController(Session session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_undo(UndoStack::of(this))
{
}

BoardColumnModel *BoardController::columnFor(qint64 stageId) const
{
    for (BoardColumnModel *m : m_columns) {
        if (m->stageId() == stageId)
            return m;
    }
    return nullptr;
}

void BoardController::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    reload();
}

Status BoardController::reload()
{
    if (!m_filter.pipelineId) {
        auto pipelines = PipelineRepository(m_session).list();
        if (!pipelines) {
            reportError(plainText(pipelines.error()));
            return pipelines.error();
        }
        if (!pipelines->isEmpty())
            m_filter.pipelineId = pipelines->first().id;
    }
    auto board = BoardRepository(m_session).load(m_filter);
    if (!board) {
        reportError(plainText(board.error()));
        return board.error();
    }
    m_board = *board;
    bool sameColumns = m_columns.size() == m_board.columns.size();
    for (int i = 0; sameColumns && i < m_columns.size(); ++i)
        sameColumns = m_columns.at(i)->stageId() == m_board.columns.at(i).stage.id;
    if (!sameColumns) {
        for (BoardColumnModel *m : std::as_const(m_columns))
            m->deleteLater();
        m_columns.clear();
        for (const BoardColumn &c : std::as_const(m_board.columns)) {
            auto *model = new BoardColumnModel(c.stage.id, this);
            // Queued: the drop event finishes before the models reset under the view.
            connect(model, &BoardColumnModel::dropRequested, this, &BoardController::moveDeal,
                    Qt::QueuedConnection);
            m_columns << model;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setCards(m_board.columns.at(i).cards, now);
    if (!sameColumns)
        emit columnsReplaced();
    emit boardChanged();
    return {};
}

QString BoardController::dealTitle(qint64 dealId) const
{
    for (const BoardColumn &c : m_board.columns) {
        for (const BoardCard &card : c.cards) {
            if (card.id == dealId)
                return card.title;
        }
    }
    return tr("deal %1").arg(dealId);
}

qint64 BoardController::closingStage(Stage::Kind kind) const
{
    for (const Stage &s : m_board.closingStages) {
        if (s.kind == kind)
            return s.id;
    }
    return 0;
}

void BoardController::moveDeal(qint64 dealId, qint64 stageId, qint64 beforeDealId)
{
    QString stageName;
    for (const BoardColumn &c : std::as_const(m_board.columns)) {
        if (c.stage.id == stageId)
            stageName = c.stage.name;
    }
    m_undo->push(new StageChangeCommand(this, dealId, stageId, beforeDealId, 0, {},
                                        tr("Move “%1” to %2").arg(dealTitle(dealId), stageName)));
}

void BoardController::moveToNeighbour(qint64 dealId, int direction)
{
    for (int i = 0; i < m_board.columns.size(); ++i) {
        if (!m_board.columns.at(i).cards.isEmpty()
            && std::any_of(m_board.columns.at(i).cards.cbegin(), m_board.columns.at(i).cards.cend(),
                           [&](const BoardCard &c) { return c.id == dealId; })) {
            const int target = i + direction;
            if (target >= 0 && target < m_board.columns.size())
                moveDeal(dealId, m_board.columns.at(target).stage.id, 0);
            return;
        }
    }
}

void BoardController::markWon(qint64 dealId)
{
    const qint64 won = closingStage(Stage::Kind::Won);
    if (!won) {
        reportError(tr("This pipeline has no won stage; add one in the pipeline settings."));
        return;
    }
    m_undo->push(new StageChangeCommand(this, dealId, won, 0, 0, {},
                                        tr("Mark “%1” won").arg(dealTitle(dealId))));
}

void BoardController::markLost(qint64 dealId, qint64 lostReasonId, const QString &note)
{
    const qint64 lost = closingStage(Stage::Kind::Lost);
    if (!lost) {
        reportError(tr("This pipeline has no lost stage; add one in the pipeline settings."));
        return;
    }
    m_undo->push(new StageChangeCommand(this, dealId, lost, 0, lostReasonId, note,
                                        tr("Mark “%1” lost").arg(dealTitle(dealId))));
}

Result<QList<LostReason>> BoardController::lostReasons() const
{
    return PipelineRepository(m_session).lostReasons();
}

Status BoardController::applyMove(qint64 dealId, qint64 stageId, qint64 beforeDealId,
                                  qint64 lostReasonId, const QString &note)
{
    // Where the card is now (0: not on the board, e.g. an undo of "won").
    const qint64 fromStage = stageOfCard(dealId);
    Status st = saveMove(m_session, dealId, stageId, beforeDealId, lostReasonId, note);
    if (!st) {
        reportError(plainText(st.error()));
        reload();
        return st;
    }
    QList<qint64> touched {stageId};
    if (fromStage && fromStage != stageId)
        touched << fromStage;
    reloadStages(touched);
    return st;
}

Status BoardController::saveMove(const Session &session, qint64 dealId, qint64 stageId, qint64 beforeDealId,
                                 qint64 lostReasonId, const QString &note)
{
    Status st = BoardRepository(session).place(dealId, stageId, beforeDealId, lostReasonId);
    if (st && !note.isEmpty())
        st = DealRepository(session).markLost(dealId, lostReasonId, note);
    return st;
}

qint64 BoardController::stageOfCard(qint64 dealId) const
{
    for (const BoardColumn &c : m_board.columns) {
        for (const BoardCard &card : c.cards) {
            if (card.id == dealId)
                return c.stage.id;
        }
    }
    return 0;
}

Status BoardController::reloadStages(const QList<qint64> &stageIds)
{
    // Closing stages have no column; only open ones are re-read.
    QList<qint64> only;
    for (qint64 id : stageIds) {
        if (columnFor(id))
            only << id;
    }
    if (only.isEmpty()) {
        emit boardChanged();
        return {};
    }
    auto part = BoardRepository(m_session).load(m_filter, 0, only);
    if (!part) {
        reportError(plainText(part.error()));
        return part.error();
    }
    bool sameColumns = part->columns.size() == m_board.columns.size();
    for (int i = 0; sameColumns && i < m_board.columns.size(); ++i)
        sameColumns = part->columns.at(i).stage.id == m_board.columns.at(i).stage.id;
    if (!sameColumns)
        return reload(); // the stages were edited meanwhile
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_board.columns.size(); ++i) {
        if (!only.contains(m_board.columns.at(i).stage.id))
            continue;
        m_board.columns[i] = part->columns.at(i);
        m_columns.at(i)->setCards(m_board.columns.at(i).cards, now);
    }
    // The board's totals are the columns' totals, summed per currency.
    std::map<QString, CurrencyTotal> all;
    for (const BoardColumn &c : std::as_const(m_board.columns)) {
        for (const CurrencyTotal &t : c.totals) {
            CurrencyTotal &sum = all[t.currency];
            sum.currency = t.currency;
            sum.count += t.count;
            sum.amountMinor += t.amountMinor;
            sum.weightedMinor += t.weightedMinor;
        }
    }
    m_board.totals.clear();
    for (const auto &entry : all)
        m_board.totals.append(entry.second);
    emit boardChanged();
    return {};
}

void BoardController::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace kontor
