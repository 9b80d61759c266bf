#include "reports/schema_reports.h"

namespace kontor {

Migration reportsMigration()
{
    Migration m {7, QStringLiteral("report indexes"), {}, {}, {}};
    m.statements = QStringList {
        // Sales dynamics, win rate, lost reasons, deal size, cycle: deals closed in a period.
        QStringLiteral("CREATE INDEX deals_by_closed ON deals (closed_at) WHERE closed_at IS NOT NULL"),
        // The funnel's and the channels' cohort: deals created in a period.
        QStringLiteral("CREATE INDEX deals_by_created ON deals (created_at)"),
        // The default currency of every money report, read from the index alone.
        QStringLiteral("CREATE INDEX deals_live_by_currency ON deals (currency)"
                       " WHERE deleted_at IS NULL"),
        // Managers: calls / meetings / e-mails per user in a period, read from the index alone.
        QStringLiteral("CREATE INDEX activities_live_by_time ON activities (occurred_at, user_id, kind)"
                       " WHERE deleted_at IS NULL"),
        // Dashboard: overdue tasks, new leads this week.
        QStringLiteral("CREATE INDEX tasks_open_by_due ON tasks (due_at)"
                       " WHERE done_at IS NULL AND deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX contacts_by_created ON contacts (created_at)"),
    };
    return m;
}

Migration stageStaysMigration()
{
    Migration m {8, QStringLiteral("stage stays for the funnel"), {}, {}, {}};
    m.statements = QStringList {
        // One row per stage a deal entered and how long it stayed (see reports/stage_stays.h).
        QStringLiteral("CREATE TABLE deal_stage_stays ("
                       " history_id {ID} PRIMARY KEY REFERENCES deal_stage_history(id) ON DELETE CASCADE,"
                       " deal_id {ID} NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                       " stage_id {ID} NOT NULL REFERENCES stages(id),"
                       " entered_at {TS} NOT NULL,"
                       " left_at {TS},"
                       " seconds {TS})"),
        QStringLiteral("INSERT INTO deal_stage_stays (history_id, deal_id, stage_id, entered_at,"
                       " left_at, seconds) SELECT id, deal_id, to_stage_id, changed_at, next_at,"
                       " next_at - changed_at FROM (SELECT id, deal_id, to_stage_id, changed_at,"
                       " LEAD(changed_at) OVER (PARTITION BY deal_id ORDER BY changed_at, id)"
                       " AS next_at FROM deal_stage_history) h"),
        // The funnel reads a cohort's stays from this index alone.
        QStringLiteral("CREATE INDEX deal_stays_by_deal ON deal_stage_stays (deal_id, stage_id, seconds)"),
    };
    return m;
}

Migration managersIndexMigration()
{
    Migration m {10, QStringLiteral("activities by user, covering the managers report"), {}, {}, {}};
    m.statements = QStringList {
        // The managers report counts each user's calls, meetings and e-mails in a period by
        // walking this index user by user, in order (no sort of every activity of the period,
        // no table row read). The new columns come after the old ones, so whatever read the
        // old (user_id, occurred_at) index is served the same way.
        QStringLiteral("DROP INDEX activities_by_user"),
        QStringLiteral("CREATE INDEX activities_by_user ON activities"
                       " (user_id, occurred_at, kind, deleted_at)"),
    };
    return m;
}

} // namespace kontor
