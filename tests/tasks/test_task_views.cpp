// Today / Overdue / Upcoming / Done against a given "now" and time zone, on both back ends.
#include "tasks_support.h"

#include "test_database.h"

#include "repo/contact_repository.h"

using namespace kontor;
using namespace kontor::test;

TEST_CASE("Today, overdue and upcoming follow the viewer's local day in several zones", "[tasks]")
{
    // Given tasks due at fixed instants and two all-day tasks
    TestDatabase db;
    const Session s = db.session();
    addTask(s, QStringLiteral("A missed"), at("2026-06-10T21:00:00Z"));
    addTask(s, QStringLiteral("B soon"), at("2026-06-10T21:45:00Z"));
    addTask(s, QStringLiteral("C after midnight in Berlin"), at("2026-06-10T22:30:00Z"));
    addTask(s, QStringLiteral("D tomorrow noon in Berlin"), at("2026-06-11T10:00:00Z"));
    addAllDayTask(s, QStringLiteral("E all day 11 June"), QDate(2026, 6, 11));
    addAllDayTask(s, QStringLiteral("F all day 10 June"), QDate(2026, 6, 10));
    const QDateTime now = at("2026-06-10T21:30:00Z");

    SECTION("Berlin: 23:30 on 10 June")
    {
        const QTimeZone z = zone("Europe/Berlin");
        CHECK(titles(s, TaskView::Overdue, now, z) == QStringList{QStringLiteral("A missed")});
        CHECK(titles(s, TaskView::Today, now, z)
              == QStringList{QStringLiteral("F all day 10 June"), QStringLiteral("B soon")});
        CHECK(titles(s, TaskView::Upcoming, now, z)
              == QStringList{QStringLiteral("C after midnight in Berlin"),
                             QStringLiteral("E all day 11 June"),
                             QStringLiteral("D tomorrow noon in Berlin")});
    }
    SECTION("Tokyo: 06:30 on 11 June: yesterday's all-day task is overdue, 19:00 is today")
    {
        const QTimeZone z = zone("Asia/Tokyo");
        CHECK(titles(s, TaskView::Overdue, now, z)
              == QStringList{QStringLiteral("F all day 10 June"), QStringLiteral("A missed")});
        CHECK(titles(s, TaskView::Today, now, z)
              == QStringList{QStringLiteral("B soon"), QStringLiteral("C after midnight in Berlin"),
                             QStringLiteral("E all day 11 June"),
                             QStringLiteral("D tomorrow noon in Berlin")});
        CHECK(titles(s, TaskView::Upcoming, now, z).isEmpty());
    }
    SECTION("Los Angeles: 14:30 on 10 June: 15:30 is today, 03:00 tomorrow is not")
    {
        const QTimeZone z = zone("America/Los_Angeles");
        CHECK(titles(s, TaskView::Overdue, now, z) == QStringList{QStringLiteral("A missed")});
        CHECK(titles(s, TaskView::Today, now, z)
              == QStringList{QStringLiteral("F all day 10 June"), QStringLiteral("B soon"),
                             QStringLiteral("C after midnight in Berlin")});
        CHECK(titles(s, TaskView::Upcoming, now, z)
              == QStringList{QStringLiteral("E all day 11 June"),
                             QStringLiteral("D tomorrow noon in Berlin")});
        CHECK(*TaskRepository(s).count(TaskView::Today, TaskScope::mine(), now, z) == 3);
        CHECK(*TaskRepository(s).count(TaskView::Upcoming, TaskScope::mine(), now, z) == 2);
    }
}

TEST_CASE("A 23-hour and a 25-hour day end at local midnight", "[tasks][dst]")
{
    TestDatabase db;
    const Session s = db.session();
    const QTimeZone berlin = zone("Europe/Berlin");

    SECTION("Spring forward in Berlin (29 March 2026, 23 hours)")
    {
        // Given tasks just before and after local midnight of 29/30 March (CEST, UTC+2)
        addTask(s, QStringLiteral("23:59 on the 29th"), at("2026-03-29T21:59:00Z"));
        addTask(s, QStringLiteral("00:30 on the 30th"), at("2026-03-29T22:30:00Z"));
        // When the list is read at 23:30 local time: a naive "start + 24 h" would end the
        // day at 00:00 UTC, i.e. 02:00 the next morning, and call the second task today
        const QDateTime now = at("2026-03-29T21:30:00Z");
        CHECK(titles(s, TaskView::Today, now, berlin) == QStringList{QStringLiteral("23:59 on the 29th")});
        CHECK(titles(s, TaskView::Upcoming, now, berlin)
              == QStringList{QStringLiteral("00:30 on the 30th")});
    }
    SECTION("Fall back in Berlin (25 October 2026, 25 hours)")
    {
        addTask(s, QStringLiteral("23:30 on the 25th"), at("2026-10-25T22:30:00Z"));
        addTask(s, QStringLiteral("00:30 on the 26th"), at("2026-10-25T23:30:00Z"));
        // 23:00 local (CET, UTC+1): the extra hour keeps 23:30 in today
        const QDateTime now = at("2026-10-25T22:00:00Z");
        CHECK(titles(s, TaskView::Today, now, berlin) == QStringList{QStringLiteral("23:30 on the 25th")});
        CHECK(titles(s, TaskView::Upcoming, now, berlin)
              == QStringList{QStringLiteral("00:30 on the 26th")});
    }
    SECTION("Spring forward in New York (8 March 2026)")
    {
        const QTimeZone ny = zone("America/New_York");
        // 23:00 EDT on the 8th is 03:00Z on the 9th; midnight EDT is 04:00Z
        addTask(s, QStringLiteral("23:50 on the 8th"), at("2026-03-09T03:50:00Z"));
        addTask(s, QStringLiteral("00:10 on the 9th"), at("2026-03-09T04:10:00Z"));
        const QDateTime now = at("2026-03-09T03:00:00Z");
        CHECK(titles(s, TaskView::Today, now, ny) == QStringList{QStringLiteral("23:50 on the 8th")});
        CHECK(titles(s, TaskView::Upcoming, now, ny) == QStringList{QStringLiteral("00:10 on the 9th")});
    }
}

