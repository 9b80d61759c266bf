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

Migration contactSortMigration()
{
    Migration m {15, QStringLiteral("contact list sort indexes"), {}, {}, {}};
    m.statements = QStringList {
        QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_by_title ON contacts (title)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_by_city ON contacts (city)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_by_status ON contacts (status)"),
        // The company list's People column (and its order) counts live contacts per
        // company from this index alone, without reading a contact row.
        QStringLiteral("CREATE INDEX IF NOT EXISTS contacts_by_live_company ON contacts (company_id)"
                       " WHERE deleted_at IS NULL"),
    };
    return m;
}

} // namespace kontor
