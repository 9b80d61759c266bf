#include "import/import_bulk.h"

#include "search/schema_search.h"
#include "storage/bulk_load.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor::importing::detail {

namespace {
// Below this many rows the indexes are cheap to keep up to date and rebuilding them costs
// more than it saves.
constexpr qint64 kMinRows = 20000;
} // namespace

Result<bool> rebuildIndexesFor(const QSqlDatabase &conn, const Dialect &dialect, const ImportOptions &options,
                               qint64 expectedRows)
{
    if (!dialect.isSqlite() || options.entity != ExchangeEntity::Contacts)
        return false;
    if (options.rebuildIndexes)
        return *options.rebuildIndexes;
    if (expectedRows < kMinRows)
        return false;
    // Rebuilding sorts the whole table again: worth it only when the file adds at least as
    // many contacts as the base already has.
    SqlStatement q(conn, QCoreApplication::translate("kontor::importing", "Cannot start the import"));
    auto count = q.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts"));
    if (!count)
        return count.error();
    return expectedRows >= count->toLongLong();
}

ImportIndexes::ImportIndexes(const WriterContext &ctx)
    : m_ctx(ctx)
{
}

ImportIndexes::~ImportIndexes() = default;

Status ImportIndexes::begin(bool lookUps, bool byName)
{
    if (!m_ctx.rebuildIndexes)
        return {};
    QStringList keep {QStringLiteral("contacts.created_at"), QStringLiteral("contacts.owner_id"),
                      QStringLiteral("contact_emails.contact_id"),
                      QStringLiteral("contact_phones.contact_id")};
    if (lookUps)
        keep << QStringLiteral("contact_emails.email_norm") << QStringLiteral("contact_phones.phone_digits");
    if (byName)
        keep << QStringLiteral("contacts.name_fold");
    m_rebuild = std::make_unique<IndexRebuild>(m_ctx.conn, m_ctx.session.db->dialect());
    return m_rebuild->drop({QStringLiteral("contacts"), QStringLiteral("contact_emails"),
                            QStringLiteral("contact_phones")},
                           keep);
}

Status ImportIndexes::end()
{
    if (!m_rebuild)
        return {};
    // The import runs with one sorting thread and a 16 MB page cache (runImport): a sort keeps
    // up to the cache's size in memory per thread before it spills to temporary files (see
    // TempStoreOnDisk), and reading the table in order gains nothing from a big cache. With
    // two threads and the usual 64 MB the rebuild of a million contacts peaked at 161 MB
    // against ~110 MB for the rest of the import.
    Status st = m_rebuild->recreate();
    m_rebuild.reset();
    return st;
}

Status analyzeAfterImport(const QSqlDatabase &conn, const Dialect &dialect, ExchangeEntity entity,
                          qint64 rowsWritten)
{
    if (dialect.isSqlite() || rowsWritten < 1000)
        return {};
    QString tables;
    switch (entity) {
    case ExchangeEntity::Contacts:
        tables = QStringLiteral("contacts, contact_emails, contact_phones, companies, custom_values");
        break;
    case ExchangeEntity::Companies:
        tables = QStringLiteral("companies, custom_values");
        break;
    case ExchangeEntity::Deals:
        tables = QStringLiteral("deals, deal_stage_history, companies, custom_values");
        break;
    case ExchangeEntity::Activities:
        tables = QStringLiteral("activities");
        break;
    }
    SqlStatement q(conn, QCoreApplication::translate("kontor::importing", "Cannot finish the import"));
    return q.run(QStringLiteral("ANALYZE %1, import_batch_items").arg(tables));
}

Status ImportSearch::pause()
{
    if (auto st = pauseSearchForImport(m_ctx.conn, m_ctx.session.db->dialect()); !st)
        return st;
    SqlStatement q(m_ctx.conn, QCoreApplication::translate("kontor::importing", "Cannot update the search index"));
    auto top = q.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM contacts"));
    if (!top)
        return top.error();
    m_createdAbove = top->toLongLong();
    m_paused = true;
    return {};
}

Status ImportSearch::resume(const QList<qint64> &written)
{
    if (!m_paused)
        return {};
    // Companies this import created (by name, for its contacts) are in its batch items.
    SqlStatement q(m_ctx.conn, QCoreApplication::translate("kontor::importing", "Cannot update the search index"));
    if (auto st = q.run(QStringLiteral("SELECT entity_id FROM import_batch_items WHERE batch_id = ?"
                                       " AND entity = 'company' AND action = 'created'"),
                        {m_ctx.batchId});
        !st)
        return st;
    QList<qint64> companies;
    while (q.next())
        companies << q.value(0).toLongLong();
    q.finish();
    // The created ones (above m_createdAbove) go in with the one pass.
    QList<qint64> updated;
    for (qint64 id : written) {
        if (id <= m_createdAbove)
            updated << id;
    }
    return resumeSearchAfterImport(m_ctx.conn, m_ctx.session.db->dialect(), updated, companies, m_createdAbove);
}

} // namespace kontor::importing::detail
