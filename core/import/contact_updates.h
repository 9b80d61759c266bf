#pragma once

#include "import/import_internal.h"
#include "repo/contact_repository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <vector>

namespace kontor {
class BatchInserter;
}

namespace kontor::importing::detail {

// The contacts a re-import updates (policies update and fill-empty), written a chunk at a
// time instead of a savepoint, an UPDATE, an audit row and an undo row per contact: on
// PostgreSQL each of those is a round trip, and 100,000 updates took 146 s row by row.
// Writes what ContactRepository::update(contact, stored) writes: the changed columns
// (ContactRepository::changedColumns(), one "UPDATE ... FROM" per set of changed columns),
// the e-mails and phones the row adds, the audit row of the changes; plus the custom values
// it sets (one "INSERT ... ON CONFLICT DO UPDATE" per batch) and the import_batch_items row with the before-values that lets the import be undone.
//
// Only what an import does to a contact is queued (queueable()): columns changed (a rename
// with its folded keys) and e-mails or phones appended. The writer flushes before anything reads what a queued
// update writes: before each chunk's look-ups, before a row of a queued contact, and
// before a row whose e-mail or phone a queued update adds. If the database refuses a
// batch, its rows are written again one by one, so the error names the row; the import then
// stops and nothing lands.
class ContactUpdateBatch
{
public:
    explicit ContactUpdateBatch(const WriterContext &ctx);
    ~ContactUpdateBatch();

    // Whether update(contact, stored) can be queued; both validated already.
    static bool queueable(const Contact &contact, const Contact &stored);
    // `contact`: as it will be, `stored`: as read; `digits`: phone_digits of each phone of
    // `contact` (those past the stored ones are written); `changes`: audit::diff() of their
    // fields; `beforeValues`: the undo record; `custom`: the custom values it sets
    // (customChanges()).
    void add(qint64 row, const Contact &contact, const Contact &stored, const QStringList &digits,
             const QVariantMap &changes, const QJsonObject &beforeValues, const QList<CustomValue> &custom = {});
    bool holds(qint64 contactId) const { return m_ids.contains(contactId); }
    // Whether a queued update adds one of these normalized e-mails or phone digits.
    bool adds(const QStringList &emailNorms, const QStringList &phoneDigits) const;
    bool empty() const { return m_queue.empty(); }
    bool full() const;
    // Writes the queue in its own savepoint: all of it or, on an error, none of it.
    Status flush();

private:
    struct Queued
    {
        qint64 row = 0;
        Contact contact;
        Contact stored;
        QStringList digits;
        QVariantMap changes;
        QJsonObject beforeValues;
        QList<CustomValue> custom;
    };
    Status writeQueued();
    Status writeOneByOne();
    BatchInserter &columnUpdater(const QList<std::pair<QString, QVariant>> &changes);
    void prepareInserters();

    WriterContext m_ctx;
    ContactRepository m_repo;
    std::vector<Queued> m_queue;
    QSet<qint64> m_ids;
    QSet<QString> m_addedKeys; // e-mails and phone digits the queue adds
    // Kept from batch to batch, as in ContactBatch: one per set of changed columns.
    std::vector<std::pair<QString, std::unique_ptr<BatchInserter>>> m_updaters;
    std::unique_ptr<BatchInserter> m_emailRows, m_phoneRows, m_auditRows, m_itemRows, m_customRows,
        m_renamedKeys;
};

} // namespace kontor::importing::detail
