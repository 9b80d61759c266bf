#include "import/deal_updates.h"

#include "import/batch_writing.h"
#include "import/deal_rows.h"

#include "repo/audit.h"
#include "repo/deal_repository.h"
#include "storage/bulk_load.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <QJsonDocument>

#include <algorithm>

namespace kontor::importing::detail {

namespace {
constexpr int kBatchRows = 1000;
} // namespace

Result<std::optional<DealChange>> dealChangeOf(const WriterContext &ctx, qint64 row,
                                               const Deal &stored, const QString &storedExternalId,
                                               const DealDraft &d, qint64 companyId,
                                               QHash<QString, CustomField> *fields)
{
    const bool fillOnly = ctx.options->onDuplicate == DuplicatePolicy::FillEmpty;
    DealChange change;
    change.row = row;
    change.stored = stored;
    // Another stage named: with Update the deal moves there through the funnel's own code
    // (after its fields are saved). Fill-empty changes no field that has a value, and a deal
    // always has a stage, so it never moves one.
    if (namesStage(d) && d.deal.stageId != stored.stageId && !fillOnly) {
        change.moveTo = d.deal.stageId;
        change.lostReasonId = d.deal.lostReasonId;
    }
    Deal &c = change.deal;
    c = stored;
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
    if (companyId && (!fillOnly || !c.companyId) && !sameName(c.companyName, d.companyName))
        c.companyId = companyId;
    if (has("owner") && (!fillOnly || !c.ownerId))
        c.ownerId = d.deal.ownerId;
    change.changes = audit::diff(stored.fields(), c.fields());
    // Checked before anything is created for the row (DealRepository::update() checks again).
    if (!change.changes.isEmpty()) {
        if (auto st = DealRepository::validate(c); !st)
            return st.error();
    }
    for (auto it = change.changes.begin(); it != change.changes.end(); ++it)
        change.beforeValues.insert(it.key(),
                                   QJsonValue::fromVariant(stored.fields().value(it.key())));
    const qsizetype scalarCount = change.beforeValues.size();
    auto values = resolveCustomValues(ctx, QStringLiteral("deal"), d.custom, fields);
    if (!values)
        return values.error();
    auto customSet
        = customChanges(ctx.conn, stored.id, *values, nullptr, &change.beforeValues, fillOnly);
    if (!customSet)
        return customSet.error();
    change.custom = *customSet;
    if (!d.externalId.isEmpty() && d.externalId != storedExternalId
        && (!fillOnly || storedExternalId.isEmpty())) {
        change.beforeValues.insert(QStringLiteral("external_id"),
                                   storedExternalId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(storedExternalId));
        change.externalId = d.externalId;
    }
    if (change.changes.isEmpty() && change.beforeValues.size() == scalarCount && !change.moveTo)
        return std::optional<DealChange>();
    change.beforeValues.insert(QStringLiteral("updated_at"), stored.updatedAt.toSecsSinceEpoch());
    return std::optional<DealChange>(std::move(change));
}

std::unique_ptr<RowDraft> DealReadAhead::keysOf(const WriterContext &ctx, const QStringList &cells)
{
    auto keys = std::make_unique<Keys>();
    const QStringList &fields = ctx.mapping.fields;
    keys->email = cellText(cells, int(fields.indexOf(QStringLiteral("contact_email"))));
    keys->kontorId = cellText(cells, int(fields.indexOf(QStringLiteral("id")))).toLongLong();
    keys->externalId = cellText(cells, int(fields.indexOf(QStringLiteral("external_id"))));
    keys->titleKey = foldKey(cellText(cells, int(fields.indexOf(QStringLiteral("title")))));
    return keys;
}

Status DealReadAhead::read(const std::vector<const RowDraft *> &drafts,
                           const QList<MatchKey> &match)
{
    forget();
    QList<qint64> ids;
    QStringList titles, externalIds;
    const bool byTitleKey = match.contains(MatchKey::Name) || match.contains(MatchKey::NameCompany);
    for (const RowDraft *draft : drafts) {
        const auto *keys = static_cast<const Keys *>(draft);
        if (match.contains(MatchKey::Id) && keys->kontorId > 0)
            ids << keys->kontorId;
        if (match.contains(MatchKey::ExternalId) && !keys->externalId.isEmpty()
            && !m_byExternalId.contains(keys->externalId)) {
            m_byExternalId.insert(keys->externalId, {});
            externalIds << keys->externalId;
        }
        if (byTitleKey && !keys->titleKey.isEmpty() && !m_byTitle.contains(keys->titleKey)) {
            m_byTitle.insert(keys->titleKey, {});
            titles << keys->titleKey;
        }
    }
    // Asked by the key alone, as the look-ups one by one are (see byTitle()).
    for (const auto &[column, values] : {std::pair {QStringLiteral("title_fold"), titles},
                                         std::pair {QStringLiteral("external_id"), externalIds}}) {
        if (values.isEmpty())
            continue;
        SqlStatement q(
            m_ctx.conn,
            QCoreApplication::translate("kontor::importing", "Cannot look for duplicates"));
        QVariantList binds;
        for (const QString &v : values)
            binds << v;
        const QString marks
            = QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(','));
        if (auto st
            = q.run(QStringLiteral("SELECT id, company_id, external_id, deleted_at, %1 FROM deals"
                                   " WHERE %1 IN (%2)")
                        .arg(column, marks),
                    binds);
            !st) {
            forget();
            return st;
        }
        auto &byKey = column == QLatin1String("title_fold") ? m_byTitle : m_byExternalId;
        while (q.next()) {
            Candidate c {q.value(0).toLongLong(), q.value(1).toLongLong(), std::nullopt,
                         q.value(3).isNull()};
            if (!q.value(2).isNull())
                c.externalId = q.value(2).toString();
            byKey[q.value(4).toString()].append(c);
            if (c.live)
                ids << c.id;
        }
    }
    // A title many deals share (a few hundred "Renewal"s) is left to the rows' own reads: read
    // ahead, the chunk would read them all for each of its rows.
    if (ids.isEmpty())
        return {};
    if (ids.size() > 4 * qsizetype(drafts.size())) {
        forget();
        return {};
    }
    auto deals = m_repo.getMany(ids);
    if (!deals) {
        forget();
        return deals.error();
    }
    auto facts = factsOf(deals->keys());
    if (!facts) {
        forget();
        return facts.error();
    }
    for (auto it = deals->cbegin(); it != deals->cend(); ++it)
        m_stored.insert(it.key(), {it.value(), facts->value(it.key())});
    return {};
}

