// Exports read back by Kontor's own readers: what a user gets in the file is what is in the
// base, formulas are defused, segments and selections narrow the file, trashed records stay out.
#include "exchange/exporter.h"

#include "contacts/contact_filter.h"
#include "import/tabular_reader.h"
#include "import/vcard_reader.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kontor;

namespace {

struct Base
{
    qint64 acme = 0, zoe = 0, bob = 0, trashed = 0, deal = 0;
};

Base fill(const Session &s)
{
    Base b;
    Company acme;
    acme.name = QStringLiteral("Acme, Inc.");
    acme.website = QStringLiteral("https://acme.example");
    acme.email = QStringLiteral("info@acme.example");
    b.acme = *CompanyRepository(s).create(acme);

    ContactRepository contacts(s);
    Contact zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("O'Neil; Jr");
    zoe.title = QStringLiteral("Buyer");
    zoe.companyId = b.acme;
    zoe.birthday = QDate(1980, 2, 29);
    zoe.address.city = QStringLiteral("Helsinki");
    zoe.address.country = QStringLiteral("FI");
    zoe.notes = QStringLiteral("=HYPERLINK(\"http://x\")\nsecond line");
    zoe.emails = {{0, QStringLiteral("work"), QStringLiteral("zoe@acme.example")},
                  {0, QStringLiteral("home"), QStringLiteral("zoe@home.example")}};
    zoe.phones = {{0, QStringLiteral("mobile"), QStringLiteral("+358 40 1234567")}};
    auto zoeId = contacts.create(zoe);
    REQUIRE(zoeId.ok());
    b.zoe = *zoeId;

    Contact bob;
    bob.firstName = QStringLiteral("Bob");
    bob.lastName = QStringLiteral("Plain");
    bob.status = QStringLiteral("customer");
    b.bob = *contacts.create(bob);

    Contact gone;
    gone.firstName = QStringLiteral("Gone");
    gone.lastName = QStringLiteral("Away");
    b.trashed = *contacts.create(gone);
    REQUIRE(contacts.moveToTrash(b.trashed).ok());

    auto pipeline = PipelineRepository(s).find(QStringLiteral("Sales"));
    REQUIRE(pipeline.ok());
    Deal d;
    d.title = QStringLiteral("Big order");
    d.stageId = pipeline->stages.first().id;
    d.amountMinor = 123456;
    d.currency = QStringLiteral("USD");
    d.contactId = b.zoe;
    d.companyId = b.acme;
    auto dealId = DealRepository(s).create(d);
    REQUIRE(dealId.ok());
    b.deal = *dealId;
    return b;
}

QString exportTo(test::TestDatabase &tdb, const Session &s, const ExportRequest &r,
                 const QString &name, qint64 expected)
{
    const QString path = tdb.tempPath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    auto written = exportRecords(s, r, &f);
    INFO((written.ok() ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());
    CHECK(*written == expected);
    return path;
}

// Header + rows of a CSV or .xlsx file as Kontor's import reads it.
QList<QStringList> readTable(const QString &path, QStringList *header)
{
    auto reader = openTabular(path, {});
    INFO((reader.ok() ? QString() : reader.error().toString()).toStdString());
    REQUIRE(reader.ok());
    *header = (*reader)->header();
    QList<QStringList> rows;
    TabularRow row;
    for (;;) {
        auto more = (*reader)->next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        CHECK_FALSE(row.problem.has_value());
        rows << row.cells;
    }
    return rows;
}

QString cell(const QStringList &header, const QStringList &row, const char *label)
{
    const int i = header.indexOf(QLatin1String(label));
    REQUIRE(i >= 0);
    return row.value(i);
}

} // namespace

TEST_CASE("A CSV export holds every live contact with its values, formulas defused", "[exchange]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const Base b = fill(s);

    ExportRequest r;
    r.csvBom = true;
    const QString path = exportTo(tdb, s, r, QStringLiteral("contacts.csv"), 2);
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.read(3) == "\xEF\xBB\xBF");

    QStringList header;
    const auto rows = readTable(path, &header);
    REQUIRE(rows.size() == 2); // the trashed contact is not exported
    const QStringList &zoe = rows.at(0);
    CHECK(cell(header, zoe, "First name") == QStringLiteral("Zoë"));
    CHECK(cell(header, zoe, "Last name") == QStringLiteral("O'Neil; Jr"));
    CHECK(cell(header, zoe, "Company") == QStringLiteral("Acme, Inc."));
    CHECK(cell(header, zoe, "Email") == QStringLiteral("zoe@acme.example; zoe@home.example"));
    CHECK(cell(header, zoe, "Phone") == QStringLiteral("'+358 40 1234567"));
    CHECK(cell(header, zoe, "Birthday") == QStringLiteral("1980-02-29"));
    CHECK(cell(header, zoe, "Notes") == QStringLiteral("'=HYPERLINK(\"http://x\")\nsecond line"));
    CHECK(cell(header, zoe, "Kontor ID") == QString::number(b.zoe));
    CHECK(cell(header, rows.at(1), "Status") == QStringLiteral("customer"));
}

