#include "import/company_batch.h"

#include "import/batch_writing.h"

#include "repo/audit.h"
#include "repo/company_repository.h"
#include "storage/bulk_load.h"

#include <QCoreApplication>

namespace kontor::importing::detail {

namespace {
constexpr int kRowsPerStatement = 1000;
} // namespace

CompanyBatch::CompanyBatch(const WriterContext &ctx)
    : m_ctx(ctx)
{
}

CompanyBatch::~CompanyBatch() = default;

void CompanyBatch::add(qint64 row, const Company &company, const QList<CustomValue> &custom)
{
    m_queue.push_back(Queued {row, company, custom});
}

void CompanyBatch::prepareInserters()
{
    if (m_companyRows)
        return;
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    m_companyRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("companies"),
                                                    CompanyRepository::insertColumns(), true, kRowsPerStatement);
    m_companyRows->setFlushHandler([this](const std::vector<qint64> &batch) -> Status {
        m_ids->insert(m_ids->end(), batch.begin(), batch.end());
        return {};
    });
    m_auditRows = auditRows(m_ctx, kRowsPerStatement);
    m_itemRows = batchItemRows(m_ctx, false, kRowsPerStatement);
    m_customRows = customValueRows(m_ctx, kRowsPerStatement);
}

Status CompanyBatch::write(std::vector<qint64> *ids)
{
    ids->clear();
    if (m_queue.empty())
        return {};
    prepareInserters();
    m_ids = ids;
    CompanyRepository repo(m_ctx.session);
    for (const Queued &q : m_queue) {
        for (const QVariant &v : repo.insertValues(q.company))
            *m_companyRows << v;
        if (auto st = m_companyRows->endRow(); !st)
            return st;
    }
    if (auto st = m_companyRows->finish(); !st)
        return st;
    if (ids->size() != m_queue.size()) {
        return Error {Error::Kind::Storage,
                      QCoreApplication::translate("kontor::importing", "Cannot save the new companies"),
                      QStringLiteral("companies"), QStringLiteral("ids missing")};
    }
    const QString company = QStringLiteral("company");
    const QString imported = QLatin1String(audit::kImportedAction);
    const QVariant user = nullIfZero(m_ctx.session.userId);
    for (size_t i = 0; i < m_queue.size(); ++i) {
        // What CompanyRepository::create() records for a company an import creates.
        *m_auditRows << user << company << (*ids)[i] << imported << audit::importedText(m_ctx.batchId, m_queue[i].row);
        if (auto st = m_auditRows->endRow(); !st)
            return st;
        *m_itemRows << m_ctx.batchId << company << (*ids)[i] << QStringLiteral("created") << m_queue[i].row;
        if (auto st = m_itemRows->endRow(); !st)
            return st;
        if (auto st = addCustomValues(*m_customRows, (*ids)[i], m_queue[i].custom); !st)
            return st;
    }
    return finishAll({m_auditRows.get(), m_itemRows.get(), m_customRows.get()});
}

void CompanyBatch::clear()
{
    m_queue.clear();
    discardAll({m_companyRows.get(), m_auditRows.get(), m_itemRows.get(), m_customRows.get()});
}

} // namespace kontor::importing::detail
