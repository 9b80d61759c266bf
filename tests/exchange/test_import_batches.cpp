// Contacts imports write new contacts in batches (core/import/contact_batch.*) and, on
// SQLite, index them for search once at the end. These check what a user would notice if
// that went wrong: duplicates inside one file across batch boundaries, search by name and by
// phone digits right after the import, search that keeps working for later edits, the audit
// log and undo.
#include "import/import_job.h"

#include "repo/contact_repository.h"
#include "search/search_repository.h"
#include "storage/sql.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace kontor;
using namespace kontor::importing;

namespace {

qint64 scalarOf(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    return test::sqlValue(s, sql, binds).toLongLong();
}

QList<SearchHit> searchFor(const Session &s, const QString &text)
{
    auto hits = SearchRepository(s).search(text, 20);
    REQUIRE(hits.ok());
    return *hits;
}

} // namespace

TEST_CASE("A big contacts import: duplicates across batches, search, audit and undo", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();

    // 2,600 rows: every 100th repeats the e-mail of a row 1,050 earlier (a previous batch)
    // and every 100th + 7 the phone of the row just before it (the same batch).
    QString text = QStringLiteral("First name,Last name,Email,Phone,Company\n");
    int repeats = 0;
    for (int i = 0; i < 2600; ++i) {
        QString email = QStringLiteral("p%1@example.com").arg(i);
        QString phone = QStringLiteral("+1 512 %1").arg(3000000 + i);
        if (i % 100 == 0 && i >= 1050) {
            email = QStringLiteral("p%1@example.com").arg(i - 1050);
            ++repeats;
        } else if (i % 100 == 7) {
            phone = QStringLiteral("+1 512 %1").arg(3000000 + i - 1);
            email.clear();
            ++repeats;
        }
        text += QStringLiteral("Person%1,Zöllner,%2,%3,Firm %4\n").arg(i).arg(email, phone).arg(i % 13);
    }
    const QString file = tdb.writeFile(QStringLiteral("big.csv"), text.toUtf8());

    ImportOptions options;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    CHECK(result->rows == 2600);
    CHECK(result->skipped == repeats);
    CHECK(result->created == 2600 - repeats);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts")) == 2600 - repeats);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 13);
    // One audit row and one batch item per created contact, as one by one would write; the
    // audit row names the batch and the file row rather than every field.
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contact'"
                                     " AND action = 'import'"))
          == 2600 - repeats);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contact'"
                                     " AND action = 'create'"))
          == 0);
    {
        // File row 2601 is the 2,600th contact (the header is row 1).
        const QVariant changes = test::sqlValue(s, QStringLiteral("SELECT l.changes FROM audit_log l JOIN contacts c"
                                                                 " ON c.id = l.entity_id WHERE l.entity = 'contact'"
                                                                 " AND c.first_name = 'Person2599'"));
        CHECK(changes.toString()
              == QStringLiteral("{\"batch\":%1,\"row\":2601}").arg(result->batch));
    }
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM import_batch_items WHERE batch_id = ?"
                                     " AND entity = 'contact'"),
                   {result->batch})
          == 2600 - repeats);

    if (!s.db->dialect().isSqlite()) {
        // PostgreSQL: the import deferred the search triggers for its own transaction only.
        CHECK(test::sqlValue(s, QStringLiteral("SELECT COALESCE(current_setting('kontor.defer_search', true), '')"))
                  .toString()
              != QStringLiteral("on"));
    }
    // Found right away by name (diacritics folded), by company and by phone digits,
    // including contacts of the last, half-full batch.
    CHECK(searchFor(s, QStringLiteral("Person2599 zollner")).size() == 1);
    CHECK(searchFor(s, QStringLiteral("Person1234")).size() == 1);
    CHECK(searchFor(s, QStringLiteral("512 300 2598")).size() == 1);
    CHECK_FALSE(searchFor(s, QStringLiteral("Firm 12")).isEmpty());

    // Search keeps following edits made after the import.
    ContactRepository repo(s);
    const qint64 id = scalarOf(s, QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Person42'"));
    auto c = repo.get(id);
    REQUIRE(c.ok());
    Contact edited = *c;
    edited.firstName = QStringLiteral("Quintessa");
    REQUIRE(repo.update(edited).ok());
    const auto renamed = searchFor(s, QStringLiteral("Quintessa"));
    REQUIRE(renamed.size() == 1);
    CHECK(renamed.first().id == id);

    // Undo takes every created contact away again (the edited one included: the import made it).
    REQUIRE(undoImport(s, result->batch).ok());
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL")) == 0);
    CHECK(searchFor(s, QStringLiteral("Person1234")).isEmpty());
}

