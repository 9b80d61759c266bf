// The duplicate finder's name rule (same company, same last name and first initial) in any
// script on both back ends: "ИВАНОВ Иван" and "Иванов Игорь", "ÅBERG" and "Åberg", "Straße"
// and "STRASSE" are one surname. SQLite's lower() folds ASCII only and PostgreSQL's keeps ß,
// so the rule compares contacts.surname_key, folded in C++ (schema step 18, fold_keys.h).
#include "test_database.h"

#include "contacts/duplicates.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "storage/fold_keys.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

void exec(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto st = q.run(sql, binds);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

QVariant surnameKey(const Session &s, qint64 id)
{
    return test::sqlValue(s, QStringLiteral("SELECT surname_key FROM contacts WHERE id = ?"), {id});
}

qint64 company(const Session &s, const QString &name)
{
    Company c;
    c.name = name;
    auto id = CompanyRepository(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 contact(const Session &s, const QString &first, const QString &last, qint64 companyId)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.companyId = companyId;
    auto id = ContactRepository(s).create(c);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

// The name rule's groups: key ("company id:surname initial") -> contact ids.
QMap<QString, QList<qint64>> nameGroups(const Session &s)
{
    auto groups = DuplicateFinder(s).find();
    INFO((groups ? QString() : groups.error().toString()).toStdString());
    REQUIRE(groups.ok());
    QMap<QString, QList<qint64>> out;
    for (const DuplicateGroup &g : *groups) {
        if (g.reason == QLatin1String("name"))
            out.insert(g.key, g.contactIds);
    }
    return out;
}

QString key(qint64 companyId, const QString &surname)
{
    return QString::number(companyId) + QLatin1Char(':') + surname;
}

} // namespace

TEST_CASE("The surname key is the folded last name and the folded first initial", "[duplicates][fold]")
{
    CHECK(contactSurnameKey(QStringLiteral("Иван"), QStringLiteral("ИВАНОВ")) == QStringLiteral("иванов и"));
    CHECK(contactSurnameKey(QStringLiteral(" И. "), QStringLiteral("Иванов")) == QStringLiteral("иванов и"));
    CHECK(contactSurnameKey(QStringLiteral("Hans"), QStringLiteral("Straße"))
          == contactSurnameKey(QStringLiteral("h"), QStringLiteral("STRASSE")));
    CHECK(contactSurnameKey({}, QStringLiteral("Berg")) == QStringLiteral("berg "));
    // A first name outside the BMP keeps its whole first character, never half of it.
    // (Deseret 𐐀 folds to 𐐨, both a surrogate pair.)
    const QString astral = contactSurnameKey(QStringLiteral("\U00010400bc"), QStringLiteral("X"));
    CHECK(astral == QStringLiteral("x \U00010428"));
    // No last name: empty, not NULL (NULL is "to be folded" for fillMissingFoldKeys()).
    const QString none = contactSurnameKey(QStringLiteral("Anna"), QStringLiteral("  "));
    CHECK(none.isEmpty());
    CHECK_FALSE(none.isNull());
}

TEST_CASE("Duplicates by name: same company, same surname and initial, in any script and case",
          "[duplicates][fold]")
{
    TestDatabase t;
    const Session s = t.session();
    const qint64 acme = company(s, QStringLiteral("Acme"));
    const qint64 other = company(s, QStringLiteral("Other"));
    const qint64 ivan = contact(s, QStringLiteral("Иван"), QStringLiteral("ИВАНОВ"), acme);
    const qint64 igor = contact(s, QStringLiteral("Игорь"), QStringLiteral("Иванов"), acme);
    const qint64 anna = contact(s, QStringLiteral("Anna"), QStringLiteral("ÅBERG"), acme);
    const qint64 a = contact(s, QStringLiteral("A."), QStringLiteral("Åberg"), acme);
    const qint64 hans = contact(s, QStringLiteral("Hans"), QStringLiteral("Straße"), acme);
    const qint64 h = contact(s, QStringLiteral("H"), QStringLiteral("STRASSE"), acme);
    // Not duplicates of the above: another company, another initial, no company.
    const qint64 ivanElsewhere = contact(s, QStringLiteral("Иван"), QStringLiteral("Иванов"), other);
    const qint64 petr = contact(s, QStringLiteral("Пётр"), QStringLiteral("иванов"), acme);
    contact(s, QStringLiteral("Иван"), QStringLiteral("Иванов"), 0);
    contact(s, QStringLiteral("Anna"), QString(), acme);
    contact(s, QStringLiteral("Anton"), QString(), acme);

    const QMap<QString, QList<qint64>> expected{
        {key(acme, QStringLiteral("иванов и")), {ivan, igor}},
        {key(acme, QStringLiteral("åberg a")), {anna, a}},
        {key(acme, QStringLiteral("strasse h")), {hans, h}},
    };
    CHECK(nameGroups(s) == expected);

    SECTION("A contact renamed through the repository moves to its new group")
    {
        ContactRepository repo(s);
        auto pGot = repo.get(petr);
        REQUIRE(pGot.ok());
        Contact p = *pGot;
        p.firstName = QStringLiteral("ИЛЬЯ");
        REQUIRE(repo.update(p).ok());
        auto gGot = repo.get(igor);
        REQUIRE(gGot.ok());
        Contact g = *gGot;
        g.lastName = QStringLiteral("Петров");
        REQUIRE(repo.update(g).ok());
        // A rename that keeps the key ("Anna" -> "Anja") keeps it stored, though the trigger
        // took it for a writer that forgot it.
        auto anGot = repo.get(anna);
        REQUIRE(anGot.ok());
        Contact an = *anGot;
        an.firstName = QStringLiteral("Anja");
        REQUIRE(repo.update(an).ok());
        CHECK(surnameKey(s, anna) == QStringLiteral("åberg a"));
        CHECK(surnameKey(s, petr) == QStringLiteral("иванов и"));

        QMap<QString, QList<qint64>> moved = expected;
        moved[key(acme, QStringLiteral("иванов и"))] = {ivan, petr};
        CHECK(nameGroups(s) == moved);
    }

    SECTION("A contact renamed past the repository is found once the finder folds its key")
    {
        // As a merge or an import's undo writes a name: the trigger drops the stale key.
        exec(s, QStringLiteral("UPDATE contacts SET first_name = ?, last_name = ?, company_id = ? WHERE id = ?"),
             {QStringLiteral("ИОСИФ"), QStringLiteral("ИВАНОВ"), acme, ivanElsewhere});
        CHECK(surnameKey(s, ivanElsewhere).isNull());
        QMap<QString, QList<qint64>> joined = expected;
        joined[key(acme, QStringLiteral("иванов и"))] = {ivan, igor, ivanElsewhere};
        CHECK(nameGroups(s) == joined);
        CHECK(surnameKey(s, ivanElsewhere) == QStringLiteral("иванов и"));
    }

    SECTION("Rows bulk-loaded without a key get one; an empty last name gets an empty one")
    {
        exec(s, QStringLiteral("INSERT INTO contacts (first_name, last_name, company_id) VALUES (?, ?, ?), (?, ?, ?)"),
             {QStringLiteral("hans"), QStringLiteral("strasse"), acme, QStringLiteral("Nobody"),
              QStringLiteral(""), acme});
        const QMap<QString, QList<qint64>> groups = nameGroups(s);
        CHECK(groups.value(key(acme, QStringLiteral("strasse h"))).size() == 3);
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        auto missing = q.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE surname_key IS NULL"));
        REQUIRE(missing.ok());
        CHECK(missing->toLongLong() == 0);
    }
}

TEST_CASE("Schema step 18 gives the contacts already in the base their surname keys",
          "[duplicates][storage][fold]")
{
    TestDatabase tdb;
    qint64 acme = 0;
    {
        auto db = Database::open(tdb.url());
        REQUIRE(db.ok());
        REQUIRE(Migrator(*db).migrate(17).ok());
        {
            auto conn = (*db)->connection();
            REQUIRE(conn.ok());
            SqlStatement q(*conn, QStringLiteral("test"));
            auto id = q.scalar(QStringLiteral("INSERT INTO companies (name, name_fold) VALUES (?, ?) RETURNING id"),
                               {QStringLiteral("Acme"), QStringLiteral("acme")});
            REQUIRE(id.ok());
            acme = id->toLongLong();
            // As the repositories stored them up to step 17: no surname key yet.
            REQUIRE(q.run(QStringLiteral("INSERT INTO contacts (first_name, last_name, company_id)"
                                         " VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)"),
                          {QStringLiteral("Иван"), QStringLiteral("ИВАНОВ"), acme, QStringLiteral("И."),
                           QStringLiteral("Иванов"), acme, QStringLiteral("Anna"), QStringLiteral(""), acme})
                        .ok());
        }
        auto upgraded = Migrator(*db).migrate();
        INFO((upgraded.ok() ? QString() : upgraded.error().toString()).toStdString());
        REQUIRE(upgraded.ok());
        CHECK(*upgraded >= 18);
        auto conn = (*db)->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("test"));
        REQUIRE(q.run(QStringLiteral("SELECT surname_key FROM contacts ORDER BY id")).ok());
        QVariantList keys;
        while (q.next())
            keys << q.value(0);
        CHECK(keys == QVariantList{QStringLiteral("иванов и"), QStringLiteral("иванов и"), QStringLiteral("")});
    }

    const Session s = tdb.session();
    const QMap<QString, QList<qint64>> groups = nameGroups(s);
    REQUIRE(groups.size() == 1);
    CHECK(groups.firstKey() == key(acme, QStringLiteral("иванов и")));
    CHECK(groups.first().size() == 2);

    // The trigger of step 18 clears a key a raw rename makes stale.
    exec(s, QStringLiteral("UPDATE contacts SET last_name = ? WHERE last_name = ?"),
         {QStringLiteral("Петров"), QStringLiteral("Иванов")});
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto stale = q.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE surname_key IS NULL"));
    REQUIRE(stale.ok());
    CHECK(stale->toLongLong() == 1);
}
