#pragma once

#include "storage/migrations.h"

namespace kontor {

// Schema step 9: pairs of contacts a user marked "not a duplicate" in the duplicate review,
// so the review does not propose them again.
Migration contactsReviewMigration();

// Schema step 15: indexes for sorting the contact list by job title, city and status, so
// the first page of a million contacts in that order is an index walk, not a full sort.
// (Name, company, e-mail and phone orders use indexes that were there before.) Also the
// live contacts per company, which the company list counts and sorts by.
Migration contactSortMigration();

} // namespace kontor
