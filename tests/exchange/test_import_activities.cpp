// Activities / notes import on both back ends: types named in several languages, contacts by
// email (unknown: a row problem), deals by title, the contact's "last contacted" moved as
// logging by hand moves it, duplicates skipped, and undo putting everything back.
#include "activities/activity_repository.h"
#include "import/import_job.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "import_dump.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace kontor;
using namespace kontor::importing;

namespace {

using kontor::test::writeFile;

qint64 contactWith(const Session &s, const char *first, const char *email)
{
    Contact c;
    c.firstName = QString::fromUtf8(first);
    c.emails = {{0, QStringLiteral("work"), QString::fromUtf8(email)}};
    auto id = ContactRepository(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

QDateTime lastContacted(const Session &s, qint64 id)
{
    auto c = ContactRepository(s).get(id);
    REQUIRE(c.ok());
    return c->lastContactedAt;
}

qint64 activityCount(const Session &s)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("count"));
    auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM activities WHERE deleted_at IS NULL"));
    REQUIRE(n.ok());
    return n->toLongLong();
}

} // namespace

TEST_CASE("Activities import onto contacts by email and move 'last contacted'", "[import][storage][activities]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const qint64 ann = contactWith(s, "Ann", "ann@example.com");
    const qint64 bob = contactWith(s, "Bob", "bob@example.com");
    // Bob was called on 1 June 2025 (logged by hand): older imported activities must not
    // make him look less recently contacted
    Activity call;
    call.kind = QStringLiteral("call");
    call.subject = QStringLiteral("Hand-logged call");
    call.contactId = bob;
    call.occurredAt = QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
    REQUIRE(ActivityRepository(s).log(call).ok());
    Deal renewal;
    renewal.title = QStringLiteral("Renewal");
    renewal.stageId = 1;
    renewal.contactId = ann;
    REQUIRE(DealRepository(s).create(renewal).ok());
    const QString before = test::importDump(s);

    const QString file = tdb.tempPath(QStringLiteral("activities.csv"));
    writeFile(file, QStringLiteral(
        "Type;Date;Subject;Note;Email;Deal\n"
        "Звонок;2025-03-10T09:30:00Z;Intro call;Talked about prices;ann@example.com;Renewal\n"
        "Tapaaminen;2025-03-12 14:00Z;Visit;;ANN@example.com;\n"
        "note;2025-01-05T08:00:00Z;;Sent a brochure;bob@example.com;\n"
        "call;2025-03-10;Unknown person;;nobody@example.com;\n"
        "fax;2025-03-10;Odd type;;ann@example.com;\n"
        "call;03/04/2025;Ambiguous;;ann@example.com;\n"
        "call;2025-03-10;Wrong deal;;ann@example.com;Expansion\n"
        "call;;No date;;ann@example.com;\n"));
    ImportOptions options;
    options.entity = ExchangeEntity::Activities;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    CHECK(result->rows == 8);
    CHECK(result->created == 3);
    CHECK(result->rejected == 5);
    QStringList reasons;
    for (const auto &p : result->problems)
        reasons << QStringLiteral("%1|%2|%3|%4").arg(p.row).arg(p.column, p.value, p.reason);
    INFO(reasons.join(QLatin1Char('\n')).toStdString());
    auto has = [&](qint64 row, const char *column, const char *value, const char *reason) {
        for (const auto &p : result->problems) {
            if (p.row == row && p.column == QLatin1String(column) && p.value == QLatin1String(value)
                && p.reason.contains(QLatin1String(reason)))
                return true;
        }
        return false;
    };
    CHECK(has(5, "Email", "nobody@example.com", "no contact"));
    CHECK(has(6, "Type", "fax", "call, email, meeting, note"));
    CHECK(has(7, "Date", "03/04/2025", "ambiguous"));
    CHECK(has(8, "Deal", "Expansion", "no deal"));
    CHECK(has(9, "Date", "", "no date"));

    // Ann's last contact is her latest imported activity; Bob keeps his newer hand-logged call
    CHECK(lastContacted(s, ann) == QDateTime(QDate(2025, 3, 12), QTime(14, 0), Qt::UTC));
    CHECK(lastContacted(s, bob) == QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC));
    {
        // The call about the renewal is on the deal and counts as its last activity
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("deal"));
        auto last = q.scalar(QStringLiteral("SELECT last_activity_at FROM deals WHERE title = 'Renewal'"));
        REQUIRE(last.ok());
        CHECK(last->toLongLong() == QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC).toSecsSinceEpoch());
    }
    CHECK(activityCount(s) == 4);

    // The same file again: the activities are already there, so skipped, not doubled
    auto again = runImport(s, file, options);
    REQUIRE(again.ok());
    CHECK(again->created == 0);
    CHECK(again->skipped == 3);
    CHECK(activityCount(s) == 4);

    // Undo: activities gone, "last contacted" and the deal's "last activity" as before
    REQUIRE(undoImport(s, result->batch).ok());
    CHECK(test::importDump(s) == before);
    CHECK_FALSE(lastContacted(s, ann).isValid());
}

