#include "import/contact_batch.h"

#include "repo/audit.h"
#include "storage/bulk_load.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor::importing::detail {

namespace {
constexpr size_t kBatchRows = 1000;
} // namespace

ContactBatch::ContactBatch(const WriterContext &ctx)
    : m_ctx(ctx)
    , m_repo(ctx.session)
{
}

bool ContactBatch::holds(const QStringList &emailNorms, const QStringList &phoneDigits) const
{
    for (const QString &e : emailNorms) {
        if (m_emails.contains(e))
            return true;
    }
    for (const QString &p : phoneDigits) {
        if (!p.isEmpty() && m_phones.contains(p))
            return true;
    }
    return false;
}

void ContactBatch::add(qint64 row, const Contact &contact, const QStringList &digits)
{
    for (const ContactEmail &e : contact.emails)
        m_emails.insert(ContactRepository::normalizeEmail(e.email));
    for (const QString &d : digits)
        m_phones.insert(d);
    m_queue.push_back(Queued {row, contact, digits});
}

bool ContactBatch::full() const
{
    return m_queue.size() >= kBatchRows;
}

Status ContactBatch::flush()
{
    if (m_queue.empty())
        return {};
    Status st;
    {
        Transaction tx(m_ctx.conn, m_ctx.session.db->dialect()); // a savepoint
        if (!tx.ok())
            return tx.error();
        st = writeAll();
        if (st)
            st = tx.commit();
    } // a failed batch is rolled back here
    if (!st) {
        st = writeOneByOne();
    }
    m_queue.clear();
    m_emails.clear();
    m_phones.clear();
    return st;
}

Status ContactBatch::writeAll()
{
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    BatchInserter contacts(conn, dialect, QStringLiteral("contacts"),
                           ContactRepository::insertColumns(), true, int(kBatchRows));
    std::vector<qint64> ids;
    contacts.setFlushHandler([&ids](const std::vector<qint64> &batch) -> Status {
        ids.insert(ids.end(), batch.begin(), batch.end());
        return {};
    });
    for (const Queued &q : m_queue) {
        for (const QVariant &v : m_repo.insertValues(q.contact))
            contacts << v;
        if (auto st = contacts.endRow(); !st)
            return st;
    }
    if (auto st = contacts.finish(); !st)
        return st;
    if (ids.size() != m_queue.size()) {
        return Error {Error::Kind::Storage,
                      QCoreApplication::translate("kontor::importing", "Cannot save the new contacts"),
                      QStringLiteral("contacts"), QStringLiteral("ids missing")};
    }

    BatchInserter emails(conn, dialect, QStringLiteral("contact_emails"),
                         ContactRepository::emailColumns());
    BatchInserter phones(conn, dialect, QStringLiteral("contact_phones"),
                         ContactRepository::phoneColumns());
    BatchInserter audit(conn, dialect, QStringLiteral("audit_log"),
                        {QStringLiteral("user_id"), QStringLiteral("entity"),
                         QStringLiteral("entity_id"), QStringLiteral("action"),
                         QStringLiteral("changes")});
    BatchInserter items(conn, dialect, QStringLiteral("import_batch_items"),
                        {QStringLiteral("batch_id"), QStringLiteral("entity"),
                         QStringLiteral("entity_id"), QStringLiteral("action"),
                         QStringLiteral("source_row")});
    const QString contact = QStringLiteral("contact");
    const QVariant user = nullIfZero(m_ctx.session.userId);
    for (size_t i = 0; i < m_queue.size(); ++i) {
        const Queued &q = m_queue[i];
        const qint64 id = ids[i];
        for (int e = 0; e < q.contact.emails.size(); ++e) {
            for (const QVariant &v : ContactRepository::emailValues(id, q.contact.emails[e], e))
                emails << v;
            if (auto st = emails.endRow(); !st)
                return st;
        }
        for (int p = 0; p < q.contact.phones.size(); ++p) {
            for (const QVariant &v :
                 ContactRepository::phoneValues(id, q.contact.phones[p], q.digits.value(p), p))
                phones << v;
            if (auto st = phones.endRow(); !st)
                return st;
        }
        // What ContactRepository::create() records.
        audit << user << contact << id << QStringLiteral("create")
              << nullIfEmpty(audit::changesText(audit::diff({}, q.contact.fields())));
        if (auto st = audit.endRow(); !st)
            return st;
        items << m_ctx.batchId << contact << id << QStringLiteral("created") << q.row;
        if (auto st = items.endRow(); !st)
            return st;
    }
    for (BatchInserter *b : {&emails, &phones, &audit, &items}) {
        if (auto st = b->finish(); !st)
            return st;
    }
    m_created.append(QList<qint64>(ids.begin(), ids.end()));
    return {};
}

Status ContactBatch::writeOneByOne()
{
    // Slow, and only after the database refused a batch of validated rows: finds the row.
    for (const Queued &q : m_queue) {
        auto id = m_repo.create(q.contact);
        if (!id) {
            Error e = id.error();
            e.context = QCoreApplication::translate("kontor::importing", "row %1").arg(q.row);
            return e;
        }
        if (auto st = recordItem(m_ctx, QStringLiteral("contact"), *id, QStringLiteral("created"),
                                 {}, q.row);
            !st)
            return st;
        m_created.append(*id);
    }
    return {};
}

} // namespace kontor::importing::detail
