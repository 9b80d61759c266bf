#pragma once

#include "model/pipeline.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kontor {

// What the kanban board shows. Plain values, filled by BoardRepository in a few queries, so
// the UI paints cards from memory and never asks the database while painting.

// Money of one currency: amounts in different currencies are never added together.
struct CurrencyTotal
{
    QString currency;
    qint64 amountMinor = 0;
    qint64 weightedMinor = 0; // sum of amount x win probability, rounded to a minor unit
    int count = 0;
};

struct BoardCard
{
    qint64 id = 0;
    QString title;
    qint64 stageId = 0;
    QString companyName;
    QString contactName;
    qint64 amountMinor = 0;
    QString currency;
    int probability = 0; // the deal's own, else its stage's
    qint64 ownerId = 0;
    QString ownerName;
    double boardPosition = 0;
    QDateTime stageEnteredAt;
    QDateTime idleSince; // the latest of: entering the stage, any activity
    bool rotting = false;
    QString nextTaskTitle; // empty: no open task (the card warns)
    QDateTime nextTaskDue; // invalid: the task has no due time

    QString ownerInitials() const;
    int daysInStage(const QDateTime &now) const;
};

struct BoardColumn
{
    Stage stage;
    int count = 0;
    QList<CurrencyTotal> totals; // ordered by currency code
    QList<BoardCard> cards; // in board order
};

struct BoardFilter
{
    qint64 pipelineId = 0;
    qint64 ownerId = 0; // 0 = everyone
    qint64 tagId = 0; // 0 = any tag
    QString text; // matches title, company or contact, anywhere
};

struct Board
{
    qint64 pipelineId = 0;
    QList<BoardColumn> columns; // one per open stage, in stage order
    QList<Stage> closingStages; // the won / lost stages: the drop zones
    QList<CurrencyTotal> totals; // the whole board, per currency
};

} // namespace kontor