TEST_CASE("Activities import: duration, direction and outcome", "[import][storage][activities]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    contactWith(s, "Ann", "ann@example.com");
    const QString file = tdb.tempPath(QStringLiteral("calls.csv"));
    writeFile(file, QStringLiteral("Type,Date,Subject,Email,Длительность,Направление,Result\n"
                                   "call,2025-03-10T09:30:00Z,Long call,ann@example.com,1:30,Входящий,Agreed on a demo\n"
                                   "meeting,2025-03-11T09:30:00Z,Lunch,ann@example.com,45 min,out,\n"
                                   "call,2025-03-12T09:30:00Z,Odd call,ann@example.com,soon,sideways,\n"));
    ImportOptions options;
    options.entity = ExchangeEntity::Activities;
    auto result = runImport(s, file, options);
    REQUIRE(result.ok());
    CHECK(result->mapping.fields.mid(4) == QStringList({QStringLiteral("duration"), QStringLiteral("direction"),
                                                        QStringLiteral("outcome")}));
    CHECK(result->created == 2);
    CHECK(result->rejected == 1);
    REQUIRE(result->problems.size() == 2); // both bad cells of the last row, each named
    CHECK(result->problems.at(0).value == QStringLiteral("soon"));
    CHECK(result->problems.at(1).value == QStringLiteral("sideways"));

    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("read"));
    REQUIRE(q.run(QStringLiteral("SELECT subject, duration_min, direction, outcome FROM activities ORDER BY occurred_at")).ok());
    REQUIRE(q.next());
    CHECK(q.value(1).toInt() == 90);
    CHECK(q.value(2).toString() == QStringLiteral("in"));
    CHECK(q.value(3).toString() == QStringLiteral("Agreed on a demo"));
    REQUIRE(q.next());
    CHECK(q.value(1).toInt() == 45);
    CHECK(q.value(2).toString() == QStringLiteral("out"));
    CHECK(q.value(3).isNull());
}

