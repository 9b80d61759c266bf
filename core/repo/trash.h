#pragma once

#include "session.h"
#include "util/result.h"

namespace kontor {

// The one implementation of "move to the trash" / "restore" for every soft-deletable table:
// sets or clears deleted_at / deleted_by and writes the audit entry, in one transaction.
struct TrashTarget
{
    QString table;   // whitelisted table name, e.g. "contacts"
    QString entity;  // audit entity name, e.g. "contact"
    QString context; // for messages, e.g. "contact 42"
};

Status setTrashed(const Session &session, const TrashTarget &target, qint64 id, bool trashed);

} // namespace kontor
