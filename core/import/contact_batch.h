#pragma once

#include "import/import_internal.h"
#include "repo/contact_repository.h"

#include <QSet>
#include <QStringList>

#include <vector>

namespace kontor::importing::detail {

// The contacts an import creates, written a thousand at a time through BatchInserter instead
// of one INSERT (and one savepoint, one audit row, three search-index refreshes) per row:
// the same rows ContactRepository::create() writes (contact, e-mails, phones, audit_log) plus
// the import_batch_items row that lets the import be undone. Rows reach it validated.
//
// A later row of the file that matches a queued contact by e-mail or phone must find it in
// the database: the writer asks holds() first and flushes, outside the savepoint of the row
// (which a rejected row rolls back). If the database refuses a batch, its rows are written
// again one by one, so the error names the row; the import then stops and nothing lands.
class ContactBatch
{
public:
    explicit ContactBatch(const WriterContext &ctx);

    // Whether a queued contact has one of these normalized e-mails or phone digits.
    bool holds(const QStringList &emailNorms, const QStringList &phoneDigits) const;
    // Queues a contact (file row `row`; `digits`: phone_digits of each of its phones).
    void add(qint64 row, const Contact &contact, const QStringList &digits);
    bool full() const;
    // Writes the queue in its own savepoint: all of it or, on an error, none of it.
    Status flush();
    // Ids of the contacts written so far (their search documents are written at the end).
    const QList<qint64> &created() const { return m_created; }

private:
    struct Queued
    {
        qint64 row = 0;
        Contact contact;
        QStringList digits;
    };
    Status writeAll();
    Status writeOneByOne();

    WriterContext m_ctx;
    ContactRepository m_repo;
    std::vector<Queued> m_queue;
    QSet<QString> m_emails;
    QSet<QString> m_phones;
    QList<qint64> m_created;
};

} // namespace kontor::importing::detail
