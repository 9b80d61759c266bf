// Mapping suggestions and value parsing: no database.
#include "import/import_mapping.h"
#include "import/value_parse.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::importing;

namespace {

QString fieldOf(const ImportMapping &m, const QStringList &header, const char *column)
{
    return m.fields.value(int(header.indexOf(QString::fromUtf8(column))));
}

} // namespace

TEST_CASE("Headers in seven languages map to the same fields", "[import][mapping]")
{
    const QStringList header{QStringLiteral("E-mail"), QStringLiteral("Почта"), QStringLiteral("Имейл"),
                             QStringLiteral("Sähköposti"), QStringLiteral("Barua pepe"), QStringLiteral("ایمیل"),
                             QStringLiteral("ອີເມວ"), QStringLiteral("Фамилия"), QStringLiteral("Etunimi"),
                             QStringLiteral("Simu"), QStringLiteral("Kampuni"), QStringLiteral("تاریخ تولد"),
                             QStringLiteral("Something else")};
    const ImportMapping m = suggestMapping(ExchangeEntity::Contacts, header, {});
    for (int i = 0; i < 7; ++i)
        CHECK(m.fields.at(i) == QStringLiteral("email"));
    CHECK(fieldOf(m, header, "Фамилия") == QStringLiteral("last_name"));
    CHECK(fieldOf(m, header, "Etunimi") == QStringLiteral("first_name"));
    CHECK(fieldOf(m, header, "Simu") == QStringLiteral("phone"));
    CHECK(fieldOf(m, header, "Kampuni") == QStringLiteral("company"));
    CHECK(fieldOf(m, header, "تاریخ تولد") == QStringLiteral("birthday"));
    CHECK(fieldOf(m, header, "Something else").isEmpty()); // do not import
}

