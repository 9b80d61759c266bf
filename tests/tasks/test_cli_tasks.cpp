// kontorctl tasks / activities as a real process, on both back ends.
#include "tasks_support.h"
#include "kontorctl_run.h"
#include "test_database.h"

#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"
#include "tasks/task_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

using Run = kontor::test::CtlRun;
using kontor::test::json;
using kontor::test::kontorctl;

QStringList titles(const QJsonArray &list)
{
    QStringList out;
    for (const auto &v : list)
        out << v.toObject().value(QStringLiteral("title")).toString();
    return out;
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("kontorctl tasks add / list / done with a next step", "[cli][tasks]")
{
    TestDatabase t;
    const Session s = t.session();
    Contact c;
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    const qint64 contactId = *ContactRepository(s).create(c);
    const QString contact = QString::number(contactId);

    // Given a call due at 09:30 Berlin time, a reminder 15 minutes before, weekly on Mon+Thu
    QJsonObject added = json(kontorctl(
        t, args({"--json", "tasks", "add", "--title", "Call Ada", "--due", "2026-06-11T09:30",
                 "--tz", "Europe/Berlin", "--type", "call", "--priority", "high", "--remind", "15",
                 "--repeat", "weekly:mon,thu"})
               + QStringList {QStringLiteral("--contact"), contact}));
    const QJsonObject call = added.value(QStringLiteral("created")).toArray().at(0).toObject();
    CHECK(call.value(QStringLiteral("due")).toString() == QStringLiteral("2026-06-11T07:30:00Z"));
    CHECK(call.value(QStringLiteral("remind_at")).toString() == QStringLiteral("2026-06-11T07:15:00Z"));
    CHECK(call.value(QStringLiteral("priority")).toInt() == 1);
    CHECK(call.value(QStringLiteral("contact")).toString() == QStringLiteral("Ada Lovelace"));
    CHECK(call.value(QStringLiteral("repeat")).toString() == QStringLiteral("weekly:mon,thu"));
    json(kontorctl(t, args({"--json", "tasks", "add", "--title", "Quarter report", "--due",
                            "2026-06-10", "--all-day"})));

    // When listed on 11 June at 08:00 Berlin time
    const QJsonObject lists = json(kontorctl(
        t, args({"--json", "tasks", "list", "--tz", "Europe/Berlin", "--now", "2026-06-11T08:00"})));
    CHECK(titles(lists.value(QStringLiteral("today")).toArray()) == QStringList {QStringLiteral("Call Ada")});
    CHECK(titles(lists.value(QStringLiteral("overdue")).toArray())
          == QStringList {QStringLiteral("Quarter report")});
    CHECK(lists.value(QStringLiteral("upcoming")).toArray().isEmpty());
    const Run text = kontorctl(t, args({"tasks", "list", "--due", "today", "--tz", "Europe/Berlin",
                                        "--now", "2026-06-11T08:00"}));
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("2026-06-11 09:30")));
    CHECK(text.out.contains(QStringLiteral("Ada Lovelace")));

    // When the call is done with an outcome, logged, and a next step is set
    const QString id = QString::number(call.value(QStringLiteral("id")).toInteger());
    const QJsonObject done = json(kontorctl(
        t, QStringList {QStringLiteral("--json"), QStringLiteral("tasks"), QStringLiteral("done"), id}
               + args({"--outcome", "Interested", "--log", "--next-title", "Send offer", "--next-due",
                       "2026-06-12T10:00Z", "--now", "2026-06-11T09:40Z"})));
    CHECK(done.value(QStringLiteral("next_occurrence_id")).toInteger() > 0);
    CHECK(done.value(QStringLiteral("activity_id")).toInteger() > 0);
    const qint64 stepId = done.value(QStringLiteral("next_step_id")).toInteger();
    const Task step = *TaskRepository(s).get(stepId);
    CHECK(step.contactId == contactId);
    CHECK(step.dueAt == QDateTime(QDate(2026, 6, 12), QTime(10, 0), Qt::UTC));
    // The repeat lands on Monday 15 June, 09:30 Berlin
    const Task repeat = *TaskRepository(s).get(done.value(QStringLiteral("next_occurrence_id")).toInteger());
    CHECK(repeat.dueAt == QDateTime(QDate(2026, 6, 15), QTime(7, 30), Qt::UTC));

    const QJsonObject doneList = json(kontorctl(t, args({"--json", "tasks", "list", "--due", "done"})));
    const QJsonObject first = doneList.value(QStringLiteral("done")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("outcome")).toString() == QStringLiteral("Interested"));

    // Then completing it twice is a runtime error naming the task
    const Run again = kontorctl(t, QStringList {QStringLiteral("tasks"), QStringLiteral("done"), id});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already done")));
}

