#pragma once

#include "storage/migrations.h"

namespace kontor {

// Schema step 6: what tasks need beyond step 1 (all-day dates, the planning time zone) and
// the indexes behind the task views and the reminder scheduler.
Migration tasksMigration();

} // namespace kontor