TEST_CASE("An all-day task planned in one zone is due on its date for a viewer in another",
          "[tasks]")
{
    // Given an all-day task for 12 June planned in Tokyo
    TestDatabase db;
    const Session s = db.session();
    const qint64 id = addAllDayTask(s, QStringLiteral("Send offer"), QDate(2026, 6, 12),
                                    QStringLiteral("Asia/Tokyo"));
    // Then it is read back as a date, and a Berlin viewer sees it today on 12 June, late evening
    const Task t = require(TaskRepository(s).get(id));
    CHECK(t.allDay);
    CHECK(t.dueDate == QDate(2026, 6, 12));
    CHECK(t.dueAt == at("2026-06-11T15:00:00Z")); // local midnight in Tokyo, for ordering
    CHECK(titles(s, TaskView::Today, at("2026-06-12T21:00:00Z"), zone("Europe/Berlin"))
          == QStringList{QStringLiteral("Send offer")});
    CHECK(titles(s, TaskView::Overdue, at("2026-06-12T21:00:00Z"), zone("Europe/Berlin")).isEmpty());
}

TEST_CASE("Mine, a colleague's and everyone's tasks; done tasks newest first", "[tasks]")
{
    TestDatabase db;
    const Session s = db.session();
    const qint64 bob = addUser(s, QStringLiteral("bob"), QStringLiteral("Bob Builder"));
    const QDateTime due = at("2026-06-10T15:00:00Z");
    addTask(s, QStringLiteral("My call"), due);
    Task forBob;
    forBob.title = QStringLiteral("Bob's call");
    forBob.dueAt = due.addSecs(60);
    forBob.assigneeId = bob;
    require(TaskRepository(s).create(forBob));
    const QDateTime now = at("2026-06-10T08:00:00Z");
    const QTimeZone utc = QTimeZone::utc();

    CHECK(titles(s, TaskView::Today, now, utc) == QStringList{QStringLiteral("My call")});
    CHECK(titles(s, TaskView::Today, now, utc, TaskScope::user(bob))
          == QStringList{QStringLiteral("Bob's call")});
    CHECK(titles(s, TaskView::Today, now, utc, TaskScope::everyone())
          == QStringList{QStringLiteral("My call"), QStringLiteral("Bob's call")});
    const auto bobsList = require(TaskRepository(s).list(TaskView::Today, TaskScope::user(bob), now, utc));
    CHECK(bobsList.items.first().assigneeName == QStringLiteral("Bob Builder"));

    // When two tasks are completed, the later completion comes first in Done
    const qint64 first = addTask(s, QStringLiteral("Done first"), due);
    const qint64 second = addTask(s, QStringLiteral("Done second"), due);
    require(TaskRepository(s).complete(first, {}, at("2026-06-10T09:00:00Z")));
    require(TaskRepository(s).complete(second, {}, at("2026-06-10T10:00:00Z")));
    CHECK(titles(s, TaskView::Done, now, utc)
          == QStringList{QStringLiteral("Done second"), QStringLiteral("Done first")});
    CHECK(!titles(s, TaskView::Today, now, utc).contains(QStringLiteral("Done first")));
}

TEST_CASE("The calendar window holds timed and all-day tasks and birthdays", "[tasks][calendar]")
{
    TestDatabase db;
    const Session s = db.session();
    addTask(s, QStringLiteral("Inside"), at("2026-06-10T08:00:00Z"));
    addTask(s, QStringLiteral("Outside"), at("2026-07-10T08:00:00Z"));
    addAllDayTask(s, QStringLiteral("All day inside"), QDate(2026, 6, 20));
    CalendarRange range{at("2026-06-01T00:00:00Z"), at("2026-07-01T00:00:00Z"), QDate(2026, 6, 1),
                        QDate(2026, 7, 1)};
    QStringList inRange;
    for (const Task &t : require(TaskRepository(s).inRange(range, TaskScope::mine())))
        inRange << t.title;
    CHECK(inRange == QStringList{QStringLiteral("Inside"), QStringLiteral("All day inside")});

    // Birthdays: born 14 June 1980 shows on 14 June 2026; born 29 Feb shows on 28 Feb 2027
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.birthday = QDate(1980, 6, 14);
    require(ContactRepository(s).create(ada));
    Contact leap;
    leap.firstName = QStringLiteral("Leap");
    leap.lastName = QStringLiteral("Day");
    leap.birthday = QDate(1996, 2, 29);
    require(ContactRepository(s).create(leap));

    const auto june = require(TaskRepository(s).birthdays(QDate(2026, 6, 1), QDate(2026, 7, 1)));
    REQUIRE(june.size() == 1);
    CHECK(june.first().name == QStringLiteral("Ada Lovelace"));
    CHECK(june.first().onDate == QDate(2026, 6, 14));
    const auto feb = require(TaskRepository(s).birthdays(QDate(2027, 2, 1), QDate(2027, 3, 1)));
    REQUIRE(feb.size() == 1);
    CHECK(feb.first().onDate == QDate(2027, 2, 28));
    const auto leapYear = require(TaskRepository(s).birthdays(QDate(2028, 2, 1), QDate(2028, 3, 1)));
    REQUIRE(leapYear.size() == 1);
    CHECK(leapYear.first().onDate == QDate(2028, 2, 29));
}