TEST_CASE("kontorctl tasks: group tasks and bad input", "[cli][tasks]")
{
    TestDatabase t;
    const Session s = t.session();
    {
        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("users"));
        REQUIRE(q.run(QStringLiteral("INSERT INTO users (login, display_name) VALUES ('bob', 'Bob'),"
                                     " ('carol', 'Carol')")));
    }
    const QJsonObject group = json(kontorctl(
        t, args({"--json", "tasks", "add", "--title", "Read the price list", "--due",
                 "2026-06-11T12:00Z", "--assignee", "bob", "--assignee", "carol"})));
    const QJsonArray created = group.value(QStringLiteral("created")).toArray();
    REQUIRE(created.size() == 2);
    CHECK(created.at(0).toObject().value(QStringLiteral("group_total")).toInt() == 2);
    const QJsonObject bobs = json(kontorctl(
        t, args({"--json", "tasks", "list", "--assignee", "bob", "--now", "2026-06-11T08:00Z",
                 "--tz", "UTC", "--due", "today"})));
    CHECK(titles(bobs.value(QStringLiteral("today")).toArray())
          == QStringList {QStringLiteral("Read the price list")});
    // Mine: nothing
    const QJsonObject mine = json(kontorctl(
        t, args({"--json", "tasks", "list", "--now", "2026-06-11T08:00Z", "--tz", "UTC"})));
    CHECK(mine.value(QStringLiteral("today")).toArray().isEmpty());

    // Bad usage is exit 2 with a reason; bad data is exit 1
    const Run noTitle = kontorctl(t, args({"tasks", "add", "--due", "2026-06-11T12:00Z"}));
    CHECK(noTitle.code == 2);
    CHECK(noTitle.err.contains(QStringLiteral("--title")));
    const Run badDue = kontorctl(t, args({"tasks", "add", "--title", "X", "--due", "tomorrow"}));
    CHECK(badDue.code == 2);
    CHECK(badDue.err.contains(QStringLiteral("tomorrow")));
    const Run badRepeat = kontorctl(t, args({"tasks", "add", "--title", "X", "--due", "2026-06-11T12:00Z",
                                             "--repeat", "weekly:someday"}));
    CHECK(badRepeat.code == 1);
    CHECK(badRepeat.err.contains(QStringLiteral("someday")));
    const Run badUser = kontorctl(t, args({"tasks", "add", "--title", "X", "--assignee", "nobody"}));
    CHECK(badUser.code == 1);
    CHECK(badUser.err.contains(QStringLiteral("nobody")));
    CHECK(kontorctl(t, args({"tasks", "list", "--due", "someday"})).code == 2);
    CHECK(kontorctl(t, args({"tasks", "done"})).code == 2);
    CHECK(kontorctl(t, args({"tasks", "done", "999"})).code == 1);
}

