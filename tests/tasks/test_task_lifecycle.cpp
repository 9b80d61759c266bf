// Creating, completing, repeating, grouping and trashing tasks, on both back ends.
#include "tasks_support.h"

#include "test_database.h"

#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"

using namespace kontor;
using namespace kontor::test;

namespace {

qint64 scalar(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    return kontor::test::sqlValue(s, sql, binds).toLongLong();
}

qint64 repeating(const Session &s, const QString &rule, const QDateTime &due, const QString &zone)
{
    Task t;
    t.title = QStringLiteral("Repeating");
    t.dueAt = due;
    t.timeZone = zone;
    t.recurrence = rule;
    t.remindBeforeMin = 15;
    return require(TaskRepository(s).create(t)).first();
}

Task completeAndGetNext(const Session &s, qint64 id, const QDateTime &now)
{
    const auto done = require(TaskRepository(s).complete(id, {}, now));
    REQUIRE(done.nextOccurrenceId > 0);
    return require(TaskRepository(s).get(done.nextOccurrenceId));
}

} // namespace

TEST_CASE("Completing a repeating task creates the next one at the same local time",
          "[tasks][recurrence]")
{
    TestDatabase db;
    const Session s = db.session();

    SECTION("Daily 09:00 in Berlin across the spring change")
    {
        // 09:00 CET on 28 March is 08:00Z; 09:00 CEST on 29 March is 07:00Z
        const qint64 id = repeating(s, QStringLiteral("daily"), at("2026-03-28T08:00:00Z"),
                                    QStringLiteral("Europe/Berlin"));
        const Task next = completeAndGetNext(s, id, at("2026-03-28T09:00:00Z"));
        CHECK(next.dueAt == at("2026-03-29T07:00:00Z"));
        CHECK(next.recurrence == QStringLiteral("daily"));
        CHECK(next.remindAt == at("2026-03-29T06:45:00Z"));
        CHECK(!next.isDone());
        CHECK(require(TaskRepository(s).get(id)).isDone());
    }
    SECTION("Weekly on Monday and Thursday")
    {
        // Thursday 26 March 2026, 10:00 Berlin -> Monday 30 March, 10:00 CEST
        const qint64 id = repeating(s, QStringLiteral("weekly:mon,thu"), at("2026-03-26T09:00:00Z"),
                                    QStringLiteral("Europe/Berlin"));
        const Task monday = completeAndGetNext(s, id, at("2026-03-26T09:30:00Z"));
        CHECK(monday.dueAt == at("2026-03-30T08:00:00Z"));
        const Task thursday = completeAndGetNext(s, monday.id, at("2026-03-30T08:30:00Z"));
        CHECK(thursday.dueAt == at("2026-04-02T08:00:00Z"));
    }
    SECTION("Monthly on the 31st keeps the 31st after a short month")
    {
        const qint64 id = repeating(s, QStringLiteral("monthly"), at("2026-01-31T12:00:00Z"),
                                    QStringLiteral("UTC"));
        const Task feb = completeAndGetNext(s, id, at("2026-01-31T13:00:00Z"));
        CHECK(feb.dueAt == at("2026-02-28T12:00:00Z"));
        CHECK(feb.recurrence == QStringLiteral("monthly:31"));
        const Task mar = completeAndGetNext(s, feb.id, at("2026-02-28T13:00:00Z"));
        CHECK(mar.dueAt == at("2026-03-31T12:00:00Z"));
    }
    SECTION("A daily task done three days late comes back tomorrow, not overdue")
    {
        const qint64 id = repeating(s, QStringLiteral("daily"), at("2026-03-01T09:00:00Z"),
                                    QStringLiteral("UTC"));
        const Task next = completeAndGetNext(s, id, at("2026-03-04T12:00:00Z"));
        CHECK(next.dueAt == at("2026-03-05T09:00:00Z"));
    }
    SECTION("An all-day weekly task moves by dates")
    {
        Task t;
        t.title = QStringLiteral("Friday report");
        t.allDay = true;
        t.dueDate = QDate(2026, 3, 27);
        t.timeZone = QStringLiteral("Europe/Berlin");
        t.recurrence = QStringLiteral("weekly:fri");
        const qint64 id = require(TaskRepository(s).create(t)).first();
        const Task next = completeAndGetNext(s, id, at("2026-03-27T15:00:00Z"));
        CHECK(next.allDay);
        CHECK(next.dueDate == QDate(2026, 4, 3));
    }
}

