#pragma once

#include "storage/migrations.h"

namespace kontor {

// Schema step 9: pairs of contacts a user marked "not a duplicate" in the duplicate review,
// so the review does not propose them again.
Migration contactsReviewMigration();

} // namespace kontor