void DealReadAhead::forget()
{
    m_stored.clear();
    m_byTitle.clear();
    m_byExternalId.clear();
}

Result<QList<DealReadAhead::Candidate>>
DealReadAhead::candidates(std::unique_ptr<SqlStatement> *statement, const QString &column,
                          const QString &value)
{
    const auto &readAhead = column == QLatin1String("title_fold") ? m_byTitle : m_byExternalId;
    if (auto it = readAhead.constFind(value); it != readAhead.constEnd())
        return *it;
    if (!*statement) {
        *statement = std::make_unique<SqlStatement>(
            m_ctx.conn,
            QCoreApplication::translate("kontor::importing", "Cannot look for duplicates"));
        if (auto st
            = (*statement)
                  ->prepare(
                      QStringLiteral(
                          "SELECT id, company_id, external_id, deleted_at FROM deals WHERE %1 = ?")
                          .arg(column));
            !st) {
            statement->reset();
            return st.error();
        }
    }
    SqlStatement &q = **statement;
    q.bind(value);
    if (auto st = q.exec(); !st)
        return st.error();
    QList<Candidate> found;
    while (q.next()) {
        Candidate c {q.value(0).toLongLong(), q.value(1).toLongLong(), std::nullopt,
                     q.value(3).isNull()};
        if (!q.value(2).isNull())
            c.externalId = q.value(2).toString();
        found.append(c);
    }
    q.finish();
    return found;
}

// Asked by the id alone, for the reason byTitle() gives: with "AND deleted_at IS NULL ORDER BY
// id LIMIT 1" PostgreSQL walked the primary key instead (100,000 deals with external ids: 53 s
// of 105 in this look-up).
Result<qint64> DealReadAhead::byExternalId(const QString &externalId)
{
    auto found = candidates(&m_externalIdQuery, QStringLiteral("external_id"), externalId);
    if (!found)
        return found.error();
    qint64 first = 0;
    for (const Candidate &c : std::as_const(*found)) {
        if (c.live && (!first || c.id < first))
            first = c.id;
    }
    return first;
}

// Only the title is asked of the database: any other condition let PostgreSQL, planning for a
// deals table an import fills in the same transaction (no statistics yet), prefer other indexes
// and read every deal written so far for each row (100,000 deals: ten minutes).
Result<qint64> DealReadAhead::byTitle(const QString &title, const QString &externalId,
                                      bool withCompany, qint64 companyId)
{
    // folded in C++, so "РОГА" finds "Рога" on SQLite too (fold_keys.h)
    auto found = candidates(&m_titleQuery, QStringLiteral("title_fold"), foldKey(title));
    if (!found)
        return found.error();
    qint64 first = 0;
    for (const Candidate &c : std::as_const(*found)) {
        if (!c.live || (first && first < c.id))
            continue;
        if (withCompany && c.companyId != companyId)
            continue;
        // A deal that has another system's id is another deal, whatever its title.
        if (!externalId.isEmpty() && c.externalId && *c.externalId != externalId)
            continue;
        first = c.id;
    }
    return first;
}

Result<DealReadAhead::Stored> DealReadAhead::get(qint64 id)
{
    if (auto it = m_stored.constFind(id); it != m_stored.constEnd())
        return *it;
    auto deal = m_repo.get(id);
    if (!deal)
        return deal.error();
    auto facts = factsOf({id});
    if (!facts)
        return facts.error();
    return Stored {*deal, facts->value(id)};
}

