// A large contacts import's fast path (core/import/import_bulk.*, contact_keys.*): indexes
// dropped and rebuilt inside the import's transaction on SQLite, duplicate look-ups a chunk of
// rows at a time on both back ends, the search index filled in one pass. What a user would
// notice if it went wrong: a different base than the ordinary path gives (contacts, e-mails,
// phones, companies, audit trail, undo records, search), or a cancelled or failed import that
// leaves anything behind, an index included.
#include "import/import_job.h"

#include "customfields/custom_field_repository.h"
#include "repo/company_repository.h"
#include "repo/audit.h"
#include "repo/contact_repository.h"
#include "search/search_repository.h"
#include "storage/sql.h"
#include "import_dump.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>

using namespace kontor;
using namespace kontor::importing;

namespace {

using kontor::test::writeFile;

QString rowsOf(const Session &s, const char *sql)
{
    QString rows = test::queryDump(s, {sql});
    rows.chop(3); // "--\n"
    return rows;
}

// Before-values keep the updated record's last change time: not compared across two bases.
QString withoutClock(QString dump)
{
    static const QRegularExpression updatedAt(QStringLiteral("\"updated_at\":\\d+"));
    return dump.replace(updatedAt, QStringLiteral("\"updated_at\":T"));
}

// Everything the import writes, without the clock: two bases built a second apart must
// compare equal. Times are compared elsewhere (importDump, within one base).
QString contentDump(const Session &s)
{
    QString out;
    for (const char *sql : {
             "SELECT id, first_name, last_name, title, company_id, birthday, street, city, region,"
             " postal_code, country, source, temperature, status, owner_id, notes, deleted_at, name_fold, surname_key"
             " FROM contacts ORDER BY id",
             "SELECT contact_id, label, email, email_norm, position FROM contact_emails"
             " ORDER BY contact_id, position",
             "SELECT contact_id, label, phone, phone_digits, position FROM contact_phones"
             " ORDER BY contact_id, position",
             "SELECT id, name, name_fold, deleted_at FROM companies ORDER BY id",
             // In each record's order; batches write a chunk's rows together.
             "SELECT user_id, entity, entity_id, action, changes FROM audit_log ORDER BY entity, entity_id, id",
             "SELECT entity, entity_id, action, before_values, source_row FROM import_batch_items"
             " ORDER BY entity, entity_id, id",
             "SELECT field_id, entity_id, value FROM custom_values ORDER BY field_id, entity_id",
         })
        out += rowsOf(s, sql) + QStringLiteral("--\n");
    return withoutClock(out);
}

// SQLite: the indexes and the search documents. Empty on PostgreSQL.
QString sqliteDump(const Session &s)
{
    if (!s.db->dialect().isSqlite())
        return {};
    return rowsOf(s, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
                     " ORDER BY name")
        + rowsOf(s, "SELECT rowid, name, company, emails FROM contact_fts ORDER BY rowid")
        + rowsOf(s, "SELECT rowid, digits FROM contact_phone_fts ORDER BY rowid")
        + rowsOf(s, "SELECT rowid, name, other FROM company_fts ORDER BY rowid");
}

void seed(const Session &s)
{
    Company acme;
    acme.name = QStringLiteral("Acme 3");
    REQUIRE(CompanyRepository(s).create(acme).ok());
    for (int i = 0; i < 3; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Old%1").arg(i);
        c.lastName = QStringLiteral("Base");
        c.emails = {{0, QStringLiteral("work"), QStringLiteral("p%1@example.com").arg(i * 700)}};
        REQUIRE(ContactRepository(s).create(c).ok());
    }
}

// 3,000 rows: repeats of e-mails from earlier chunks and batches and of phones within a
// chunk, two e-mails in a cell, rows with problems, rows with a custom value, new and
// existing companies in several spellings.
QString bigFile()
{
    QString text = QStringLiteral("First name,Last name,Email,Phone,Company,Region\n");
    for (int i = 0; i < 3000; ++i) {
        QString email = QStringLiteral("p%1@example.com").arg(i);
        QString phone = QStringLiteral("+1 512 %1").arg(3000000 + i);
        if (i % 97 == 0 && i >= 1100)
            email = QStringLiteral("P%1@Example.com").arg(i - 1100); // an earlier batch
        else if (i % 89 == 5) { // the phone of a row of the same chunk
            phone = QStringLiteral("+1 (512) %1").arg(3000000 + i - 3);
            email.clear();
        } else if (i % 101 == 7)
            email += QStringLiteral("; extra%1@example.com").arg(i);
        else if (i % 211 == 3)
            email = QStringLiteral("broken-%1").arg(i); // rejected
        const QString company = (i % 2 ? QStringLiteral("ACME %1") : QStringLiteral("Acme %1")).arg(i % 37);
        const QString region = i % 150 == 0 ? QStringLiteral("North") : QString();
        text += QStringLiteral("Person%1,Zöllner,%2,%3,%4,%5\n").arg(i).arg(email, phone, company, region);
    }
    return text;
}

ImportOptions bigOptions(bool rebuild)
{
    ImportOptions options;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                      QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("custom:Region")};
    options.mapping = mapping;
    options.onDuplicate = DuplicatePolicy::Update;
    options.rebuildIndexes = rebuild;
    return options;
}

