#pragma once

#include "session.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace kontor {

// Live contacts that look like the same person.
struct DuplicateGroup
{
    QString reason; // "email" (same normalized email), "phone" (same E.164 digits),
                    // "name" (same last name and first initial in the same company)
    QString key; // the shared email / digits / "company id: name"
    QList<qint64> contactIds; // ascending
};

class DuplicateFinder
{
public:
    explicit DuplicateFinder(Session session)
        : m_session(std::move(session))
    {
    }

    // Across the whole base; at most `limit` groups per reason.
    Result<QList<DuplicateGroup>> find(int limit = 1000) const;

private:
    Session m_session;
};

// Merges two contacts into one and can take the merge back.
//
// merge(): the kept contact takes, field by field, the winner's value (`winners`: column
// name -> the id of the contact whose value wins; by default the kept one's, or the other's
// where the kept one is empty; a custom field's winner is keyed "custom:<field id>"); every email, phone and messenger of the other that the kept
// one lacks, and all its activities, deals, deal roles, tasks and tags move over; the other
// goes to the trash. One transaction; an audit row "merge" on the kept contact stores what
// undo() needs (its old fields and the ids of every moved row).
class ContactMerger
{
public:
    explicit ContactMerger(Session session)
        : m_session(std::move(session))
    {
    }

    // Columns a caller may pick a winner for.
    static QStringList fields();

    // Returns the id of the audit row that records the merge.
    Result<qint64> merge(qint64 keepId, qint64 otherId,
                         const QMap<QString, qint64> &winners = {}) const;
    // Reverses the latest merge of `otherId` into `keepId`: the kept contact's fields come
    // back, the moved rows go back, the other contact leaves the trash.
    Status undo(qint64 keepId, qint64 otherId) const;

private:
    Session m_session;
};

} // namespace kontor
