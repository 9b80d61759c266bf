// Activities leave Kontor with their contact, deal and details, in a file the activities
// import maps back by itself; a segment narrows them to those of its contacts;
// exportToFile() leaves nothing behind when cancelled.
#include "activities/activity_repository.h"
#include "contacts/contact_filter.h"
#include "exchange/exporter.h"
#include "import/import_job.h"
#include "import/tabular_reader.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kontor;

namespace {

struct Logged
{
    qint64 contact = 0, deal = 0, call = 0, note = 0, trashed = 0;
};

Logged logSome(const Session &s)
{
    Logged l;
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Müller");
    ana.emails = {{0, QStringLiteral("work"), QStringLiteral("ana@example.org")}};
    l.contact = *ContactRepository(s).create(ana);
    auto pipeline = PipelineRepository(s).find(QStringLiteral("Sales"));
    REQUIRE(pipeline.ok());
    Deal d;
    d.title = QStringLiteral("Rollout 2026");
    d.stageId = pipeline->stages.first().id;
    d.contactId = l.contact;
    l.deal = *DealRepository(s).create(d);

    ActivityRepository activities(s);
    Activity call;
    call.kind = QStringLiteral("call");
    call.subject = QStringLiteral("=Price talk"); // a formula-looking subject
    call.body = QStringLiteral("Wants two licences");
    call.occurredAt = QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);
    call.durationMin = 45;
    call.direction = QStringLiteral("out");
    call.outcome = QStringLiteral("Call back in May");
    call.contactId = l.contact;
    call.dealId = l.deal;
    auto callId = activities.log(call);
    REQUIRE(callId.ok());
    l.call = *callId;
    Activity note;
    note.kind = QStringLiteral("note");
    note.body = QStringLiteral("Prefers e-mail");
    note.occurredAt = QDateTime(QDate(2026, 3, 11), QTime(14, 0), Qt::UTC);
    note.contactId = l.contact;
    l.note = *activities.log(note);
    Activity gone = note;
    gone.body = QStringLiteral("Trashed");
    l.trashed = *activities.log(gone);
    REQUIRE(activities.moveToTrash(l.trashed).ok());
    return l;
}

QList<QStringList> readCsv(const QString &path, QStringList *header)
{
    auto reader = openTabular(path, {});
    REQUIRE(reader.ok());
    *header = (*reader)->header();
    QList<QStringList> rows;
    TabularRow row;
    while (*(*reader)->next(row))
        rows << row.cells;
    return rows;
}

} // namespace

