#include "tasks_support.h"

#include "storage/sql.h"

namespace kontor::test {

QDateTime at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toUTC();
}

QTimeZone zone(const char *iana)
{
    QTimeZone z(iana);
    REQUIRE(z.isValid());
    return z;
}

qint64 addTask(const Session &s, const QString &title, const QDateTime &due, const QString &zone)
{
    Task t;
    t.title = title;
    t.dueAt = due;
    t.timeZone = zone;
    return require(TaskRepository(s).create(t)).first();
}

qint64 addAllDayTask(const Session &s, const QString &title, const QDate &date, const QString &zone)
{
    Task t;
    t.title = title;
    t.allDay = true;
    t.dueDate = date;
    t.timeZone = zone;
    return require(TaskRepository(s).create(t)).first();
}

qint64 addUser(const Session &s, const QString &login, const QString &name)
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("add user"));
    auto id = q.scalar(QStringLiteral("INSERT INTO users (login, display_name) VALUES (?, ?) RETURNING id"),
                       {login, name});
    const qint64 out = require(id).toLongLong();
    q.finish();
    return out;
}

QStringList titles(const Session &s, TaskView view, const QDateTime &now, const QTimeZone &zone,
                   const TaskScope &scope)
{
    QStringList out;
    PageRequest page;
    page.limit = 2; // several pages: the seek key is exercised too
    for (;;) {
        auto p = require(TaskRepository(s).list(view, scope, now, zone, page));
        for (const Task &t : std::as_const(p.items))
            out << t.title;
        if (!p.hasMore)
            break;
        page.after = p.nextAfter;
    }
    return out;
}

} // namespace kontor::test
