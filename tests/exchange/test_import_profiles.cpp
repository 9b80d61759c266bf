// Mapping profiles on both back ends: saved in the settings table, recognised by a file's
// columns (in any order), applied with their date order, and used by `kontorctl import
// --mapping NAME` as a process.
#include "import/import_profiles.h"
#include "kontorctl_run.h"
#include "repo/contact_repository.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>

using namespace kontor;
using namespace kontor::importing;

namespace {

using kontor::test::writeFile;

MappingProfile finnishList()
{
    MappingProfile p;
    p.name = QStringLiteral("Messulista");
    p.header = {QStringLiteral("Nimi"), QStringLiteral("Posti"), QStringLiteral("Syntynyt"), QStringLiteral("Ruoka")};
    p.fields = {QStringLiteral("first_name"), QStringLiteral("email"), QStringLiteral("birthday"), QString()};
    p.delimiter = QLatin1Char(';');
    p.dateOrder = DateOrder::DayFirst;
    return p;
}

} // namespace

TEST_CASE("Mapping profiles are saved, recognised by their columns and applied", "[import][storage][profiles]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    REQUIRE(saveProfile(s, finnishList()).ok());
    MappingProfile deals;
    deals.name = QStringLiteral("CRM deals");
    deals.entity = ExchangeEntity::Deals;
    deals.header = {QStringLiteral("Opportunity"), QStringLiteral("Value")};
    deals.fields = {QStringLiteral("title"), QStringLiteral("amount")};
    REQUIRE(saveProfile(s, deals).ok());

    auto all = listProfiles(s);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    auto contacts = listProfiles(s, ExchangeEntity::Contacts);
    REQUIRE(contacts.ok());
    REQUIRE(contacts->size() == 1);
    const MappingProfile &back = contacts->first();
    CHECK(back.name == QStringLiteral("Messulista"));
    CHECK(back.fields == finnishList().fields);
    CHECK(back.delimiter == QLatin1Char(';'));
    CHECK(back.dateOrder == DateOrder::DayFirst);

    // The same columns in another order and case are recognised; others are not
    const QStringList reordered{QStringLiteral("ruoka"), QStringLiteral("POSTI"), QStringLiteral("Nimi"),
                                QStringLiteral("Syntynyt")};
    auto match = matchingProfile(*all, reordered);
    REQUIRE(match);
    CHECK(match->name == QStringLiteral("Messulista"));
    CHECK_FALSE(matchingProfile(*all, {QStringLiteral("Nimi"), QStringLiteral("Posti")}));
    auto placed = match->mappingFor(reordered);
    REQUIRE(placed.ok());
    CHECK(placed->fields == QStringList({QString(), QStringLiteral("email"), QStringLiteral("first_name"),
                                         QStringLiteral("birthday")}));
    // A file without a column the profile imports is refused, naming the column
    auto missing = match->mappingFor({QStringLiteral("Nimi"), QStringLiteral("Ruoka")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().context == QStringLiteral("Posti"));

    // Saving under the same name replaces it; removing it twice is an error the second time
    MappingProfile changed = finnishList();
    changed.dateOrder = DateOrder::MonthFirst;
    REQUIRE(saveProfile(s, changed).ok());
    CHECK(loadProfile(s, QStringLiteral("Messulista"))->dateOrder == DateOrder::MonthFirst);
    CHECK(listProfiles(s)->size() == 2);
    REQUIRE(removeProfile(s, QStringLiteral("Messulista")).ok());
    auto gone = removeProfile(s, QStringLiteral("Messulista"));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(saveProfile(s, MappingProfile{}).ok()); // no name
}

TEST_CASE("kontorctl import --mapping NAME uses a saved profile; --save-profile saves one", "[import][storage][profiles][cli]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString first = tdb.tempPath(QStringLiteral("fair.csv"));
    writeFile(first, QStringLiteral("Nimi;Posti;Syntynyt;Ruoka\nMatti;matti@example.fi;03/04/1980;puuro\n"));
    const QString mapping = tdb.tempPath(QStringLiteral("mapping.json"));
    writeFile(mapping, QStringLiteral(R"({"Nimi":"first_name","Posti":"email","Syntynyt":"birthday","Ruoka":""})"));

    // Given a first import that saves its mapping and day-first dates as "Messulista"
    auto saved = test::kontorctl(tdb, {QStringLiteral("--json"), QStringLiteral("import"), first, QStringLiteral("--mapping"),
                                       mapping, QStringLiteral("--date-order"), QStringLiteral("dmy"),
                                       QStringLiteral("--save-profile"), QStringLiteral("Messulista")});
    CHECK(test::json(saved).value(QStringLiteral("created")).toInt() == 1);
    auto listed = test::json(test::kontorctl(tdb, {QStringLiteral("--json"), QStringLiteral("import-profiles"),
                                                   QStringLiteral("list")}));
    REQUIRE(listed.value(QStringLiteral("profiles")).toArray().size() == 1);
    CHECK(listed.value(QStringLiteral("profiles")).toArray().first().toObject().value(QStringLiteral("date_order"))
          == QStringLiteral("dmy"));

    // When the next file has the same columns in another order, the suggested mapping's run
    // names the profile, and the profile places them
    const QString second = tdb.tempPath(QStringLiteral("fair2.csv"));
    writeFile(second, QStringLiteral("Ruoka;Syntynyt;Nimi;Posti\nkala;04/05/1981;Liisa;liisa@example.fi\n"));
    auto hint = test::json(test::kontorctl(tdb, {QStringLiteral("--json"), QStringLiteral("import"), second,
                                                 QStringLiteral("--dry-run")}));
    CHECK(hint.value(QStringLiteral("matching_profile")).toString() == QStringLiteral("Messulista"));
    auto used = test::json(test::kontorctl(tdb, {QStringLiteral("--json"), QStringLiteral("import"), second,
                                                 QStringLiteral("--mapping"), QStringLiteral("Messulista")}));
    CHECK(used.value(QStringLiteral("created")).toInt() == 1);
    CHECK(used.value(QStringLiteral("rejected")).toInt() == 0);
    ContactQuery q;
    q.text = QStringLiteral("Liisa");
    auto liisa = ContactRepository(s).list(q);
    REQUIRE(liisa.ok());
    REQUIRE(liisa->items.size() == 1);
    auto full = ContactRepository(s).get(liisa->items.first().id);
    REQUIRE(full.ok());
    CHECK(full->birthday == QDate(1981, 5, 4)); // day first, as the profile says

    // Then an unknown name, or a profile of another entity, is refused with a clear message
    auto unknown = test::kontorctl(tdb, {QStringLiteral("import"), second, QStringLiteral("--mapping"), QStringLiteral("Nope")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QLatin1String("Nope")));
    auto wrong = test::kontorctl(tdb, {QStringLiteral("import"), second, QStringLiteral("--mapping"),
                                       QStringLiteral("Messulista"), QStringLiteral("--entity"), QStringLiteral("deals")});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QLatin1String("contacts")));
}
