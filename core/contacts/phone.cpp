#include "contacts/phone.h"

#include "storage/sql.h"

#include <QCoreApplication>
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

QString e164Digits(const QString &typed, const QString &region)
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
