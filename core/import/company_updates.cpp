#include "import/company_updates.h"

#include "import/batch_writing.h"

#include "repo/audit.h"
#include "repo/company_repository.h"
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

std::unique_ptr<RowDraft> CompanyReadAhead::keysOf(const WriterContext &ctx,
                                                   const QStringList &cells)
{
    auto keys = std::make_unique<Keys>();
    keys->nameKey
        = foldKey(cellText(cells, int(ctx.mapping.fields.indexOf(QStringLiteral("name")))));
    return keys;
}

Status CompanyReadAhead::read(const std::vector<const RowDraft *> &drafts)
{
    forget();
    QStringList names;
    for (const RowDraft *draft : drafts) {
        const QString &key = static_cast<const Keys *>(draft)->nameKey;
        if (!key.isEmpty() && !m_byName.contains(key)) {
            m_byName.insert(key, 0);
            names << key;
        }
    }
    if (names.isEmpty())
        return {};
    // MIN: the company findExisting()'s "ORDER BY id LIMIT 1" finds.
    SqlStatement q(m_ctx.conn,
                   QCoreApplication::translate("kontor::importing", "Cannot look for duplicates"));
    QVariantList binds;
    for (const QString &n : std::as_const(names))
        binds << n;
    if (auto st
        = q.run(QStringLiteral("SELECT name_fold, MIN(id) FROM companies WHERE name_fold IN (%1)"
                               " AND deleted_at IS NULL GROUP BY name_fold")
                    .arg(QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                binds);
        !st) {
        forget();
        return st;
    }
    QList<qint64> ids;
    while (q.next()) {
        m_byName.insert(q.value(0).toString(), q.value(1).toLongLong());
        ids << q.value(1).toLongLong();
    }
    q.finish();
    auto companies = m_repo.getMany(ids);
    if (!companies) {
        forget();
        return companies.error();
    }
    m_companies = *companies;
    return {};
}

std::optional<qint64> CompanyReadAhead::byName(const QString &nameKey) const
{
    if (auto it = m_byName.constFind(nameKey); it != m_byName.constEnd())
        return *it;
    return std::nullopt;
}

Result<Company> CompanyReadAhead::get(qint64 id)
{
    if (auto it = m_companies.constFind(id); it != m_companies.constEnd())
        return *it;
    return m_repo.get(id);
}

void CompanyReadAhead::forget()
{
    m_byName.clear();
    m_companies.clear();
}

CompanyUpdateBatch::CompanyUpdateBatch(const WriterContext &ctx, WriteOne oneByOne)
    : m_ctx(ctx)
    , m_oneByOne(std::move(oneByOne))
{
}

CompanyUpdateBatch::~CompanyUpdateBatch() = default;

bool CompanyUpdateBatch::full() const
{
    return m_queue.size() >= size_t(kBatchRows);
}

Status CompanyUpdateBatch::flush()
{
    if (m_queue.empty())
        return {};
    prepareInserters();
    return m_queue.flush(
        m_ctx, [this] { return writeQueued(); },
        [this] {
            discardAll({m_columns.get(), m_renamedKeys.get(), m_auditRows.get(), m_itemRows.get(),
                        m_customRows.get()});
        },
        m_oneByOne);
}

void CompanyUpdateBatch::prepareInserters()
{
    if (m_columns)
        return;
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    m_columns = std::make_unique<BatchInserter>(
        conn, dialect, QStringLiteral("companies"),
        QStringList {QStringLiteral("id")} + CompanyRepository::insertColumns() + QStringList {QStringLiteral("updated_at")},
        false, kBatchRows);
    m_columns->updateByKey(QStringLiteral("t.deleted_at IS NULL")); // as update() does
    // "Acme" -> "ACME" keeps the key, which the stale-key trigger clears (see fold_keys.h);
    // put back after the batch's updates, as update() does with keepKeyAfterRename().
    m_renamedKeys = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("companies"),
                                                    QStringList {QStringLiteral("id"), QStringLiteral("name_fold")},
                                                    false, kBatchRows);
    m_renamedKeys->updateByKey(QStringLiteral("t.deleted_at IS NULL"));
    m_auditRows = auditRows(m_ctx, kBatchRows);
    m_itemRows = batchItemRows(m_ctx, true, kBatchRows);
    // A company is queued once per batch (the writer flushes before a row of a queued one).
    m_customRows = customValueRows(m_ctx, kBatchRows);
    m_customRows->replaceOnConflict({QStringLiteral("field_id"), QStringLiteral("entity_id")});
}

Status CompanyUpdateBatch::writeQueued()
{
    const qint64 now = nowSecs();
    const QString company = QStringLiteral("company");
    const QVariant user = nullIfZero(m_ctx.session.userId);
    for (const CompanyChange &q : m_queue.changes()) {
        const qint64 id = q.company.id;
        if (!q.changes.isEmpty()) { // as the writer does: update() only when a field changes
            *m_columns << id;
            for (const QVariant &v : CompanyRepository::updateValues(q.company))
                *m_columns << v;
            *m_columns << now;
            if (auto st = m_columns->endRow(); !st)
                return st;
            if (q.stored.name != q.company.name) {
                *m_renamedKeys << id << foldKey(q.company.name);
                if (auto st = m_renamedKeys->endRow(); !st)
                    return st;
            }
            *m_auditRows << user << company << id << QStringLiteral("update") << audit::changesText(q.changes);
            if (auto st = m_auditRows->endRow(); !st)
                return st;
        }
        if (auto st = addCustomValues(*m_customRows, id, q.custom); !st)
            return st;
        // as recordItem() stores it
        *m_itemRows << m_ctx.batchId << company << id << QStringLiteral("updated")
                    << QString::fromUtf8(QJsonDocument(q.beforeValues).toJson(QJsonDocument::Compact)) << q.row;
        if (auto st = m_itemRows->endRow(); !st)
            return st;
    }
    return finishAll({m_columns.get(), m_renamedKeys.get(), m_auditRows.get(), m_itemRows.get(),
                      m_customRows.get()});
}

} // namespace kontor::importing::detail
