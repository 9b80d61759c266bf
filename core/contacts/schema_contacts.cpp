#include "contacts/schema_contacts.h"

namespace kontor {

Migration contactsReviewMigration()
{
    Migration m {9, QStringLiteral("duplicate dismissals"), {}, {}, {}};
    m.statements = QStringList {
        // One row per pair, the smaller id first, so (a, b) and (b, a) are the same pair.
        QStringLiteral("CREATE TABLE duplicate_dismissals ("
                       " contact_a {ID} NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " contact_b {ID} NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
                       " dismissed_by {ID} REFERENCES users(id) ON DELETE SET NULL,"
                       " dismissed_at {TS} NOT NULL DEFAULT {NOW},"
                       " PRIMARY KEY (contact_a, contact_b),"
                       " CHECK (contact_a < contact_b))"),
    };
    return m;
}

} // namespace kontor
