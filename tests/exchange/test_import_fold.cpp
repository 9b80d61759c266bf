// Company names and deal titles are looked up case-insensitively in every script on both back
// ends ("РОГА" finds "Рога", "müller gmbh" finds "Müller GmbH"), through the folded keys of
// schema step 12 — also for rows written without a key (bulk loads, raw updates) and for rows
// that were there before the step. The fold is full case folding ("STRASSE" finds "Straße",
// pipelines and owners too); schema step 16 refolds keys stored before it. Keys are also
// normalized (NFKC: "Cafe" + U+0301 is "Café", "ＡＣＭＥ" is "acme"), contacts matched by name
// use a key of their own, and schema step 17 refolds every key and gives contacts theirs.
#include "import/import_job.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
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

using kontor::test::writeFile;

qint64 scalar(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    return kontor::test::sqlValue(s, sql, binds).toLongLong();
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
    writeFile(people, QStringLiteral("First name,Last name,Email,Company\n"
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
    CHECK(companyOf("anna@example.de") == muellerId); // ß and capital ẞ fold to ss, final ς to σ
    CHECK(companyOf("olli@example.fi") == rawId);
    // New contacts written in batches (matched by e-mail) carry their name key.
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE name_fold = ?"),
                 {QStringLiteral("иван петров")})
          == 1);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE name_fold IS NULL")) == 0);

    // Companies matched by name, and deals by title (match "name": the title alone).
    const QString again = tdb.tempPath(QStringLiteral("companies.csv"));
    writeFile(again, QStringLiteral("Company name,City\nрога и копыта,Москва\n"));
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
    writeFile(deals, QStringLiteral("Deal,Amount,Currency\nПОСТАВКА РОГОВ,1500,EUR\n"));
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

TEST_CASE("Names fold fully: ß, ẞ and SS are one, ligatures are their letters, ς is σ",
          "[import][fold]")
{
    CHECK(foldKey(QStringLiteral("Hauptstraße GmbH")) == QStringLiteral("hauptstrasse gmbh"));
    CHECK(foldKey(QStringLiteral("HAUPTSTRASSE GMBH")) == QStringLiteral("hauptstrasse gmbh"));
    CHECK(foldKey(QStringLiteral("HAUPTSTRAẞE GMBH")) == QStringLiteral("hauptstrasse gmbh"));
    // The ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ (typeset names pasted from a PDF)
    CHECK(foldKey(QStringLiteral("ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ")) == QStringLiteral("ff fi fl ffi ffl st st"));
    CHECK(foldKey(QStringLiteral("Oﬃce Proﬁ")) == foldKey(QStringLiteral("OFFICE PROFI")));
    // Greek: the final sigma, and a capital with iota subscript (one letter, two when folded)
    CHECK(foldKey(QStringLiteral("Σίσυφος")) == foldKey(QStringLiteral("ΣΊΣΥΦΟΣ")));
    CHECK(foldKey(QStringLiteral("ς")) == QStringLiteral("σ"));
    CHECK(foldKey(QStringLiteral("ᾼ")) == foldKey(QStringLiteral("ΑΙ")));
    // Unchanged: trimming, other scripts, text with nothing to expand
    CHECK(foldKey(QStringLiteral("  Рога и Копыта ")) == QStringLiteral("рога и копыта"));
    CHECK(foldKey(QString()).isEmpty());
    CHECK(sameName(QStringLiteral("Großkunden"), QStringLiteral(" GROSSKUNDEN")));
    CHECK_FALSE(sameName(QStringLiteral("Großkunden"), QStringLiteral("Grosskunde")));
}

TEST_CASE("An import row naming HAUPTSTRASSE GMBH finds the company Hauptstraße GmbH",
          "[import][storage][fold]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    Company street;
    street.name = QStringLiteral("Hauptstraße GmbH");
    const qint64 streetId = *CompanyRepository(s).create(street);
    Stage first;
    first.name = QStringLiteral("Erstgespräch");
    first.probability = 10;
    Stage won;
    won.name = QStringLiteral("Gewonnen");
    won.probability = 100;
    won.kind = Stage::Kind::Won;
    auto pipeline = PipelineRepository(s).create(QStringLiteral("Großkunden"), {first, won});
    REQUIRE(pipeline.ok());
    exec(s, QStringLiteral("INSERT INTO users (login, display_name) VALUES ('jst', ?)"),
         {QStringLiteral("Jürgen Strauß")});
    const qint64 juergen = scalar(s, QStringLiteral("SELECT id FROM users WHERE login = 'jst'"));

    const QString people = tdb.tempPath(QStringLiteral("people.csv"));
    writeFile(people, QStringLiteral("First name,Last name,Email,Company\n"
                                     "Uwe,Kranz,uwe@example.de,HAUPTSTRASSE GMBH\n"));
    const ImportSummary contacts = import(s, people, ExchangeEntity::Contacts);
    CHECK(contacts.created == 1);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 1); // none created
    CHECK(scalar(s, QStringLiteral("SELECT c.company_id FROM contacts c JOIN contact_emails e"
                                   " ON e.contact_id = c.id WHERE e.email = 'uwe@example.de'"))
          == streetId);

    // Deals: the company, the pipeline, its stage and the owner by name, all in capitals.
    const QString deals = tdb.tempPath(QStringLiteral("deals.csv"));
    writeFile(deals, QStringLiteral("Deal,Company,Pipeline,Stage,Owner,Amount\n"
                                    "Rahmenvertrag,HAUPTSTRASSE GMBH,GROSSKUNDEN,ERSTGESPRÄCH,"
                                    "JÜRGEN STRAUSS,1000\n"));
    const ImportSummary dealSummary = import(s, deals, ExchangeEntity::Deals);
    for (const auto &p : dealSummary.problems)
        INFO(p.toString().toStdString());
    CHECK(dealSummary.rejected == 0);
    REQUIRE(dealSummary.created == 1);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 1);
    const QVariantList deal{QStringLiteral("Rahmenvertrag")};
    CHECK(scalar(s, QStringLiteral("SELECT company_id FROM deals WHERE title = ?"), deal) == streetId);
    CHECK(scalar(s, QStringLiteral("SELECT pipeline_id FROM deals WHERE title = ?"), deal) == *pipeline);
    CHECK(scalar(s, QStringLiteral("SELECT owner_id FROM deals WHERE title = ?"), deal) == juergen);

    // And a deal is found by its title the same way (match "name": the title alone).
    // The second row finds the deal the first one renamed to capitals (the same key).
    writeFile(deals, QStringLiteral("Deal,Amount\nRAHMENVERTRAG,2500\nrahmenvertrag,3000\n"));
    const ImportSummary again = import(s, deals, ExchangeEntity::Deals, {MatchKey::Name},
                                       DuplicatePolicy::Update);
    CHECK(again.updated == 2);
    CHECK(again.created == 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM deals")) == 1);
}

