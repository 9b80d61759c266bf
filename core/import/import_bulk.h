#pragma once
// Secondary and search indexes of a contacts import: dropped or paused at its start, built
// again at its end, inside its one transaction. Not a public API.

#include "import/import_internal.h"

#include <memory>

namespace kontor {
class IndexRebuild;
}

namespace kontor::importing::detail {

// A contacts import inserts every new contact into each index of contacts, contact_emails and
// contact_phones in the file's order, that is in random key order: past a few hundred thousand
// rows that costs more than sorting each index once at the end (the demo loader measured the
// same, storage/bulk_load.h). So when the file is large against the base (or
// ImportOptions::rebuildIndexes says so), the indexes the import does not read are dropped
// and created again before it commits. Kept: the ones its look-ups read (e-mails and phone
// digits for duplicates, unless every row is created anyway) and the ones it appends to in
// key order (contact ids of e-mails and phones, creation time, owner). Cancel, an error or a
// killed process roll the drop back with everything else. SQLite only: PostgreSQL has no
// speed budget and keeps its indexes.
// Whether a contacts import of about `expectedRows` rows drops them and builds them again
// (WriterContext::rebuildIndexes): asked before its transaction, which then keeps SQLite's
// temporary storage in files for the sorts (TempStoreOnDisk).
Result<bool> rebuildIndexesFor(const QSqlDatabase &conn, const Dialect &dialect, const ImportOptions &options,
                               qint64 expectedRows);

// PostgreSQL plans each look-up from the tables' statistics, which autovacuum brings up to
// date a minute or more after a commit. An import that wrote thousands of rows into tables
// that were small leaves them saying "small": the next import's look-ups then scan whole
// tables (an update of 100,000 contacts right after importing them took 53 s, 16 s once
// analyzed). So an import that wrote at least a thousand rows analyzes the tables it wrote,
// inside its transaction (rolled back with it). Nothing on SQLite, whose planner goes by its
// indexes without statistics.
Status analyzeAfterImport(const QSqlDatabase &conn, const Dialect &dialect, ExchangeEntity entity,
                          qint64 rowsWritten);

class ImportIndexes
{
public:
    explicit ImportIndexes(const WriterContext &ctx);
    ~ImportIndexes();
    // `lookUps`: whether rows are matched against the base by e-mail and phone; `byName`: by
    // name (the folded name key's index is kept).
    Status begin(bool lookUps, bool byName);
    // Builds the dropped indexes again; nothing when none were dropped.
    Status end();
    bool active() const { return m_rebuild != nullptr; }

private:
    WriterContext m_ctx;
    std::unique_ptr<IndexRebuild> m_rebuild;
};

// The search index during a contacts import (on PostgreSQL through a setting of the import's
// transaction, see pauseSearchForImport()): the
// triggers that rewrite a contact's documents for each row it writes are paused at the first
// row (pauseSearchForImport()), and resume() writes the documents once each: the contacts
// the import created in one pass over their ids (above the largest id before it: ids only
// grow), the ones it updated and the companies it created.
class ImportSearch
{
public:
    explicit ImportSearch(const WriterContext &ctx) : m_ctx(ctx) {}
    Status pause();
    bool paused() const { return m_paused; }
    // `written`: contacts written one by one (created or updated) while paused.
    Status resume(const QList<qint64> &written);

private:
    WriterContext m_ctx;
    bool m_paused = false;
    qint64 m_createdAbove = 0; // the largest contact id before the import wrote any
};

} // namespace kontor::importing::detail
