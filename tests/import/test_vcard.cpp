// vCard reading against the KDE KContacts, ez-vcard and ical4j-vcard suites, plus small cards
// written here for the rules those files do not cover.
#include "import_test_util.h"

#include "import/vcard_reader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace kontor;
using namespace kontor::test;

namespace {

const char *EzDir = "ez-vcard/src/test/resources/ezvcard/io/text/";

std::vector<VCardContact> readCards(const QString &path, VCardOptions options = {})
{
    VCardReader reader;
    const Status opened = reader.open(path, options);
    INFO(path.toStdString());
    REQUIRE(opened.ok());
    std::vector<VCardContact> cards;
    VCardContact card;
    for (;;) {
        auto more = reader.next(card);
        REQUIRE(more.ok());
        if (!*more)
            break;
        cards.push_back(card);
    }
    return cards;
}

QStringList values(const std::vector<VCardValue> &list)
{
    QStringList out;
    for (const auto &v : list)
        out.append(v.value);
    return out;
}

} // namespace

TEST_CASE("KContacts: every card parses, and matches its reference round trip", "[import][vcard]")
{
    QDirIterator it(dataPath("kde-kcontacts/autotests/data"), {QStringLiteral("*.vcf")});
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        const auto cards = readCards(path);
        REQUIRE_FALSE(cards.empty());
        for (const auto &card : cards) {
            INFO((card.problem ? card.problem->toString().toStdString() : std::string()));
            CHECK_FALSE(card.problem);
        }
        ++files;
        const QString ref = path + QStringLiteral(".ref");
        if (!QFileInfo::exists(ref))
            continue;
        const auto expected = readCards(ref);
        REQUIRE(expected.size() == cards.size());
        for (size_t i = 0; i < cards.size(); ++i) {
            CHECK(cards[i].formattedName == expected[i].formattedName);
            CHECK(cards[i].familyName == expected[i].familyName);
            CHECK(cards[i].givenName == expected[i].givenName);
            CHECK(values(cards[i].emails) == values(expected[i].emails));
            CHECK(values(cards[i].phones) == values(expected[i].phones));
            CHECK(cards[i].organization == expected[i].organization);
        }
    }
    CHECK(files >= 19);

    // Given the RFC 2426 sample card (folded ADR line, TYPE lists)
    const auto dawson = readCards(dataPath("kde-kcontacts/autotests/data/vcard1.vcf"));
    REQUIRE(dawson.size() == 1);
    const VCardContact &c = dawson.front();
    CHECK(c.version == QLatin1String("3.0"));
    CHECK(c.formattedName == QLatin1String("Frank Dawson"));
    CHECK(c.organization == QLatin1String("Lotus Development Corporation"));
    REQUIRE(c.emails.size() == 2);
    CHECK(c.emails[0].value == QLatin1String("Frank_Dawson@Lotus.com"));
    CHECK(c.emails[0].types == QStringList {QStringLiteral("pref")});
    REQUIRE(c.phones.size() == 2);
    CHECK(c.phones[1].types == QStringList {QStringLiteral("fax"), QStringLiteral("work")});
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses[0].street == QLatin1String("6544 Battleford Drive"));
    CHECK(c.addresses[0].locality == QLatin1String("Raleigh"));
    CHECK(c.addresses[0].postalCode == QLatin1String("27613-3502"));
    CHECK(c.urls.size() == 1);
}