TEST_CASE("Schema step 16 refolds keys stored with the one-to-one folding of before",
          "[import][storage][fold]")
{
    test::TestDatabase tdb;
    {
        auto db = Database::open(tdb.url());
        REQUIRE(db.ok());
        REQUIRE(Migrator(*db).migrate(15).ok());
        {
            auto conn = (*db)->connection();
            REQUIRE(conn.ok());
            SqlStatement q(*conn, QStringLiteral("test"));
            // As the repositories stored them up to step 15: Qt's simple folding keeps ß.
            REQUIRE(q.run(QStringLiteral("INSERT INTO companies (name, name_fold) VALUES (?, ?), (?, ?)"),
                          {QStringLiteral("Hauptstraße GmbH"), QStringLiteral("hauptstraße gmbh"),
                           QStringLiteral("Acme"), QStringLiteral("acme")})
                        .ok());
        }
        auto upgraded = Migrator(*db).migrate();
        INFO((upgraded.ok() ? QString() : upgraded.error().toString()).toStdString());
        REQUIRE(upgraded.ok());
        CHECK(*upgraded >= 16);
        auto conn = (*db)->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        REQUIRE(q.run(QStringLiteral("SELECT name_fold FROM companies ORDER BY id")).ok());
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        CHECK(keys == QStringList{QStringLiteral("hauptstrasse gmbh"), QStringLiteral("acme")});
    }

    // The upgraded base finds the company by the capitals of an import row.
    const Session s = tdb.session();
    const QString people = tdb.tempPath(QStringLiteral("people.csv"));
    writeFile(people, QStringLiteral("First name,Email,Company\nUwe,uwe@example.de,HAUPTSTRASSE GMBH\n"));
    CHECK(import(s, people, ExchangeEntity::Contacts).created == 1);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 2);
}

