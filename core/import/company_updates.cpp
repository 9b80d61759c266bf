#include "import/company_updates.h"

#include "import/batch_writing.h"

#include "repo/audit.h"
#include "repo/company_repository.h"
#include "storage/bulk_load.h"
#include "storage/fold_keys.h"

#include <QJsonDocument>

#include <algorithm>

namespace kontor::importing::detail {

namespace {
constexpr int kBatchRows = 1000;
} // namespace

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
