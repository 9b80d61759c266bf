// The quick search: what a salesperson types finds the record, on both back ends.
#include "test_database.h"

#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "search/schema_search.h"
#include "search/search_repository.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

Contact person(const QString &first, const QString &last, const QString &email = {},
               const QString &phone = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    if (!email.isEmpty())
        c.emails.append({0, QStringLiteral("work"), email});
    if (!phone.isEmpty())
        c.phones.append({0, QStringLiteral("mobile"), phone});
    return c;
}

qint64 mustCreate(const ContactRepository &repo, const Contact &c)
{
    auto id = repo.create(c);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

// Ids of the contacts the quick search returns for `text`, best first.
QList<qint64> contactHits(const Session &s, const QString &text)
{
    auto hits = SearchRepository(s).search(text, 50);
    INFO((hits ? QString() : hits.error().toString()).toStdString());
    REQUIRE(hits.ok());
    QList<qint64> ids;
    for (const SearchHit &h : *hits) {
        if (h.kind == SearchHit::Kind::Contact)
            ids << h.id;
    }
    return ids;
}

qint64 listCount(const Session &s, const QString &text)
{
    ContactQuery q;
    q.text = text;
    auto n = ContactRepository(s).count(q);
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("Quick search finds phones by digits whatever the formatting", "[search]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    // Given a number typed with punctuation and one typed bare
    const qint64 ivan = mustCreate(repo,
                                   person(QStringLiteral("Ivan"), QStringLiteral("Petrov"), {},
                                          QStringLiteral("+7 (916) 123-45-67")));
    const qint64 other = mustCreate(repo,
                                    person(QStringLiteral("Anna"), QStringLiteral("Berg"), {},
                                           QStringLiteral("+358401112233")));
    // Then any formatting of any fragment finds it, and only it
    CHECK(contactHits(s, QStringLiteral("+7 (916) 123")) == QList<qint64> {ivan});
    CHECK(contactHits(s, QStringLiteral("79161234567")) == QList<qint64> {ivan});
    CHECK(contactHits(s, QStringLiteral("123-45-67")) == QList<qint64> {ivan});
    CHECK(contactHits(s, QStringLiteral("916 123")) == QList<qint64> {ivan});
    CHECK(contactHits(s, QStringLiteral("40 111")) == QList<qint64> {other});
    CHECK(contactHits(s, QStringLiteral("555 000")).isEmpty());
    // And the list filter uses the same index
    CHECK(listCount(s, QStringLiteral("(916) 123-45")) == 1);
}

TEST_CASE("Quick search folds diacritics and works in every script", "[search]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    const qint64 muller
        = mustCreate(repo, person(QStringLiteral("Jürgen"), QStringLiteral("Müller")));
    const qint64 ivanova
        = mustCreate(repo, person(QStringLiteral("Мария"), QStringLiteral("Иванова")));
    const qint64 sara = mustCreate(repo, person(QStringLiteral("سارا"), QStringLiteral("رحیمی")));
    const qint64 lao = mustCreate(repo, person(QStringLiteral("ສົມພອນ"), QStringLiteral("ແກ້ວມະນີ")));
    const qint64 makela
        = mustCreate(repo, person(QStringLiteral("Mikko"), QStringLiteral("Mäkelä")));

    CHECK(contactHits(s, QStringLiteral("muller")) == QList<qint64> {muller});
    CHECK(contactHits(s, QStringLiteral("MÜLL")) == QList<qint64> {muller});
    CHECK(contactHits(s, QStringLiteral("jurgen muller")) == QList<qint64> {muller});
    CHECK(contactHits(s, QStringLiteral("иванов")) == QList<qint64> {ivanova});
    CHECK(contactHits(s, QStringLiteral("Мари")) == QList<qint64> {ivanova});
    CHECK(contactHits(s, QStringLiteral("سارا")) == QList<qint64> {sara});
    CHECK(contactHits(s, QStringLiteral("ແກ້ວ")) == QList<qint64> {lao});
    CHECK(contactHits(s, QStringLiteral("makela")) == QList<qint64> {makela});
    CHECK(contactHits(s, QStringLiteral("mikko mä")) == QList<qint64> {makela});
    CHECK(contactHits(s, QStringLiteral("nobody")).isEmpty());
}

TEST_CASE("Quick search finds partial emails and companies, best match first", "[search]")
{
    TestDatabase t;
    Session s = t.session();
    CompanyRepository companies(s);
    Company acme;
    acme.name = QStringLiteral("Acme Trading");
    acme.address.city = QStringLiteral("Tampere");
    const qint64 acmeId = *companies.create(acme);
    ContactRepository repo(s);
    Contact anna = person(QStringLiteral("Anna"), QStringLiteral("Lind"),
                          QStringLiteral("anna.lind@northwind.example"));
    anna.companyId = acmeId;
    const qint64 annaId = mustCreate(repo, anna);
    const qint64 annika = mustCreate(repo,
                                     person(QStringLiteral("Annika"), QStringLiteral("Berg"),
                                            QStringLiteral("a.berg@mail.example")));

    CHECK(contactHits(s, QStringLiteral("northw")) == QList<qint64> {annaId});
    CHECK(contactHits(s, QStringLiteral("anna.lind@north")) == QList<qint64> {annaId});
    CHECK(contactHits(s, QStringLiteral("a.berg@")) == QList<qint64> {annika});
    // A person is found through their company's name
    CHECK(contactHits(s, QStringLiteral("acme")) == QList<qint64> {annaId});

    auto hits = SearchRepository(s).search(QStringLiteral("acme"), 10);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 2);
    // The company whose name starts with the query comes before the person who works there
    CHECK(hits->at(0).kind == SearchHit::Kind::Company);
    CHECK(hits->at(0).id == acmeId);
    CHECK(hits->at(1).id == annaId);

    // "anna" is Anna's whole first name: she ranks above Annika
    const QList<qint64> ann = contactHits(s, QStringLiteral("anna"));
    REQUIRE(ann.size() == 1);
    CHECK(ann.first() == annaId);
    CHECK(contactHits(s, QStringLiteral("ann")).size() == 2);

    // Companies by city, deals by title
    Deal deal;
    deal.title = QStringLiteral("Acme rollout 2026");
    auto pipelines = PipelineRepository(s).list();
    REQUIRE(pipelines.ok());
    REQUIRE(!pipelines->isEmpty());
    deal.stageId = pipelines->first().stages.first().id;
    auto dealId = DealRepository(s).create(deal);
    REQUIRE(dealId.ok());
    auto rollout = SearchRepository(s).search(QStringLiteral("rollout"), 10);
    REQUIRE(rollout.ok());
    REQUIRE(rollout->size() == 1);
    CHECK(rollout->first().kind == SearchHit::Kind::Deal);
    CHECK(rollout->first().id == *dealId);
    CompanyQuery cq;
    cq.text = QStringLiteral("tamp");
    CHECK(*companies.count(cq) == 1);
}

TEST_CASE("The search index follows updates, trash, restore and company renames", "[search]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    CompanyRepository companies(s);
    Company co;
    co.name = QStringLiteral("Oldname Oy");
    const qint64 coId = *companies.create(co);
    Contact c = person(QStringLiteral("Olli"), QStringLiteral("Virtanen"),
                       QStringLiteral("olli@vanha.example"), QStringLiteral("+358 50 765 4321"));
    c.companyId = coId;
    c.id = mustCreate(repo, c);
    REQUIRE(contactHits(s, QStringLiteral("virtanen")) == QList<qint64> {c.id});

    // When the name, email and phone change
    c.lastName = QStringLiteral("Korhonen");
    c.emails = {{0, QStringLiteral("work"), QStringLiteral("olli@uusi.example")}};
    c.phones = {{0, QStringLiteral("work"), QStringLiteral("+358 40 111 2222")}};
    REQUIRE(repo.update(c).ok());
    // Then the old values no longer find it and the new ones do
    CHECK(contactHits(s, QStringLiteral("virtanen")).isEmpty());
    CHECK(contactHits(s, QStringLiteral("vanha.example")).isEmpty());
    CHECK(contactHits(s, QStringLiteral("765 4321")).isEmpty());
    CHECK(contactHits(s, QStringLiteral("korhonen")) == QList<qint64> {c.id});
    CHECK(contactHits(s, QStringLiteral("uusi.example")) == QList<qint64> {c.id});
    CHECK(contactHits(s, QStringLiteral("111 2222")) == QList<qint64> {c.id});

    // A trashed contact is not found; restored, it is again
    REQUIRE(repo.moveToTrash(c.id).ok());
    CHECK(contactHits(s, QStringLiteral("korhonen")).isEmpty());
    CHECK(listCount(s, QStringLiteral("korhonen")) == 0);
    REQUIRE(repo.restore(c.id).ok());
    CHECK(contactHits(s, QStringLiteral("korhonen")) == QList<qint64> {c.id});

    // Renaming the company renames what its people are found by
    Company renamed = *companies.get(coId);
    renamed.name = QStringLiteral("Uusinimi Oy");
    REQUIRE(companies.update(renamed).ok());
    CHECK(contactHits(s, QStringLiteral("oldname")).isEmpty());
    CHECK(contactHits(s, QStringLiteral("uusinimi")) == QList<qint64> {c.id});
}

TEST_CASE("A database upgraded from schema 2 is searchable, and the index can be rebuilt",
          "[search]")
{
    TestDatabase t;
    // Given a database at schema 2 with a contact in it
    auto db = Database::open(t.url());
    REQUIRE(db.ok());
    REQUIRE(Migrator(*db).migrate(2).ok());
    {
        auto conn = (*db)->connection();
        SqlStatement q(*conn, QStringLiteral("seed"));
        auto id = q.scalar(QStringLiteral("INSERT INTO contacts (first_name, last_name)"
                                          " VALUES ('Väinö', 'Linna') RETURNING id"));
        REQUIRE(id.ok());
        REQUIRE(q.run(QStringLiteral("INSERT INTO contact_phones (contact_id, phone, phone_digits)"
                                     " VALUES (?, '+358 9 555 0101', '35895550101')"),
                      {*id})
                    .ok());
    }
    // When it is upgraded
    Session s = t.session();
    // Then what was there is found
    CHECK(contactHits(s, QStringLiteral("vaino")).size() == 1);
    CHECK(contactHits(s, QStringLiteral("555 01")).size() == 1);

    // And a rebuild (what bulk loaders call) gives the same answers
    auto conn = s.db->connection();
    REQUIRE(rebuildSearchIndex(*conn, s.db->dialect()).ok());
    CHECK(contactHits(s, QStringLiteral("linna")).size() == 1);
    CHECK(contactHits(s, QStringLiteral("555 01")).size() == 1);
}

TEST_CASE("Phones are stored as E.164 digits for matching, as typed for showing", "[search]")
{
    TestDatabase t;
    Session s = t.session();
    {
        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("region"));
        REQUIRE(q.run(QStringLiteral(
                          "INSERT INTO settings (key, value) VALUES ('default_region', 'RU')"))
                    .ok());
    }
    ContactRepository repo(s);
    // A Russian number typed with the trunk prefix 8, no country code
    const qint64 id = mustCreate(repo,
                                 person(QStringLiteral("Oleg"), QStringLiteral("Sidorov"), {},
                                        QStringLiteral("8 (916) 765-43-21")));
    CHECK(repo.get(id)->phones.first().phone == QStringLiteral("8 (916) 765-43-21"));
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("digits"));
    CHECK(q.scalar(QStringLiteral("SELECT phone_digits FROM contact_phones WHERE contact_id = ?"),
                   {id})
              ->toString()
          == QStringLiteral("79167654321"));
    CHECK(contactHits(s, QStringLiteral("+7 916 765")) == QList<qint64> {id});

    // A number with a country code no country uses is refused, naming the value
    auto bad = repo.create(
        person(QStringLiteral("X"), QStringLiteral("Y"), {}, QStringLiteral("+999 123 456 789")));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == Error::Kind::Invalid);
    CHECK(bad.error().message.contains(QStringLiteral("+999 123 456 789")));
}

