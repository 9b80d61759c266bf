#pragma once

#include "import/batch_writing.h"
#include "import/import_internal.h"
#include "import/import_lookups.h"
#include "model/deal.h"
#include "repo/deal_repository.h"
#include "storage/sql.h"

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

struct DealDraft;

// What a row of a deals import changes in a deal it matched (policies update and fill-empty).
struct DealChange
{
    qint64 row = 0;
    Deal deal; // as it will be; its stage as stored (a move is `moveTo`)
    Deal stored; // as read
    QVariantMap changes; // audit::diff() of their fields
    QJsonObject beforeValues; // the undo record (a move adds its "stage:*" keys when written)
    QList<CustomValue> custom; // the custom values that change (customChanges())
    std::optional<QString> externalId; // the external id the row gives the deal
    qint64 moveTo = 0; // the stage the deal moves to, 0 for none
    qint64 lostReasonId = 0; // with a move to a lost stage
};

// What `d` (file row `row`) changes in deal `stored`, whose external id is `storedExternalId`:
// nothing (the row is then skipped), or the change. `companyId`: the company the row names,
// found. A refused value is an Invalid error (the row's problem). Reads, and writes nothing but
// a custom field the row names that does not exist yet (`fields` caches them).
Result<std::optional<DealChange>> dealChangeOf(const WriterContext &ctx, qint64 row,
                                               const Deal &stored, const QString &storedExternalId,
                                               const DealDraft &d, qint64 companyId,
                                               QHash<QString, CustomField> *fields);

// The deals a chunk of rows may match (by Kontor ID, external id or title), read together
// before the chunk is written, as an update reads them: on PostgreSQL a row's reads were three
// round trips and two plans (100,000 deal updates: 93 s, 35 s with this). What was read is
// kept until the import next writes a deal (forget()); get() reads a deal it does not hold.
class DealReadAhead
{
public:
    // What the reading thread takes from a row: the contact's e-mail (EmailDraft) and what the
    // row may match a deal by.
    struct Keys : EmailDraft
    {
        qint64 kontorId = 0;
        QString externalId;
        QString titleKey; // foldKey() of the title
    };
    static std::unique_ptr<RowDraft> keysOf(const WriterContext &ctx, const QStringList &cells);

    // What an update needs besides the deal: its external id, and whether it has line items
    // (DealRepository::update() then keeps their total as its amount).
    struct Facts
    {
        QString externalId;
        bool hasItems = false;
    };
    struct Stored
    {
        Deal deal;
        Facts facts;
    };

    explicit DealReadAhead(const WriterContext &ctx)
        : m_ctx(ctx)
        , m_repo(ctx.session)
    {
    }
    // Reads the deals the chunk's rows (Keys drafts) may match by the keys of `match`.
    Status read(const std::vector<const RowDraft *> &drafts, const QList<MatchKey> &match);
    // The first live deal with this external id, 0 for none.
    Result<qint64> byExternalId(const QString &externalId);
    // The first live deal with this title (and company `companyId`, 0 for none, when
    // `withCompany`) that is not another system's deal than `externalId` says, 0 for none.
    Result<qint64> byTitle(const QString &title, const QString &externalId, bool withCompany,
                           qint64 companyId);
    // Deal `id` as stored: as read ahead, or read now.
    Result<Stored> get(qint64 id);
    void forget();

private:
    // A deal as the look-ups see it.
    struct Candidate
    {
        qint64 id = 0;
        qint64 companyId = 0;
        std::optional<QString> externalId;
        bool live = true;
    };
    Result<QList<Candidate>> candidates(std::unique_ptr<SqlStatement> *statement,
                                        const QString &column, const QString &value);
    Result<QHash<qint64, Facts>> factsOf(const QList<qint64> &ids);

    WriterContext m_ctx;
    DealRepository m_repo;
    QHash<qint64, Stored> m_stored;
    QHash<QString, QList<Candidate>> m_byTitle; // by foldKey(title)
    QHash<QString, QList<Candidate>> m_byExternalId; // by external id
    std::unique_ptr<SqlStatement> m_titleQuery, m_externalIdQuery;
};

// The deal updates of a re-import written a batch at a time instead of a savepoint and some
// ten statements each: what DealRepository::update() writes (the editable columns, the folded
// title key put back after a rename, the audit row of the changes) plus the external id, the
// custom values and the import_batch_items row. Moves and deals with line items do not come
// here: they go through DealRepository alone (the funnel's history and stays; the items'
// total as the amount).
//
// The writer flushes before anything could read what a queued update writes: before a row of
// a queued deal, and before a row that would be matched by a title, title and company, or
// external id a queued update gives or takes away (keys). If the database refuses a batch, its
// rows are written again one by one (`oneByOne`, the writer's own path), so the error names
// the row; the import then stops and nothing lands.
class DealUpdateBatch
{
public:
    using WriteOne = std::function<Status(const DealChange &)>;
    DealUpdateBatch(const WriterContext &ctx, WriteOne oneByOne);
    ~DealUpdateBatch();

    // `keys`: what later rows may be matched by that this update changes (old and new).
    void add(DealChange change, const QStringList &keys)
    {
        const qint64 id = change.deal.id; // before the change is moved
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
    UpdateQueue<DealChange> m_queue;
    // Kept from batch to batch: preparing a multi-row statement costs as much as a batch.
    std::unique_ptr<BatchInserter> m_columns, m_renamedKeys, m_externalIds, m_auditRows, m_itemRows,
        m_customRows;
};

} // namespace kontor::importing::detail