bool hasIndex(const Session &s, const char *name)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                      {QLatin1String(name)});
    REQUIRE(n.ok());
    return n->toLongLong() > 0;
}

struct Imported
{
    ImportSummary summary;
    QString content, sqlite;
    bool droppedMidway = false;
};

Imported importInto(bool rebuild)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString file = tdb.tempPath(QStringLiteral("big.csv"));
    writeFile(file, bigFile());
    Imported out;
    const bool sqlite = s.db->dialect().isSqlite();
    auto result = runImport(s, file, bigOptions(rebuild), [&](const ImportProgress &) {
        // On the import's own thread and connection, between two rows.
        if (sqlite && !hasIndex(s, "contacts_by_name"))
            out.droppedMidway = true;
    });
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    out.summary = *result;
    out.content = contentDump(s);
    out.sqlite = sqliteDump(s);
    if (sqlite) {
        CHECK(rowsOf(s, "PRAGMA integrity_check") == QStringLiteral("ok|\n"));
        CHECK(rowsOf(s, "PRAGMA foreign_key_check").isEmpty());
    }
    // The audit row of a new contact, written with its batch, names the batch and the file row
    // (Person2998 is on line 3000: the header is line 1), whichever path wrote it.
    {
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        REQUIRE(q.run(QStringLiteral("SELECT a.action, a.changes FROM contacts c"
                                     " JOIN audit_log a ON a.entity = 'contact' AND a.entity_id = c.id"
                                     " WHERE c.first_name = 'Person2998'")).ok());
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String(audit::kImportedAction));
        CHECK(q.value(1).toString().toStdString() == audit::importedText(out.summary.batch, 3000).toStdString());
        CHECK_FALSE(q.next());
    }
    // Found by name, phone digits and the new company right away, then undone exactly.
    auto hits = SearchRepository(s).search(QStringLiteral("Person2999 zollner"), 5);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
    hits = SearchRepository(s).search(QStringLiteral("512 300 2998"), 5);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
    hits = SearchRepository(s).search(QStringLiteral("Acme 36"), 5);
    REQUIRE(hits.ok());
    CHECK_FALSE(hits->isEmpty());
    REQUIRE(undoImport(s, result->batch).ok());
    CHECK(rowsOf(s, "SELECT COUNT(*) FROM contacts WHERE deleted_at IS NULL") == QStringLiteral("3|\n"));
    return out;
}

} // namespace

