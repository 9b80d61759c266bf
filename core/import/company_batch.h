#pragma once

#include "import/import_internal.h"
#include "model/company.h"

#include <memory>
#include <vector>

namespace kontor {
class BatchInserter;
}

namespace kontor::importing::detail {

// New companies written together instead of a savepoint, an INSERT, an audit row and an undo
// row per company: what CompanyRepository::create() writes for an import (the row, and a
// short audit row naming the batch and file row, audit::importedText) plus the
// import_batch_items row that lets the import be undone. The search triggers index them as
// usual. Used by the companies import and for the companies a contacts batch names.
//
// Rows reach it validated (CompanyRepository::validate). The caller writes the queue inside a
// savepoint of its own and, if the database refuses it, rolls back, calls discard() and
// writes the rows one by one to name the row that failed.
class CompanyBatch
{
public:
    explicit CompanyBatch(const WriterContext &ctx);
    ~CompanyBatch();

    struct Queued
    {
        qint64 row = 0; // the file row that named it first
        Company company;
        QList<CustomValue> custom; // resolveCustomValues()
    };
    void add(qint64 row, const Company &company, const QList<CustomValue> &custom = {});
    const std::vector<Queued> &queued() const { return m_queue; }
    bool empty() const { return m_queue.empty(); }
    // Writes the queue; `ids` gets the new ids in the order added. The queue stays until clear().
    Status write(std::vector<qint64> *ids);
    // Forgets what was queued and what was not yet written (after a rollback too).
    void clear();

private:
    void prepareInserters();

    WriterContext m_ctx;
    std::vector<Queued> m_queue;
    // Kept from batch to batch: preparing a multi-row INSERT costs as much as writing a batch.
    std::unique_ptr<BatchInserter> m_companyRows, m_auditRows, m_itemRows, m_customRows;
    std::vector<qint64> *m_ids = nullptr; // of the batch being written
};

} // namespace kontor::importing::detail
