#pragma once

#include "import/company_batch.h"
#include "import/import_internal.h"
#include "repo/contact_repository.h"

#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

namespace kontor {
class BatchInserter;
}

namespace kontor::importing::detail {

// The contacts an import creates, written a thousand at a time through BatchInserter instead
// of one INSERT (and one savepoint, one audit row, three search-index refreshes) per row:
// the rows ContactRepository::create() writes (contact, e-mails, phones) plus the
// import_batch_items row that lets the import be undone, and a short audit_log row that names
// the batch and file row instead of listing every field (audit::importedText). Rows reach it validated.
//
// A later row of the file that matches a queued contact by e-mail, phone or name must find it
// in the database: the writer asks holds() and holdsName() first and flushes, outside the savepoint of the row
// (which a rejected row rolls back). If the database refuses a batch, its rows are written
// again one by one, so the error names the row; the import then stops and nothing lands.
class ContactBatch
{
public:
    // `companies`: the writer's cache of company ids by companyKey(); the companies a batch
    // creates are added to it once written.
    ContactBatch(const WriterContext &ctx, QHash<QString, qint64> *companies);
    ~ContactBatch();

    // Whether a queued contact has one of these normalized e-mails or phone digits.
    bool holds(const QStringList &emailNorms, const QStringList &phoneDigits) const;
    // Normalized e-mails and phone digits of the queued contacts.
    const QSet<QString> &queuedEmails() const { return m_emails; }
    const QSet<QString> &queuedPhones() const { return m_phones; }
    // Whether a queued contact has one of these name keys (the writer's, for matching by name).
    bool holdsName(const QStringList &nameKeys) const;
    // Whether a queued contact belongs to a new company of this companyKey().
    bool holdsCompany(const QString &key) const { return m_companySlots.contains(key); }
    // Queues a contact (file row `row`; `digits`: phone_digits of each of its phones).
    // `newCompany`: the name of a company no live record has yet, created with the batch
    // (once for all the queued contacts that name it); the contact's companyId is then unset.
    // `newCompanyKey`: its companyKey().
    // `keys`: ContactRepository::rowKeys(contact), made off the writing thread.
    // `nameKeys`: what later rows matching by name find it by (see holdsName()).
    // `custom`: its custom values (resolveCustomValues()).
    void add(qint64 row, const Contact &contact, const QStringList &digits,
             const ContactRepository::RowKeys &keys, const QString &newCompany = {},
             const QString &newCompanyKey = {}, const QStringList &nameKeys = {},
             const QList<CustomValue> &custom = {});
    bool full() const;
    // Writes the queue in its own savepoint: all of it or, on an error, none of it.
    Status flush();

private:
    struct Queued
    {
        qint64 row = 0;
        Contact contact;
        ContactRepository::RowKeys keys;
        QStringList digits;
        int companySlot = -1; // in m_newCompanies
        QList<CustomValue> custom;
    };
    struct NewCompany
    {
        qint64 row = 0; // the first row that named it
        QString name;
        QString key;
    };
    Status writeCompanies(std::vector<qint64> *ids);
    Status writeAll();
    Status writeQueued();
    Status writeOneByOne();
    void prepareInserters();

    WriterContext m_ctx;
    ContactRepository m_repo;
    std::vector<Queued> m_queue;
    QSet<QString> m_emails;
    QSet<QString> m_phones;
    QSet<QString> m_names;
    QHash<QString, qint64> *m_companyIds;
    std::vector<NewCompany> m_newCompanies;
    QHash<QString, int> m_companySlots; // companyKey -> index in m_newCompanies
    // Kept from batch to batch: preparing a multi-row INSERT costs as much as writing a
    // batch of contacts.
    std::unique_ptr<BatchInserter> m_contactRows, m_emailRows, m_phoneRows, m_auditRows, m_itemRows,
        m_customRows;
    CompanyBatch m_companies; // the queue's new companies, while a batch is written
    std::vector<qint64> m_newIds; // of the contacts m_contacts wrote
};

} // namespace kontor::importing::detail
