// New contacts and companies with custom values go in batches like any other new record, and
// so do updates of contacts' custom values: the values are checked when the row is queued (a
// missing field created then), and the batch writes them with the records. What a user would notice if it went wrong: a value lost or on
// the wrong record, a field created by a row that was then rejected, a rejected row's reason
// missing, or an undo that leaves values or fields behind; each compared with the one-by-one
// path (ImportOptions::rowByRow), on both back ends.
#include "import/import_job.h"

#include "customfields/custom_field_repository.h"
#include "storage/sql.h"
#include "import_dump.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace kontor;
using namespace kontor::importing;

namespace {

using kontor::test::writeFile;

void addField(const Session &s, const QString &entity, const QString &name, CustomField::Kind kind,
              const QStringList &options = {})
{
    CustomField f;
    f.entity = entity;
    f.name = name;
    f.kind = kind;
    f.options = options;
    REQUIRE(CustomFieldRepository(s).addField(f).ok());
}

// 2,600 rows over three batches: a number field with, every 97th row, text it cannot hold
// (rejected); a choice typed in another case; a field the file creates ("Source channel")
// first named by a rejected row; a field only a rejected row names ("Aside", checked before
// "Budget" in name order), so never created; values only on some rows; a repeated e-mail
// (skipped, its values not written).
QString contactsFile()
{
    QString text = QStringLiteral("Name,Email,Budget,Tier,Source channel,Aside\n");
    for (int i = 0; i < 2600; ++i) {
        const QString budget = i % 97 == 1 ? QStringLiteral("lots") : i % 3 ? QString::number(1000 + i % 900 + 100) : QString();
        const QString tier = i % 4 == 0 ? QStringLiteral("GOLD") : i % 4 == 1 ? QStringLiteral("silver") : QString();
        const QString channel = i % 5 == 1 ? QStringLiteral(" Fair %1 ").arg(i % 7) : QString();
        const QString aside = i == 1 ? QStringLiteral("boo") : QString();
        const int email = i % 61 == 60 ? i - 30 : i;
        text += QStringLiteral("Person %1,p%2@example.com,%3,%4,%5,%6\n").arg(i).arg(email).arg(budget, tier, channel, aside);
    }
    return text;
}

QString companiesFile()
{
    QString text = QStringLiteral("Name,Employees,Region\n");
    for (int i = 0; i < 2300; ++i) {
        const QString employees = i % 89 == 3 ? QStringLiteral("many") : QString::number(10 + i);
        const QString region = i % 3 == 0 ? QStringLiteral("North %1").arg(i % 4) : QString();
        text += QStringLiteral("Firm %1,%2,%3\n").arg(i % 2100).arg(employees, region);
    }
    return text;
}

// Without ids: PostgreSQL does not give back the id a rolled-back row took, so a row the
// one-by-one path rejects after creating the record moves later ids on. Nor dates: two
// bases are made a second apart.
QString customDump(const Session &s)
{
    return test::queryDump(s, {
        "SELECT first_name, last_name FROM contacts ORDER BY id",
        "SELECT name FROM companies ORDER BY id",
        "SELECT entity, name, kind FROM custom_fields ORDER BY id",
        "SELECT f.entity, f.name, COALESCE(c.first_name || ' ' || c.last_name, co.name), v.value FROM custom_values v"
        " JOIN custom_fields f ON f.id = v.field_id"
        " LEFT JOIN contacts c ON f.entity = 'contact' AND c.id = v.entity_id"
        " LEFT JOIN companies co ON f.entity = 'company' AND co.id = v.entity_id ORDER BY 1, 2, 3",
        "SELECT entity, action, source_row FROM import_batch_items ORDER BY source_row, entity, action",
        "SELECT entity, action, changes FROM audit_log ORDER BY entity, changes",
    });
}

QString problemsOf(const ImportSummary &summary)
{
    QString out;
    for (const ImportProblem &p : summary.problems)
        out += p.toString() + QLatin1Char('\n');
    return out;
}

struct Imported
{
    ImportSummary summary;
    QString dump;
    bool undoneExactly = false;
};

// The same counts, base, problems and undo, whichever way the rows were written.
void checkSameAsOneByOne(const Imported &batched, const Imported &oneByOne)
{
    CHECK(batched.summary.created == oneByOne.summary.created);
    CHECK(batched.summary.updated == oneByOne.summary.updated);
    CHECK(batched.summary.skipped == oneByOne.summary.skipped);
    CHECK(batched.summary.rejected == oneByOne.summary.rejected);
    CHECK(batched.dump == oneByOne.dump);
    CHECK(problemsOf(batched.summary) == problemsOf(oneByOne.summary));
    CHECK(batched.undoneExactly);
    CHECK(oneByOne.undoneExactly);
}

Imported importWithCustom(ExchangeEntity entity, bool rowByRow)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const bool contacts = entity == ExchangeEntity::Contacts;
    const QString owner = contacts ? QStringLiteral("contact") : QStringLiteral("company");
    if (contacts) {
        addField(s, owner, QStringLiteral("Budget"), CustomField::Kind::Number);
        addField(s, owner, QStringLiteral("Tier"), CustomField::Kind::Choice,
                 {QStringLiteral("Gold"), QStringLiteral("Silver")});
    } else {
        addField(s, owner, QStringLiteral("Employees"), CustomField::Kind::Number);
    }
    const QString before = test::importDump(s);
    const QString file = tdb.tempPath(QStringLiteral("custom.csv"));
    writeFile(file, contacts ? contactsFile() : companiesFile());
    ImportOptions options;
    options.entity = entity;
    options.rowByRow = rowByRow;
    options.onDuplicate = DuplicatePolicy::Skip;
    ImportMapping mapping;
    mapping.fields = contacts ? QStringList {QStringLiteral("full_name"), QStringLiteral("email"),
                                             QStringLiteral("custom:Budget"), QStringLiteral("custom:Tier"),
                                             QStringLiteral("custom:Source channel"), QStringLiteral("custom:Aside")}
                              : QStringList {QStringLiteral("name"), QStringLiteral("custom:Employees"),
                                             QStringLiteral("custom:Region")};
    options.mapping = mapping;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    Imported out;
    out.summary = *result;
    out.dump = customDump(s);
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    if (contacts) {
        // What the contact card shows: the values of the row, canonical, on the right person.
        REQUIRE(q.run(QStringLiteral("SELECT f.name, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id"
                                     " JOIN contacts c ON c.id = v.entity_id WHERE c.last_name = '41' AND c.first_name = 'Person'"
                                     " ORDER BY f.name")).ok());
        QStringList values;
        while (q.next())
            values << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        CHECK(values.join(QLatin1Char(' ')) == QStringLiteral("Budget=1141 Source channel=Fair 6 Tier=Silver"));
        q.finish();
        auto asides = q.scalar(QStringLiteral("SELECT COUNT(*) FROM custom_fields WHERE name = 'Aside'"));
        REQUIRE(asides.ok());
        CHECK(asides->toLongLong() == 0); // checked before Budget refused the row
    } else {
        REQUIRE(q.run(QStringLiteral("SELECT v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id"
                                     " JOIN companies c ON c.id = v.entity_id WHERE c.name = 'Firm 3' AND f.name = 'Region'")).ok());
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("North 3"));
    }
    q.finish();
    REQUIRE(undoImport(s, result->batch).ok());
    out.undoneExactly = test::importDump(s) == before;
    return out;
}

} // namespace

