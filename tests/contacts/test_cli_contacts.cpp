// kontorctl contacts / companies / search / delete / trash as a real process.
#include "kontorctl_run.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace kontor;

namespace {

using Run = kontor::test::CtlRun;
using kontor::test::json;
using kontor::test::kontorctl;

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("kontorctl adds, shows, lists, searches, deletes and restores contacts", "[cli]")
{
    test::TestDatabase tdb;
    const QString url = tdb.url().toString();

    // add prints the new id
    const Run add = kontorctl(
        url,
        {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
         QStringLiteral("Jürgen"), QStringLiteral("--last-name"), QStringLiteral("Müller"),
         QStringLiteral("--email"), QStringLiteral("jm@werk.example"), QStringLiteral("--email"),
         QStringLiteral("j@home.example"), QStringLiteral("--phone"),
         QStringLiteral("+49 30 1234567"), QStringLiteral("--company"), QStringLiteral("Werk GmbH"),
         QStringLiteral("--title"), QStringLiteral("CEO")});
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QString id = add.out.trimmed();
    REQUIRE(id.toLongLong() > 0);

    // show --json carries names, every email and phone, and the company
    const QJsonObject shown = json(kontorctl(
        url, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("show"), id}));
    CHECK(shown[QStringLiteral("first_name")].toString() == QStringLiteral("Jürgen"));
    CHECK(shown[QStringLiteral("last_name")].toString() == QStringLiteral("Müller"));
    CHECK(shown[QStringLiteral("company")].toString() == QStringLiteral("Werk GmbH"));
    CHECK(shown[QStringLiteral("emails")].toArray().size() == 2);
    CHECK(shown[QStringLiteral("phones")]
              .toArray()
              .at(0)
              .toObject()[QStringLiteral("phone")]
              .toString()
          == QStringLiteral("+49 30 1234567"));

    // search finds it by folded name and by phone fragment, best first
    const QJsonObject found = json(kontorctl(
        url, {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("muller")}));
    const QJsonArray results = found[QStringLiteral("results")].toArray();
    REQUIRE(results.size() == 1);
    CHECK(results.at(0).toObject()[QStringLiteral("kind")].toString() == QStringLiteral("contact"));
    CHECK(QString::number(results.at(0).toObject()[QStringLiteral("id")].toInteger()) == id);
    const Run phone = kontorctl(url, {QStringLiteral("search"), QStringLiteral("30 123")});
    CHECK(phone.code == 0);
    CHECK(phone.out.contains(QStringLiteral("Müller")));
    const QJsonObject company
        = json(kontorctl(url,
                         {QStringLiteral("--json"), QStringLiteral("search"),
                          QStringLiteral("werk"), QStringLiteral("--limit"), QStringLiteral("1")}));
    CHECK(company[QStringLiteral("results")].toArray().size() == 1);
    CHECK(company[QStringLiteral("results")]
              .toArray()
              .at(0)
              .toObject()[QStringLiteral("kind")]
              .toString()
          == QStringLiteral("company"));

    // list and companies list
    const QJsonObject listed = json(
        kontorctl(url,
                  {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list"),
                   QStringLiteral("--search"), QStringLiteral("jm@werk")}));
    CHECK(listed[QStringLiteral("total")].toInteger() == 1);
    const QJsonObject companies = json(kontorctl(
        url, {QStringLiteral("--json"), QStringLiteral("companies"), QStringLiteral("list")}));
    CHECK(companies[QStringLiteral("total")].toInteger() == 1);
    CHECK(companies[QStringLiteral("companies")]
              .toArray()
              .at(0)
              .toObject()[QStringLiteral("people")]
              .toInt()
          == 1);