Result<QHash<qint64, DealReadAhead::Facts>> DealReadAhead::factsOf(const QList<qint64> &ids)
{
    QHash<qint64, Facts> facts;
    for (const QString &list : idLists(ids)) { // numbers formatted here
        SqlStatement q(m_ctx.conn,
                       QCoreApplication::translate("kontor::importing", "Cannot read the deal"));
        if (auto st
            = q.run(QStringLiteral("SELECT d.id, d.external_id, EXISTS (SELECT 1 FROM deal_items i"
                                   " WHERE i.deal_id = d.id) FROM deals d WHERE d.id IN (%1)")
                        .arg(list));
            !st)
            return st.error();
        while (q.next())
            facts.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toBool()});
    }
    return facts;
}

DealUpdateBatch::DealUpdateBatch(const WriterContext &ctx, WriteOne oneByOne)
    : m_ctx(ctx)
    , m_oneByOne(std::move(oneByOne))
{
}

DealUpdateBatch::~DealUpdateBatch() = default;

bool DealUpdateBatch::full() const
{
    return m_queue.size() >= size_t(kBatchRows);
}

Status DealUpdateBatch::flush()
{
    if (m_queue.empty())
        return {};
    prepareInserters();
    return m_queue.flush(
        m_ctx, [this] { return writeQueued(); },
        [this] {
            discardAll({m_columns.get(), m_renamedKeys.get(), m_externalIds.get(),
                        m_auditRows.get(), m_itemRows.get(), m_customRows.get()});
        },
        m_oneByOne);
}

void DealUpdateBatch::prepareInserters()
{
    if (m_columns)
        return;
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    const QString deals = QStringLiteral("deals");
    const QString id = QStringLiteral("id");
    const QString live = QStringLiteral("t.deleted_at IS NULL"); // as update() does
    m_columns = std::make_unique<BatchInserter>(conn, dialect, deals,
                                                QStringList {id} + DealRepository::updateColumns()
                                                    + QStringList {QStringLiteral("updated_at")},
                                                false, kBatchRows);
    m_columns->updateByKey(live);
    // "Rahmenvertrag" -> "RAHMENVERTRAG" keeps the key, which the stale-key trigger clears (see
    // fold_keys.h); put back after the batch's updates, as update() does with keepKeyAfterRename().
    m_renamedKeys = std::make_unique<BatchInserter>(
        conn, dialect, deals, QStringList {id, QStringLiteral("title_fold")}, false, kBatchRows);
    m_renamedKeys->updateByKey(live);
    m_externalIds = std::make_unique<BatchInserter>(
        conn, dialect, deals, QStringList {id, QStringLiteral("external_id")}, false, kBatchRows);
    m_externalIds->updateByKey();
    m_auditRows = auditRows(m_ctx, kBatchRows);
    m_itemRows = batchItemRows(m_ctx, true, kBatchRows);
    // A deal is queued once per batch (the writer flushes before a row of a queued one).
    m_customRows = customValueRows(m_ctx, kBatchRows);
    m_customRows->replaceOnConflict({QStringLiteral("field_id"), QStringLiteral("entity_id")});
}

Status DealUpdateBatch::writeQueued()
{
    const qint64 now = nowSecs();
    const QString deal = QStringLiteral("deal");
    const QVariant user = nullIfZero(m_ctx.session.userId);
    for (const DealChange &q : m_queue.changes()) {
        const qint64 id = q.deal.id;
        if (!q.changes.isEmpty()) { // as the writer does: update() only when a field changes
            *m_columns << id;
            for (const QVariant &v : DealRepository::updateValues(q.deal))
                *m_columns << v;
            *m_columns << now;
            if (auto st = m_columns->endRow(); !st)
                return st;
            if (q.stored.title != q.deal.title.trimmed()) {
                *m_renamedKeys << id << foldKey(q.deal.title);
                if (auto st = m_renamedKeys->endRow(); !st)
                    return st;
            }
            *m_auditRows << user << deal << id << QStringLiteral("update")
                         << audit::changesText(q.changes);
            if (auto st = m_auditRows->endRow(); !st)
                return st;
        }
        if (q.externalId) {
            *m_externalIds << id << *q.externalId;
            if (auto st = m_externalIds->endRow(); !st)
                return st;
        }
        if (auto st = addCustomValues(*m_customRows, id, q.custom); !st)
            return st;
        // as recordItem() stores it
        *m_itemRows << m_ctx.batchId << deal << id << QStringLiteral("updated")
                    << QString::fromUtf8(
                           QJsonDocument(q.beforeValues).toJson(QJsonDocument::Compact))
                    << q.row;
        if (auto st = m_itemRows->endRow(); !st)
            return st;
    }
    return finishAll({m_columns.get(), m_renamedKeys.get(), m_externalIds.get(), m_auditRows.get(),
                      m_itemRows.get(), m_customRows.get()});
}

} // namespace kontor::importing::detail
