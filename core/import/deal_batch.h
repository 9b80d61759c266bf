#pragma once

#include "import/import_internal.h"
#include "model/deal.h"

#include <memory>
#include <vector>

namespace kontor {
class BatchInserter;
}

namespace kontor::importing::detail {

// New deals written a thousand at a time instead of a savepoint and some ten statements per
// deal: what DealRepository::create() writes for an import (the deal at the end of its
// stage's column, its creation in the stage history, its stays, a short audit row naming the
// batch and file row: audit::importedText) plus its external id, its custom values and the
// import_batch_items row that lets the import be undone. The search index follows by itself
// (triggers).
//
// Rows reach it validated, their custom values checked (resolveCustomValues) and their
// company found or created. The caller writes the queue inside a savepoint of its own and, if
// the database refuses it, rolls back, calls clear() and writes the rows one by one to name
// the row that failed.
class DealBatch
{
public:
    explicit DealBatch(const WriterContext &ctx);
    ~DealBatch();

    struct Queued
    {
        qint64 row = 0;
        Deal deal; // its pipeline and status follow its stage
        QString externalId;
        QList<CustomValue> custom;
    };
    void add(Queued queued);
    const std::vector<Queued> &queued() const { return m_queue; }
    bool empty() const { return m_queue.empty(); }
    size_t size() const { return m_queue.size(); }
    // Writes the queue. The queue stays until clear().
    Status write();
    // Forgets what was queued and what was not yet written (after a rollback too).
    void clear();

private:
    void prepareInserters();

    WriterContext m_ctx;
    std::vector<Queued> m_queue;
    // Kept from batch to batch: preparing a multi-row INSERT costs as much as writing a batch.
    std::unique_ptr<BatchInserter> m_dealRows, m_historyRows, m_auditRows, m_itemRows, m_customRows;
    QList<qint64> m_ids; // of the batch being written, in queue order
};

} // namespace kontor::importing::detail