TEST_CASE("Names fold to one key whatever their Unicode normalization", "[import][fold]")
{
    // Decomposed (NFD, as macOS and some exports write it) and precomposed (NFC) are one name.
    CHECK(foldKey(QStringLiteral("Cafe\u0301")) == foldKey(QStringLiteral("Café")));
    CHECK(foldKey(QStringLiteral("Cafe\u0301")) == QStringLiteral("café"));
    CHECK(foldKey(QStringLiteral("Е\u0308ЛКИН")) == foldKey(QStringLiteral("Ёлкин")));
    CHECK(foldKey(QStringLiteral("A\u030Asa")) == foldKey(QStringLiteral("ÅSA")));
    // Compatibility forms: full-width letters, ideographic spaces around them.
    CHECK(foldKey(QStringLiteral("ＡＣＭＥ")) == QStringLiteral("acme"));
    CHECK(foldKey(QStringLiteral("\u3000ＡＣＭＥ\u3000")) == foldKey(QStringLiteral("Acme")));
    // Still full folding, other scripts, Greek whose fold needs the second NFKC.
    CHECK(foldKey(QStringLiteral("STRASSE")) == foldKey(QStringLiteral("Straße")));
    CHECK(foldKey(QStringLiteral("ИВАН ПЕТРОВ")) == QStringLiteral("иван петров"));
    CHECK(foldKey(QStringLiteral("\u0390")) == foldKey(QStringLiteral("\u03B9\u0308\u0301")));
    CHECK(foldKey(QStringLiteral("\u0390")) == foldKey(QStringLiteral("\u0399\u0308\u0301")));
    CHECK(foldKey(QString()).isEmpty());
    CHECK(foldKey(QStringLiteral(" \u3000 ")).isEmpty());
    // Accents are not dropped: "Cafe" is another name.
    CHECK(foldKey(QStringLiteral("Cafe")) != foldKey(QStringLiteral("Café")));
    CHECK(sameName(QStringLiteral("Cafe\u0301 Mu\u0308ller"), QStringLiteral(" CAFÉ MÜLLER ")));
    CHECK(sameName(QStringLiteral("ＡＣＭＥ"), QStringLiteral("acme")));
    CHECK_FALSE(sameName(QStringLiteral("Cafe"), QStringLiteral("Café")));
    for (const QString &name : {QStringLiteral("Cafe\u0301"), QStringLiteral("ＡＣＭＥ"), QStringLiteral("Straße"),
                                QStringLiteral("\u0390"), QStringLiteral("ﬃ"), QStringLiteral("Ǆ")}) {
        INFO(name.toStdString());
        CHECK(foldKey(foldKey(name)) == foldKey(name)); // a stored key folds to itself
    }
    // A contact's key: first and last name as one.
    CHECK(contactNameKey(QStringLiteral("ИВАН"), QStringLiteral("ПЕТРОВ")) == QStringLiteral("иван петров"));
    CHECK(contactNameKey(QStringLiteral(" Anna Maria "), QStringLiteral("Berg"))
          == contactNameKey(QStringLiteral("Anna"), QStringLiteral("Maria Berg ")));
    CHECK(contactNameKey(QStringLiteral("Cher"), QString()) == QStringLiteral("cher"));
}