TEST_CASE("ez-vcard: real exports from phones and mail programs", "[import][vcard]")
{
    QDirIterator it(dataPath(EzDir), {QStringLiteral("*.vcf")});
    int cards = 0;
    QStringList problems;
    while (it.hasNext()) {
        const QString path = it.next();
        for (const auto &card : readCards(path)) {
            if (card.problem)
                problems.append(card.problem->toString());
            ++cards;
        }
    }
    CHECK(cards >= 23);
    // The only card with a problem: Android's sixth, whose second ORG ends in =80, a lone
    // UTF-8 continuation byte. It is reported, not turned silently into a replacement mark.
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QLatin1String("ORG holds bytes that are not valid UTF-8")));
    CHECK(problems[0].contains(QLatin1String("John_Doe_ANDROID.vcf, line 82")));

    // Mac Address Book 3.0: escapes, groups with labels, photo skipped unless asked for
    const QString lotus = dataPath(EzDir) + QStringLiteral("John_Doe_LOTUS_NOTES.vcf");
    auto cardsOf = readCards(lotus);
    REQUIRE(cardsOf.size() == 1);
    VCardContact c = cardsOf.front();
    CHECK(c.familyName == QLatin1String("Doe"));
    CHECK(c.givenName == QLatin1String("John"));
    CHECK(c.prefixes == QLatin1String("Mr."));
    CHECK(c.organization == QLatin1String("IBM"));
    CHECK(c.organizationUnits == QStringList {QStringLiteral("SUN")});
    CHECK(c.title == QLatin1String("Generic Accountant"));
    CHECK(
        values(c.emails)
        == QStringList {QStringLiteral("john.doe@ibm.com"), QStringLiteral("billy_bob@gmail.com")});
    CHECK(c.emails[0].types == QStringList {QStringLiteral("work"), QStringLiteral("pref")});
    CHECK(c.phones[0].value == QLatin1String("+1 (212) 204-34456"));
    CHECK(c.phones[0].types.contains(QStringLiteral("cell")));
    REQUIRE_FALSE(c.addresses.empty());
    CHECK(c.addresses[0].street.startsWith(
        QStringLiteral("25334\nSouth cresent drive, Building 5, 3rd")));
    REQUIRE_FALSE(c.urls.empty());
    CHECK(c.urls[0].label == QLatin1String("HomePage"));
    REQUIRE(c.birthday);
    CHECK(*c.birthday == QDate(1980, 5, 21));
    CHECK(c.photo.isEmpty());
    VCardOptions photos;
    photos.keepPhotos = true;
    c = readCards(lotus, photos).front();
    CHECK(c.photo.startsWith("\xFF\xD8")); // a JPEG

    // Android 2.1: quoted-printable UTF-8 with soft line breaks, six cards in one file
    const auto android = readCards(dataPath(EzDir) + QStringLiteral("John_Doe_ANDROID.vcf"));
    REQUIRE(android.size() == 6);
    CHECK(values(android[0].emails) == QStringList {QStringLiteral("john.doe@company.com")});
    CHECK(android[2].formattedName == QStringLiteral("Ñ Ñ Ñ Ñ Ñ"));
    // soft line break in the middle of the value
    CHECK(android[3].familyName == QStringLiteral("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"));
    CHECK(values(android[3].phones).size() == 4);
    CHECK(android[5].organization == QString(44, QChar(0xD1)));

    // Outlook 2.1: bare ;WORK;VOICE types
    const auto outlook = readCards(dataPath(EzDir) + QStringLiteral("John_Doe_MS_OUTLOOK.vcf"));
    REQUIRE(outlook.size() == 1);
    CHECK(outlook[0].phones[0].value == QLatin1String("(905) 555-1234"));
    CHECK(outlook[0].phones[0].types
          == QStringList {QStringLiteral("work"), QStringLiteral("voice")});
    CHECK(outlook[0].emails[0].types == QStringList {QStringLiteral("pref")});
    CHECK(outlook[0].additionalNames == QLatin1String("Richter,James"));
}

TEST_CASE("ical4j-vcard: valid cards parse, invalid ones are reported", "[import][vcard]")
{
    const QString base = dataPath("ical4j-vcard/src/test/resources/samples/");
    QDirIterator valid(base + QStringLiteral("valid"), {QStringLiteral("*.vcf")});
    int files = 0;
    while (valid.hasNext()) {
        const QString path = valid.next();
        INFO(path.toStdString());
        const auto cards = readCards(path);
        REQUIRE_FALSE(cards.empty());
        for (const auto &card : cards)
            CHECK_FALSE(card.problem);
        ++files;
    }
    CHECK(files == 8);

    QDirIterator invalid(base + QStringLiteral("invalid"), {QStringLiteral("*.vcf")});
    files = 0;
    while (invalid.hasNext()) {
        const QString path = invalid.next();
        INFO(path.toStdString());
        const auto cards = readCards(path);
        REQUIRE(cards.size() == 1);
        REQUIRE(cards[0].problem);
        CHECK(cards[0].problem->context.contains(QFileInfo(path).fileName()));
        ++files;
    }
    CHECK(files == 2);

    // 30 cards in ISO-8859-1 without any CHARSET: the accents must survive
    const auto sap = readCards(base + QStringLiteral("vcard-vCards-SAP.vcf"));
    REQUIRE(sap.size() == 30);
    QStringList families;
    for (const auto &card : sap) {
        CHECK_FALSE(card.problem);
        families.append(card.familyName);
    }
    CHECK(families.contains(QStringLiteral("Töcken")));
    CHECK(families.contains(QStringLiteral("Spaßlund")));
    CHECK(families.contains(QStringLiteral("Blümchen")));
    CHECK(sap[0].categories
          == QStringList {QStringLiteral("Demo"), QStringLiteral("Nepomuk(SAP)")});

    const auto lower = readCards(base + QStringLiteral("valid/vcard-lowercase.vcf"));
    REQUIRE(lower.size() == 1);
    REQUIRE(lower[0].emails.size() == 1);
    CHECK(lower[0].emails[0].value == QLatin1String("xy@zz.com"));
    CHECK(lower[0].emails[0].types == QStringList {QStringLiteral("work"), QStringLiteral("pref")});
}