TEST_CASE("A large file finds the base's contacts by e-mail and phone (the key filter's path)", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    // 300 contacts in the base, one trashed; then 3,000 rows (enough for the look-ups to read
    // the base's keys into a filter first). Rows 0-149 repeat a base e-mail in other letter
    // case, rows 150-299 a base phone written another way; the trashed contact's e-mail
    // (row 7) matches nothing live; the rest are new.
    ContactRepository repo(s);
    qint64 trashed = 0;
    for (int i = 0; i < 300; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Base%1").arg(i);
        c.lastName = QStringLiteral("Berg");
        c.emails = {{0, QStringLiteral("work"), QStringLiteral("base%1@example.com").arg(i)}};
        c.phones = {{0, QStringLiteral("work"), QStringLiteral("+1 512 %1").arg(4000000 + i)}};
        auto id = repo.create(c);
        REQUIRE(id.ok());
        if (i == 7)
            trashed = *id;
    }
    REQUIRE(repo.moveToTrash(trashed).ok());
    QString text = QStringLiteral("First name,Last name,Email,Phone\n");
    for (int i = 0; i < 3000; ++i) {
        if (i < 150)
            text += QStringLiteral("File%1,Berg,BASE%1@Example.COM,\n").arg(i);
        else if (i < 300)
            text += QStringLiteral("File%1,Berg,,+1 (512) %2-%3\n").arg(i).arg(400 + (i / 10000)).arg(i, 4, 10, QLatin1Char('0'));
        else
            text += QStringLiteral("File%1,Berg,new%1@example.com,+1 512 %2\n").arg(i).arg(6000000 + i);
    }
    const QString file = tdb.writeFile(QStringLiteral("large.csv"), text.toUtf8());
    ImportOptions options;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    CHECK(result->skipped == 299);
    CHECK(result->created == 2701);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL AND first_name LIKE 'File%'"))
          == 2701);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE first_name = 'File7'")) == 1);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE first_name = 'File8'")) == 0);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE first_name = 'File299'")) == 0);
}

TEST_CASE("Two rows updating one contact: the second sees the first, undo restores the start", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    ContactRepository repo(s);
    Contact x;
    x.firstName = QStringLiteral("Xenia");
    x.lastName = QStringLiteral("Old");
    x.title = QStringLiteral("Clerk");
    x.address.city = QStringLiteral("Oldtown");
    x.emails = {{0, QStringLiteral("work"), QStringLiteral("x@example.com")}};
    const qint64 id = *repo.create(x);
    // Both rows match Xenia by e-mail within one chunk of look-ups, and each adds a phone.
    QString text = QStringLiteral("Email,Title,City,Phone\n"
                                  "x@example.com,Director,,+1 512 555 0100\n"
                                  "X@EXAMPLE.COM,,Newtown,+1 512 555 0101\n");
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("p%1@example.com,Buyer,,\n").arg(i);
    const QString file = tdb.writeFile(QStringLiteral("twice.csv"), text.toUtf8());
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    CHECK(result->updated == 2);
    CHECK(result->created == 50);
    Contact after = *repo.get(id);
    CHECK(after.title == QStringLiteral("Director"));
    CHECK(after.address.city == QStringLiteral("Newtown"));
    CHECK(after.phones.size() == 2); // the first row's phone is kept
    CHECK(after.emails.size() == 1);

    REQUIRE(undoImport(s, result->batch).ok());
    after = *repo.get(id);
    CHECK(after.title == QStringLiteral("Clerk"));
    CHECK(after.address.city == QStringLiteral("Oldtown"));
    CHECK(after.phones.isEmpty());
}