TEST_CASE("A contacts import with its indexes rebuilt gives the same base as with them kept", "[import][storage]")
{
    const Imported kept = importInto(false);
    const Imported rebuilt = importInto(true);
    CHECK_FALSE(kept.droppedMidway);
    CHECK(rebuilt.droppedMidway == bool(test::backendUnderTest() == Backend::Sqlite));
    CHECK(rebuilt.summary.created == kept.summary.created);
    CHECK(rebuilt.summary.updated == kept.summary.updated);
    CHECK(rebuilt.summary.skipped == kept.summary.skipped);
    CHECK(rebuilt.summary.rejected == kept.summary.rejected);
    CHECK(kept.summary.updated > 40); // rows matched the base and earlier rows of the file
    CHECK(kept.summary.rejected > 10);
    CHECK(rebuilt.content == kept.content);
    CHECK(rebuilt.sqlite == kept.sqlite);
}

TEST_CASE("A contacts import with its indexes dropped changes nothing when cancelled or failing", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString file = tdb.tempPath(QStringLiteral("big.csv"));
    writeFile(file, bigFile());
    const QString before = test::importDump(s) + contentDump(s) + sqliteDump(s);

    ImportOptions options = bigOptions(true);
    std::atomic_bool cancel {false};
    auto cancelled = runImport(s, file, options, [&](const ImportProgress &p) {
        if (p.rows >= 1500)
            cancel = true;
    }, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(test::importDump(s) + contentDump(s) + sqliteDump(s) == before);

    options.failAtRow = 2200; // the database "breaks" between two batches
    REQUIRE_FALSE(runImport(s, file, options).ok());
    CHECK(test::importDump(s) + contentDump(s) + sqliteDump(s) == before);

    // All or nothing fails after the last row: the indexes are built again and the search
    // index filled by then, and all of it is rolled back.
    options.failAtRow = 0;
    options.allOrNothing = true;
    auto strict = runImport(s, file, options);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().message.contains(QLatin1String("nothing was imported")));
    CHECK(test::importDump(s) + contentDump(s) + sqliteDump(s) == before);
    auto hits = SearchRepository(s).search(QStringLiteral("Person2999"), 5);
    REQUIRE(hits.ok());
    CHECK(hits->isEmpty());
    auto history = listImports(s);
    REQUIRE(history.ok());
    CHECK(history->isEmpty());
}

