// Company names and deal titles are looked up case-insensitively in every script on both back
// ends ("РОГА" finds "Рога", "müller gmbh" finds "Müller GmbH"), through the folded keys of
// schema step 12 — also for rows written without a key (bulk loads, raw updates) and for rows
// that were there before the step.
#include "import/import_job.h"
#include "repo/company_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/fold_keys.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace kontor;
using namespace kontor::importing;

namespace {

void writeText(const QString &path, const QString &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

qint64 scalar(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto v = q.scalar(sql, binds);
    INFO((v.ok() ? QString() : v.error().toString()).toStdString());
    REQUIRE(v.ok());
    return v->toLongLong();
}

void exec(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto st = q.run(sql, binds);
    INFO((st.ok() ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

ImportSummary import(const Session &s, const QString &path, ExchangeEntity entity,
                     QList<MatchKey> match = {}, DuplicatePolicy policy = DuplicatePolicy::Skip)
{
    ImportOptions options;
    options.entity = entity;
    options.match = match;
    options.onDuplicate = policy;
    auto result = runImport(s, path, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("Imports find companies and deals by name whatever the case, in any script",
          "[import][storage][fold]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    CompanyRepository companies(s);
    Company roga;
    roga.name = QStringLiteral("Рога и копыта");
    const qint64 rogaId = *companies.create(roga);
    Company mueller;
    mueller.name = QStringLiteral("Müller GmbH");
    const qint64 muellerId = *companies.create(mueller);
    // Written past the repositories (as a bulk load or an import's undo does): no key, or a
    // renamed row whose key would be stale.
    exec(s, QStringLiteral("INSERT INTO companies (name) VALUES (?)"), {QStringLiteral("Ölwerke Ёлкин")});
    const qint64 rawId = scalar(s, QStringLiteral("SELECT id FROM companies WHERE name = ?"),
                                {QStringLiteral("Ölwerke Ёлкин")});
    exec(s, QStringLiteral("UPDATE companies SET name = ? WHERE id = ?"),
         {QStringLiteral("Straße Σίσυφος"), muellerId});
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies WHERE id = ? AND name_fold IS NULL"),
                 {muellerId})
          == 1); // the trigger dropped the stale key

    const QString people = tdb.tempPath(QStringLiteral("people.csv"));
    writeText(people, QStringLiteral("First name,Last name,Email,Company\n"
                                     "Иван,Петров,ivan@example.ru,РОГА И КОПЫТА\n"
                                     "Anna,Berg,anna@example.de,STRAẞE ΣΊΣΥΦΟΣ\n"
                                     "Olli,Ek,olli@example.fi,ölwerke ёлкин\n"));
    const ImportSummary summary = import(s, people, ExchangeEntity::Contacts);
    CHECK(summary.created == 3);
    CHECK(summary.rejected == 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 3); // none created
    auto companyOf = [&](const char *email) {
        return scalar(s, QStringLiteral("SELECT c.company_id FROM contacts c JOIN contact_emails e"
                                        " ON e.contact_id = c.id WHERE e.email = ?"),
                      {QLatin1String(email)});
    };
    CHECK(companyOf("ivan@example.ru") == rogaId);
    CHECK(companyOf("anna@example.de") == muellerId); // capital ẞ folds to ß, final ς to σ
    CHECK(companyOf("olli@example.fi") == rawId);

    // Companies matched by name, and deals by title (match "name": the title alone).
    const QString again = tdb.tempPath(QStringLiteral("companies.csv"));
    writeText(again, QStringLiteral("Company name,City\nрога и копыта,Москва\n"));
    const ImportSummary updated = import(s, again, ExchangeEntity::Companies, {MatchKey::Name},
                                         DuplicatePolicy::Update);
    CHECK(updated.updated == 1);
    CHECK(updated.created == 0);
    CHECK(companies.get(rogaId)->address.city == QStringLiteral("Москва"));

    auto pipeline = PipelineRepository(s).find(QStringLiteral("Sales"));
    REQUIRE(pipeline.ok());
    Deal d;
    d.title = QStringLiteral("Поставка Рогов");
    d.stageId = pipeline->stages.first().id;
    const qint64 dealId = *DealRepository(s).create(d);
    const QString deals = tdb.tempPath(QStringLiteral("deals.csv"));
    writeText(deals, QStringLiteral("Deal,Amount,Currency\nПОСТАВКА РОГОВ,1500,EUR\n"));
    const ImportSummary dealSummary = import(s, deals, ExchangeEntity::Deals, {MatchKey::Name},
                                             DuplicatePolicy::Update);
    CHECK(dealSummary.updated == 1);
    CHECK(dealSummary.created == 0);
    CHECK(DealRepository(s).get(dealId)->amountMinor == 150000);
}

TEST_CASE("Schema step 12 folds the names of companies and deals already in the base",
          "[import][storage][fold]")
{
    test::TestDatabase tdb;
    auto db = Database::open(tdb.url());
    REQUIRE(db.ok());
    REQUIRE(Migrator(*db).migrate(11).ok());
    {
        auto conn = (*db)->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        REQUIRE(q.run(QStringLiteral("INSERT INTO companies (name) VALUES (?)"),
                      {QStringLiteral("Ελληνική Εταιρεία")})
                    .ok());
    }
    REQUIRE(Migrator(*db).migrate().ok());
    auto conn = (*db)->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto fold = q.scalar(QStringLiteral("SELECT name_fold FROM companies"));
    REQUIRE(fold.ok());
    CHECK(fold->toString() == foldKey(QStringLiteral("ΕΛΛΗΝΙΚΉ ΕΤΑΙΡΕΊΑ")));
    CHECK(fold->toString() == QStringLiteral("ελληνική εταιρεία"));
}
