#pragma once

#include "activities/activity_repository.h"
#include "import/import_internal.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace kontor {
class BatchInserter;
}

namespace kontor::importing::detail {

// The activities an import logs, written a thousand at a time instead of a savepoint, an
// INSERT, two "last contacted / last activity" UPDATEs, an audit row and an undo row per row
// (on PostgreSQL each a round trip: 100,000 activities took minutes). Writes what
// ActivityRepository::log() writes: the activity, its audit row, the contact's "last
// contacted" and the deal's "last activity" moved forward (only forward), plus the
// import_batch_items row with the values before, which undo puts back.
//
// The writer asks the batch first for what the queue changes: whether the same activity is
// queued (holds()), and a contact's or deal's "last" time as the queued activities leave it.
// So a row's undo record is exact without writing the queue. If the database refuses a batch,
// its rows are written again one by one, so the error names the row; the import then stops.
class ActivityBatch
{
public:
    explicit ActivityBatch(const WriterContext &ctx);
    ~ActivityBatch();

    // Whether the same activity (contact, kind, time, subject and note) is queued.
    bool holds(const Activity &activity) const;
    // A contact's last_contacted_at (deal's last_activity_at) after the queued activities, null
    // for none; nothing when no queued activity touches it (the database knows).
    std::optional<QVariant> lastContacted(qint64 contactId) const;
    std::optional<QVariant> lastActivity(qint64 dealId) const;
    // Queues an activity as ActivityRepository::completed() makes it, validated; `before`:
    // its undo record, with the contact's and deal's "last" times before it.
    void add(qint64 row, const Activity &activity, const QJsonObject &before);
    bool full() const;
    // Writes the queue in its own savepoint: all of it or, on an error, none of it.
    Status flush();

private:
    struct Queued
    {
        qint64 row = 0;
        Activity activity;
        QJsonObject before;
    };
    Status writeQueued();
    Status writeOneByOne();
    void prepareInserters();
    static QString identity(const Activity &activity);

    WriterContext m_ctx;
    std::vector<Queued> m_queue;
    QSet<QString> m_identities;
    QHash<qint64, qint64> m_contactLast; // "last contacted" of the contacts the queue touches
    QHash<qint64, qint64> m_dealLast;
    QSet<qint64> m_contactMoved, m_dealMoved; // those whose time the queue moves forward
    std::unique_ptr<BatchInserter> m_activityRows, m_auditRows, m_itemRows, m_contactTimes, m_dealTimes;
    std::vector<qint64> m_ids;
};

} // namespace kontor::importing::detail
