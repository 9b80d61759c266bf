// The read side of TaskRepository: the Today / Overdue / Upcoming / Done lists, the
// calendar window, birthdays, group progress and deals without a next step.
#include "tasks/task_repository.h"

#include "storage/sql.h"
#include "tasks/task_rows.h"
#include "tasks/task_time.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::TaskRepository", text);
}

// Open-task views order by due time, tasks without one last.
const QString kDueKey = QStringLiteral("COALESCE(t.due_at, 253402300799)");

// The WHERE clause of one view, with its binds. "Overdue" is anything whose due moment has
// passed (a timed task at 09:00 is overdue at 09:01); an all-day task is overdue once its
// local day is over. "Today" is the rest of the viewer's local day.
void viewCondition(TaskView view, const QDateTime &now, const QTimeZone &zone, QString *where,
                   QVariantList *binds)
{
    const LocalDay today = localDay(now, zone);
    const qint64 nowS = now.toSecsSinceEpoch();
    const QVariant todayDate = fromDate(today.date);
    const QString open = QStringLiteral("t.deleted_at IS NULL AND t.done_at IS NULL AND ");
    switch (view) {
    case TaskView::Overdue:
        *where = open
            + QStringLiteral("((t.all_day = 0 AND t.due_at < ?) OR (t.all_day = 1 AND t.due_date < ?))");
        *binds << nowS << todayDate;
        break;
    case TaskView::Today:
        *where = open
            + QStringLiteral("((t.all_day = 0 AND t.due_at >= ? AND t.due_at < ?)"
                             " OR (t.all_day = 1 AND t.due_date = ?))");
        *binds << nowS << today.endSecs << todayDate;
        break;
    case TaskView::Upcoming:
        *where = open
            + QStringLiteral("((t.all_day = 0 AND (t.due_at >= ? OR t.due_at IS NULL))"
                             " OR (t.all_day = 1 AND t.due_date > ?))");
        *binds << today.endSecs << todayDate;
        break;
    case TaskView::Done:
        *where = QStringLiteral("t.deleted_at IS NULL AND t.done_at IS NOT NULL");
        break;
    }
}

void scopeCondition(const TaskScope &scope, qint64 me, QString *where, QVariantList *binds)
{
    switch (scope.who) {
    case TaskScope::Who::Mine:
        *where += QStringLiteral(" AND t.assignee_id = ?");
        *binds << me;
        break;
    case TaskScope::Who::User:
        *where += QStringLiteral(" AND t.assignee_id = ?");
        *binds << scope.userId;
        break;
    case TaskScope::Who::Everyone:
        break;
    }
}

} // namespace

Result<Page<Task>> TaskRepository::list(TaskView view, const TaskScope &scope, const QDateTime &now,
                                        const QTimeZone &zone, const PageRequest &page) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    PageQuery q;
    q.what = tr("Cannot read the task list");
    q.columns = taskrows::columns();
    q.columnCount = taskrows::kColumnCount;
    q.from = taskrows::from();
    viewCondition(view, now, zone, &q.where, &q.binds);
    scopeCondition(scope, m_session.userId, &q.where, &q.binds);
    if (view == TaskView::Done)
        q.key = SortKey{{QStringLiteral("t.done_at"), QStringLiteral("t.id")}, true};
    else
        q.key = SortKey{{kDueKey, QStringLiteral("t.id")}, false};
    return fetchPage<Task>(*conn, q, page, [](const QSqlQuery &row) { return taskrows::read(row); });
}

Result<qint64> TaskRepository::count(TaskView view, const TaskScope &scope, const QDateTime &now,
                                     const QTimeZone &zone) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QString where;
    QVariantList binds;
    viewCondition(view, now, zone, &where, &binds);
    scopeCondition(scope, m_session.userId, &where, &binds);
    return countRows(*conn, tr("Cannot count the tasks"), QStringLiteral("tasks t"), where, binds);
}

Result<QList<Task>> TaskRepository::inRange(const CalendarRange &range, const TaskScope &scope) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QString where = QStringLiteral(
        "t.deleted_at IS NULL AND ((t.all_day = 0 AND t.due_at >= ? AND t.due_at < ?)"
        " OR (t.all_day = 1 AND t.due_date >= ? AND t.due_date < ?))");
    QVariantList binds {fromDateTime(range.from), fromDateTime(range.to), fromDate(range.fromDate),
                        fromDate(range.toDate)};
    scopeCondition(scope, m_session.userId, &where, &binds);
    SqlStatement q(*conn, tr("Cannot read the calendar"));
    // A calendar window is at most a month and a half of one person's (or a team's) tasks;
    // the cap keeps a runaway window from reading the whole table.
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY t.due_at, t.id LIMIT 5000")
                            .arg(taskrows::columns(), taskrows::from(), where),
                        binds);
        !st)
        return st.error();
    QList<Task> out;
    while (q.next())
        out << taskrows::read(q.query());
    return out;
}

