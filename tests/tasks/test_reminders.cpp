// The reminder scheduler: fires on time, once; after a restart, reminders that came due while
// the app was closed are listed as missed; snooze brings one back later.
#include "tasks_support.h"

#include "test_database.h"

#include "tasks/reminders.h"

using namespace kontor;
using namespace kontor::test;

namespace {

qint64 withReminder(const Session &s, const QString &title, const QDateTime &due, int minutesBefore)
{
    Task t;
    t.title = title;
    t.dueAt = due;
    t.remindBeforeMin = minutesBefore;
    return require(TaskRepository(s).create(t)).first();
}

QStringList titlesOf(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &t : tasks)
        out << t.title;
    return out;
}

} // namespace

TEST_CASE("Reminders fire once, and the missed ones are listed after a restart", "[reminders]")
{
    // Given three reminders: 09:45, 11:50 and 15:00
    TestDatabase db;
    const Session s = db.session();
    withReminder(s, QStringLiteral("Morning call"), at("2026-06-10T10:00:00Z"), 15);
    withReminder(s, QStringLiteral("Lunch meeting"), at("2026-06-10T12:00:00Z"), 10);
    withReminder(s, QStringLiteral("Afternoon demo"), at("2026-06-10T15:30:00Z"), 30);
    const qint64 done = withReminder(s, QStringLiteral("Already done"), at("2026-06-10T10:00:00Z"), 0);
    require(TaskRepository(s).complete(done, {}));

    // When the app starts at 09:00 and polls at 09:00 and 09:46
    ReminderScheduler first(s, at("2026-06-10T09:00:00Z"));
    auto tick = require(first.poll(at("2026-06-10T09:00:00Z")));
    CHECK(tick.fire.isEmpty());
    CHECK(tick.missed.isEmpty());
    CHECK(tick.nextWake == at("2026-06-10T09:45:00Z"));
    tick = require(first.poll(at("2026-06-10T09:46:00Z")));
    CHECK(titlesOf(tick.fire) == QStringList{QStringLiteral("Morning call")});
    CHECK(tick.nextWake == at("2026-06-10T11:50:00Z"));
    // Polling again does not repeat it
    CHECK(require(first.poll(at("2026-06-10T09:47:00Z"))).fire.isEmpty());

    // When the app is closed at 10:00 and started again at 16:00 ("a restart": a new scheduler)
    ReminderScheduler second(s, at("2026-06-10T16:00:00Z"));
    tick = require(second.poll(at("2026-06-10T16:00:00Z")));
    // Then the two that came due meanwhile are missed, the shown one is not repeated
    CHECK(tick.fire.isEmpty());
    CHECK(titlesOf(tick.missed)
          == QStringList{QStringLiteral("Lunch meeting"), QStringLiteral("Afternoon demo")});
    CHECK(!tick.nextWake.isValid());
    // A third start has nothing to report
    ReminderScheduler third(s, at("2026-06-10T17:00:00Z"));
    CHECK(require(third.poll(at("2026-06-10T17:00:00Z"))).missed.isEmpty());
}

TEST_CASE("A snoozed reminder comes back at the snooze time", "[reminders]")
{
    TestDatabase db;
    const Session s = db.session();
    const qint64 id = withReminder(s, QStringLiteral("Call back"), at("2026-06-10T10:00:00Z"), 5);
    ReminderScheduler scheduler(s, at("2026-06-10T09:00:00Z"));
    REQUIRE(require(scheduler.poll(at("2026-06-10T09:56:00Z"))).fire.size() == 1);

    // When it is snoozed for 10 minutes
    requireOk(scheduler.snooze(id, at("2026-06-10T10:06:00Z")));
    auto tick = require(scheduler.poll(at("2026-06-10T10:00:00Z")));
    CHECK(tick.fire.isEmpty());
    CHECK(tick.nextWake == at("2026-06-10T10:06:00Z"));
    // Then it fires again at 10:06, and the task's due time did not move
    CHECK(titlesOf(require(scheduler.poll(at("2026-06-10T10:06:00Z"))).fire)
          == QStringList{QStringLiteral("Call back")});
    CHECK(require(TaskRepository(s).get(id)).dueAt == at("2026-06-10T10:00:00Z"));

    // A colleague's reminders are not mine
    const qint64 bob = addUser(s, QStringLiteral("bob"), QStringLiteral("Bob"));
    Task forBob;
    forBob.title = QStringLiteral("Bob's");
    forBob.dueAt = at("2026-06-10T11:00:00Z");
    forBob.remindBeforeMin = 0;
    forBob.assigneeId = bob;
    require(TaskRepository(s).create(forBob));
    CHECK(require(scheduler.poll(at("2026-06-10T11:01:00Z"))).fire.isEmpty());
}