TEST_CASE("New contacts and companies with custom values go in batches exactly as one by one", "[import][storage]")
{
    for (ExchangeEntity entity : {ExchangeEntity::Contacts, ExchangeEntity::Companies}) {
        INFO("entity " << int(entity));
        const Imported batched = importWithCustom(entity, false);
        const Imported oneByOne = importWithCustom(entity, true);
        checkSameAsOneByOne(batched, oneByOne);
        CHECK(batched.summary.rejected > 20);
        CHECK(batched.summary.skipped > 20);
        // Each rejected row says which column holds what its field refused, as the other
        // cells' problems do (the wizard highlights that cell).
        REQUIRE_FALSE(batched.summary.problems.isEmpty());
        const ImportProblem &first = batched.summary.problems.first();
        const bool contacts = entity == ExchangeEntity::Contacts;
        CHECK(first.row == (contacts ? 3 : 5)); // file lines: the header is line 1
        CHECK(first.column == (contacts ? QStringLiteral("Budget") : QStringLiteral("Employees")));
        CHECK(first.value == (contacts ? QStringLiteral("lots") : QStringLiteral("many")));
        CHECK(first.reason.contains(QLatin1String("not a number")));
    }
}

namespace {

// A re-import of contactsFile()'s people (1,500 rows, three chunks): new budgets for some, a
// tier for those without one, the same budget again (nothing to change), text in the number
// field (rejected), a field the update creates ("Owner note"), a person named twice (the
// second row sees the first one's values), and a rename with a value (written alone).
QString updateFile()
{
    QString text = QStringLiteral("Name,Email,Budget,Tier,Owner note\n");
    for (int i = 2; i < 1500; ++i) {
        if (i % 97 == 1 || i % 61 == 60)
            continue; // not in the base
        const QString name = i % 250 == 7 ? QStringLiteral("Renamed %1").arg(i) : QStringLiteral("Person %1").arg(i);
        QString budget = i % 3 ? QString::number(1000 + i % 900 + 100) : QString(); // as stored
        if (i % 5 == 0)
            budget = QString::number(5000 + i);
        if (i % 83 == 4)
            budget = QStringLiteral("unknown");
        const QString tier = i % 4 == 2 ? QStringLiteral("Gold") : i % 4 == 0 ? QStringLiteral("silver") : QString();
        const QString note = i % 7 == 3 ? QStringLiteral("call back %1").arg(i) : QString();
        text += QStringLiteral("%1,p%2@example.com,%3,%4,%5\n").arg(name).arg(i).arg(budget, tier, note);
        if (i % 200 == 10) // again, later in the same chunk
            text += QStringLiteral("Person %1,p%1@example.com,%2,,\n").arg(i).arg(7000 + i);
    }
    return text;
}

Imported updateCustom(bool rowByRow, DuplicatePolicy policy)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    addField(s, QStringLiteral("contact"), QStringLiteral("Budget"), CustomField::Kind::Number);
    addField(s, QStringLiteral("contact"), QStringLiteral("Tier"), CustomField::Kind::Choice,
             {QStringLiteral("Gold"), QStringLiteral("Silver")});
    const QString base = tdb.tempPath(QStringLiteral("base.csv"));
    writeFile(base, contactsFile());
    ImportOptions options;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("custom:Budget"),
                      QStringLiteral("custom:Tier"), QStringLiteral("custom:Source channel"), QStringLiteral("custom:Aside")};
    options.mapping = mapping;
    REQUIRE(runImport(s, base, options).ok());
    const QString before = test::importDump(s);

    const QString file = tdb.tempPath(QStringLiteral("update.csv"));
    writeFile(file, updateFile());
    options.onDuplicate = policy;
    options.rowByRow = rowByRow;
    options.match = {MatchKey::Email};
    mapping.fields = {QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("custom:Budget"),
                      QStringLiteral("custom:Tier"), QStringLiteral("custom:Owner note")};
    options.mapping = mapping;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    Imported out;
    out.summary = *result;
    out.dump = customDump(s) + test::queryDump(s, {"SELECT entity, entity_id, before_values FROM import_batch_items"
                                                   " WHERE action = 'updated' ORDER BY entity_id, source_row"});
    out.dump.replace(QRegularExpression(QStringLiteral("\"updated_at\":\\d+")), QStringLiteral("\"updated_at\":T"));
    // What the card shows after the second row of a person named twice: its budget.
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto budget = q.scalar(QStringLiteral("SELECT v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id"
                                          " JOIN contact_emails e ON e.contact_id = v.entity_id"
                                          " WHERE f.name = 'Budget' AND e.email = 'p410@example.com'"));
    REQUIRE(budget.ok());
    CHECK(budget->toString() == (policy == DuplicatePolicy::Update ? QStringLiteral("7410") : QStringLiteral("1510")));
    REQUIRE(undoImport(s, result->batch).ok());
    out.undoneExactly = test::importDump(s) == before;
    return out;
}

} // namespace

TEST_CASE("Updates of contacts' custom values go in batches exactly as one by one, and undo", "[import][storage]")
{
    for (DuplicatePolicy policy : {DuplicatePolicy::Update, DuplicatePolicy::FillEmpty}) {
        INFO("policy " << int(policy));
        const Imported batched = updateCustom(false, policy);
        const Imported oneByOne = updateCustom(true, policy);
        checkSameAsOneByOne(batched, oneByOne);
        CHECK(batched.summary.updated > 500);
        CHECK(batched.summary.skipped > 20);
        CHECK(batched.summary.rejected > 10);
    }
}
