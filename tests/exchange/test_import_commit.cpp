// The import pipeline against a real database (SQLite and PostgreSQL): counts, rejects file,
// dry run, cancel, a failure mid-import, undo — each compared with a dump of the base — and
// export -> import round trips.
#include "exchange/exporter.h"
#include "import/import_job.h"

#include "customfields/custom_field_repository.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "search/search_repository.h"
#include "storage/sql.h"
#include "import_dump.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTextStream>

using namespace kontor;
using namespace kontor::importing;

namespace {

using kontor::test::writeFile;

qint64 searchCount(const Session &s, const QString &text)
{
    auto hits = SearchRepository(s).search(text, 50);
    REQUIRE(hits.ok());
    return hits->size();
}

// A base the imports update: one contact with an email, one company.
void seed(const Session &s)
{
    Company acme;
    acme.name = QStringLiteral("Acme");
    REQUIRE(CompanyRepository(s).create(acme).ok());
    Contact ann;
    ann.firstName = QStringLiteral("Ann");
    ann.lastName = QStringLiteral("Lee");
    ann.title = QStringLiteral("Buyer");
    ann.emails = {{0, QStringLiteral("work"), QStringLiteral("ann@example.com")}};
    REQUIRE(ContactRepository(s).create(ann).ok());
}

const char *kPeople =
    "First name,Last name,E-mail,Phone,Company,Birthday,Job title,Region code\n"
    "Ann,Lee,ANN@example.com,+1 512 555 0100,Acme,1980-02-29,Head of buying,N\n"
    "Иван,Петров,ivan@example.ru,+7 916 123-45-67,Рога и копыта,15.03.1980,,S\n"
    "Bad,Row,not-an-email,,Acme,1990-13-01,,E\n"
    "Ambi,Guous,ambi@example.com,,,03/04/1985,,W\n"
    "Carla,Gómez,carla@example.es,,Acme,,,N\n";

} // namespace

TEST_CASE("An import creates, updates, skips and rejects row by row, in one go", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString file = tdb.tempPath(QStringLiteral("people.csv"));
    writeFile(file, QString::fromUtf8(kPeople));

    ImportOptions options;
    options.rejectsPath = tdb.tempPath(QStringLiteral("rejects.csv"));
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    // Ann matches by email (skip is the default policy); Иван and Carla are new; two rejected
    CHECK(result->rows == 5);
    CHECK(result->created == 2);
    CHECK(result->skipped == 1);
    CHECK(result->rejected == 2);
    CHECK(result->updated == 0);
    CHECK(result->batch > 0);

    // Every problem names row, column, value and reason
    bool sawEmail = false, sawAmbiguous = false;
    for (const auto &p : result->problems) {
        if (p.row == 4 && p.column == QLatin1String("E-mail") && p.value == QLatin1String("not-an-email"))
            sawEmail = true;
        if (p.row == 5 && p.value == QLatin1String("03/04/1985") && p.reason.contains(QLatin1String("ambiguous")))
            sawAmbiguous = true;
    }
    CHECK(sawEmail);
    CHECK(sawAmbiguous);

    // The problem rows file holds the rows as read plus a Problem column
    QFile rejects(options.rejectsPath);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(rejects.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).endsWith(QLatin1String(",Problem")));
    CHECK(lines.at(1).startsWith(QLatin1String("Bad,Row,not-an-email")));
    CHECK(lines.at(2).contains(QLatin1String("ambiguous")));

    // New contacts are searchable, with their company created or linked by name and their
    // custom field created on the spot
    CHECK(searchCount(s, QStringLiteral("Петров")) == 1);
    CHECK(searchCount(s, QStringLiteral("Рога")) >= 1);
    ContactQuery all;
    auto list = ContactRepository(s).list(all);
    REQUIRE(list.ok());
    CHECK(list->items.size() == 3);
    for (const Contact &c : list->items) {
        if (c.firstName == QLatin1String("Carla"))
            CHECK(c.companyName == QStringLiteral("Acme"));
    }

    // The day/month order chosen by the user resolves the ambiguous row
    options.dateOrder = DateOrder::DayFirst;
    options.rejectsPath.clear();
    result = runImport(s, file, options);
    REQUIRE(result.ok());
    CHECK(result->created == 1); // Ambi Guous, born 3 April 1985
    CHECK(result->skipped == 3);
    CHECK(result->rejected == 1);
}