Result<QList<Task>> TaskRepository::all(const TaskScope &scope, bool includeDone) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QString where = includeDone ? QStringLiteral("t.deleted_at IS NULL")
                                : QStringLiteral("t.deleted_at IS NULL AND t.done_at IS NULL");
    QVariantList binds;
    scopeCondition(scope, m_session.userId, &where, &binds);
    SqlStatement q(*conn, tr("Cannot read the tasks"));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4, t.id LIMIT 100000")
                            .arg(taskrows::columns(), taskrows::from(), where, kDueKey),
                        binds);
        !st)
        return st.error();
    QList<Task> out;
    while (q.next())
        out << taskrows::read(q.query());
    return out;
}

Result<QList<Birthday>> TaskRepository::birthdays(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || from.daysTo(to) > 366 || to < from)
        return Error{Error::Kind::Invalid, tr("Birthdays are shown for at most a year at a time"),
                     tr("calendar"), {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    // Month-day keys of the range ("03-14"), matched against the ISO text of the birthday;
    // CAST(... AS TEXT) gives YYYY-MM-DD on both back ends.
    QStringList marks;
    QVariantList binds;
    QHash<QString, QList<QDate>> daysByKey;
    for (QDate d = from; d < to; d = d.addDays(1)) {
        const QString key = d.toString(QStringLiteral("MM-dd"));
        if (!daysByKey.contains(key)) {
            marks << QStringLiteral("?");
            binds << key;
        }
        daysByKey[key] << d;
    }
    // 29 February birthdays are celebrated on 28 February in other years.
    const bool wantsLeapDay = daysByKey.contains(QStringLiteral("02-28"))
        && !daysByKey.contains(QStringLiteral("02-29"));
    if (wantsLeapDay) {
        marks << QStringLiteral("?");
        binds << QStringLiteral("02-29");
        daysByKey[QStringLiteral("02-29")] = daysByKey.value(QStringLiteral("02-28"));
    }
    if (marks.isEmpty())
        return QList<Birthday>{};
    SqlStatement q(*conn, tr("Cannot read the birthdays"));
    if (auto st = q.run(
            QStringLiteral("SELECT id, TRIM(first_name || ' ' || last_name), birthday FROM contacts"
                           " WHERE deleted_at IS NULL AND birthday IS NOT NULL"
                           " AND SUBSTR(CAST(birthday AS TEXT), 6, 5) IN (%1)"
                           " ORDER BY SUBSTR(CAST(birthday AS TEXT), 6, 5), last_name, id LIMIT 2000")
                .arg(marks.join(QStringLiteral(", "))),
            binds);
        !st)
        return st.error();
    QList<Birthday> out;
    while (q.next()) {
        Birthday b;
        b.contactId = q.value(0).toLongLong();
        b.name = q.value(1).toString();
        b.birthday = toDate(q.value(2));
        const QString key = b.birthday.toString(QStringLiteral("MM-dd"));
        for (const QDate &d : daysByKey.value(key)) {
            b.onDate = d;
            out << b;
        }
    }
    return out;
}

Result<QList<Task>> TaskRepository::group(qint64 groupId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the group task"));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2 WHERE t.group_id = ? AND t.deleted_at IS NULL"
                                       " ORDER BY u.display_name, t.id")
                            .arg(taskrows::columns(), taskrows::from()),
                        {groupId});
        !st)
        return st.error();
    QList<Task> out;
    while (q.next())
        out << taskrows::read(q.query());
    return out;
}

Result<QList<qint64>> TaskRepository::dealsWithoutNextStep(int limit) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    // The same rule as the board's "no next step" flag: an open deal with no open task.
    SqlStatement q(*conn, tr("Cannot read the deals without a next step"));
    if (auto st = q.run(QStringLiteral("SELECT d.id FROM deals d WHERE d.status = 'open'"
                                       " AND d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM tasks t"
                                       "  WHERE t.deal_id = d.id AND t.done_at IS NULL"
                                       "  AND t.deleted_at IS NULL) ORDER BY d.id LIMIT ?"),
                        {qBound(1, limit, 100000)});
        !st)
        return st.error();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace kontor