TEST_CASE("kontorctl tasks no-next-step lists open deals without an open task", "[cli][tasks]")
{
    TestDatabase t;
    const Session s = t.session();
    Deal deal;
    deal.title = QStringLiteral("Engines");
    deal.stageId = (*PipelineRepository(s).list()).first().stages.first().id;
    const qint64 dealId = *DealRepository(s).create(deal);
    QJsonArray deals = json(kontorctl(t, args({"--json", "tasks", "no-next-step"})))
                           .value(QStringLiteral("deals"))
                           .toArray();
    REQUIRE(deals.size() == 1);
    CHECK(deals.at(0).toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Engines"));
    CHECK(deals.at(0).toObject().value(QStringLiteral("stage")).toString() == QStringLiteral("Lead in"));

    // A task for the deal is its next step
    json(kontorctl(t, args({"--json", "tasks", "add", "--title", "Send the offer", "--due", "2026-06-11T09:00Z"})
                          + QStringList {QStringLiteral("--deal"), QString::number(dealId)}));
    deals = json(kontorctl(t, args({"--json", "tasks", "no-next-step"}))).value(QStringLiteral("deals")).toArray();
    CHECK(deals.isEmpty());
    const Run text = kontorctl(t, args({"tasks", "no-next-step"}));
    CHECK(text.out.contains(QStringLiteral("Every open deal has a next step")));
}

TEST_CASE("kontorctl activities log", "[cli][activities]")
{
    TestDatabase t;
    const Session s = t.session();
    Contact c;
    c.firstName = QStringLiteral("Grace");
    c.lastName = QStringLiteral("Hopper");
    const QString contact = QString::number(*ContactRepository(s).create(c));
    const QJsonObject logged = json(kontorctl(
        t, QStringList {QStringLiteral("--json"), QStringLiteral("activities"), QStringLiteral("log"),
                        QStringLiteral("--contact"), contact}
               + args({"--kind", "call", "--subject", "Follow-up", "--duration", "12", "--direction",
                       "out", "--outcome", "Call back Friday", "--at", "2026-06-10T09:00:00Z"})));
    const qint64 id = logged.value(QStringLiteral("id")).toInteger();
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("read"));
    REQUIRE(q.run(QStringLiteral("SELECT kind, duration_min, direction, outcome, occurred_at FROM activities"
                                 " WHERE id = ?"),
                  {id}));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("call"));
    CHECK(q.value(1).toInt() == 12);
    CHECK(q.value(2).toString() == QStringLiteral("out"));
    CHECK(q.value(3).toString() == QStringLiteral("Call back Friday"));
    CHECK(q.value(4).toLongLong() == QDateTime(QDate(2026, 6, 10), QTime(9, 0), Qt::UTC).toSecsSinceEpoch());
    q.finish();

    CHECK(kontorctl(t, args({"activities", "log", "--kind", "call", "--subject", "x"})).code == 2);
    CHECK(kontorctl(t, QStringList {QStringLiteral("activities"), QStringLiteral("log"),
                                    QStringLiteral("--contact"), contact, QStringLiteral("--kind"),
                                    QStringLiteral("fax")})
              .code
          == 2);
    const Run missing = kontorctl(t, args({"activities", "log", "--contact", "99999", "--kind", "note",
                                           "--subject", "Hello"}));
    CHECK(missing.code == 1);
}

TEST_CASE("kontorctl tasks export-ics / import-ics round trip", "[cli][ical]")
{
    TestDatabase source;
    source.session();
    json(kontorctl(source, args({"--json", "tasks", "add", "--title", "Kick-off; budget, scope",
                                 "--type", "meeting", "--due", "2026-06-11T09:30", "--tz",
                                 "Europe/Berlin", "--remind", "10"})));
    json(kontorctl(source, args({"--json", "tasks", "add", "--title", "Send contract", "--due",
                                 "2026-06-12", "--all-day"})));
    const QString file = source.tempPath(QStringLiteral("tasks.ics"));
    const QJsonObject exported = json(kontorctl(source, QStringList {QStringLiteral("--json"),
                                                                     QStringLiteral("tasks"),
                                                                     QStringLiteral("export-ics"), file}));
    CHECK(exported.value(QStringLiteral("tasks")).toInt() == 2);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.contains("BEGIN:VEVENT\r\n"));
    CHECK(ics.contains("DTSTART:20260611T073000Z\r\n"));
    CHECK(ics.contains("SUMMARY:Kick-off\\; budget\\, scope\r\n"));
    CHECK(ics.contains("DUE;VALUE=DATE:20260612\r\n"));

    // Imported into another database, the meeting comes back; a second import adds nothing
    TestDatabase target;
    const Session s = target.session();
    const QStringList import {QStringLiteral("--json"), QStringLiteral("tasks"),
                              QStringLiteral("import-ics"), file};
    const QJsonObject first = json(kontorctl(target, import));
    CHECK(first.value(QStringLiteral("created")).toInt() == 1); // VTODOs are not imported
    const QJsonObject second = json(kontorctl(target, import));
    CHECK(second.value(QStringLiteral("created")).toInt() == 0);
    CHECK(second.value(QStringLiteral("skipped_existing")).toInt() == 1);
    const auto all = *TaskRepository(s).all(TaskScope::everyone(), true);
    REQUIRE(all.size() == 1);
    CHECK(all.first().title == QStringLiteral("Kick-off; budget, scope"));
    CHECK(all.first().kind == QStringLiteral("meeting"));
    CHECK(all.first().dueAt == QDateTime(QDate(2026, 6, 11), QTime(7, 30), Qt::UTC));
    CHECK(all.first().remindBeforeMin == 10);

    const QString junk = target.tempPath(QStringLiteral("junk.ics"));
    QFile j(junk);
    REQUIRE(j.open(QIODevice::WriteOnly));
    j.write("Name,Email\nAda,ada@example.org\n");
    j.close();
    const Run bad = kontorctl(target, QStringList {QStringLiteral("tasks"), QStringLiteral("import-ics"), junk});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("not an iCalendar file")));
}