TEST_CASE("foldKey's shortcut past normalization gives what normalizing gives, for every BMP character",
          "[import][fold]")
{
    // A text with ﬀ (not in the shortcut's ranges) is always normalized: each character, after
    // nothing and after letters it could compose with, must fold as it does without it.
    QStringList wrong;
    for (const QString &before : {QString(), QStringLiteral("e"), QStringLiteral("\u0415"), QStringLiteral("\u0391")}) {
        for (uint u = 1; u < 0x10000; ++u) {
            if (u >= 0xD800 && u < 0xE000)
                continue;
            const QString text = before + QChar(char16_t(u));
            if (QChar(char16_t(u)).isSpace())
                continue; // trimmed when last, kept before "|"
            const QString alone = foldKey(text);
            const QString normalized = foldKey(text + QStringLiteral("|\uFB00"));
            if (normalized != alone + QStringLiteral("|ff") && wrong.size() < 20)
                wrong << QStringLiteral("%1 U+%2").arg(before).arg(u, 4, 16, QLatin1Char('0'));
        }
    }
    CHECK(wrong.join(QStringLiteral(", ")).toStdString() == "");
}

TEST_CASE("Imports matching contacts by name find them in any script and normalization",
          "[import][storage][fold]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    ContactRepository contacts(s);
    Company cafe;
    cafe.name = QStringLiteral("Café Müller"); // precomposed (NFC)
    const qint64 cafeId = *CompanyRepository(s).create(cafe);
    auto person = [&](const char *first, const char *last, qint64 companyId) {
        Contact c;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        c.companyId = companyId;
        auto id = contacts.create(c);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 ivan = person("Иван", "Петров", 0);
    const qint64 asa = person("Åsa", "Lind", cafeId);
    const qint64 noel = person("Noël", "Café", cafeId);

    // By name: capitals in Cyrillic and Swedish; the second Иван row finds the contact the
    // first one renamed to capitals (the same key) within the same import.
    const QString byName = tdb.tempPath(QStringLiteral("by_name.csv"));
    writeFile(byName, QStringLiteral("First name,Last name,City\n"
                                     "ИВАН,ПЕТРОВ,Москва\n"
                                     "ÅSA,LIND,Malmö\n"
                                     "иван,петров,Казань\n"));
    const ImportSummary named = import(s, byName, ExchangeEntity::Contacts, {MatchKey::Name},
                                       DuplicatePolicy::Update);
    CHECK(named.rejected == 0);
    CHECK(named.created == 0);
    CHECK(named.updated == 3);
    CHECK(contacts.get(ivan)->address.city == QStringLiteral("Казань"));
    CHECK(contacts.get(asa)->address.city == QStringLiteral("Malmö"));

    // By name and company, every name of the row decomposed (NFD): the company and the contact.
    const QString byNameCompany = tdb.tempPath(QStringLiteral("by_name_company.csv"));
    writeFile(byNameCompany, QStringLiteral("First name,Last name,Company,City\n"
                                            "Noe\u0308l,CAFE\u0301,CAFE\u0301 MU\u0308LLER,Paris\n"
                                            "A\u030Asa,Lind,Cafe\u0301 Mu\u0308ller,Lund\n"));
    const ImportSummary both = import(s, byNameCompany, ExchangeEntity::Contacts, {MatchKey::NameCompany},
                                      DuplicatePolicy::Update);
    CHECK(both.rejected == 0);
    CHECK(both.created == 0);
    CHECK(both.updated == 2);
    CHECK(contacts.get(noel)->address.city == QStringLiteral("Paris"));
    CHECK(contacts.get(asa)->address.city == QStringLiteral("Lund"));
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM contacts")) == 3);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 1);
    // Name and company: the same name at no company is someone else.
    writeFile(byNameCompany, QStringLiteral("First name,Last name,City\nNoël,Café,Paris\n"));
    CHECK(import(s, byNameCompany, ExchangeEntity::Contacts, {MatchKey::NameCompany}, DuplicatePolicy::Update)
              .created
          == 1);

    // A company by a decomposed name, in a companies import.
    const QString companiesFile = tdb.tempPath(QStringLiteral("companies.csv"));
    // The second row finds the company the first one renamed (the same key).
    writeFile(companiesFile, QStringLiteral("Company name,City\nCAFE\u0301 MU\u0308LLER,Wien\ncafé müller,Graz\n"));
    const ImportSummary company = import(s, companiesFile, ExchangeEntity::Companies, {MatchKey::Name},
                                         DuplicatePolicy::Update);
    CHECK(company.updated == 2);
    CHECK(company.created == 0);
    CHECK(CompanyRepository(s).get(cafeId)->address.city == QStringLiteral("Graz"));
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 1);
}