TEST_CASE("Duplicate policy 'create' writes every row, repeats included", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    QString text = QStringLiteral("Name,Email\n");
    for (int i = 0; i < 1500; ++i)
        text += QStringLiteral("Same Person,same@example.com\n");
    const QString file = tdb.writeFile(QStringLiteral("same.csv"), text.toUtf8());
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Create;
    auto result = runImport(s, file, options);
    REQUIRE(result.ok());
    CHECK(result->created == 1500);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contact_emails WHERE email_norm = 'same@example.com'"))
          == 1500);
    CHECK_FALSE(searchFor(s, QStringLiteral("same@example.com")).isEmpty());
}

TEST_CASE("New companies of an import are written with its batches, once per name", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    // 1,200 rows (two batches) over 400 new companies named in two spellings, and every 50th
    // row with a custom value (written on its own, while its company may wait in the batch).
    QString text = QStringLiteral("First name,Last name,Email,Company,Region\n");
    for (int i = 0; i < 1200; ++i) {
        const QString company = (i % 2 ? QStringLiteral("ACME %1") : QStringLiteral("Acme %1")).arg(i % 400);
        const QString region = i % 50 == 0 ? QStringLiteral("North") : QString();
        text += QStringLiteral("P%1,Q,p%1@example.com,%2,%3\n").arg(i).arg(company, region);
    }
    const QString file = tdb.writeFile(QStringLiteral("companies.csv"), text.toUtf8());
    ImportOptions options;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                      QStringLiteral("company"), QStringLiteral("custom:Region")};
    options.mapping = mapping;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    CHECK(result->created == 1200);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 400);
    // Each contact works at the company its row named, whichever spelling came first.
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts c JOIN companies co ON co.id = c.company_id"
                                     " WHERE lower(co.name) = lower('Acme ' || (CAST(substr(c.first_name, 2) AS INTEGER) % 400))"))
          == 1200);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'company' AND action = 'import'"))
          == 400);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM import_batch_items WHERE batch_id = ? AND entity = 'company'"),
                   {result->batch})
          == 400);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM custom_values")) == 24);
    CHECK_FALSE(searchFor(s, QStringLiteral("Acme 399")).isEmpty());

    REQUIRE(undoImport(s, result->batch).ok());
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM companies WHERE deleted_at IS NULL")) == 0);
    CHECK(scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL")) == 0);
}

// PostgreSQL: a large import leaves statistics for the tables it wrote, so the next import's
// look-ups use their indexes at once instead of waiting for autovacuum (see
// analyzeAfterImport()). A small one leaves that to autovacuum. SQLite plans without them.
TEST_CASE("A large import on PostgreSQL leaves statistics for its tables", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const auto importPeople = [&](int rows, const QString &name) {
        QString text = QStringLiteral("Name,Email\n");
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("%1 %2,%1%2@example.com\n").arg(name).arg(i);
        auto result = runImport(s, tdb.writeFile(name + QStringLiteral(".csv"), text.toUtf8()), ImportOptions {});
        REQUIRE(result.ok());
        CHECK(result->created == rows);
    };
    const auto analyzed = [&](const char *table) {
        return scalarOf(s, QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE tablename = ?"), {QLatin1String(table)}) > 0;
    };
    importPeople(300, QStringLiteral("few"));
    if (test::backendUnderTest() != Backend::Postgres)
        return;
    CHECK_FALSE(analyzed("contact_emails"));
    importPeople(1200, QStringLiteral("many"));
    CHECK(analyzed("contacts"));
    CHECK(analyzed("contact_emails"));
    CHECK(analyzed("import_batch_items"));
}
