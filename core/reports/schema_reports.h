#pragma once

#include "storage/migrations.h"

namespace kontor {

// Schema step 7: indexes the reports and the dashboard read by (periods of closing, creation
// and activity; the live deals' currencies; open tasks by due time).
Migration reportsMigration();

} // namespace kontor