TEST_CASE("An activities export lists each live activity with its contact, deal and details",
          "[exchange][activities]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const Logged l = logSome(s);

    ExportRequest r;
    r.entity = ExchangeEntity::Activities;
    r.format = ExportFormat::Csv;
    const QString path = tdb.tempPath(QStringLiteral("activities.csv"));
    auto written = exportToFile(s, r, path);
    INFO((written.ok() ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 2); // the trashed one stays out

    QStringList header;
    const auto rows = readCsv(path, &header);
    REQUIRE(rows.size() == 2);
    auto at = [&](int row, const char *label) {
        const int i = header.indexOf(QLatin1String(label));
        REQUIRE(i >= 0);
        return rows.at(row).value(i);
    };
    CHECK(at(0, "Type") == QStringLiteral("call"));
    CHECK(at(0, "Date") == QStringLiteral("2026-03-10T09:30:00Z"));
    CHECK(at(0, "Subject") == QStringLiteral("'=Price talk")); // defused for spreadsheets
    CHECK(at(0, "Note") == QStringLiteral("Wants two licences"));
    CHECK(at(0, "Contact name") == QStringLiteral("Ana Müller"));
    CHECK(at(0, "Contact email") == QStringLiteral("ana@example.org"));
    CHECK(at(0, "Deal") == QStringLiteral("Rollout 2026"));
    CHECK(at(0, "Duration") == QStringLiteral("45"));
    CHECK(at(0, "Direction") == QStringLiteral("out"));
    CHECK(at(0, "Outcome") == QStringLiteral("Call back in May"));
    CHECK(at(0, "Kontor ID") == QString::number(l.call));
    CHECK(at(1, "Type") == QStringLiteral("note"));
    CHECK(at(1, "Deal").isEmpty());

    // The activities import maps the file back by itself and finds both already there.
    importing::ImportOptions options;
    options.entity = ExchangeEntity::Activities;
    auto again = importing::runImport(s, path, options);
    INFO((again.ok() ? QString() : again.error().toString()).toStdString());
    REQUIRE(again.ok());
    CHECK(again->rejected == 0);
    CHECK(again->created == 0);
    CHECK(again->skipped == 2);
}

TEST_CASE("An activities JSON export keeps the duration a number; vCard is refused",
          "[exchange][activities]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const Logged l = logSome(s);

    ExportRequest r;
    r.entity = ExchangeEntity::Activities;
    r.format = ExportFormat::Json;
    r.ids = {l.note, l.call}; // a selection, in this order
    const QString path = tdb.tempPath(QStringLiteral("activities.json"));
    REQUIRE(exportToFile(s, r, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
    REQUIRE(array.size() == 2);
    CHECK(array.at(0).toObject().value(QStringLiteral("id")).toInteger() == l.note);
    const QJsonObject call = array.at(1).toObject();
    CHECK(call.value(QStringLiteral("duration")).toInt() == 45);
    CHECK(call.value(QStringLiteral("contact_email")).toString() == QStringLiteral("ana@example.org"));

    r.ids = {l.trashed};
    auto trashed = exportToFile(s, r, tdb.tempPath(QStringLiteral("trashed.json")));
    REQUIRE_FALSE(trashed.ok());
    CHECK(trashed.error().kind == Error::Kind::NotFound);

    r.ids.clear();
    r.format = ExportFormat::VCard4;
    auto vcard = exportToFile(s, r, tdb.tempPath(QStringLiteral("activities.vcf")));
    REQUIRE_FALSE(vcard.ok());
    CHECK(vcard.error().kind == Error::Kind::Invalid);
    CHECK_FALSE(QFile::exists(tdb.tempPath(QStringLiteral("activities.vcf"))));
}

TEST_CASE("An activities export by segment holds exactly the activities of its contacts",
          "[exchange][activities]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const Logged l = logSome(s); // Ana: a call and a note (and one in the trash)
    ContactRepository contacts(s);
    {
        Contact ana = *contacts.get(l.contact);
        ana.status = QStringLiteral("customer");
        REQUIRE(contacts.update(ana).ok());
    }
    auto add = [&](const char *first, const char *status, const char *subject) {
        Contact c;
        c.firstName = QLatin1String(first);
        c.lastName = QStringLiteral("Test");
        c.status = QLatin1String(status);
        const qint64 id = *contacts.create(c);
        Activity a;
        a.kind = QStringLiteral("call");
        a.subject = QLatin1String(subject);
        a.occurredAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
        a.contactId = id;
        const auto activity = ActivityRepository(s).log(a);
        REQUIRE(activity.ok());
        return std::pair{id, *activity};
    };
    const auto ben = add("Ben", "lead", "Not a customer");
    const auto cleo = add("Cleo", "customer", "Customer in the trash");
    const auto dan = add("Dan", "customer", "Another customer");
    REQUIRE(contacts.moveToTrash(cleo.first).ok());

    ExportRequest r;
    r.entity = ExchangeEntity::Activities;
    r.format = ExportFormat::Json;
    r.contactFilter = *ContactFilter::parse(QStringLiteral("status=customer"));
    const QString path = tdb.tempPath(QStringLiteral("customers.json"));
    auto written = exportToFile(s, r, path);
    INFO((written.ok() ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());
    CHECK(*written == 3);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<qint64> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
        ids << v.toObject().value(QStringLiteral("id")).toInteger();
    // Ana's live call and note and Dan's call: not Ben's (a lead), not the trashed note,
    // not Cleo's (her contact is in the trash).
    CHECK(ids == QList<qint64>{l.call, l.note, dan.second});
    CHECK_FALSE(ids.contains(ben.second));

    // A segment that matches nobody exports an empty file, not everything.
    r.format = ExportFormat::Csv;
    r.contactFilter = *ContactFilter::parse(QStringLiteral("status=prospect"));
    written = exportToFile(s, r, tdb.tempPath(QStringLiteral("nobody.csv")));
    REQUIRE(written.ok());
    CHECK(*written == 0);

    // Segments narrow contacts and activities; for deals the request is refused by name.
    r.entity = ExchangeEntity::Deals;
    const QString deals = tdb.tempPath(QStringLiteral("deals.csv"));
    auto refused = exportToFile(s, r, deals);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("deals")));
    CHECK_FALSE(QFile::exists(deals));
}

TEST_CASE("A cancelled export to a file leaves no new file and keeps an older one",
          "[exchange]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    logSome(s);
    ExportRequest r;
    r.entity = ExchangeEntity::Activities;
    r.format = ExportFormat::Xlsx;
    const auto stop = [](qint64, qint64) { return false; };

    const QString fresh = tdb.tempPath(QStringLiteral("fresh.xlsx"));
    auto cancelled = exportToFile(s, r, fresh, stop);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK_FALSE(QFile::exists(fresh));

    const QString older = tdb.writeFile(QStringLiteral("older.xlsx"), "yesterday's export");
    REQUIRE_FALSE(exportToFile(s, r, older, stop).ok());
    QFile f(older);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("yesterday's export"));
}
