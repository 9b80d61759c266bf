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

// Whether the row names where the deal should be (an update may then move it).
bool namesStage(const DealDraft &d)
{
    return d.provided.contains(QStringLiteral("stage")) || d.provided.contains(QStringLiteral("status"))
           || d.provided.contains(QStringLiteral("pipeline"));
}

class DealWriter : public RowWriter
{
public:
    explicit DealWriter(const WriterContext &ctx)
        : m_ctx(ctx), m_repo(ctx.session), m_lookups(ctx), m_reader(ctx, &m_lookups), m_queue(ctx)
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
        return EmailDraft::of(m_ctx, cells);
    }

    // The chunk's contacts, a query per hundred rows rather than one per row (on PostgreSQL
    // each a round trip); the rows then find them in ImportLookups' cache.
    Status lookAhead(const std::vector<const RowDraft *> &drafts) override
    {
        auto ids = m_lookups.contactsByEmail(EmailDraft::emailsOf(drafts));
        if (!ids)
            return ids.error();
        return {};
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

    Status finish() override { return flush(); }

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

    // New deals are queued. A row that may match a queued one has the queue written first, so
    // the database answers as it would row by row; updates go alone.
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
        auto existing = findExisting(d, companyId, newCompany);
        if (!existing)
            return existing.error();
        if (!*existing)
            return queueNew(row, d, companyId, problems);
        if (policy == DuplicatePolicy::Skip && !newCompany)
            return Outcome::Skipped; // what store() would conclude, without a savepoint
        if (policy == DuplicatePolicy::Update && !m_queue.empty()) {
            // A move puts the deal at the end of its new stage's column and adds a history
            // row: after the queued deals', as row by row.
            auto stage = lookUpId(m_ctx.conn, &m_stageOf, QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"),
                                  {*existing});
            if (!stage)
                return stage.error();
            if (namesStage(d) && *stage != d.deal.stageId) {
                if (auto st = flush(); !st)
                    return st.error();
            }
        }
        return writeAlone(row, d, problems); // matches again, then updates (or creates the company and skips)
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
            for (const QString &k : queueKeys(d, q.deal.companyId, false))
                m_queuedKeys.insert(k);
        }
        m_queue.add(std::move(q));
        if (m_queue.size() >= kBatchRows) {
            if (auto written = flush(); !written)
                return written.error();
        }
        return Outcome::Created;
    }

    // What a later row would match a queued deal by (see findExisting()): its external id, its
    // folded title, with its company's id for title + company. `newCompany`: the row names a
    // company that does not exist yet, which no deal has.
    QStringList queueKeys(const DealDraft &d, qint64 companyId, bool newCompany) const
    {
        QStringList keys;
        if (m_match.contains(MatchKey::ExternalId) && !d.externalId.isEmpty())
            keys << QLatin1Char('x') + d.externalId;
        const bool byName = m_match.contains(MatchKey::Name);
        const bool byNameCompany = m_match.contains(MatchKey::NameCompany) && !newCompany;
        if (byName || byNameCompany) {
            const QString title = foldKey(d.deal.title);
            if (byName)
                keys << QLatin1Char('n') + title;
            if (byNameCompany)
                keys << QStringLiteral("c%1\x1f").arg(companyId) + title;
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
        const QStringList keys = queueKeys(d, companyId, newCompany);
        return std::any_of(keys.cbegin(), keys.cend(), [this](const QString &k) { return m_queuedKeys.contains(k); });
    }

    // Writes the queued new deals in a savepoint: all or, on an error, none; then one by one,
    // so the error names the row (the import stops).
    Status flush()
    {
        if (m_queue.empty())
            return {};
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

    // `newCompany`: see queueKeys().
    Result<qint64> findExisting(const DealDraft &d, qint64 companyId, bool newCompany)
    {
        for (MatchKey key : std::as_const(m_match)) {
            QString sql;
            QVariantList binds;
            if (key == MatchKey::Id && d.kontorId) {
                sql = QStringLiteral("SELECT id FROM deals WHERE id = ? AND deleted_at IS NULL");
                binds = {d.kontorId};
            } else if (key == MatchKey::ExternalId && !d.externalId.isEmpty()) {
                auto found = byExternalId(d.externalId);
                if (!found || *found)
                    return found;
                continue;
            } else if ((key == MatchKey::NameCompany && !newCompany) || key == MatchKey::Name) {
                auto found = byTitle(d, key == MatchKey::NameCompany, companyId);
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

    // The first live deal with this external id. Asked by the id alone, for the reason byTitle()
    // gives: with "AND deleted_at IS NULL ORDER BY id LIMIT 1" PostgreSQL walked the primary
    // key instead (100,000 deals with external ids: 53 s of 105 in this look-up).
    Result<qint64> byExternalId(const QString &externalId)
    {
        if (!m_byExternalId) {
            m_byExternalId = std::make_unique<SqlStatement>(m_ctx.conn, tr("Cannot look for duplicates"));
            if (auto st = m_byExternalId->prepare(QStringLiteral("SELECT id, deleted_at FROM deals WHERE external_id = ?"));
                !st) {
                m_byExternalId.reset();
                return st.error();
            }
        }
        SqlStatement &q = *m_byExternalId;
        q.bind(externalId);
        if (auto st = q.exec(); !st)
            return st.error();
        qint64 first = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (q.value(1).isNull() && (!first || id < first))
                first = id;
        }
        q.finish();
        return first;
    }

    // The first live deal with the row's title (and company), by id. Only the title is asked of
    // the database: any other condition let PostgreSQL, planning for a deals table an import
    // fills in the same transaction (no statistics yet), prefer other indexes and read every
    // deal written so far for each row (100,000 deals: ten minutes).
    Result<qint64> byTitle(const DealDraft &d, bool withCompany, qint64 companyId)
    {
        if (!m_byTitle) {
            m_byTitle = std::make_unique<SqlStatement>(m_ctx.conn, tr("Cannot look for duplicates"));
            if (auto st = m_byTitle->prepare(QStringLiteral("SELECT id, company_id, external_id, deleted_at FROM deals"
                                                            " WHERE title_fold = ?"));
                !st) {
                m_byTitle.reset();
                return st.error();
            }
        }
        SqlStatement &q = *m_byTitle;
        q.bind(foldKey(d.deal.title)); // folded in C++, so "РОГА" finds "Рога" on SQLite too (fold_keys.h)
        if (auto st = q.exec(); !st)
            return st.error();
        qint64 first = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!q.value(3).isNull() || (first && first < id))
                continue;
            if (withCompany && (companyId ? q.value(1).toLongLong() != companyId : !q.value(1).isNull()))
                continue;
            // A deal that has another system's id is another deal, whatever its title.
            if (!d.externalId.isEmpty() && !q.value(2).isNull() && q.value(2).toString() != d.externalId)
                continue;
            first = id;
        }
        q.finish();
        return first;
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
        return update(row, *existing, d, companyId, policy == DuplicatePolicy::FillEmpty);
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

    // Problems found here are errors (Invalid: a stage move the funnel refuses), which writeAlone()
    // turns into row problems.
    Result<Outcome> update(qint64 row, qint64 id, const DealDraft &d, qint64 companyId, bool fillOnly)
    {
        auto current = m_repo.get(id);
        if (!current)
            return current.error();
        const Deal before = *current;
        // Another stage named: with Update the deal moves there through the funnel's own code
        // (after its fields are saved). Fill-empty changes no field that has a value, and a
        // deal always has a stage, so it never moves one.
        const bool moves = namesStage(d) && d.deal.stageId != before.stageId && !fillOnly;
        Deal c = before;
        auto has = [&](const char *key) { return d.provided.contains(QLatin1String(key)); };
        auto takeText = [&](const char *key, QString *target, const QString &value) {
            if (has(key) && (!fillOnly || target->isEmpty()))
                *target = value;
        };
        takeText("title", &c.title, d.deal.title);
        takeText("source", &c.source, d.deal.source);
        takeText("notes", &c.notes, d.deal.notes);
        if (has("amount") && (!fillOnly || c.amountMinor == 0)) {
            c.amountMinor = d.deal.amountMinor;
            c.currency = d.deal.currency;
        } else if (has("currency") && !fillOnly) {
            c.currency = d.deal.currency;
        }
        if (has("expected_close") && (!fillOnly || !c.expectedClose.isValid()))
            c.expectedClose = d.deal.expectedClose;
        if (has("contact_email") && (!fillOnly || !c.contactId))
            c.contactId = d.deal.contactId;
        // Two companies may share a name: one already linked under that name stays linked.
        const bool sameCompanyName = sameName(c.companyName, d.companyName);
        if (companyId && (!fillOnly || !c.companyId) && !sameCompanyName)
            c.companyId = companyId;
        if (has("owner") && (!fillOnly || !c.ownerId))
            c.ownerId = d.deal.ownerId;
        const QVariantMap changes = audit::diff(before.fields(), c.fields());
        QJsonObject beforeValues;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            beforeValues.insert(it.key(), QJsonValue::fromVariant(before.fields().value(it.key())));
        const qsizetype scalarCount = beforeValues.size();
        if (auto st = writeCustomValues(m_ctx, QStringLiteral("deal"), id, d.custom, &m_fields, &beforeValues, fillOnly); !st)
            return st.error();
        QString oldExternalId;
        const bool takesExternalId = !d.externalId.isEmpty() && d.externalId != (oldExternalId = externalIdOf(id));
        if (takesExternalId && (!fillOnly || oldExternalId.isEmpty()))
            beforeValues.insert(QStringLiteral("external_id"),
                                oldExternalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(oldExternalId));
        if (changes.isEmpty() && beforeValues.size() == scalarCount && !moves)
            return Outcome::Skipped;
        if (!changes.isEmpty()) {
            if (auto st = m_repo.update(c); !st)
                return st.error();
        }
        if (beforeValues.contains(QStringLiteral("external_id"))) {
            if (auto st = setExternalId(id, d.externalId); !st)
                return st.error();
        }
        if (moves) {
            if (auto st = rememberStage(m_ctx.conn, id, &beforeValues); !st)
                return st.error();
            // A lost stage without a reason, or a stage of another pipeline, is refused here
            // (Invalid: a row problem naming why).
            if (auto st = m_repo.moveToStage(id, d.deal.stageId, d.deal.lostReasonId); !st)
                return st.error();
        }
        beforeValues.insert(QStringLiteral("updated_at"), before.updatedAt.toSecsSinceEpoch());
        if (auto st = recordItem(m_ctx, QStringLiteral("deal"), id, QStringLiteral("updated"), beforeValues, row); !st)
            return st.error();
        return Outcome::Updated;
    }

    Status setExternalId(qint64 id, const QString &externalId)
    {
        SqlStatement q(m_ctx.conn, tr("Cannot save the deal's external id"));
        return q.run(QStringLiteral("UPDATE deals SET external_id = ? WHERE id = ?"), {externalId, id});
    }

    QString externalIdOf(qint64 id)
    {
        SqlStatement q(m_ctx.conn, tr("Cannot read the deal's external id"));
        auto v = q.scalar(QStringLiteral("SELECT external_id FROM deals WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }

    WriterContext m_ctx;
    DealRepository m_repo;
    ImportLookups m_lookups;
    DealRowReader m_reader;
    QList<MatchKey> m_match;
    QHash<QString, qint64> m_companies;
    QHash<QString, CustomField> m_fields;
    DealBatch m_queue;
    QSet<QString> m_queuedKeys; // queueKeys() of the queued deals
    qint64 m_idFloor = 0;       // the highest deal id when the queue's first deal came
    std::map<QString, std::unique_ptr<SqlStatement>> m_lookUps; // findExisting()'s, by SQL
    std::unique_ptr<SqlStatement> m_stageOf, m_highestId, m_byTitle, m_byExternalId;
};

} // namespace

std::unique_ptr<RowWriter> makeDealWriter(const WriterContext &ctx)
{
    return std::make_unique<DealWriter>(ctx);
}

} // namespace kontor::importing::detail
