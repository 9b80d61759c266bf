#pragma once

#include "funnel/product_repository.h"
#include "model/deal.h"
#include "repo/deal_repository.h"
#include "session.h"
#include "util/result.h"

namespace kontor {

// Everything the deal card edits at once: the deal's own fields, its people with their roles
// and its line items. The card saves one snapshot and its undo saves the one before, so an
// edit and its undo are each a single transaction with their audit rows.
struct DealSnapshot
{
    Deal deal;
    QList<DealContact> contacts; // the main contact first
    QList<DealItem> items;       // in order

    // quantity x price less discount of every item; the deal's amount when there are items.
    qint64 itemsTotalMinor() const;
};

// Compares what a save would write (ids and read-only names aside).
bool sameItems(const QList<DealItem> &a, const QList<DealItem> &b);

Result<DealSnapshot> loadDealSnapshot(const Session &session, qint64 dealId);

// Writes the snapshot over the stored deal in one transaction: fields, people, items (the
// amount follows the items when there are any). The stage is not touched: it moves only
// through DealRepository::moveToStage, which writes the stage history.
Status saveDealSnapshot(const Session &session, const DealSnapshot &snapshot);

} // namespace kontor
