#pragma once

#include "import/batch_writing.h"
#include "import/import_internal.h"
#include "model/company.h"
#include "repo/company_repository.h"

#include <QJsonObject>
#include <QSet>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kontor {
class BatchInserter;
}

namespace kontor::importing::detail {

// The companies a chunk of rows may match by name, and those companies, read together before
// the chunk is written: on PostgreSQL a row's look-up and read were two round trips and two
// plans. The answers hold until the import next writes a company (forget()): until then the
// database would give the same ones.
class CompanyReadAhead
{
public:
    // What the reading thread takes from a row: its company's folded name.
    struct Keys : RowDraft
    {
        QString nameKey;
    };
    static std::unique_ptr<RowDraft> keysOf(const WriterContext &ctx, const QStringList &cells);

    explicit CompanyReadAhead(const WriterContext &ctx)
        : m_ctx(ctx)
        , m_repo(ctx.session)
    {
    }
    // Reads the first live company of each name of the chunk's rows (Keys drafts), and those.
    Status read(const std::vector<const RowDraft *> &drafts);
    // The first live company with this folded name, 0 for none; nothing when not read ahead.
    std::optional<qint64> byName(const QString &nameKey) const;
    // Company `id` as stored: as read ahead, or read now.
    Result<Company> get(qint64 id);
    void forget();

private:
    WriterContext m_ctx;
    CompanyRepository m_repo;
    QHash<QString, qint64> m_byName;
    QHash<qint64, Company> m_companies;
};

// What a row of a companies import changes in a company it matched: the company as it will
// be and as it was read, audit::diff() of their fields, the undo record and the custom
// values it sets (customChanges()).
struct CompanyChange
{
    qint64 row = 0;
    Company company;
    Company stored;
    QVariantMap changes;
    QJsonObject beforeValues;
    QList<CustomValue> custom;
};

// The companies a re-import updates (policies update and fill-empty), written a batch at a
// time instead of a savepoint, two reads, an UPDATE, an audit row and an undo row each: what
// CompanyRepository::update() writes (every column, the folded name key put back after a
// rename, the audit row of the changes) plus the custom values and the import_batch_items row.
//
// The writer flushes before anything could read what a queued update writes: before a row of
// a queued company, and before a row that would be matched by a name or e-mail a queued
// update gives or takes away (keys()). If the database refuses a batch, its rows are written
// again one by one (`oneByOne`, the writer's own path), so the error names the row; the
// import then stops and nothing lands.
class CompanyUpdateBatch
{
public:
    using WriteOne = std::function<Status(const CompanyChange &)>;
    CompanyUpdateBatch(const WriterContext &ctx, WriteOne oneByOne);
    ~CompanyUpdateBatch();

    // `keys`: what later rows may be matched by that this update changes (old and new).
    void add(CompanyChange change, const QStringList &keys)
    {
        const qint64 id = change.company.id; // before the change is moved
        m_queue.add(std::move(change), id, keys);
    }
    bool empty() const { return m_queue.empty(); }
    bool holds(qint64 id) const { return m_queue.holds(id); }
    bool changesKey(const QStringList &keys) const { return m_queue.changesKey(keys); }
    bool full() const;
    Status flush();

private:
    Status writeQueued();
    void prepareInserters();

    WriterContext m_ctx;
    WriteOne m_oneByOne;
    UpdateQueue<CompanyChange> m_queue;
    // Kept from batch to batch: preparing a multi-row statement costs as much as a batch.
    std::unique_ptr<BatchInserter> m_columns, m_renamedKeys, m_auditRows, m_itemRows, m_customRows;
};

} // namespace kontor::importing::detail