TEST_CASE("A segment or a selection narrows the export; a trashed selection is refused",
          "[exchange]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const Base b = fill(s);

    ExportRequest r;
    r.format = ExportFormat::Json;
    r.contactFilter = *ContactFilter::parse(QStringLiteral("status=customer"));
    QStringList header;
    const QString path = exportTo(tdb, s, r, QStringLiteral("segment.json"), 1);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
    REQUIRE(array.size() == 1);
    CHECK(array.at(0).toObject().value(QStringLiteral("last_name")).toString() == QStringLiteral("Plain"));
    CHECK(array.at(0).toObject().value(QStringLiteral("emails")).toArray().isEmpty());

    ExportRequest selection;
    selection.ids = {b.bob, b.zoe}; // in the user's order
    const auto rows = readTable(exportTo(tdb, s, selection, QStringLiteral("sel.csv"), 2), &header);
    REQUIRE(rows.size() == 2);
    CHECK(cell(header, rows.at(0), "First name") == QStringLiteral("Bob"));

    selection.ids = {b.bob, b.trashed};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto refused = exportRecords(s, selection, &buffer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::NotFound);
    CHECK(refused.error().context.contains(QString::number(b.trashed)));
}

TEST_CASE("An .xlsx export reads back cell for cell, amounts as numbers", "[exchange][xlsx]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    fill(s);

    ExportRequest r;
    r.format = ExportFormat::Xlsx;
    QStringList header;
    auto rows = readTable(exportTo(tdb, s, r, QStringLiteral("contacts.xlsx"), 2), &header);
    REQUIRE(rows.size() == 2);
    // .xlsx cells are typed strings, so nothing needs defusing there
    CHECK(cell(header, rows.at(0), "Notes") == QStringLiteral("=HYPERLINK(\"http://x\")\nsecond line"));
    CHECK(cell(header, rows.at(0), "Phone") == QStringLiteral("+358 40 1234567"));

    r.entity = ExchangeEntity::Deals;
    rows = readTable(exportTo(tdb, s, r, QStringLiteral("deals.xlsx"), 1), &header);
    REQUIRE(rows.size() == 1);
    CHECK(cell(header, rows.at(0), "Deal") == QStringLiteral("Big order"));
    CHECK(cell(header, rows.at(0), "Amount") == QStringLiteral("1234.56"));
    CHECK(cell(header, rows.at(0), "Currency") == QStringLiteral("USD"));
    CHECK(cell(header, rows.at(0), "Stage") == QStringLiteral("Lead in"));
    CHECK(cell(header, rows.at(0), "Contact") == QStringLiteral("Zoë O'Neil; Jr"));
    CHECK(cell(header, rows.at(0), "Contact email") == QStringLiteral("zoe@acme.example"));
}

TEST_CASE("vCard 3.0 and 4.0 exports read back with names, emails, phones and notes",
          "[exchange][vcard]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    fill(s);

    for (auto format : {ExportFormat::VCard3, ExportFormat::VCard4}) {
        ExportRequest r;
        r.format = format;
        const QString version = format == ExportFormat::VCard3 ? QStringLiteral("3.0") : QStringLiteral("4.0");
        const QString path = exportTo(tdb, s, r, QStringLiteral("c%1.vcf").arg(version), 2);
        VCardReader reader;
        REQUIRE(reader.open(path).ok());
        VCardContact card;
        REQUIRE(*reader.next(card));
        CHECK_FALSE(card.problem.has_value());
        CHECK(card.version == version);
        CHECK(card.givenName == QStringLiteral("Zoë"));
        CHECK(card.familyName == QStringLiteral("O'Neil; Jr"));
        CHECK(card.organization == QStringLiteral("Acme, Inc."));
        REQUIRE(card.emails.size() == 2);
        CHECK(card.emails.at(1).value == QStringLiteral("zoe@home.example"));
        CHECK(card.emails.at(1).types.contains(QStringLiteral("home")));
        REQUIRE(card.phones.size() == 1);
        CHECK(card.phones.at(0).types.contains(QStringLiteral("cell")));
        CHECK(card.birthday == QDate(1980, 2, 29));
        REQUIRE(card.notes.size() == 1);
        CHECK(card.notes.at(0) == QStringLiteral("=HYPERLINK(\"http://x\")\nsecond line"));
        REQUIRE(*reader.next(card));
        CHECK(card.formattedName == QStringLiteral("Bob Plain"));
        CHECK_FALSE(*reader.next(card));
    }

    ExportRequest deals;
    deals.entity = ExchangeEntity::Deals;
    deals.format = ExportFormat::VCard4;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto refused = exportRecords(s, deals, &buffer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
}

TEST_CASE("A JSON export of companies keeps types: ids as numbers, tags as arrays", "[exchange]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const Base b = fill(s);

    ExportRequest r;
    r.entity = ExchangeEntity::Companies;
    r.format = ExportFormat::Json;
    QFile f(exportTo(tdb, s, r, QStringLiteral("companies.json"), 1));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject acme = doc.array().at(0).toObject();
    CHECK(acme.value(QStringLiteral("id")).toInteger() == b.acme);
    CHECK(acme.value(QStringLiteral("name")).toString() == QStringLiteral("Acme, Inc."));
    CHECK(acme.value(QStringLiteral("website")).toString() == QStringLiteral("https://acme.example"));
    CHECK(acme.value(QStringLiteral("tags")).isArray());
    CHECK(acme.value(QStringLiteral("notes")).isNull());
}
