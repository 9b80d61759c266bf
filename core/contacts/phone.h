#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kontor::phone {

// The region (ISO 3166 code, "RU", "FI") a number typed without a country code belongs to:
// the settings key `default_region`, else the territory of the system locale, else "US".
QString defaultRegion(const QSqlDatabase &conn);

// The number in E.164 without the '+' ("79161234567"), read by libphonenumber with
// `region` for numbers without a country code; empty when it is not a possible number.
// Numbers that differ only in their last digits are read once (see phone.cpp).
QString e164Digits(const QString &typed, const QString &region);
// The same, read by libphonenumber every time (tests compare the two).
QString parseE164Digits(const QString &typed, const QString &region);

// The match key stored in contact_phones.phone_digits: the E.164 digits when libphonenumber
// understands the number, else the digits as typed (so nothing typed is ever lost).
QString matchDigits(const QString &typed, const QString &region);

// A phone number a contact may keep: 3..17 digits, and a number written with a country code
// ("+...") must be a possible number of that country. The error names the value.
Status check(const QString &typed, const QString &context);
// check() and matchDigits() in one go, reading the number once (imports check a million).
Result<QString> checkedMatchDigits(const QString &typed, const QString &region,
                                   const QString &context);

} // namespace kontor::phone
