// Rows -> deals: each row read and checked by DealRowReader (deal_rows.h), matched by Kontor
// ID, External ID (the other system's id, kept in deals.external_id: it matches before the
// title does) or title and company, then created, updated or filled in. New deals are queued and written a
// thousand at a time (DealBatch) as DealRepository::create() writes them, with the creation's
// stage-history row; an update that names another stage moves the deal through
// DealRepository::moveToStage() (its history, stage_entered_at and the funnel's stays), which
// undo puts back (deal_stage_undo.h).
#include "import/import_internal.h"

#include "import/batch_writing.h"
#include "import/deal_batch.h"
#include "import/deal_rows.h"
#include "import/deal_stage_undo.h"
#include "import/deal_updates.h"
#include "import/import_lookups.h"
#include "repo/audit.h"
#include "repo/deal_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace kontor::importing::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

class DealWriter : public RowWriter
{
    // Its messages are looked up under the context lupdate files them in (the class).
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::detail::DealWriter)

public:
    explicit DealWriter(const WriterContext &ctx)
        : m_ctx(ctx)
        , m_repo(ctx.session)
        , m_lookups(ctx)
        , m_reader(ctx, &m_lookups)
        , m_queue(ctx)
        , m_updates(ctx, [this](const DealChange &c) { return writeChange(c); })
        , m_readAhead(ctx)
    {
        m_match = ctx.options->match;
        if (m_match.isEmpty())
            m_match = {MatchKey::Id, MatchKey::NameCompany};
        // A column mapped to External ID is the surest key after Kontor's own id: it is what
        // makes a second import of the same file update its deals instead of adding them again.
        if (ctx.mapping.fields.contains(QStringLiteral("external_id")) && !m_match.contains(MatchKey::ExternalId))
            m_match.insert(m_match.startsWith(MatchKey::Id) ? 1 : 0, MatchKey::ExternalId);
    }

    std::unique_ptr<RowDraft> prepare(qint64 row, const QStringList &cells) const override
    {
        Q_UNUSED(row);
        return DealReadAhead::keysOf(m_ctx, cells);
    }

    // The chunk's contacts, a query per hundred rows rather than one per row (on PostgreSQL
    // each a round trip); the rows then find them in ImportLookups' cache. Unless every row
    // creates a deal, also the deals the rows may match, and those deals as an update reads
    // them (DealReadAhead).
    Status lookAhead(const std::vector<const RowDraft *> &drafts) override
    {
        auto ids = m_lookups.contactsByEmail(EmailDraft::emailsOf(drafts));
        if (!ids)
            return ids.error();
        if (m_ctx.options->rowByRow || m_ctx.options->onDuplicate == DuplicatePolicy::Create)
            return {};
        return m_readAhead.read(drafts, m_match);
    }

    Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems) override
    {
        const qsizetype start = problems->size();
        DealDraft d;
        if (auto st = m_reader.read(row, cells, &d, problems); !st)
            return st.error();
        if (problems->size() > start)
            return Outcome::Rejected;
        if (m_ctx.options->rowByRow)
            return writeAlone(row, d, problems);
        return writeBatched(row, d, problems);
    }

    Status finish() override
    {
        if (auto st = flush(); !st)
            return st;
        return flushUpdates();
    }

