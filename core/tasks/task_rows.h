#pragma once

// Internal to core/tasks: the one SELECT list every task read uses, and its reader.
#include "tasks/task.h"

#include <QSqlQuery>
#include <QString>

namespace kontor::taskrows {

// Columns read by readTask(), in order. Group progress counts the live copies sharing
// t.group_id (0 / 0 for a task given to one person).
inline const QString &columns()
{
    static const QString text = QStringLiteral(
        "t.id, t.title, t.notes, t.kind, t.due_at, t.all_day, t.due_date, t.time_zone,"
        " t.duration_min, t.priority, t.remind_at, t.reminded_at, t.recurrence, t.contact_id,"
        " t.company_id, t.deal_id, t.assignee_id, t.creator_id, t.group_id, t.done_at,"
        " t.outcome, t.created_at,"
        " TRIM(COALESCE(c.first_name, '') || ' ' || COALESCE(c.last_name, '')), co.name,"
        " d.title, u.display_name,"
        " (SELECT COUNT(*) FROM tasks g WHERE g.group_id = t.group_id AND g.deleted_at IS NULL"
        "  AND g.done_at IS NOT NULL),"
        " (SELECT COUNT(*) FROM tasks g WHERE g.group_id = t.group_id AND g.deleted_at IS NULL),"
        " t.ical_uid");
    return text;
}
constexpr int kColumnCount = 29;

inline const QString &from()
{
    static const QString text = QStringLiteral(
        "tasks t LEFT JOIN contacts c ON c.id = t.contact_id"
        " LEFT JOIN companies co ON co.id = t.company_id"
        " LEFT JOIN deals d ON d.id = t.deal_id"
        " LEFT JOIN users u ON u.id = t.assignee_id");
    return text;
}

Task read(const QSqlQuery &q);

} // namespace kontor::taskrows
