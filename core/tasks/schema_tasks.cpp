#include "tasks/schema_tasks.h"

namespace kontor {

Migration tasksMigration()
{
    Migration m {6, QStringLiteral("tasks: all-day dates, time zones, reminder index"), {}, {}, {}};
    m.statements = QStringList {
        // An all-day task is due on a local date, not at an instant: "Friday" stays Friday
        // for a colleague in another zone and across a daylight-saving change.
        QStringLiteral("ALTER TABLE tasks ADD COLUMN due_date {DATE}"),
        // The IANA zone a task was planned in: a repeating 09:00 call stays at 09:00 local
        // time after the clocks change.
        QStringLiteral("ALTER TABLE tasks ADD COLUMN time_zone TEXT"),
        // The UID of a meeting imported from an .ics file (RFC 5545), so importing the same
        // file twice does not double it, and an export gives the event back its own UID.
        QStringLiteral("ALTER TABLE tasks ADD COLUMN ical_uid TEXT"),
        QStringLiteral("CREATE INDEX tasks_by_ical_uid ON tasks (ical_uid)"),
        // The reminder scheduler asks "whose reminders are due before T and not yet shown".
        QStringLiteral("CREATE INDEX tasks_pending_reminders ON tasks (assignee_id, remind_at)"
                       " WHERE reminded_at IS NULL AND done_at IS NULL AND deleted_at IS NULL"),
        // The Done view lists a person's completed tasks, newest first.
        QStringLiteral("CREATE INDEX tasks_done_by_assignee ON tasks (assignee_id, done_at)"
                       " WHERE done_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX tasks_by_group ON tasks (group_id)"),
        QStringLiteral("CREATE INDEX tasks_by_company ON tasks (company_id)"),
    };
    return m;
}

} // namespace kontor