TEST_CASE("Update and fill-empty policies, and undo restoring every field", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString before = test::importDump(s);
    const QString file = tdb.tempPath(QStringLiteral("people.csv"));
    writeFile(file, QString::fromUtf8(kPeople));

    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::FillEmpty;
    auto fill = runImport(s, file, options);
    REQUIRE(fill.ok());
    CHECK(fill->updated == 1);
    auto ann = ContactRepository(s).get(1);
    REQUIRE(ann.ok());
    CHECK(ann->title == QStringLiteral("Buyer")); // not empty, so kept
    CHECK(ann->birthday == QDate(1980, 2, 29)); // was empty, so filled
    CHECK(ann->phones.size() == 1);

    options.onDuplicate = DuplicatePolicy::Update;
    auto update = runImport(s, file, options);
    REQUIRE(update.ok());
    CHECK(update->updated >= 1);
    ann = ContactRepository(s).get(1);
    CHECK(ann->title == QStringLiteral("Head of buying"));

    // Undo, newest first, gives back exactly the base as it was
    REQUIRE(undoImport(s, update->batch).ok());
    ann = ContactRepository(s).get(1);
    CHECK(ann->title == QStringLiteral("Buyer"));
    REQUIRE(undoImport(s, fill->batch).ok());
    CHECK(test::importDump(s) == before);
    CHECK(searchCount(s, QStringLiteral("Петров")) == 0);
    // An undone import cannot be undone twice; the history shows both as undone
    auto again = undoImport(s, fill->batch);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    auto history = listImports(s);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).status == QStringLiteral("undone"));
}

TEST_CASE("Dry run, cancel, a failure mid-import and all-or-nothing change nothing", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    // 1,200 rows so progress is reported (every 500) while rows are being written
    QString text = QStringLiteral("First name,Last name,Email,Company\n");
    for (int i = 0; i < 1200; ++i)
        text += QStringLiteral("P%1,Person,p%1@example.com,Firm %2\n").arg(i).arg(i % 7);
    const QString file = tdb.tempPath(QStringLiteral("many.csv"));
    writeFile(file, text);
    const QString before = test::importDump(s);

    ImportOptions options;
    options.dryRun = true;
    auto dry = runImport(s, file, options);
    REQUIRE(dry.ok());
    CHECK(dry->created == 1200);
    CHECK(dry->batch == 0);
    CHECK(test::importDump(s) == before);

    options.dryRun = false;
    std::atomic_bool cancel{false};
    qint64 seenRows = 0;
    auto cancelled = runImport(s, file, options, [&](const ImportProgress &p) {
        seenRows = p.rows;
        cancel = true; // the user presses Cancel at the first progress report
    }, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(seenRows == 500);
    CHECK(test::importDump(s) == before);
    CHECK(searchCount(s, QStringLiteral("P7")) == 0);

    options.failAtRow = 900;
    auto failed = runImport(s, file, options);
    REQUIRE_FALSE(failed.ok());
    CHECK(test::importDump(s) == before);

    options.failAtRow = 0;
    writeFile(file, text + QStringLiteral("Broken,Row,broken-email,Firm 1\n"));
    options.allOrNothing = true;
    auto strict = runImport(s, file, options);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().message.contains(QLatin1String("nothing was imported")));
    CHECK(test::importDump(s) == before);

    auto history = listImports(s);
    REQUIRE(history.ok());
    CHECK(history->isEmpty()); // nothing landed, not even a batch row

    // The same file without --all-or-nothing imports its good rows
    options.allOrNothing = false;
    auto lenient = runImport(s, file, options);
    REQUIRE(lenient.ok());
    CHECK(lenient->created == 1200);
    CHECK(lenient->rejected == 1);
    CHECK(searchCount(s, QStringLiteral("p1199@example.com")) == 1);
}

