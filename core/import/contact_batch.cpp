#include "import/contact_batch.h"

#include "import/batch_writing.h"

#include "repo/audit.h"
#include "storage/bulk_load.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor::importing::detail {

namespace {
constexpr size_t kBatchRows = 1000;
} // namespace

ContactBatch::ContactBatch(const WriterContext &ctx, QHash<QString, qint64> *companies)
    : m_ctx(ctx)
    , m_repo(ctx.session)
    , m_companyIds(companies)
    , m_companies(ctx)
{
}

ContactBatch::~ContactBatch() = default;

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

bool ContactBatch::holdsName(const QStringList &nameKeys) const
{
    return std::any_of(nameKeys.cbegin(), nameKeys.cend(), [this](const QString &k) { return m_names.contains(k); });
}

void ContactBatch::add(qint64 row, const Contact &contact, const QStringList &digits,
                       const ContactRepository::RowKeys &keys, const QString &newCompany,
                       const QString &newCompanyKey, const QStringList &nameKeys,
                       const QList<CustomValue> &custom)
{
    for (const QString &k : nameKeys)
        m_names.insert(k);
    for (const ContactEmail &e : contact.emails)
        m_emails.insert(ContactRepository::normalizeEmail(e.email));
    for (const QString &d : digits)
        m_phones.insert(d);
    int slot = -1;
    if (!newCompany.isEmpty()) {
        const QString key = newCompanyKey.isEmpty() ? companyKey(newCompany) : newCompanyKey;
        slot = m_companySlots.value(key, -1);
        if (slot < 0) {
            slot = int(m_newCompanies.size());
            m_newCompanies.push_back(NewCompany {row, newCompany.trimmed(), key});
            m_companySlots.insert(key, slot);
        }
    }
    m_queue.push_back(Queued {row, contact, keys, digits, slot, custom});
}

bool ContactBatch::full() const
{
    return m_queue.size() >= kBatchRows;
}

Status ContactBatch::flush()
{
    if (m_queue.empty())
        return {};
    // writeAll() forgets what its inserters hold when it fails
    const Status st = writeInSavepoint(m_ctx, [this] { return writeAll(); }, [] {}, [this] { return writeOneByOne(); });
    m_queue.clear();
    m_emails.clear();
    m_phones.clear();
    m_names.clear();
    m_newCompanies.clear();
    m_companySlots.clear();
    return st;
}

void ContactBatch::prepareInserters()
{
    if (m_contactRows)
        return;
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    m_contactRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("contacts"),
                                                 ContactRepository::insertColumns(), true,
                                                 int(kBatchRows));
    m_contactRows->setFlushHandler([this](const std::vector<qint64> &batch) -> Status {
        m_newIds.insert(m_newIds.end(), batch.begin(), batch.end());
        return {};
    });
    m_emailRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("contact_emails"),
                                               ContactRepository::emailColumns());
    m_phoneRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("contact_phones"),
                                               ContactRepository::phoneColumns());
    m_auditRows = auditRows(m_ctx, int(kBatchRows));
    m_itemRows = batchItemRows(m_ctx, false, int(kBatchRows));
    m_customRows = customValueRows(m_ctx, int(kBatchRows));
}

Status ContactBatch::writeAll()
{
    prepareInserters();
    m_newIds.clear();
    Status st = writeQueued();
    if (!st) { // the caller rolls back what was written; nothing may stay queued
        discardAll({m_contactRows.get(), m_emailRows.get(), m_phoneRows.get(), m_auditRows.get(),
                    m_itemRows.get(), m_customRows.get()});
    }
    m_companies.clear();
    return st;
}

Status ContactBatch::writeCompanies(std::vector<qint64> *ids)
{
    for (const NewCompany &n : m_newCompanies) {
        Company c;
        c.name = n.name;
        m_companies.add(n.row, c);
    }
    return m_companies.write(ids);
}

Status ContactBatch::writeQueued()
{
    std::vector<qint64> companyIds;
    if (auto st = writeCompanies(&companyIds); !st)
        return st;
    for (Queued &q : m_queue) {
        if (q.companySlot >= 0)
            q.contact.companyId = companyIds[size_t(q.companySlot)];
    }
    BatchInserter &contacts = *m_contactRows;
    for (const Queued &q : m_queue) {
        for (const QVariant &v : m_repo.insertValues(q.contact, q.keys))
            contacts << v;
        if (auto st = contacts.endRow(); !st)
            return st;
    }
    if (auto st = contacts.finish(); !st)
        return st;
    const std::vector<qint64> &ids = m_newIds;
    if (ids.size() != m_queue.size()) {
        return Error {Error::Kind::Storage,
                      QCoreApplication::translate("kontor::importing", "Cannot save the new contacts"),
                      QStringLiteral("contacts"), QStringLiteral("ids missing")};
    }

    BatchInserter &emails = *m_emailRows;
    BatchInserter &phones = *m_phoneRows;
    BatchInserter &audit = *m_auditRows;
    BatchInserter &items = *m_itemRows;
    BatchInserter &custom = *m_customRows;
    const QString contact = QStringLiteral("contact");
    const QString imported = QLatin1String(audit::kImportedAction);
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
        // Where ContactRepository::create() records every field: the batch and row (see
        // audit::importedText).
        audit << user << contact << id << imported << audit::importedText(m_ctx.batchId, q.row);
        if (auto st = audit.endRow(); !st)
            return st;
        items << m_ctx.batchId << contact << id << QStringLiteral("created") << q.row;
        if (auto st = items.endRow(); !st)
            return st;
        if (auto st = addCustomValues(custom, id, q.custom); !st)
            return st;
    }
    if (auto st = finishAll({&emails, &phones, &audit, &items, &custom}); !st)
        return st;
    for (size_t i = 0; i < companyIds.size(); ++i)
        m_companyIds->insert(m_newCompanies[i].key, companyIds[i]);
    return {};
}

Status ContactBatch::writeOneByOne()
{
    // Slow, and only after the database refused a batch of validated rows: finds the row.
    for (Queued &q : m_queue) {
        if (q.companySlot >= 0) {
            const NewCompany &n = m_newCompanies[size_t(q.companySlot)];
            auto company = companyByName(m_ctx, n.name, n.row, m_companyIds);
            if (!company)
                return company.error();
            q.contact.companyId = *company;
        }
        auto id = m_repo.create(q.contact, audit::ImportOrigin {m_ctx.batchId, q.row});
        if (!id)
            return atRow(id.error(), q.row);
        if (auto st = writeCustomValues(m_ctx.conn, *id, q.custom, nullptr, false); !st)
            return atRow(st.error(), q.row);
        if (auto st = recordItem(m_ctx, QStringLiteral("contact"), *id, QStringLiteral("created"),
                                 {}, q.row);
            !st)
            return st;
    }
    return {};
}

} // namespace kontor::importing::detail
