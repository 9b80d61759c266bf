#pragma once

#include "funnel/board.h"
#include "session.h"
#include "util/result.h"

namespace kontor {

// Reads the kanban board and keeps the order of its cards. SQL for the board lives here; stage
// changes themselves go through DealRepository::moveToStage, so every one writes history.
class BoardRepository
{
public:
    explicit BoardRepository(Session session)
        : m_session(std::move(session))
    {
    }

    // The open deals of a pipeline, one column per open stage, with per-currency totals and
    // weighted totals summed by the database. `nowSecs` 0 = the current time (tests pass a
    // fixed instant to check the rotting rule).
    // With `onlyStages` only those columns get their cards and totals (the others come back
    // empty) and `Board::totals` covers only them: after a move the board re-reads the two
    // columns it touched, not the whole pipeline.
    Result<Board> load(const BoardFilter &filter, qint64 nowSecs = 0,
                       const QList<qint64> &onlyStages = {}) const;

    // Puts a deal into `stageId` just before the card `beforeDealId` (0 = at the end),
    // changing its stage first when it differs (with its history row), in one transaction.
    // Moving into a lost stage needs `lostReasonId` (undo of a reopen passes the old one).
    Status place(qint64 dealId, qint64 stageId, qint64 beforeDealId = 0,
                 qint64 lostReasonId = 0) const;

    // The open card that follows `dealId` in its column (0 = it is the last), so an undo
    // can put the card back exactly where it was.
    Result<qint64> nextInColumn(qint64 dealId) const;

    // Choices of the board's filters: active users, and tags used on deals, by name.
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };
    Result<QList<Choice>> owners() const;
    Result<QList<Choice>> tags() const;

private:
    Result<QList<Choice>> choices(const QString &sql, const QString &what) const;
    QString fromWhere(const BoardFilter &filter, const QList<qint64> &onlyStages,
                      QVariantList *binds) const;
    Session m_session;
};

} // namespace kontor
