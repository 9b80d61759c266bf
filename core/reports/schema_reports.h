#pragma once

#include "storage/migrations.h"

namespace kontor {

// Schema step 7: indexes the reports and the dashboard read by (periods of closing, creation
// and activity; the live deals' currencies; open tasks by due time).
Migration reportsMigration();

// Schema step 8: deal_stage_stays, filled from the stage history (reports/stage_stays.h).
Migration stageStaysMigration();

// Schema step 10: activities_by_user widened to (user_id, occurred_at, kind, deleted_at).
Migration managersIndexMigration();

} // namespace kontor