private:
    static constexpr size_t kBatchRows = 1000;

    // An error that is the row's fault (Invalid, Conflict) rejects it; any other stops the import.
    static Result<Outcome> rejectOrFail(qint64 row, const Error &error, QList<ImportProblem> *problems)
    {
        if (error.kind == Error::Kind::Invalid || error.kind == Error::Kind::Conflict) {
            problems->append({row, {}, {}, error.message});
            return Outcome::Rejected;
        }
        return error;
    }

    // A row in a savepoint of its own: matched, then created, updated or skipped.
    Result<Outcome> writeAlone(qint64 row, const DealDraft &d, QList<ImportProblem> *problems)
    {
        m_readAhead.forget(); // it may change a deal read ahead
        Transaction tx(m_ctx.conn, m_ctx.session.db->dialect());
        if (!tx.ok())
            return tx.error();
        auto outcome = store(row, d);
        if (!outcome) {
            // The savepoint rolls back, and with it a company or custom field this row
            // created: forget them, or the next row would link to a record that is gone.
            m_companies.clear();
            m_fields.clear();
            return rejectOrFail(row, outcome.error(), problems);
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        return *outcome;
    }

    // New deals are queued, and so are updates that move no deal. A row that may match a
    // queued deal, or be matched by what a queued update changes, has that queue written first,
    // so the database answers as it would row by row.
    Result<Outcome> writeBatched(qint64 row, const DealDraft &d, QList<ImportProblem> *problems)
    {
        const DuplicatePolicy policy = m_ctx.options->onDuplicate;
        // Found now, created only once nothing can reject the row any more (queueNew()).
        qint64 companyId = 0;
        if (!d.companyName.isEmpty()) {
            auto id = findCompanyByName(m_ctx, d.companyName, &m_companies);
            if (!id)
                return id.error();
            companyId = *id;
        }
        const bool newCompany = !d.companyName.isEmpty() && !companyId;
        if (policy == DuplicatePolicy::Create)
            return queueNew(row, d, companyId, problems);
        if (mayMatchQueued(d, companyId, newCompany)) {
            if (auto st = flush(); !st)
                return st.error();
        }
        if (m_updates.full() || m_updates.changesKey(keysOf(d.deal.title, companyId, d.externalId, newCompany))) {
            if (auto st = flushUpdates(); !st)
                return st.error();
        }
        auto existing = findExisting(d, companyId, newCompany);
        if (!existing)
            return existing.error();
        if (!*existing)
            return queueNew(row, d, companyId, problems);
        if (policy == DuplicatePolicy::Skip && !newCompany)
            return Outcome::Skipped; // what store() would conclude, without a savepoint
        if (m_updates.holds(*existing)) { // read as the queued update leaves it
            if (auto st = flushUpdates(); !st)
                return st.error();
        }
        auto found = m_readAhead.get(*existing);
        if (!found)
            return found.error();
        const Deal *stored = &found->deal;
        const DealReadAhead::Facts *facts = &found->facts;
        const bool moves = policy == DuplicatePolicy::Update && namesStage(d) && stored->stageId != d.deal.stageId;
        if (moves || newCompany || facts->hasItems) {
            // A move puts the deal at the end of its new stage's column and adds a history
            // row: after the queued new deals', as row by row.
            if (moves) {
                if (auto st = flush(); !st)
                    return st.error();
            }
            return writeAlone(row, d, problems); // matches again, then updates (or creates the company and skips)
        }
        auto change = dealChangeOf(m_ctx, row, *stored, facts->externalId, d, companyId, &m_fields);
        if (!change)
            return rejectOrFail(row, change.error(), problems);
        if (!*change)
            return Outcome::Skipped;
        const QStringList before = keysOf(stored->title, stored->companyId, facts->externalId, false);
        const QStringList after = keysOf((*change)->deal.title, (*change)->deal.companyId,
                                         (*change)->externalId.value_or(facts->externalId), false);
        m_updates.add(std::move(**change), before == after ? QStringList() : before + after);
        return Outcome::Updated;
    }

    // Checks what can still reject a new deal, in the order store() meets it, creates its
    // company if it is new, and queues it. A company or custom field created for a row that
    // is then rejected goes with it (a savepoint, when either may be created).
    Result<Outcome> queueNew(qint64 row, const DealDraft &d, qint64 companyId, QList<ImportProblem> *problems)
    {
        DealBatch::Queued q {row, d.deal, d.externalId, {}};
        q.deal.companyId = companyId;
        const bool newCompany = !d.companyName.isEmpty() && !companyId;
        const auto check = [&]() -> Status {
            if (newCompany) {
                auto id = companyByName(m_ctx, d.companyName, row, &m_companies);
                if (!id)
                    return id.error();
                q.deal.companyId = *id;
            }
            if (auto st = DealRepository::validate(q.deal); !st)
                return st;
            auto custom = resolveCustomValues(m_ctx, QStringLiteral("deal"), d.custom, &m_fields);
            if (!custom)
                return custom.error();
            q.custom = *custom;
            return {};
        };
        Status st;
        if (newCompany || !d.custom.isEmpty()) {
            Transaction tx(m_ctx.conn, m_ctx.session.db->dialect());
            if (!tx.ok())
                return tx.error();
            st = check();
            if (st) {
                st = tx.commit();
            } else {
                m_companies.clear(); // as writeAlone() does
                m_fields.clear();
            }
        } else {
            st = check();
        }
        if (!st)
            return rejectOrFail(row, st.error(), problems);
        if (m_queue.empty() && m_match.contains(MatchKey::Id)) {
            // Any id the queue gets is above the highest there is now.
            auto highest = lookUpId(m_ctx.conn, &m_highestId, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM deals"), {});
            if (!highest)
                return highest.error();
            m_idFloor = *highest;
        }
        if (m_ctx.options->onDuplicate != DuplicatePolicy::Create) {
            for (const QString &k : keysOf(d.deal.title, q.deal.companyId, d.externalId, false))
                m_queuedKeys.insert(k);
        }
        m_queue.add(std::move(q));
        if (m_queue.size() >= kBatchRows) {
            if (auto written = flush(); !written)
                return written.error();
        }
        return Outcome::Created;
    }

    // What findExisting() matches a deal by, for a deal or row with this title, company and
    // external id: the external id, the folded title, with the company's id for title +
    // company. `newCompany`: the row names a company that does not exist yet, which no deal has.
    QStringList keysOf(const QString &title, qint64 companyId, const QString &externalId, bool newCompany) const
    {
        QStringList keys;
        if (m_match.contains(MatchKey::ExternalId) && !externalId.isEmpty())
            keys << QLatin1Char('x') + externalId;
        const bool byName = m_match.contains(MatchKey::Name);
        const bool byNameCompany = m_match.contains(MatchKey::NameCompany) && !newCompany;
        if (byName || byNameCompany) {
            const QString folded = foldKey(title);
            if (byName)
                keys << QLatin1Char('n') + folded;
            if (byNameCompany)
                keys << QStringLiteral("c%1\x1f").arg(companyId) + folded;
        }
        return keys;
    }

    // Whether findExisting() could find a queued deal, were it written.
    bool mayMatchQueued(const DealDraft &d, qint64 companyId, bool newCompany) const
    {
        if (m_queue.empty())
            return false;
        if (m_match.contains(MatchKey::Id) && d.kontorId > m_idFloor)
            return true;
        const QStringList keys = keysOf(d.deal.title, companyId, d.externalId, newCompany);
        return std::any_of(keys.cbegin(), keys.cend(), [this](const QString &k) { return m_queuedKeys.contains(k); });
    }

    // Writes the queued new deals in a savepoint: all or, on an error, none; then one by one,
    // so the error names the row (the import stops).
    Status flush()
    {
        if (m_queue.empty())
            return {};
        m_readAhead.forget(); // new titles and external ids find deals now
        const std::vector<DealBatch::Queued> queued = m_queue.queued();
        const Status st = writeInSavepoint(
            m_ctx, [this] { return m_queue.write(); }, [this] { m_queue.clear(); },
            [&]() -> Status {
                for (const DealBatch::Queued &q : queued) {
                    if (auto one = storeNew(q.row, q.deal, q.externalId, q.custom); !one)
                        return atRow(one.error(), q.row);
                }
                return {};
            });
        m_queue.clear();
        m_queuedKeys.clear();
        return st;
    }

    // `newCompany`: see keysOf().
    Result<qint64> findExisting(const DealDraft &d, qint64 companyId, bool newCompany)
    {
        for (MatchKey key : std::as_const(m_match)) {
            QString sql;
            QVariantList binds;
            if (key == MatchKey::Id && d.kontorId) {
                sql = QStringLiteral("SELECT id FROM deals WHERE id = ? AND deleted_at IS NULL");
                binds = {d.kontorId};
            } else if (key == MatchKey::ExternalId && !d.externalId.isEmpty()) {
                auto found = m_readAhead.byExternalId(d.externalId);
                if (!found || *found)
                    return found;
                continue;
            } else if ((key == MatchKey::NameCompany && !newCompany) || key == MatchKey::Name) {
                auto found = m_readAhead.byTitle(d.deal.title, d.externalId,
                                                 key == MatchKey::NameCompany, companyId);
                if (!found || *found)
                    return found;
                continue;
            } else {
                continue;
            }
            auto found = lookUpId(m_ctx.conn, &m_lookUps[sql], sql, binds); // prepared once per import
            if (!found || *found)
                return found;
        }
        return qint64(0);
    }

    // A row written alone (one by one, or an update).
    Result<Outcome> store(qint64 row, const DealDraft &d)
    {
        qint64 companyId = 0;
        if (!d.companyName.isEmpty()) {
            auto id = companyByName(m_ctx, d.companyName, row, &m_companies);
            if (!id)
                return id.error();
            companyId = *id;
        }
        auto existing = findExisting(d, companyId, false);
        if (!existing)
            return existing.error();
        const DuplicatePolicy policy = m_ctx.options->onDuplicate;
        if (*existing && policy == DuplicatePolicy::Skip)
            return Outcome::Skipped;
        if (!*existing || policy == DuplicatePolicy::Create) {
            Deal deal = d.deal;
            deal.companyId = companyId;
            // Checked before anything is written, as queueNew() checks a row it queues.
            if (auto st = DealRepository::validate(deal); !st)
                return st.error();
            auto custom = resolveCustomValues(m_ctx, QStringLiteral("deal"), d.custom, &m_fields);
            if (!custom)
                return custom.error();
            if (auto st = storeNew(row, deal, d.externalId, *custom); !st)
                return st.error();
            return Outcome::Created;
        }
        return update(row, *existing, d, companyId);
    }

    // A new deal alone: what DealRepository::create() writes, its external id, its custom values
    // (checked) and the undo record.
    Status storeNew(qint64 row, const Deal &deal, const QString &externalId, const QList<CustomValue> &custom)
    {
        auto id = m_repo.create(deal, audit::ImportOrigin {m_ctx.batchId, row});
        if (!id)
            return id.error();
        if (!externalId.isEmpty()) {
            if (auto st = setExternalId(*id, externalId); !st)
                return st;
        }
        if (auto st = writeCustomValues(m_ctx.conn, *id, custom, nullptr, false); !st)
            return st;
        return recordItem(m_ctx, QStringLiteral("deal"), *id, QStringLiteral("created"), {}, row);
    }

    // An update alone (rows go one by one, a move, a deal with line items). Problems found here
    // are errors (Invalid: a stage move the funnel refuses), which writeAlone() turns into row
    // problems.
    Result<Outcome> update(qint64 row, qint64 id, const DealDraft &d, qint64 companyId)
    {
        auto stored = m_readAhead.get(id);
        if (!stored)
            return stored.error();
        auto change = dealChangeOf(m_ctx, row, stored->deal, stored->facts.externalId, d, companyId,
                                   &m_fields);
        if (!change)
            return change.error();
        if (!*change)
            return Outcome::Skipped;
        if (auto st = writeChange(**change); !st)
            return st.error();
        return Outcome::Updated;
    }

    // A change written alone (see update(); also each row of a batch the database refused).
    Status writeChange(const DealChange &change)
    {
        const qint64 id = change.deal.id;
        QJsonObject beforeValues = change.beforeValues;
        if (auto st = writeCustomValues(m_ctx.conn, id, change.custom, nullptr, false); !st)
            return st;
        if (!change.changes.isEmpty()) {
            if (auto st = m_repo.update(change.deal); !st)
                return st;
        }
        if (change.externalId) {
            if (auto st = setExternalId(id, *change.externalId); !st)
                return st;
        }
        if (change.moveTo) {
            if (auto st = rememberStage(m_ctx.conn, id, &beforeValues); !st)
                return st;
            // A lost stage without a reason, or a stage of another pipeline, is refused here
            // (Invalid: a row problem naming why).
            if (auto st = m_repo.moveToStage(id, change.moveTo, change.lostReasonId); !st)
                return st;
        }
        return recordItem(m_ctx, QStringLiteral("deal"), id, QStringLiteral("updated"), beforeValues, change.row);
    }

    Status flushUpdates()
    {
        if (m_updates.empty())
            return {};
        m_readAhead.forget(); // the deals read ahead are read again after any write
        return m_updates.flush();
    }

    Status setExternalId(qint64 id, const QString &externalId)
    {
        SqlStatement q(m_ctx.conn, tr("Cannot save the deal's external id"));
        return q.run(QStringLiteral("UPDATE deals SET external_id = ? WHERE id = ?"), {externalId, id});
    }

    WriterContext m_ctx;
    DealRepository m_repo;
    ImportLookups m_lookups;
    DealRowReader m_reader;
    QList<MatchKey> m_match;
    QHash<QString, qint64> m_companies;
    QHash<QString, CustomField> m_fields;
    DealBatch m_queue;
    DealUpdateBatch m_updates;
    DealReadAhead m_readAhead;
    QSet<QString> m_queuedKeys; // keysOf() the queued new deals
    qint64 m_idFloor = 0;       // the highest deal id when the queue's first deal came
    std::map<QString, std::unique_ptr<SqlStatement>> m_lookUps; // findExisting()'s, by SQL
    std::unique_ptr<SqlStatement> m_highestId;
};

} // namespace

std::unique_ptr<RowWriter> makeDealWriter(const WriterContext &ctx)
{
    return std::make_unique<DealWriter>(ctx);
}

} // namespace kontor::importing::detail
