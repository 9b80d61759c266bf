#include "model/contact.h"
#include "model/deal.h"

#include <catch2/catch.hpp>

using namespace kontor;

TEST_CASE("Amounts are kept in cents and printed without rounding", "[unit][money]")
{
    CHECK(formatMinor(0) == QStringLiteral("0.00"));
    CHECK(formatMinor(123456) == QStringLiteral("1234.56"));
    CHECK(formatMinor(-5) == QStringLiteral("-0.05"));
    CHECK(formatMinor(std::numeric_limits<qint64>::min()) == QStringLiteral("-92233720368547758.08"));

    qint64 v = 0;
    CHECK(parseMinor(QStringLiteral("1234.5"), &v));
    CHECK(v == 123450);
    CHECK(parseMinor(QStringLiteral("-0.07"), &v));
    CHECK(v == -7);
    CHECK(parseMinor(QStringLiteral("  42 "), &v));
    CHECK(v == 4200);
    // Text, three decimals and locale forms are refused, never coerced to 0.
    CHECK_FALSE(parseMinor(QStringLiteral("test"), &v));
    CHECK_FALSE(parseMinor(QStringLiteral("1.234"), &v));
    CHECK_FALSE(parseMinor(QStringLiteral("1,5"), &v));
    CHECK_FALSE(parseMinor(QString(), &v));
}

TEST_CASE("A contact's display name falls back to the email", "[unit][model]")
{
    Contact c;
    c.firstName = QStringLiteral("Анна");
    c.lastName = QStringLiteral("Петрова");
    CHECK(c.displayName() == QStringLiteral("Анна Петрова"));
    Contact onlyEmail;
    onlyEmail.emails.append({0, QStringLiteral("work"), QStringLiteral("x@example.org")});
    CHECK(onlyEmail.displayName() == QStringLiteral("x@example.org"));
}