TEST_CASE("Escapes, 4.0 values, partial birthdays and cut-off cards", "[import][vcard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.vcf"));
    writeFile(path,
              "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Smith\\, Jane\r\nN:Smith;Jane;;;\r\n"
              "NOTE:line one\\nline two\\; with semicolon\r\n"
              "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-555-555-0100\r\n"
              "BDAY:--0415\r\nCATEGORIES:VIP,Lead\\,warm\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Cut;Short\r\n");
    const auto cards = readCards(path);
    REQUIRE(cards.size() == 2);
    const VCardContact &c = cards[0];
    CHECK(c.version == QLatin1String("4.0"));
    CHECK(c.formattedName == QLatin1String("Smith, Jane"));
    CHECK(c.notes == QStringList {QStringLiteral("line one\nline two; with semicolon")});
    REQUIRE(c.phones.size() == 1);
    CHECK(c.phones[0].value == QLatin1String("+1-555-555-0100"));
    CHECK(c.phones[0].types
          == QStringList {QStringLiteral("work"), QStringLiteral("voice"), QStringLiteral("pref")});
    CHECK_FALSE(c.birthday);
    CHECK(c.birthdayText == QLatin1String("--0415"));
    CHECK(c.categories == QStringList {QStringLiteral("VIP"), QStringLiteral("Lead,warm")});
    CHECK_FALSE(c.problem);

    REQUIRE(cards[1].problem);
    CHECK(cards[1].problem->message.contains(QLatin1String("END:VCARD")));
    CHECK(cards[1].problem->context.contains(QLatin1String("line 10")));
    CHECK(cards[1].familyName == QLatin1String("Cut"));
}

TEST_CASE("A CHARSET parameter decodes raw 8-bit values", "[import][vcard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charset.vcf"));
    QStringEncoder cp1251("windows-1251");
    const QByteArray name = cp1251(QStringLiteral("Петров;Иван"));
    writeFile(path,
              "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=windows-1251:" + name
                  + "\r\nTEL;HOME;VOICE:+7 495 123-45-67\r\nEND:VCARD\r\n");
    const auto cards = readCards(path);
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].familyName == QStringLiteral("Петров"));
    CHECK(cards[0].givenName == QStringLiteral("Иван"));
    CHECK(cards[0].phones[0].types
          == QStringList {QStringLiteral("home"), QStringLiteral("voice")});
    CHECK_FALSE(cards[0].problem);
}

TEST_CASE("A UTF-16 vCard file is read like a UTF-8 one", "[import][vcard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utf16.vcf"));
    QStringEncoder utf16("UTF-16LE");
    const QString text = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Åberg\r\n"
                                        "N:Åberg;Zoë;;;\r\nEMAIL;TYPE=home:zoe@example.se\r\n"
                                        "END:VCARD\r\n");
    writeFile(path, QByteArray("\xFF\xFE") + QByteArray(utf16(text)));
    CHECK(detectFileFormat(path) == FileFormat::VCard);
    const auto cards = readCards(path);
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].formattedName == QStringLiteral("Zoë Åberg"));
    CHECK(cards[0].familyName == QStringLiteral("Åberg"));
    CHECK(cards[0].emails[0].types == QStringList {QStringLiteral("home")});
    CHECK_FALSE(cards[0].problem);
}
