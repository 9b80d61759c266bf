#pragma once

#include "storage/migrations.h"

namespace kontor {

// Schema step 4 (sales funnel): indexes the kanban board and its cards' next task need.
Migration funnelMigration();

} // namespace kontor