    // delete -> trash list -> restore
    CHECK(kontorctl(url, {QStringLiteral("delete"), id}).code == 0);
    CHECK(kontorctl(url, {QStringLiteral("contacts"), QStringLiteral("show"), id}).code == 1);
    const QJsonObject trash = json(kontorctl(
        url, {QStringLiteral("--json"), QStringLiteral("trash"), QStringLiteral("list")}));
    REQUIRE(trash[QStringLiteral("trash")].toArray().size() == 1);
    CHECK(trash[QStringLiteral("trash")]
              .toArray()
              .at(0)
              .toObject()[QStringLiteral("title")]
              .toString()
          == QStringLiteral("Jürgen Müller"));
    CHECK(kontorctl(url, {QStringLiteral("trash"), QStringLiteral("restore"), id}).code == 0);
    CHECK(kontorctl(url, {QStringLiteral("contacts"), QStringLiteral("show"), id}).code == 0);

    // purge removes for good only what is in the trash
    CHECK(kontorctl(url, {QStringLiteral("delete"), id}).code == 0);
    const QJsonObject purged = json(kontorctl(
        url, {QStringLiteral("--json"), QStringLiteral("trash"), QStringLiteral("purge")}));
    CHECK(purged[QStringLiteral("purged")].toInteger() == 1);
    CHECK(kontorctl(url, {QStringLiteral("trash"), QStringLiteral("restore"), id}).code == 1);
}

TEST_CASE("kontorctl contact commands: bad input exits 2 or 1 with the reason", "[cli]")
{
    test::TestDatabase tdb;
    const QString url = tdb.url().toString();
    const Run noSub = kontorctl(url, {QStringLiteral("contacts")});
    CHECK(noSub.code == 2);
    const Run badId = kontorctl(url, words("contacts show abc"));
    CHECK(badId.code == 2);
    CHECK(badId.err.contains(QStringLiteral("abc")));
    const Run missing = kontorctl(url, words("contacts show 999"));
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("999")));
    const Run noText = kontorctl(url, {QStringLiteral("search")});
    CHECK(noText.code == 2);
    const Run badPhone = kontorctl(url, words("contacts add --first-name A --phone 12"));
    CHECK(badPhone.code == 1);
    CHECK(badPhone.err.contains(QStringLiteral("\"12\"")));
    const Run badTrash = kontorctl(url, words("trash shred"));
    CHECK(badTrash.code == 2);
    const Run badDays = kontorctl(url, words("trash purge --older-than soon"));
    CHECK(badDays.code == 2);
}

TEST_CASE("kontorctl defines custom fields, sets values and shows them with the contact", "[cli]")
{
    test::TestDatabase tdb;
    const QString url = tdb.url().toString();
    const Run add = kontorctl(url, words("contacts add --first-name Ada --last-name Byron"));
    REQUIRE(add.code == 0);
    const QString id = add.out.trimmed();

    REQUIRE(kontorctl(url, words("fields add Budget --type number")).code == 0);
    REQUIRE(kontorctl(url, words("fields add Interests --type multichoice --option CRM --option ERP"))
                .code
            == 0);
    // A choice field without options, an unknown type: refused
    const Run noOptions = kontorctl(url, words("fields add Tier --type choice"));
    CHECK(noOptions.code == 1);
    CHECK(noOptions.err.contains(QStringLiteral("option")));
    CHECK(kontorctl(url, words("fields add Tier --type colour")).code == 2);

    const QJsonObject listed = json(kontorctl(url, words("--json fields list")));
    const QJsonArray fields = listed.value(QStringLiteral("fields")).toArray();
    REQUIRE(fields.size() == 2);
    CHECK(fields.at(0).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("number"));

    // Text in a number field: exit 1, the message names the field
    const Run bad = kontorctl(url, {QStringLiteral("fields"), QStringLiteral("set"), id,
                                    QStringLiteral("Budget"), QStringLiteral("lots")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("not a number")));
    CHECK(bad.err.contains(QStringLiteral("Budget")));

    REQUIRE(kontorctl(url, {QStringLiteral("fields"), QStringLiteral("set"), id,
                            QStringLiteral("Budget"), QStringLiteral("2500")})
                .code
            == 0);
    REQUIRE(kontorctl(url, {QStringLiteral("fields"), QStringLiteral("set"), id,
                            QStringLiteral("Interests"), QStringLiteral("ERP, CRM")})
                .code
            == 0);
    const QJsonObject shown = json(kontorctl(url, {QStringLiteral("--json"), QStringLiteral("contacts"),
                                                   QStringLiteral("show"), id}));
    const QJsonObject custom = shown.value(QStringLiteral("custom")).toObject();
    CHECK(custom.value(QStringLiteral("Budget")).toString() == QStringLiteral("2500"));
    CHECK(custom.value(QStringLiteral("Interests")).toArray()
          == QJsonArray {QStringLiteral("CRM"), QStringLiteral("ERP")});
    const Run text = kontorctl(url, {QStringLiteral("contacts"), QStringLiteral("show"), id});
    CHECK(text.out.contains(QStringLiteral("Interests: CRM, ERP")));

    // The filter finds her by a custom field
    const QJsonObject found = json(kontorctl(
        url, {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list"),
              QStringLiteral("--filter"), QStringLiteral("custom:Interests=ERP")}));
    CHECK(found.value(QStringLiteral("total")).toInt() == 1);
}

