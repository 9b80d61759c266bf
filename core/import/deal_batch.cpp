#include "import/deal_batch.h"

#include "import/batch_writing.h"

#include "repo/audit.h"
#include "repo/deal_repository.h"
#include "reports/stage_stays.h"
#include "storage/bulk_load.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>

namespace kontor::importing::detail {

namespace {
constexpr int kRowsPerStatement = 1000;
} // namespace

DealBatch::DealBatch(const WriterContext &ctx)
    : m_ctx(ctx)
{
}

DealBatch::~DealBatch() = default;

void DealBatch::add(Queued queued)
{
    m_queue.push_back(std::move(queued));
}

void DealBatch::prepareInserters()
{
    if (m_dealRows)
        return;
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    // The external id goes in with the row rather than in an UPDATE after it.
    QStringList columns = DealRepository::insertColumns();
    columns << QStringLiteral("external_id");
    m_dealRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("deals"), columns, true, kRowsPerStatement);
    m_dealRows->setFlushHandler([this](const std::vector<qint64> &batch) -> Status {
        for (qint64 id : batch)
            m_ids << id;
        return {};
    });
    m_historyRows = std::make_unique<BatchInserter>(
        conn, dialect, QStringLiteral("deal_stage_history"),
        QStringList {QStringLiteral("deal_id"), QStringLiteral("from_stage_id"), QStringLiteral("to_stage_id"),
                     QStringLiteral("changed_by"), QStringLiteral("changed_at")},
        false, kRowsPerStatement);
    m_auditRows = auditRows(m_ctx, kRowsPerStatement);
    m_itemRows = batchItemRows(m_ctx, false, kRowsPerStatement);
    m_customRows = customValueRows(m_ctx, kRowsPerStatement);
}

Status DealBatch::write()
{
    m_ids.clear();
    if (m_queue.empty())
        return {};
    prepareInserters();
    DealRepository repo(m_ctx.session);
    // Each deal at the end of its stage's column, after the deals queued before it: the
    // positions create() gives them one after the other.
    QHash<qint64, double> positions;
    const qint64 now = nowSecs(); // imported deals have no creation time of their own
    for (const Queued &q : m_queue) {
        auto position = positions.find(q.deal.stageId);
        if (position == positions.end()) {
            auto next = DealRepository::nextBoardPosition(m_ctx.conn, q.deal.stageId);
            if (!next)
                return next.error();
            position = positions.insert(q.deal.stageId, *next);
        } else {
            *position += 1;
        }
        for (const QVariant &v : repo.insertValues(q.deal, *position, now))
            *m_dealRows << v;
        *m_dealRows << (q.externalId.isEmpty() ? nullText() : QVariant(q.externalId));
        if (auto st = m_dealRows->endRow(); !st)
            return st;
    }
    if (auto st = m_dealRows->finish(); !st)
        return st;
    if (size_t(m_ids.size()) != m_queue.size()) {
        return Error {Error::Kind::Storage, QCoreApplication::translate("kontor::importing", "Cannot save the new deals"),
                      QStringLiteral("deals"), QStringLiteral("ids missing")};
    }
    const QVariant user = nullIfZero(m_ctx.session.userId);
    for (size_t i = 0; i < m_queue.size(); ++i) {
        *m_historyRows << m_ids.at(qsizetype(i)) << nullInt() << m_queue[i].deal.stageId << user << now;
        if (auto st = m_historyRows->endRow(); !st)
            return st;
    }
    if (auto st = m_historyRows->finish(); !st) // the stays are derived from them
        return st;
    if (auto st = reports::refreshStageStays(m_ctx.conn, m_ids); !st)
        return st;
    const QString deal = QStringLiteral("deal");
    const QString imported = QLatin1String(audit::kImportedAction);
    for (size_t i = 0; i < m_queue.size(); ++i) {
        const Queued &q = m_queue[i];
        // What DealRepository::create() records for a deal an import creates.
        *m_auditRows << user << deal << m_ids.at(qsizetype(i)) << imported << audit::importedText(m_ctx.batchId, q.row);
        if (auto st = m_auditRows->endRow(); !st)
            return st;
        *m_itemRows << m_ctx.batchId << deal << m_ids.at(qsizetype(i)) << QStringLiteral("created") << q.row;
        if (auto st = m_itemRows->endRow(); !st)
            return st;
        if (auto st = addCustomValues(*m_customRows, m_ids.at(qsizetype(i)), q.custom); !st)
            return st;
    }
    return finishAll({m_auditRows.get(), m_itemRows.get(), m_customRows.get()});
}

void DealBatch::clear()
{
    m_queue.clear();
    m_ids.clear();
    discardAll({m_dealRows.get(), m_historyRows.get(), m_auditRows.get(), m_itemRows.get(),
                m_customRows.get()});
}

} // namespace kontor::importing::detail