TEST_CASE("Schema step 17 refolds keys normalized and gives contacts theirs", "[import][storage][fold]")
{
    test::TestDatabase tdb;
    {
        auto db = Database::open(tdb.url());
        REQUIRE(db.ok());
        REQUIRE(Migrator(*db).migrate(16).ok());
        {
            auto conn = (*db)->connection();
            REQUIRE(conn.ok());
            SqlStatement q(*conn, QStringLiteral("test"));
            // As the repositories stored them up to step 16: folded, not normalized.
            REQUIRE(q.run(QStringLiteral("INSERT INTO companies (name, name_fold) VALUES (?, ?), (?, ?), (?, ?)"),
                          {QStringLiteral("Cafe\u0301 Ltd"), QStringLiteral("cafe\u0301 ltd"),
                           QStringLiteral("ＡＣＭＥ"), QStringLiteral("ａｃｍｅ"), QStringLiteral("Рога"),
                           QStringLiteral("рога")})
                        .ok());
            REQUIRE(q.run(QStringLiteral("INSERT INTO contacts (first_name, last_name) VALUES (?, ?), (?, ?)"),
                          {QStringLiteral("ИВАН"), QStringLiteral("Петров"), QStringLiteral("Noe\u0308l"),
                           QStringLiteral("Café")})
                        .ok());
        }
        auto upgraded = Migrator(*db).migrate();
        INFO((upgraded.ok() ? QString() : upgraded.error().toString()).toStdString());
        REQUIRE(upgraded.ok());
        CHECK(*upgraded >= 17);
        auto conn = (*db)->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        auto keys = [&](const char *sql) {
            QStringList out;
            REQUIRE(q.run(QLatin1String(sql)).ok());
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        CHECK(keys("SELECT name_fold FROM companies ORDER BY id")
              == QStringList{QStringLiteral("café ltd"), QStringLiteral("acme"), QStringLiteral("рога")});
        CHECK(keys("SELECT name_fold FROM contacts ORDER BY id")
              == QStringList{QStringLiteral("иван петров"), QStringLiteral("noël café")});
    }

    // The upgraded base finds the company and the contacts as an import row writes them.
    const Session s = tdb.session();
    const QString people = tdb.tempPath(QStringLiteral("people.csv"));
    writeFile(people, QStringLiteral("First name,Last name,Company\nиван,петров,CAFÉ LTD\nNOËL,CAFÉ,acme\n"));
    const ImportSummary summary = import(s, people, ExchangeEntity::Contacts, {MatchKey::Name},
                                         DuplicatePolicy::Update);
    CHECK(summary.updated == 2);
    CHECK(summary.created == 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies")) == 3);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE company_id IS NOT NULL")) == 2);
}