TEST_CASE("kontorctl duplicates dismiss / dismissed / undismiss: the review's 'not a duplicate'",
          "[cli][duplicates]")
{
    test::TestDatabase tdb;
    const QString url = tdb.url().toString();
    // Two people sharing the shop's one address: proposed as duplicates
    QStringList ids;
    for (const char *first : {"Olli", "Sari"}) {
        const Run add = kontorctl(
            url, {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--first-name"),
                  QLatin1String(first), QStringLiteral("--last-name"), QStringLiteral("Virtanen"),
                  QStringLiteral("--email"), QStringLiteral("info@kauppa.example")});
        INFO(add.err.toStdString());
        REQUIRE(add.code == 0);
        ids << add.out.trimmed();
    }
    auto groups = [&] {
        return json(kontorctl(url, {QStringLiteral("--json"), QStringLiteral("duplicates")}))
            [QStringLiteral("groups")]
                .toArray();
    };
    REQUIRE(groups().size() >= 1);

    // dismiss (ids in either order) prints the pair; the pair is then listed as dismissed
    const Run dismiss = kontorctl(url, {QStringLiteral("--json"), QStringLiteral("duplicates"),
                                        QStringLiteral("dismiss"), ids.at(1), ids.at(0)});
    INFO(dismiss.err.toStdString());
    REQUIRE(dismiss.code == 0);
    CHECK(json(dismiss)[QStringLiteral("dismissed")].toArray()
          == QJsonArray({ids.at(0).toLongLong(), ids.at(1).toLongLong()}));
    const QJsonArray listed
        = json(kontorctl(url, {QStringLiteral("--json"), QStringLiteral("duplicates"),
                               QStringLiteral("dismissed")}))[QStringLiteral("dismissed")]
              .toArray();
    REQUIRE(listed.size() == 1);
    const QJsonObject pair = listed.at(0).toObject();
    CHECK(pair[QStringLiteral("contacts")].toArray()
          == QJsonArray({ids.at(0).toLongLong(), ids.at(1).toLongLong()}));
    CHECK(pair[QStringLiteral("names")].toArray().at(1).toString().contains(
        QStringLiteral("Sari")));
    CHECK(!pair[QStringLiteral("dismissed_at")].toString().isEmpty());
    const Run plain = kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("dismissed")});
    CHECK(plain.code == 0);
    CHECK(plain.out.contains(QStringLiteral("Olli Virtanen")));

    // undismiss takes it back; a second undismiss says there is nothing to take back
    const Run undo = kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("undismiss"),
                                     ids.at(0), ids.at(1)});
    INFO(undo.err.toStdString());
    CHECK(undo.code == 0);
    CHECK(json(kontorctl(url, {QStringLiteral("--json"), QStringLiteral("duplicates"),
                               QStringLiteral("dismissed")}))[QStringLiteral("dismissed")]
              .toArray()
              .isEmpty());
    const Run again = kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("undismiss"),
                                      ids.at(0), ids.at(1)});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("not marked")));

    // Bad usage exits 2 with the reason; an unknown contact is a runtime error (1)
    const Run oneId = kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("dismiss"),
                                      ids.at(0)});
    CHECK(oneId.code == 2);
    CHECK(kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("dismiss"),
                          QStringLiteral("x"), ids.at(0)})
              .code
          == 2);
    CHECK(kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("forget")}).code == 2);
    const Run self = kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("dismiss"),
                                     ids.at(0), ids.at(0)});
    CHECK(self.code == 1);
    const Run missing = kontorctl(url, {QStringLiteral("duplicates"), QStringLiteral("dismiss"),
                                        ids.at(0), QStringLiteral("999999")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("kontorctl contacts region shows, sets and clears the default phone region, and"
          " --filter takes custom-field comparisons",
          "[cli]")
{
    test::TestDatabase tdb;
    const QString url = tdb.url().toString();
    // Given a base with no stored region: the system's is named as such
    const Run shown = kontorctl(url, words("--json contacts region"));
    REQUIRE(shown.code == 0);
    CHECK_FALSE(json(shown).value(QStringLiteral("stored")).toBool());
    // When FI is set (any case), it is stored and used
    const Run set = kontorctl(url, words("contacts region fi"));
    REQUIRE(set.code == 0);
    CHECK(set.out.trimmed() == QStringLiteral("FI"));
    const Run stored = kontorctl(url, words("--json contacts region"));
    CHECK(json(stored).value(QStringLiteral("region")).toString() == QStringLiteral("FI"));
    CHECK(json(stored).value(QStringLiteral("stored")).toBool());
    // A phone typed without a country code is now read as Finnish: found by its +358 form
    REQUIRE(kontorctl(url, words("contacts add --first-name Aino --phone 0401234567")).code == 0);
    const Run found = kontorctl(url, words("--json search +358401234567"));
    REQUIRE(found.code == 0);
    CHECK(found.out.contains(QStringLiteral("Aino")));
    // A code no phone number knows is refused, naming it; the stored one stays
    const Run bad = kontorctl(url, words("contacts region ZZ"));
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("ZZ")));
    CHECK(kontorctl(url, words("contacts region")).out.trimmed() == QStringLiteral("FI"));
    CHECK(kontorctl(url, words("contacts region FI --clear")).code == 2);
    const Run cleared = kontorctl(url, words("--json contacts region --clear"));
    REQUIRE(cleared.code == 0);
    CHECK_FALSE(json(cleared).value(QStringLiteral("stored")).toBool());

    // Custom-field comparisons in --filter; a field that does not exist is named
    REQUIRE(kontorctl(url, words("fields add Budget --type number")).code == 0);
    const Run id = kontorctl(url, words("contacts add --first-name Big"));
    REQUIRE(id.code == 0);
    REQUIRE(kontorctl(url, {QStringLiteral("fields"), QStringLiteral("set"), id.out.trimmed(),
                            QStringLiteral("Budget"), QStringLiteral("9000")})
                .code
            == 0);
    const Run big = kontorctl(url, {QStringLiteral("--json"), QStringLiteral("contacts"),
                                    QStringLiteral("list"), QStringLiteral("--filter"),
                                    QStringLiteral("custom:Budget>=5000")});
    REQUIRE(big.code == 0);
    CHECK(json(big).value(QStringLiteral("total")).toInt() == 1);
    const Run none = kontorctl(url, {QStringLiteral("contacts"), QStringLiteral("list"),
                                     QStringLiteral("--filter"), QStringLiteral("custom:Colour=red")});
    CHECK(none.code == 1);
    CHECK(none.err.contains(QStringLiteral("Colour")));
    const Run badValue = kontorctl(url, {QStringLiteral("contacts"), QStringLiteral("list"),
                                         QStringLiteral("--filter"), QStringLiteral("custom:Budget>lots")});
    CHECK(badValue.code == 2);
    CHECK(badValue.err.contains(QStringLiteral("lots")));
}
