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

} // namespace kontor