TEST_CASE("Outlook, Google and Thunderbird exports are recognised and mapped", "[import][mapping]")
{
    const QStringList outlook{QStringLiteral("Title"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
                              QStringLiteral("Job Title"), QStringLiteral("E-mail Address"),
                              QStringLiteral("E-mail 2 Address"), QStringLiteral("Business Phone"),
                              QStringLiteral("Mobile Phone"), QStringLiteral("Business Fax")};
    CHECK(recognizeExport(outlook) == QStringLiteral("outlook"));
    const QList<QStringList> sample{{QString(), QStringLiteral("A"), QStringLiteral("B"), QString(),
                                     QStringLiteral("a@x.com"), QString(), QStringLiteral("+1 512 555 0100"),
                                     QString(), QStringLiteral("+1 512 555 0199")}};
    ImportMapping m = suggestMapping(ExchangeEntity::Contacts, outlook, sample);
    CHECK(fieldOf(m, outlook, "Title").isEmpty()); // Outlook's Title is "Mr." — Job Title wins
    CHECK(fieldOf(m, outlook, "Job Title") == QStringLiteral("title"));
    CHECK(fieldOf(m, outlook, "E-mail 2 Address") == QStringLiteral("email"));
    CHECK(fieldOf(m, outlook, "Mobile Phone") == QStringLiteral("mobile"));
    CHECK(fieldOf(m, outlook, "Business Fax").isEmpty()); // looks like phones, but is a fax

    const QStringList google{QStringLiteral("Name"), QStringLiteral("Given Name"), QStringLiteral("Family Name"),
                             QStringLiteral("Group Membership"), QStringLiteral("E-mail 1 - Type"),
                             QStringLiteral("E-mail 1 - Value"), QStringLiteral("Phone 1 - Value"),
                             QStringLiteral("Organization 1 - Name")};
    CHECK(recognizeExport(google) == QStringLiteral("google"));
    m = suggestMapping(ExchangeEntity::Contacts, google, {});
    CHECK(fieldOf(m, google, "Name").isEmpty()); // given + family names are there
    CHECK(fieldOf(m, google, "E-mail 1 - Value") == QStringLiteral("email"));
    CHECK(fieldOf(m, google, "E-mail 1 - Type").isEmpty());
    CHECK(fieldOf(m, google, "Phone 1 - Value") == QStringLiteral("phone"));
    CHECK(fieldOf(m, google, "Organization 1 - Name") == QStringLiteral("company"));

    const QStringList thunderbird{QStringLiteral("First Name"), QStringLiteral("Last Name"),
                                  QStringLiteral("Display Name"), QStringLiteral("Primary Email"),
                                  QStringLiteral("Work Phone"), QStringLiteral("Mobile Number")};
    CHECK(recognizeExport(thunderbird) == QStringLiteral("thunderbird"));
    m = suggestMapping(ExchangeEntity::Contacts, thunderbird, {});
    CHECK(fieldOf(m, thunderbird, "Primary Email") == QStringLiteral("email"));
    CHECK(fieldOf(m, thunderbird, "Mobile Number") == QStringLiteral("mobile"));
}

TEST_CASE("Unnamed columns are mapped by what they hold; custom fields by name", "[import][mapping]")
{
    const QStringList header{QStringLiteral("Col A"), QStringLiteral("Col B"), QStringLiteral("Col C"),
                             QStringLiteral("Region code"), QStringLiteral("Col D")};
    const QList<QStringList> sample{
        {QStringLiteral("ann@x.com"), QStringLiteral("+358 40 123 4567"), QStringLiteral("1980-01-02"),
         QStringLiteral("N"), QStringLiteral("hello")},
        {QStringLiteral("bob@y.org"), QStringLiteral("(512) 555-0100"), QStringLiteral("2.3.1975"),
         QStringLiteral("S"), QStringLiteral("world")}};
    const ImportMapping m = suggestMapping(ExchangeEntity::Contacts, header, sample, {QStringLiteral("Region code")});
    CHECK(m.fields == QStringList{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("birthday"),
                                  QStringLiteral("custom:Region code"), QString()});

    // A saved mapping names columns; an unknown column or field is an error, not ignored
    auto loaded = ImportMapping::fromJson(m.toJson(header), header, ExchangeEntity::Contacts);
    REQUIRE(loaded.ok());
    CHECK(loaded->fields == m.fields);
    CHECK_FALSE(ImportMapping::fromJson(QJsonObject{{QStringLiteral("Nope"), QStringLiteral("email")}}, header,
                                        ExchangeEntity::Contacts)
                    .ok());
    CHECK_FALSE(ImportMapping::fromJson(QJsonObject{{QStringLiteral("Col A"), QStringLiteral("shoe_size")}}, header,
                                        ExchangeEntity::Contacts)
                    .ok());
}

TEST_CASE("Dates: ambiguous ones are flagged, never guessed", "[import][values]")
{
    CHECK(parseDate(QStringLiteral("2023-04-03")).date == QDate(2023, 4, 3));
    CHECK(parseDate(QStringLiteral("20230403")).date == QDate(2023, 4, 3));
    CHECK(parseDate(QStringLiteral("03.04.2023")).date == QDate(2023, 4, 3)); // dots: day first
    CHECK(parseDate(QStringLiteral("07/30/2023")).date == QDate(2023, 7, 30)); // 30 cannot be a month
    CHECK(parseDate(QStringLiteral("30/07/2023")).date == QDate(2023, 7, 30));
    CHECK(parseDate(QStringLiteral("3 April 2023")).date == QDate(2023, 4, 3));
    CHECK(parseDate(QStringLiteral("April 3, 2023")).date == QDate(2023, 4, 3));

    const ParsedDate ambiguous = parseDate(QStringLiteral("03/04/2023"));
    CHECK(ambiguous.ambiguous);
    CHECK_FALSE(ambiguous.date.isValid());
    CHECK(parseDate(QStringLiteral("03/04/2023"), DateOrder::DayFirst).date == QDate(2023, 4, 3));
    CHECK(parseDate(QStringLiteral("03/04/2023"), DateOrder::MonthFirst).date == QDate(2023, 3, 4));

    CHECK_FALSE(parseDate(QStringLiteral("03/04/23")).problem.isEmpty()); // two-digit year
    CHECK_FALSE(parseDate(QStringLiteral("2023-02-30")).problem.isEmpty());
    CHECK_FALSE(parseDate(QStringLiteral("test")).problem.isEmpty());
}

TEST_CASE("Money: decimal commas, thousands, signs; text is a problem, never 0", "[import][values]")
{
    auto minor = [](const char *text) {
        const ParsedMoney m = parseMoney(QString::fromUtf8(text));
        INFO(text << " -> " << m.problem.toStdString());
        CHECK(m.problem.isEmpty());
        return m.minor;
    };
    CHECK(minor("1234.56") == 123456);
    CHECK(minor("1 234,56 €") == 123456);
    CHECK(minor("1.234,56") == 123456);
    CHECK(minor("$1,234.56") == 123456);
    CHECK(minor("1'234.5") == 123450);
    CHECK(minor("12,5") == 1250);
    CHECK(minor("-12.30 EUR") == -1230);
    CHECK(minor("1.234.567") == 123456700);
    CHECK(parseMoney(QStringLiteral("1 234,56 €")).currency == QStringLiteral("EUR"));
    CHECK(parseMoney(QStringLiteral("£5")).currency == QStringLiteral("GBP"));
    CHECK_FALSE(parseMoney(QStringLiteral("test")).problem.isEmpty());
    CHECK_FALSE(parseMoney(QStringLiteral("1,234")).problem.isEmpty()); // thousands or decimals?
    CHECK_FALSE(parseMoney(QStringLiteral("1.2345")).problem.isEmpty());
}

TEST_CASE("Emails and phones are told from other text; export's formula escape is undone", "[import][values]")
{
    CHECK(isEmail(QStringLiteral("a.b+c@example.co.uk")));
    CHECK_FALSE(isEmail(QStringLiteral("not-an-email")));
    CHECK_FALSE(isEmail(QStringLiteral("a@b")));
    CHECK(looksLikePhone(QStringLiteral("+7 (916) 123-45-67")));
    CHECK_FALSE(looksLikePhone(QStringLiteral("12")));
    CHECK(undoFormulaEscape(QStringLiteral("'+358 40")) == QStringLiteral("+358 40"));
    CHECK(undoFormulaEscape(QStringLiteral("'=1+1")) == QStringLiteral("=1+1"));
    CHECK(undoFormulaEscape(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
}

TEST_CASE("Deal headers in several languages map to deal fields", "[import][mapping][deals]")
{
    const QStringList header{QStringLiteral("Сделка"), QStringLiteral("Воронка"), QStringLiteral("Этап"),
                             QStringLiteral("Сумма"), QStringLiteral("Valuutta"), QStringLiteral("Päättymispäivä"),
                             QStringLiteral("Barua pepe"), QStringLiteral("Kampuni"), QStringLiteral("Ответственный"),
                             QStringLiteral("Tila"), QStringLiteral("Причина проигрыша"), QStringLiteral("منبع")};
    const ImportMapping m = suggestMapping(ExchangeEntity::Deals, header, {});
    CHECK(m.fields
          == QStringList({QStringLiteral("title"), QStringLiteral("pipeline"), QStringLiteral("stage"),
                          QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("expected_close"),
                          QStringLiteral("contact_email"), QStringLiteral("company"), QStringLiteral("owner"),
                          QStringLiteral("status"), QStringLiteral("lost_reason"), QStringLiteral("source")}));
}

TEST_CASE("Date-times: zones, AM/PM, and the date rules of dates", "[import][values]")
{
    CHECK(parseDateTime(QStringLiteral("2023-04-03T14:30:00Z")).when
          == QDateTime(QDate(2023, 4, 3), QTime(14, 30), Qt::UTC));
    CHECK(parseDateTime(QStringLiteral("2023-04-03 14:30+03:00")).when.toUTC()
          == QDateTime(QDate(2023, 4, 3), QTime(11, 30), Qt::UTC));
    CHECK(parseDateTime(QStringLiteral("4/15/2023 2:30 PM")).when
          == QDateTime(QDate(2023, 4, 15), QTime(14, 30), Qt::LocalTime));
    CHECK(parseDateTime(QStringLiteral("03.04.2023 9:05")).when
          == QDateTime(QDate(2023, 4, 3), QTime(9, 5), Qt::LocalTime));
    CHECK(parseDateTime(QStringLiteral("3 April 2023")).when
          == QDateTime(QDate(2023, 4, 3), QTime(0, 0), Qt::LocalTime));
    // Ambiguous unless the order is given; a time that is not one is a problem
    const ParsedDateTime ambiguous = parseDateTime(QStringLiteral("03/04/2023 10:00"));
    CHECK(ambiguous.ambiguous);
    CHECK_FALSE(ambiguous.when.isValid());
    CHECK(parseDateTime(QStringLiteral("03/04/2023 10:00"), DateOrder::MonthFirst).when.date() == QDate(2023, 3, 4));
    CHECK_FALSE(parseDateTime(QStringLiteral("2023-04-03 25:00")).problem.isEmpty());
    CHECK_FALSE(parseDateTime(QStringLiteral("13:00 PM 2023-04-03")).problem.isEmpty());
    CHECK_FALSE(parseDateTime(QStringLiteral("yesterday")).problem.isEmpty());
}

TEST_CASE("Activity headers in several languages map to activity fields", "[import][mapping][activities]")
{
    const QStringList header{QStringLiteral("Тип"), QStringLiteral("Päivämäärä"), QStringLiteral("Mada"),
                             QStringLiteral("یادداشت"), QStringLiteral("Имейл"), QStringLiteral("Сделка")};
    const ImportMapping m = suggestMapping(ExchangeEntity::Activities, header, {});
    CHECK(m.fields
          == QStringList({QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("subject"),
                          QStringLiteral("body"), QStringLiteral("contact_email"), QStringLiteral("deal")}));
    // Unnamed columns by their content: emails and date-times
    const QStringList unnamed{QStringLiteral("A"), QStringLiteral("B")};
    const ImportMapping byContent = suggestMapping(
        ExchangeEntity::Activities, unnamed,
        {{QStringLiteral("x@example.com"), QStringLiteral("2023-04-03 10:00")},
         {QStringLiteral("y@example.com"), QStringLiteral("2023-04-04 11:30")}});
    CHECK(byContent.fields == QStringList({QStringLiteral("contact_email"), QStringLiteral("occurred_at")}));
}