namespace {

// A re-import of bigFile()'s people: rows that change the title or the company (an existing
// one or a new one), add an e-mail or a phone; a later row of the same chunk that names a
// contact only by the e-mail an earlier row added; the same person twice, the second time
// renamed; names only in capitals (a rename that keeps the folded keys, see fold_keys.h).
QString updateFile()
{
    QString text = QStringLiteral("First name,Last name,Email,Phone,Company,Title\n");
    for (int i = 0; i < 900; i += 3) {
        if (i % 89 == 5 || i % 211 == 3)
            continue; // no such e-mail in the base (see bigFile())
        const QString email = QStringLiteral("p%1@example.com").arg(i);
        switch (i % 4) {
        case 0:
            text += (i % 8 ? QStringLiteral("Person%1,Zöllner,%2,,Acme %3,Buyer %1\n")
                           : QStringLiteral("PERSON%1,ZÖLLNER,%2,,Acme %3,Buyer %1\n"))
                        .arg(i)
                        .arg(email)
                        .arg(i % 5);
            break;
        case 1:
            text += QStringLiteral("Person%1,Zöllner,%2; alt%1@example.com,,,\n").arg(i).arg(email);
            text += QStringLiteral(",,alt%1@example.com,,,Found by the added address\n").arg(i);
            break;
        case 2:
            text += QStringLiteral("Person%1,Zöllner,%2,+1 512 %3,Brand New %1,\n").arg(i).arg(email).arg(9000000 + i);
            break;
        default:
            text += QStringLiteral("Person%1,Zöllner,%2,,,First title\n").arg(i).arg(email);
            text += QStringLiteral("Persona%1,Zöllner,%2,,,\n").arg(i).arg(email);
        }
    }
    return text;
}

struct Updated
{
    ImportSummary summary;
    QString afterCreate, afterUpdate;
    bool undoneExactly = false;
};

Updated reimport(bool rowByRow, DuplicatePolicy policy)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString big = tdb.tempPath(QStringLiteral("big.csv"));
    writeFile(big, bigFile());
    REQUIRE(runImport(s, big, bigOptions(false)).ok());
    Updated out;
    out.afterCreate = contentDump(s) + sqliteDump(s);
    const QString beforeUpdate = test::importDump(s) + sqliteDump(s);
    const QString file = tdb.tempPath(QStringLiteral("update.csv"));
    writeFile(file, updateFile());
    ImportOptions options;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                      QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("title")};
    options.mapping = mapping;
    options.onDuplicate = policy;
    options.rowByRow = rowByRow;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    out.summary = *result;
    out.afterUpdate = contentDump(s) + sqliteDump(s);
    if (s.db->dialect().isSqlite())
        CHECK(rowsOf(s, "PRAGMA integrity_check") == QStringLiteral("ok|\n"));
    // What a user looks at: the contact found by its added address has the title of that row,
    // and search finds the changes at once.
    CHECK(rowsOf(s, "SELECT c.title FROM contacts c JOIN contact_emails e ON e.contact_id = c.id"
                    " WHERE e.email = 'alt105@example.com'")
          == QStringLiteral("Found by the added address|\n"));
    auto hits = SearchRepository(s).search(QStringLiteral("Brand New 894"), 5);
    REQUIRE(hits.ok());
    CHECK_FALSE(hits->isEmpty());
    hits = SearchRepository(s).search(QStringLiteral("alt105@example.com"), 5);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
    REQUIRE(undoImport(s, result->batch).ok());
    out.undoneExactly = test::importDump(s) + sqliteDump(s) == beforeUpdate;
    return out;
}

} // namespace

TEST_CASE("A re-import writes its updates in batches exactly as one by one, and undoes them", "[import][storage]")
{
    for (DuplicatePolicy policy : {DuplicatePolicy::Update, DuplicatePolicy::FillEmpty}) {
        INFO("policy " << int(policy));
        const Updated batched = reimport(false, policy);
        const Updated oneByOne = reimport(true, policy);
        CHECK(batched.summary.created == 0); // the added address found its contact
        CHECK(batched.summary.rejected == 0);
        CHECK(batched.summary.updated > 250);
        CHECK(batched.summary.updated == oneByOne.summary.updated);
        CHECK(batched.summary.skipped == oneByOne.summary.skipped);
        CHECK(batched.afterCreate == oneByOne.afterCreate);
        CHECK(batched.afterUpdate == oneByOne.afterUpdate);
        CHECK(batched.afterUpdate != batched.afterCreate);
        CHECK(batched.undoneExactly);
        CHECK(oneByOne.undoneExactly);
    }
}

namespace {

// 2,000 rows of 600 people whose names repeat in other letter cases: at known companies,
// the same companies spelled otherwise, at none, and at new companies that repeat.
QString namesFile()
{
    QString text = QStringLiteral("First name,Last name,Email,Company\n");
    for (int i = 0; i < 2000; ++i) {
        const int p = i % 600;
        const QString first = (i % 3 ? QStringLiteral("Anna%1") : QStringLiteral("ANNA%1")).arg(p);
        QString company;
        switch (i / 600) {
        case 0: company = QStringLiteral("Acme %1").arg(p % 7); break;
        case 1: company = QStringLiteral("ACME %1").arg(p % 7); break;
        case 2: break;
        default: company = QStringLiteral("Brand %1").arg(p % 5);
        }
        text += QStringLiteral("%1,Zöllner,n%2@example.com,%3\n").arg(first).arg(i).arg(company);
    }
    return text;
}

struct NameMatched
{
    ImportSummary summary;
    QString content;
};

NameMatched importByName(bool rowByRow, MatchKey key, DuplicatePolicy policy)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    {
        Contact anna; // in the base: found by name (and company "Acme 3") from the first row on
        anna.firstName = QStringLiteral("Anna3");
        anna.lastName = QStringLiteral("ZÖLLNER");
        auto acme = CompanyRepository(s).list({});
        REQUIRE(acme.ok());
        REQUIRE(acme->items.size() == 1);
        anna.companyId = acme->items.first().id;
        REQUIRE(ContactRepository(s).create(anna).ok());
    }
    const QString file = tdb.tempPath(QStringLiteral("names.csv"));
    writeFile(file, namesFile());
    ImportOptions options;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                      QStringLiteral("company")};
    options.mapping = mapping;
    options.match = {key};
    options.onDuplicate = policy;
    options.rowByRow = rowByRow;
    options.rebuildIndexes = !rowByRow; // the name index must stay for the look-ups
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    NameMatched out {*result, contentDump(s) + sqliteDump(s)};
    REQUIRE(undoImport(s, result->batch).ok());
    return out;
}

} // namespace