TEST_CASE("A task given to three people is a group with shared progress", "[tasks][group]")
{
    TestDatabase db;
    const Session s = db.session();
    const qint64 bob = addUser(s, QStringLiteral("bob"), QStringLiteral("Bob"));
    const qint64 carol = addUser(s, QStringLiteral("carol"), QStringLiteral("Carol"));
    Task t;
    t.title = QStringLiteral("Read the new price list");
    t.dueAt = at("2026-06-12T12:00:00Z");
    const auto ids = require(TaskRepository(s).create(t, {s.userId, bob, carol, bob}));
    REQUIRE(ids.size() == 3); // Bob named twice gets one copy

    const Task mine = require(TaskRepository(s).get(ids.first()));
    CHECK(mine.groupId > 0);
    CHECK(mine.groupTotal == 3);
    CHECK(mine.groupDone == 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(DISTINCT assignee_id) FROM tasks WHERE group_id = ?"),
                 {mine.groupId})
          == 3);

    // When Bob completes his copy, everyone sees 1 of 3 done
    require(TaskRepository(s).complete(ids.at(1), {QStringLiteral("Read it"), false, {}}));
    CHECK(require(TaskRepository(s).get(ids.first())).groupDone == 1);
    const auto members = require(TaskRepository(s).group(mine.groupId));
    REQUIRE(members.size() == 3);
    CHECK(members.at(0).assigneeName == QStringLiteral("Bob"));
    CHECK(members.at(0).isDone());
    CHECK(!members.at(1).isDone());

    // A single assignee makes no group
    Task solo;
    solo.title = QStringLiteral("Solo");
    const qint64 soloId = require(TaskRepository(s).create(solo, {carol})).first();
    CHECK(require(TaskRepository(s).get(soloId)).groupId == 0);
    CHECK(require(TaskRepository(s).get(soloId)).assigneeId == carol);
}

TEST_CASE("Completing a call logs it and schedules the next step for the same deal",
          "[tasks][next-step]")
{
    TestDatabase db;
    const Session s = db.session();
    Contact c;
    c.firstName = QStringLiteral("Grace");
    c.lastName = QStringLiteral("Hopper");
    const qint64 contactId = require(ContactRepository(s).create(c));
    Deal deal;
    deal.title = QStringLiteral("Compilers");
    deal.stageId = require(PipelineRepository(s).list()).first().stages.first().id;
    deal.contactId = contactId;
    const qint64 dealId = require(DealRepository(s).create(deal));
    CHECK(require(TaskRepository(s).dealsWithoutNextStep()).contains(dealId));

    Task call;
    call.title = QStringLiteral("Call about the offer");
    call.kind = QStringLiteral("call");
    call.dueAt = at("2026-06-10T09:00:00Z");
    call.contactId = contactId;
    call.dealId = dealId;
    call.durationMin = 10;
    const qint64 callId = require(TaskRepository(s).create(call)).first();
    CHECK(!require(TaskRepository(s).dealsWithoutNextStep()).contains(dealId));

    // When it is completed with an outcome, logged, and a follow-up is scheduled
    Completion done;
    done.outcome = QStringLiteral("Wants a discount");
    done.logActivity = true;
    done.nextStep.title = QStringLiteral("Send revised offer");
    done.nextStep.dueAt = at("2026-06-12T09:00:00Z");
    const auto result = require(TaskRepository(s).complete(callId, done, at("2026-06-10T09:20:00Z")));

    // Then the call is done with its outcome, a call activity is on the timeline, the
    // contact was contacted then, and the deal still has a next step
    const Task closed = require(TaskRepository(s).get(callId));
    CHECK(closed.isDone());
    CHECK(closed.outcome == QStringLiteral("Wants a discount"));
    REQUIRE(result.activityId > 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM activities WHERE id = ? AND kind = 'call'"
                                   " AND outcome = 'Wants a discount' AND duration_min = 10"),
                 {result.activityId})
          == 1);
    CHECK(require(ContactRepository(s).get(contactId)).lastContactedAt == at("2026-06-10T09:20:00Z"));
    const Task next = require(TaskRepository(s).get(result.nextStepId));
    CHECK(next.dealId == dealId);
    CHECK(next.contactId == contactId);
    CHECK(next.title == QStringLiteral("Send revised offer"));
    CHECK(!require(TaskRepository(s).dealsWithoutNextStep()).contains(dealId));

    // Completing it again is refused; reopening brings it back
    auto again = TaskRepository(s).complete(callId, {});
    REQUIRE(!again);
    CHECK(again.error().kind == Error::Kind::Conflict);
    requireOk(TaskRepository(s).reopen(callId));
    CHECK(!require(TaskRepository(s).get(callId)).isDone());

    // When both open tasks are done without a next step, the deal is flagged again
    require(TaskRepository(s).complete(callId, {}));
    require(TaskRepository(s).complete(result.nextStepId, {}));
    CHECK(require(TaskRepository(s).dealsWithoutNextStep()).contains(dealId));
}