namespace {

// What an activities import writes, as text: the activities, the contacts' "last contacted",
// the deals' "last activity", the audit rows and the undo records.
QString activitiesDump(const Session &s)
{
    return test::queryDump(s, {
        "SELECT id, kind, subject, body, occurred_at, duration_min, direction, outcome, contact_id, deal_id,"
        " user_id, deleted_at FROM activities ORDER BY id",
        "SELECT id, last_contacted_at FROM contacts ORDER BY id",
        "SELECT id, last_activity_at FROM deals ORDER BY id",
        "SELECT user_id, entity, entity_id, action, changes FROM audit_log WHERE entity = 'activity' ORDER BY id",
        "SELECT entity, entity_id, action, before_values, source_row FROM import_batch_items ORDER BY id",
    });
}

struct Logged
{
    ImportSummary first, summary; // of the first and the second import
    QString afterFirst, afterImport;
    bool undoneExactly = false;
};

// 2,500 rows on 40 contacts, out of time order (so "last contacted" moves forward only
// sometimes), some on a deal, repeats of earlier rows in the same and earlier batches (skipped
// unless the policy is "create"), rows naming an unknown contact (rejected), a second import
// of the first rows (skipped against the base).
Logged logActivities(bool rowByRow, DuplicatePolicy policy)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    QList<qint64> people;
    for (int p = 0; p < 40; ++p)
        people << contactWith(s, "P", QStringLiteral("p%1@example.com").arg(p).toUtf8().constData());
    Deal deal;
    deal.title = QStringLiteral("Big order");
    deal.stageId = 1;
    deal.contactId = people[3];
    REQUIRE(DealRepository(s).create(deal).ok());
    QString text = QStringLiteral("Type,Subject,Date,Email,Deal\n");
    for (int i = 0; i < 2500; ++i) {
        const int n = i % 300 == 299 ? i - 150 : i; // a repeat of a row 150 earlier
        const QString email = i % 211 == 5 ? QStringLiteral("nobody@example.com")
                                           : QStringLiteral("p%1@example.com").arg(n % 40);
        const QString date = QDateTime::fromSecsSinceEpoch(1700000000 + qint64((n * 7919) % 5000) * 3600, Qt::UTC)
                                 .toString(Qt::ISODate);
        const QString dealTitle = n % 40 == 3 && n % 3 == 0 ? QStringLiteral("Big order") : QString();
        text += QStringLiteral("%1,Talk %2,%3,%4,%5\n").arg(n % 2 ? QStringLiteral("Call") : QStringLiteral("Note"))
                    .arg(n).arg(date, email, dealTitle);
    }
    const QString file = tdb.tempPath(QStringLiteral("acts.csv"));
    writeFile(file, text);
    ImportOptions options;
    options.entity = ExchangeEntity::Activities;
    options.onDuplicate = policy;
    options.rowByRow = rowByRow;
    auto first = runImport(s, file, options); // then the same file again: all skipped or doubled
    REQUIRE(first.ok());
    const QString afterFirst = activitiesDump(s);
    const QString before = test::importDump(s); // the audit trail and import history stay
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    Logged out {*first, *result, afterFirst, activitiesDump(s)};
    REQUIRE(undoImport(s, result->batch).ok());
    out.undoneExactly = test::importDump(s) == before;
    return out;
}

} // namespace

TEST_CASE("Activities are logged in batches exactly as one by one, and undone", "[import][storage][activities]")
{
    for (DuplicatePolicy policy : {DuplicatePolicy::Skip, DuplicatePolicy::Create}) {
        INFO("policy " << int(policy));
        const Logged batched = logActivities(false, policy);
        const Logged oneByOne = logActivities(true, policy);
        CHECK(batched.first.created == oneByOne.first.created);
        CHECK(batched.first.skipped == oneByOne.first.skipped);
        CHECK(batched.first.skipped > (policy == DuplicatePolicy::Skip ? 5 : -1)); // repeats inside the file
        CHECK(batched.afterFirst == oneByOne.afterFirst);
        CHECK(batched.summary.created == oneByOne.summary.created);
        CHECK(batched.summary.skipped == oneByOne.summary.skipped);
        CHECK(batched.summary.rejected == oneByOne.summary.rejected);
        CHECK(batched.summary.rejected > 5);
        if (policy == DuplicatePolicy::Skip)
            CHECK(batched.summary.created == 0); // the second import repeats the first
        else
            CHECK(batched.summary.created == 2500 - batched.summary.rejected);
        CHECK(batched.afterImport == oneByOne.afterImport);
        CHECK(batched.undoneExactly);
        CHECK(oneByOne.undoneExactly);
    }
}
