#pragma once
// What the import's batches (contact_batch, contact_updates, company_batch, activity_batch)
// share: their savepoint with the one-by-one fallback, and the audit and undo rows every one
// of them writes. Not a public API.

#include "import/import_internal.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

namespace kontor {
class BatchInserter;
}

namespace kontor::importing::detail {

// Writes a batch of validated rows (`write`) in a savepoint of its own: all of it or, when the
// database refuses it, none. Then `discard` forgets what the batch's inserters still hold and
// `oneByOne` writes the rows again one at a time, so the error names the row (atRow()).
Status writeInSavepoint(const WriterContext &ctx, const std::function<Status()> &write,
                        const std::function<void()> &discard, const std::function<Status()> &oneByOne);

// A batch's inserters: what each still holds written (finishAll, stopping at the first error),
// or forgotten after a rollback (discardAll). Null inserters (not prepared yet) are passed over.
Status finishAll(std::initializer_list<BatchInserter *> inserters);
void discardAll(std::initializer_list<BatchInserter *> inserters);

// `error`, said of file row `row`.
Error atRow(Error error, qint64 row);

// Inserters for audit_log (user_id, entity, entity_id, action, changes) and import_batch_items
// (batch_id, entity, entity_id, action, [before_values,] source_row), `rows` a statement.
std::unique_ptr<BatchInserter> auditRows(const WriterContext &ctx, int rows);
std::unique_ptr<BatchInserter> batchItemRows(const WriterContext &ctx, bool beforeValues, int rows);
// An inserter for custom_values (field_id, entity_id, value), and the rows of a new record's
// values (resolveCustomValues()) queued on it: a new record has none to replace.
std::unique_ptr<BatchInserter> customValueRows(const WriterContext &ctx, int rows);
Status addCustomValues(BatchInserter &rows, qint64 id, const QList<CustomValue> &values);

// The queue of an update batch (CompanyUpdateBatch, DealUpdateBatch): the changes, the ids of
// the records they change and what later rows may be matched by that they give or take away.
// The writer writes the queue before a row of a queued record (holds()) or one matched by
// such a key (changesKey()), so the database answers each row as it would row by row.
template<typename Change> class UpdateQueue
{
public:
    void add(Change change, qint64 id, const QStringList &keys)
    {
        for (const QString &k : keys)
            m_keys.insert(k);
        m_ids.insert(id);
        m_changes.push_back(std::move(change));
    }
    bool holds(qint64 id) const { return m_ids.contains(id); }
    bool changesKey(const QStringList &keys) const
    {
        return std::any_of(keys.cbegin(), keys.cend(),
                           [this](const QString &k) { return m_keys.contains(k); });
    }
    const std::vector<Change> &changes() const { return m_changes; }
    bool empty() const { return m_changes.empty(); }
    size_t size() const { return m_changes.size(); }
    void clear()
    {
        m_changes.clear();
        m_ids.clear();
        m_keys.clear();
    }
    // Writes the queue in a savepoint of its own (writeInSavepoint()): all of it by `write`, or,
    // when the database refuses it, after `discard`, each change by `oneByOne`, so the error
    // names its row. Empties the queue either way.
    Status flush(const WriterContext &ctx, const std::function<Status()> &write,
                 const std::function<void()> &discard,
                 const std::function<Status(const Change &)> &oneByOne)
    {
        const Status st = writeInSavepoint(ctx, write, discard, [&]() -> Status {
            for (const Change &c : m_changes) {
                if (auto one = oneByOne(c); !one)
                    return atRow(one.error(), c.row);
            }
            return {};
        });
        clear();
        return st;
    }

private:
    std::vector<Change> m_changes;
    QSet<qint64> m_ids;
    QSet<QString> m_keys;
};

} // namespace kontor::importing::detail