TEST_CASE("Bad tasks are refused with the reason; trashed tasks leave the lists", "[tasks]")
{
    TestDatabase db;
    const Session s = db.session();
    const TaskRepository repo(s);
    const auto refused = [&](const Task &t, const QString &part) {
        auto r = repo.create(t);
        REQUIRE(!r);
        CHECK(r.error().kind == Error::Kind::Invalid);
        INFO(r.error().toString().toStdString());
        CHECK(r.error().toString().contains(part));
    };
    Task t;
    refused(t, QStringLiteral("title"));
    t.title = QStringLiteral("Call");
    t.recurrence = QStringLiteral("weekly:funday");
    t.dueAt = at("2026-06-10T09:00:00Z");
    refused(t, QStringLiteral("funday"));
    t.recurrence.clear();
    t.dueAt = {};
    t.remindBeforeMin = 10;
    refused(t, QStringLiteral("reminder"));
    t.remindBeforeMin = -1;
    t.timeZone = QStringLiteral("Mars/Olympus");
    refused(t, QStringLiteral("Mars/Olympus"));
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM tasks")) == 0);

    const qint64 id = addTask(s, QStringLiteral("Trash me"), at("2026-06-10T09:00:00Z"));
    const QDateTime now = at("2026-06-10T08:00:00Z");
    CHECK(titles(s, TaskView::Today, now, QTimeZone::utc()).size() == 1);
    requireOk(repo.moveToTrash(id));
    CHECK(titles(s, TaskView::Today, now, QTimeZone::utc()).isEmpty());
    requireOk(repo.restore(id));
    CHECK(titles(s, TaskView::Today, now, QTimeZone::utc()).size() == 1);
}

TEST_CASE("Rescheduling moves the reminder with the task and shows it again", "[tasks]")
{
    TestDatabase db;
    const Session s = db.session();
    Task t;
    t.title = QStringLiteral("Demo");
    t.dueAt = at("2026-06-10T09:00:00Z");
    t.remindBeforeMin = 30;
    const qint64 id = require(TaskRepository(s).create(t)).first();
    auto conn = s.db->connection();
    SqlStatement mark(*conn, QStringLiteral("mark"));
    requireOk(mark.run(QStringLiteral("UPDATE tasks SET reminded_at = 1 WHERE id = ?"), {id}));

    requireOk(TaskRepository(s).reschedule(id, at("2026-06-11T14:00:00Z")));
    Task moved = require(TaskRepository(s).get(id));
    CHECK(moved.dueAt == at("2026-06-11T14:00:00Z"));
    CHECK(moved.remindAt == at("2026-06-11T13:30:00Z"));
    CHECK(!moved.remindedAt.isValid());
    CHECK(moved.remindBeforeMin == 30);

    requireOk(TaskRepository(s).rescheduleAllDay(id, QDate(2026, 6, 15)));
    moved = require(TaskRepository(s).get(id));
    CHECK(moved.allDay);
    CHECK(moved.dueDate == QDate(2026, 6, 15));
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'task'"
                                   " AND entity_id = ? AND action = 'update'"),
                 {id})
          == 2);
}
