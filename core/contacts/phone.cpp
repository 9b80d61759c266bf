#include "contacts/phone.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace kontor::phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::phone", text);
}

QString plainDigits(const QString &text)
{
    QString digits;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits += QChar(QLatin1Char(char('0' + ch.digitValue())));
    }
    return digits;
}

} // namespace

QString defaultRegion(const QSqlDatabase &conn)
{
    SqlStatement q(conn, tr("Cannot read the default phone region"));
    auto v = q.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'default_region'"));
    if (v && !v->toString().trimmed().isEmpty())
        return v->toString().trimmed().toUpper();
    // "en_US" -> "US"; the C locale has no territory.
    const QString name = QLocale::system().name();
    const int sep = name.indexOf(QLatin1Char('_'));
    if (sep > 0 && name.size() - sep - 1 == 2)
        return name.mid(sep + 1).toUpper();
    return QStringLiteral("US");
}

QString parseE164Digits(const QString &typed, const QString &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string text = typed.trimmed().toStdString();
    if (util->Parse(text, region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsPossibleNumber(number))
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return plainDigits(QString::fromStdString(e164));
}

namespace {

// libphonenumber takes ~20 microseconds a number (ICU regular expressions), two thirds of
// what a large import spends reading its rows. But how it reads a number depends on its
// layout, its length and its leading digits only: the country code and a national prefix
// are recognised at the start (national-prefix rules look at most ~8 digits in), and
// "possible" is a matter of length. The subscriber's last digits are carried over as
// they are. So numbers that differ only in their last kShapeDigits digits ("+1 512 200 0000"
// and "+1 512 200 4711") give the same E.164 digits up to those: one libphonenumber reading
// per shape serves the rest. The shortcut is taken only for numbers made of ASCII digits
// and the usual separators (no letters: no extensions, no vanity numbers) with enough
// digits left unmasked, and only when the reading did end in the masked digits as typed;
// test_phone_shapes compares it with libphonenumber across countries and layouts.
constexpr int kShapeDigits = 4;
constexpr int kShapeMinDigits = 9;

struct Shape
{
    bool possible = false;
    QString prefix; // the E.164 digits but the last kShapeDigits
};

// The shape of `typed` (its text with the last kShapeDigits digits as '#') and those
// digits; false when the number does not qualify.
bool shapeOf(const QString &typed, const QString &region, QString *shape, QString *tail)
{
    int digits = 0;
    for (const QChar ch : typed) {
        const char16_t u = ch.unicode();
        if (u >= '0' && u <= '9')
            ++digits;
        else if (u != ' ' && u != '+' && u != '-' && u != '.' && u != '(' && u != ')' && u != '/')
            return false;
    }
    if (digits < kShapeMinDigits)
        return false;
    shape->reserve(region.size() + 1 + typed.size());
    *shape = region;
    shape->append(QLatin1Char('|'));
    shape->append(typed);
    tail->resize(kShapeDigits);
    int left = kShapeDigits;
    for (qsizetype i = shape->size() - 1; i > region.size() && left > 0; --i) {
        const QChar ch = shape->at(i);
        if (ch.unicode() >= '0' && ch.unicode() <= '9') {
            (*tail)[--left] = ch;
            (*shape)[i] = QLatin1Char('#');
        }
    }
    return true;
}

} // namespace

QString e164Digits(const QString &typed, const QString &region)
{
    // Per thread: an import reads numbers on its own thread while the window may too.
    thread_local QHash<QString, Shape> shapes;
    const QString trimmed = typed.trimmed();
    QString shape, tail;
    if (!shapeOf(trimmed, region, &shape, &tail))
        return parseE164Digits(trimmed, region);
    const auto known = shapes.constFind(shape);
    if (known != shapes.cend())
        return known->possible ? known->prefix + tail : QString();
    const QString e164 = parseE164Digits(trimmed, region);
    if (!e164.isEmpty() && !e164.endsWith(tail))
        return e164; // read in a way the shortcut cannot repeat: never cached
    if (shapes.size() >= 100000)
        shapes.clear();
    shapes.insert(shape, Shape {!e164.isEmpty(), e164.chopped(e164.isEmpty() ? 0 : kShapeDigits)});
    return e164;
}

QString matchDigits(const QString &typed, const QString &region)
{
    const QString e164 = e164Digits(typed, region);
    return e164.isEmpty() ? plainDigits(typed) : e164;
}

namespace {

// check()'s rule, given the digits libphonenumber read with the region ("ZZ": none) or an
// empty string when it could not read them.
Status checkRule(const QString &typed, const QString &e164, const QString &context)
{
    const int digits = plainDigits(typed).size();
    if (digits < 3 || digits > 17) {
        return Error {Error::Kind::Invalid,
                      tr("\"%1\" is not a phone number: it needs 3 to 17 digits").arg(typed),
                      context,
                      {}};
    }
    if (typed.trimmed().startsWith(QLatin1Char('+')) && e164.isEmpty()) {
        return Error {
            Error::Kind::Invalid,
            tr("\"%1\" is not a phone number: no country uses this code and length").arg(typed),
            context,
            {}};
    }
    return {};
}

} // namespace

Status check(const QString &typed, const QString &context)
{
    const bool international = typed.trimmed().startsWith(QLatin1Char('+'));
    return checkRule(typed, international ? e164Digits(typed, QStringLiteral("ZZ")) : QString(),
                     context);
}

Result<QString> checkedMatchDigits(const QString &typed, const QString &region,
                                   const QString &context)
{
    // A number written with its country code reads the same whatever the region, so one
    // reading serves both the check (region "ZZ") and the match digits.
    const QString e164 = e164Digits(typed, region);
    if (auto st = checkRule(typed, e164, context); !st)
        return st.error();
    return e164.isEmpty() ? plainDigits(typed) : e164;
}

} // namespace kontor::phone
