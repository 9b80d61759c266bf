#pragma once

#include "session.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kontor {

struct TrashedItem
{
    QString entity; // "contact", "company", "deal", "task"
    qint64 id = 0;
    QString title; // name or deal title
    QDateTime deletedAt;
    qint64 deletedBy = 0;
    QString deletedByName; // the user's display name, empty when unknown
};

// The trash across contacts, companies and deals: what is in it, who put it there and when,
// putting things back, and emptying it for good.
class TrashBin
{
public:
    explicit TrashBin(Session session)
        : m_session(std::move(session))
    {
    }

    // Newest first, at most `limit` (1..5000).
    Result<QList<TrashedItem>> list(int limit = 500) const;
    // entity: "contact", "company" or "deal".
    Status restore(const QString &entity, qint64 id) const;
    // Deletes for good the trashed deals, contacts and companies (with their emails, phones,
    // tags, custom values, line items and history) trashed at least `olderThanDays` days ago
    // (0 = everything in the trash). Activities and tasks stay, unlinked. One transaction,
    // one audit row per record. Returns how many records were deleted.
    Result<qint64> purge(int olderThanDays = 0) const;

private:
    Session m_session;
};

} // namespace kontor
