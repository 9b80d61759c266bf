// phone::e164Digits() reads a number once per "shape" (layout, length and leading digits)
// and carries the last digits over: it must give exactly what libphonenumber gives for every
// number, whatever the country, the layout or the region the numbers are read with.
#include "contacts/phone.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace kontor;

namespace {

// A number typed in some layout, with the region it is read with. The last four digits of
// `text` are replaced by each trial's own.
struct Sample
{
    const char *region;
    const char *text;
};

const Sample kSamples[] = {
    {"US", "+1 512 200 0000"},        {"US", "(512) 200-0000"},       {"US", "512.200.0000"},
    {"US", "1 512 200 0000"},         {"US", "011 44 20 7946 0000"},  {"GB", "+44 (0) 20 7946 0000"},
    {"GB", "020 7946 0000"},          {"GB", "07700 900000"},         {"DE", "+49 30 1234 0000"},
    {"DE", "030 1234 0000"},          {"DE", "0151 2345 0000"},       {"FR", "+33 1 23 45 00 00"},
    {"FR", "01 23 45 00 00"},         {"IT", "+39 06 1234 0000"},     {"IT", "06 1234 0000"},
    {"IT", "+39 347 123 0000"},       {"AR", "011 15 2345 0000"},     {"AR", "+54 9 11 2345 0000"},
    {"AR", "0351 15 123 0000"},       {"MX", "+52 1 55 1234 0000"},   {"MX", "55 1234 0000"},
    {"RU", "8 (916) 123-00-00"},      {"RU", "+7 916 123 00 00"},     {"FI", "+358 40 123 0000"},
    {"FI", "040 123 0000"},           {"JP", "03-1234-0000"},         {"JP", "+81 90 1234 0000"},
    {"CN", "+86 138 0013 0000"},      {"CN", "010 1234 0000"},        {"IN", "+91 98765 40000"},
    {"IN", "098765 40000"},           {"BR", "+55 11 91234 0000"},    {"BR", "(11) 91234-0000"},
    {"AU", "+61 4 1234 0000"},        {"AU", "(02) 9876 0000"},       {"KE", "+254 712 340000"},
    {"KE", "0712 340000"},            {"IR", "+98 912 345 0000"},     {"IR", "0912 345 0000"},
    {"LA", "+856 20 5555 0000"},      {"LA", "020 5555 0000"},        {"BG", "+359 88 123 0000"},
    {"BG", "088 123 0000"},           {"US", "+999 123 456 0000"},    {"US", "+1 212 000 0000"},
    {"GB", "+44 1234"},               {"US", "+1 512 200 0000 000"},  {"DE", "+49 (0)30 1234-0000"},
    {"ZZ", "+7 916 123 00 00"},       {"ZZ", "8 916 123 00 00"},      {"FI", "+358 9 123 0000"},
};

QString withTail(const QString &text, int tail)
{
    QString out = text;
    const QString digits = QStringLiteral("%1").arg(tail, 4, 10, QLatin1Char('0'));
    int left = 4;
    for (qsizetype i = out.size() - 1; i >= 0 && left > 0; --i) {
        if (out.at(i).isDigit())
            out[i] = digits.at(--left);
    }
    return out;
}

} // namespace

TEST_CASE("numbers read by shape agree with libphonenumber", "[unit][phone]")
{
    QRandomGenerator random(20261206);
    int compared = 0;
    for (const Sample &s : kSamples) {
        const QString region = QString::fromLatin1(s.region);
        const QString text = QString::fromUtf8(s.text);
        // The first reading of a shape fills the cache; the others take the shortcut.
        for (int trial = 0; trial < 40; ++trial) {
            const QString typed = withTail(text, trial == 0 ? 0 : int(random.bounded(10000)));
            INFO(region.toStdString() << " " << typed.toStdString());
            REQUIRE(phone::e164Digits(typed, region).toStdString()
                    == phone::parseE164Digits(typed, region).toStdString());
            ++compared;
        }
    }
    REQUIRE(compared == int(std::size(kSamples)) * 40);
}

TEST_CASE("a number read by shape keeps what the user would see", "[unit][phone]")
{
    // Both spellings of one number give one key; a different number a different key.
    const QString a = phone::e164Digits(QStringLiteral("+1 512 200 4711"), QStringLiteral("US"));
    REQUIRE(a == QStringLiteral("15122004711"));
    REQUIRE(phone::e164Digits(QStringLiteral("+1 512 200 0815"), QStringLiteral("US"))
            == QStringLiteral("15122000815"));
    REQUIRE(phone::e164Digits(QStringLiteral("(512) 200-4711"), QStringLiteral("US")) == a);
    // Letters and extensions never take the shortcut.
    REQUIRE(phone::e164Digits(QStringLiteral("+1 512 200 4711 ext. 12"), QStringLiteral("US"))
            == phone::parseE164Digits(QStringLiteral("+1 512 200 4711 ext. 12"), QStringLiteral("US")));
    // The region matters: the same digits are another number elsewhere.
    REQUIRE(phone::e164Digits(QStringLiteral("040 123 4567"), QStringLiteral("FI"))
            == QStringLiteral("358401234567"));
    REQUIRE(phone::e164Digits(QStringLiteral("040 123 4567"), QStringLiteral("DE"))
            == QStringLiteral("49401234567"));
}