TEST_CASE("Rows matched by name go in batches and match exactly as one by one", "[import][storage]")
{
    const struct
    {
        MatchKey key;
        DuplicatePolicy policy;
        qint64 created; // people (and companies) the file names, less the one in the base
    } cases[] = {
        {MatchKey::Name, DuplicatePolicy::Skip, 599},
        {MatchKey::NameCompany, DuplicatePolicy::Skip, 600 + 600 + 200 - 1},
        {MatchKey::Name, DuplicatePolicy::Update, 599},
        {MatchKey::NameCompany, DuplicatePolicy::FillEmpty, 600 + 600 + 200 - 1},
    };
    for (const auto &c : cases) {
        INFO("match " << int(c.key) << ", policy " << int(c.policy));
        const NameMatched batched = importByName(false, c.key, c.policy);
        const NameMatched oneByOne = importByName(true, c.key, c.policy);
        CHECK(batched.summary.created == c.created);
        CHECK(oneByOne.summary.created == c.created);
        CHECK(batched.summary.updated == oneByOne.summary.updated);
        CHECK(batched.summary.skipped == oneByOne.summary.skipped);
        CHECK(batched.summary.rejected == 0);
        CHECK(batched.content == oneByOne.content);
    }
}

namespace {

// 3,000 companies rows: names repeating in other cases within a batch and across batches,
// the base's "Acme 3" spelled otherwise, e-mails repeating, rows with a custom value, rows
// with a bad e-mail.
QString companiesFile()
{
    QString text = QStringLiteral("Name,Email,City,Region\n");
    for (int i = 0; i < 3000; ++i) {
        const QString name = i >= 2950 ? QStringLiteral("ACME %1").arg(i % 5)
                                       : (i % 2 ? QStringLiteral("Firm %1") : QStringLiteral("FIRM %1")).arg(i % 1100);
        const QString email = i % 97 == 3 ? QStringLiteral("broken-%1").arg(i)
                                          : QStringLiteral("Info%1@Firm.example").arg(i % 900);
        const QString region = i % 40 == 0 ? QStringLiteral("North %1").arg(i) : QString();
        text += QStringLiteral("%1,%2,City %3,%4\n").arg(name, email).arg(i).arg(region);
    }
    return text;
}

// The companies, their audit rows, undo records, custom values and (SQLite) search documents,
// each told by its company's city (one per file row) rather than its id: new companies wait
// in a batch while a row with a custom value is written alone, so ids come in another order
// than row by row.
QString companiesDump(const Session &s)
{
    QString out = rowsOf(s, "SELECT name, name_fold, email, city, deleted_at FROM companies ORDER BY city, name");
    out += rowsOf(s, "SELECT co.city, co.name, a.user_id, a.action, a.changes FROM audit_log a"
                     " JOIN companies co ON a.entity = 'company' AND co.id = a.entity_id ORDER BY co.city, co.name, a.id");
    out += rowsOf(s, "SELECT co.city, co.name, i.action, i.before_values, i.source_row FROM import_batch_items i"
                     " JOIN companies co ON i.entity = 'company' AND co.id = i.entity_id ORDER BY co.city, co.name, i.id");
    out += rowsOf(s, "SELECT co.city, co.name, f.name, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id"
                     " JOIN companies co ON co.id = v.entity_id WHERE f.entity = 'company' ORDER BY co.city, co.name, f.name");
    if (s.db->dialect().isSqlite())
        out += rowsOf(s, "SELECT co.city, co.name, f.name, f.other FROM company_fts f JOIN companies co ON co.id = f.rowid"
                         " ORDER BY co.city, co.name");
    return withoutClock(out);
}

struct CompaniesImported
{
    ImportSummary summary;
    QString content;
    bool undoneExactly = false;
};

CompaniesImported importCompanies(bool rowByRow, const QList<MatchKey> &keys, DuplicatePolicy policy)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString before = test::importDump(s) + sqliteDump(s);
    const QString file = tdb.tempPath(QStringLiteral("companies.csv"));
    writeFile(file, companiesFile());
    ImportOptions options;
    options.entity = ExchangeEntity::Companies;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("city"),
                      QStringLiteral("custom:Region")};
    options.mapping = mapping;
    options.match = keys;
    options.onDuplicate = policy;
    options.rowByRow = rowByRow;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    CompaniesImported out {*result, companiesDump(s)};
    // Found by search at once, by the name the import left (e-mail matches rename companies)
    const QString last = rowsOf(s, "SELECT name FROM companies ORDER BY id DESC LIMIT 1").section(QLatin1Char('|'), 0, 0);
    auto hits = SearchRepository(s).search(last, 5);
    REQUIRE(hits.ok());
    CHECK_FALSE(hits->isEmpty());
    REQUIRE(undoImport(s, result->batch).ok());
    out.undoneExactly = test::importDump(s) + sqliteDump(s) == before;
    return out;
}

} // namespace