TEST_CASE("Export then import into an empty base gives the same base", "[import][storage][exchange]")
{
    test::TestDatabase source;
    const Session a = source.session();
    seed(a);
    Contact zoe;
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("O'Neil");
    zoe.notes = QStringLiteral("=2+3 is a formula\nsecond line");
    zoe.birthday = QDate(1975, 12, 1);
    zoe.address.city = QStringLiteral("Helsinki");
    zoe.emails = {{0, QStringLiteral("work"), QStringLiteral("zoe@example.fi")},
                  {0, QStringLiteral("work"), QStringLiteral("zoe@home.fi")}};
    zoe.phones = {{0, QStringLiteral("work"), QStringLiteral("+358 40 1234567")}};
    zoe.status = QStringLiteral("customer");
    REQUIRE(ContactRepository(a).create(zoe).ok());

    for (auto format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::VCard4}) {
        test::TestDatabase target;
        const Session b = target.session();
        const QString file = source.tempPath(QStringLiteral("base.") + exportFormatSuffix(format));
        {
            QFile f(file);
            REQUIRE(f.open(QIODevice::WriteOnly));
            ExportRequest r;
            r.format = format;
            REQUIRE(exportRecords(a, r, &f).ok());
        }
        ImportOptions options;
        auto imported = runImport(b, file, options);
        INFO(exportFormatName(format).toStdString() << ": "
                                                    << (imported.ok() ? QString() : imported.error().toString()).toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->created == 2);
        CHECK(imported->rejected == 0);

        auto read = [](const Session &s) {
            QMap<QString, Contact> byName;
            auto list = ContactRepository(s).list(ContactQuery{});
            REQUIRE(list.ok());
            for (const Contact &c : list->items) {
                auto full = ContactRepository(s).get(c.id);
                REQUIRE(full.ok());
                byName.insert(c.firstName, *full);
            }
            return byName;
        };
        const auto was = read(a), now = read(b);
        REQUIRE(now.keys() == was.keys());
        for (const QString &name : was.keys()) {
            const Contact &x = was[name], &y = now[name];
            CHECK(y.lastName == x.lastName);
            CHECK(y.title == x.title);
            CHECK(y.birthday == x.birthday);
            CHECK(y.address.city == x.address.city);
            CHECK(y.notes == x.notes);
            REQUIRE(y.emails.size() == x.emails.size());
            for (int i = 0; i < x.emails.size(); ++i)
                CHECK(y.emails.at(i).email == x.emails.at(i).email);
            REQUIRE(y.phones.size() == x.phones.size());
            for (int i = 0; i < x.phones.size(); ++i)
                CHECK(y.phones.at(i).phone == x.phones.at(i).phone);
            if (format != ExportFormat::VCard4) // vCard has no lifecycle status
                CHECK(y.status == x.status);
        }
    }
}

TEST_CASE("vCard corpora import as contacts", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString data = QStringLiteral(KONTOR_TEST_DATA);
    auto cards = runImport(s, data + QStringLiteral("/kde-kcontacts/autotests/data/vcard3.vcf"), {});
    INFO((cards.ok() ? QString() : cards.error().toString()).toStdString());
    REQUIRE(cards.ok());
    CHECK(cards->rows >= 1);
    CHECK(cards->created + cards->rejected == cards->rows);
    CHECK(cards->created >= 1);
}

TEST_CASE("Companies import, match by name and keep filled fields with fill-empty", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString file = tdb.tempPath(QStringLiteral("companies.csv"));
    writeFile(file, QStringLiteral("Company;Website;Country;Segment\nAcme;https://acme.example;US;Gold\n"
                                   "acme;https://acme2.example;US;Gold\nGlobex;;DE;Silver\n"));
    ImportOptions options;
    options.entity = ExchangeEntity::Companies;
    options.onDuplicate = DuplicatePolicy::FillEmpty;
    options.mapping = ImportMapping{{QStringLiteral("name"), QStringLiteral("website"), QStringLiteral("country"),
                                     QStringLiteral("custom:Segment")}};
    auto companies = runImport(s, file, options);
    REQUIRE(companies.ok());
    CHECK(companies->created == 2);
    CHECK(companies->skipped == 1); // "acme" matches Acme; its website is not empty, so kept
    auto acme = CompanyRepository(s).get(1);
    REQUIRE(acme.ok());
    CHECK(acme->website == QStringLiteral("https://acme.example"));
    REQUIRE(undoImport(s, companies->batch).ok());
    CHECK(searchCount(s, QStringLiteral("Globex")) == 0);
}

TEST_CASE("Custom field values are checked against the field's kind", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    CustomField score;
    score.entity = QStringLiteral("contact");
    score.name = QStringLiteral("Score");
    score.kind = CustomField::Kind::Number;
    REQUIRE(CustomFieldRepository(s).addField(score).ok());
    const QString file = tdb.tempPath(QStringLiteral("scores.csv"));
    writeFile(file, QStringLiteral("Email,Score\na@example.com,12\nb@example.com,lots\n"));
    auto result = runImport(s, file, {});
    REQUIRE(result.ok());
    CHECK(result->mapping.fields.at(1) == QStringLiteral("custom:Score"));
    CHECK(result->created == 1);
    CHECK(result->rejected == 1); // "lots" is not a number: the row is refused, not stored as 0
    REQUIRE(result->problems.size() == 1);
    CHECK(result->problems.first().reason.contains(QLatin1String("lots")));
}