TEST_CASE("A bulk load can pause the search triggers and rebuild the index at the end", "[search]")
{
    TestDatabase t;
    Session s = t.session();
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    // Given the triggers paused inside a load's transaction
    {
        Transaction tx(*conn, s.db->dialect());
        REQUIRE(tx.ok());
        REQUIRE(suspendSearchIndex(*conn, s.db->dialect()).ok());
        SqlStatement q(*conn, QStringLiteral("load"));
        REQUIRE(q.run(QStringLiteral("INSERT INTO contacts (first_name, last_name)"
                                     " VALUES ('Bulk', 'Loaded')"))
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    // Then the row written meanwhile is not in the index
    CHECK(contactHits(s, QStringLiteral("loaded")).isEmpty());
    // When the index is rebuilt
    REQUIRE(rebuildSearchIndex(*conn, s.db->dialect()).ok());
    // Then it is found, and the triggers follow changes again
    const QList<qint64> found = contactHits(s, QStringLiteral("loaded"));
    REQUIRE(found.size() == 1);
    ContactRepository repo(s);
    Contact c = *repo.get(found.first());
    c.lastName = QStringLiteral("Renamed");
    REQUIRE(repo.update(c).ok());
    CHECK(contactHits(s, QStringLiteral("loaded")).isEmpty());
    CHECK(contactHits(s, QStringLiteral("renamed")) == found);
}
