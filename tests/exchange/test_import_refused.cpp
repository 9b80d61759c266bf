// Every import batch (new and updated contacts and companies, activities) goes in one
// statement per table; if the database refuses it (here: a unique index a DBA might have
// added, which Kontor's own checks know nothing of), its rows are written again one by one so
// the message names the row, and the import stops with nothing saved. What a user would
// notice if that went wrong: a message without a row, half an import saved, or another
// row blamed.
#include "import/import_job.h"

#include "storage/sql.h"
#include "import_dump.h"
#include "test_database.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::importing;

namespace {

void run(const Session &s, const QString &sql)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    INFO(sql.toStdString());
    REQUIRE(q.run(sql).ok());
}

ImportOptions optionsFor(ExchangeEntity entity, DuplicatePolicy policy, const QStringList &fields)
{
    ImportOptions options;
    options.entity = entity;
    options.onDuplicate = policy;
    ImportMapping mapping;
    mapping.fields = fields;
    options.mapping = mapping;
    return options;
}

// Imports `text` and expects the database to refuse file row `row` (a line number: the header
// is line 1), with nothing saved.
void expectRefusedAt(const Session &s, test::TestDatabase &tdb, const QString &text, const ImportOptions &options,
                     qint64 row)
{
    const QString before = test::importDump(s);
    const QString file = tdb.tempPath(QStringLiteral("refused.csv"));
    test::writeFile(file, text);
    auto result = runImport(s, file, options);
    REQUIRE_FALSE(result.ok());
    const QString message = result.error().toString();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("row %1").arg(row)));
    CHECK(test::importDump(s) == before);
    auto history = listImports(s);
    REQUIRE(history.ok());
    for (const auto &b : *history)
        CHECK(b.sourceName != QLatin1String("refused.csv"));
}

// "City 0" ... with one repeat, at data row `repeatAt` (0-based), of data row 1's city.
QString citiesFile(const QString &header, const QString &rowPattern, int rows, int repeatAt)
{
    QString text = header + QLatin1Char('\n');
    for (int i = 0; i < rows; ++i)
        text += rowPattern.arg(i).arg(i == repeatAt ? 1 : i) + QLatin1Char('\n');
    return text;
}

} // namespace

TEST_CASE("A batch of new contacts the database refuses names the row and saves nothing", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    run(s, QStringLiteral("CREATE UNIQUE INDEX test_one_per_city ON contacts (city)"));
    expectRefusedAt(s, tdb,
                    citiesFile(QStringLiteral("First name,Email,City"), QStringLiteral("P%1,p%1@example.com,City %2"), 40, 30),
                    optionsFor(ExchangeEntity::Contacts, DuplicatePolicy::Skip,
                               {QStringLiteral("first_name"), QStringLiteral("email"), QStringLiteral("city")}),
                    32);
}

TEST_CASE("A batch of updates the database refuses names the row and saves nothing", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QStringList fields {QStringLiteral("first_name"), QStringLiteral("email"), QStringLiteral("city")};
    const QString base = tdb.tempPath(QStringLiteral("base.csv"));
    test::writeFile(base, citiesFile(QStringLiteral("First name,Email,City"), QStringLiteral("P%1,p%1@example.com,Old %2"), 40, -1));
    REQUIRE(runImport(s, base, optionsFor(ExchangeEntity::Contacts, DuplicatePolicy::Skip, fields)).ok());
    run(s, QStringLiteral("CREATE UNIQUE INDEX test_one_per_city ON contacts (city)"));
    for (DuplicatePolicy policy : {DuplicatePolicy::Update, DuplicatePolicy::FillEmpty}) {
        INFO("policy " << int(policy));
        if (policy == DuplicatePolicy::FillEmpty)
            run(s, QStringLiteral("UPDATE contacts SET city = NULL")); // so there is something to fill
        expectRefusedAt(s, tdb,
                        citiesFile(QStringLiteral("First name,Email,City"), QStringLiteral("P%1,p%1@example.com,New %2"), 40, 25),
                        optionsFor(ExchangeEntity::Contacts, policy, fields), 27);
    }
}

TEST_CASE("A batch of companies the database refuses names the row and saves nothing", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    run(s, QStringLiteral("CREATE UNIQUE INDEX test_one_per_city ON companies (city)"));
    expectRefusedAt(s, tdb, citiesFile(QStringLiteral("Name,City"), QStringLiteral("Firm %1,City %2"), 40, 12),
                    optionsFor(ExchangeEntity::Companies, DuplicatePolicy::Skip, {QStringLiteral("name"), QStringLiteral("city")}),
                    14);
}

TEST_CASE("A batch of company updates the database refuses names the row and saves nothing", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QStringList fields {QStringLiteral("name"), QStringLiteral("city")};
    const QString base = tdb.tempPath(QStringLiteral("base.csv"));
    test::writeFile(base, citiesFile(QStringLiteral("Name,City"), QStringLiteral("Firm %1,Old %2"), 40, -1));
    REQUIRE(runImport(s, base, optionsFor(ExchangeEntity::Companies, DuplicatePolicy::Skip, fields)).ok());
    run(s, QStringLiteral("CREATE UNIQUE INDEX test_one_per_city ON companies (city)"));
    for (DuplicatePolicy policy : {DuplicatePolicy::Update, DuplicatePolicy::FillEmpty}) {
        INFO("policy " << int(policy));
        if (policy == DuplicatePolicy::FillEmpty)
            run(s, QStringLiteral("UPDATE companies SET city = NULL")); // so there is something to fill
        expectRefusedAt(s, tdb, citiesFile(QStringLiteral("Name,City"), QStringLiteral("Firm %1,New %2"), 40, 17),
                        optionsFor(ExchangeEntity::Companies, policy, fields), 19);
    }
}

TEST_CASE("A batch of activities the database refuses names the row and saves nothing", "[import][storage]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString people = tdb.tempPath(QStringLiteral("people.csv"));
    test::writeFile(people, QStringLiteral("First name,Email\nAnn,ann@example.com\n"));
    REQUIRE(runImport(s, people, optionsFor(ExchangeEntity::Contacts, DuplicatePolicy::Skip,
                                            {QStringLiteral("first_name"), QStringLiteral("email")}))
                .ok());
    run(s, QStringLiteral("CREATE UNIQUE INDEX test_one_per_subject ON activities (subject)"));
    QString text = QStringLiteral("Type,Date,Email,Subject\n");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("call,2024-01-01 10:%1,ann@example.com,Talk %2\n").arg(i, 2, 10, QLatin1Char('0')).arg(i == 20 ? 1 : i);
    expectRefusedAt(s, tdb, text,
                    optionsFor(ExchangeEntity::Activities, DuplicatePolicy::Skip,
                               {QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("contact_email"),
                                QStringLiteral("subject")}),
                    22);
}