// Updates go in batches too: by name they rename in capitals (the folded key kept), by e-mail
// then name a row renames a company another row then finds by its new name.
TEST_CASE("A companies import writes new and updated companies in batches exactly as one by one", "[import][storage]")
{
    const struct
    {
        QList<MatchKey> keys;
        DuplicatePolicy policy;
    } cases[] = {
        {{MatchKey::Name}, DuplicatePolicy::Skip},
        {{MatchKey::Name}, DuplicatePolicy::Update},
        {{MatchKey::Name}, DuplicatePolicy::FillEmpty},
        {{MatchKey::Email}, DuplicatePolicy::Skip},
        {{MatchKey::Email, MatchKey::Name}, DuplicatePolicy::Update},
        {{MatchKey::Name}, DuplicatePolicy::Create},
    };
    for (const auto &c : cases) {
        INFO("match " << int(c.keys.first()) << " of " << c.keys.size() << ", policy " << int(c.policy));
        const CompaniesImported batched = importCompanies(false, c.keys, c.policy);
        const CompaniesImported oneByOne = importCompanies(true, c.keys, c.policy);
        CHECK(batched.summary.created == oneByOne.summary.created);
        CHECK(batched.summary.updated == oneByOne.summary.updated);
        CHECK(batched.summary.skipped == oneByOne.summary.skipped);
        CHECK(batched.summary.rejected == oneByOne.summary.rejected);
        CHECK(batched.summary.rejected > 20);
        if (c.policy == DuplicatePolicy::Create)
            CHECK(batched.summary.created + batched.summary.rejected == 3000);
        else if (c.keys == QList<MatchKey> {MatchKey::Name})
            CHECK(batched.summary.created == 1100 + 5 - 1); // Firm 0..1099, ACME 0..4 less the base's Acme 3
        CHECK(batched.content == oneByOne.content);
        CHECK(batched.undoneExactly);
        CHECK(oneByOne.undoneExactly);
    }
}
