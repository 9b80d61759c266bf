#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kontor::importing {

// The order of day and month for dates like 03/04/2023 that could be either. Auto never
// guesses: such a date is a problem the user resolves by choosing an order.
enum class DateOrder { Auto, DayFirst, MonthFirst };

struct ParsedDate
{
    QDate date;
    QString problem; // why it is not a date, or that it is ambiguous; empty when fine
    bool ambiguous = false;
};

// ISO (2023-04-03, 2023/04/03, 20230403), dotted day-first (03.04.2023, the European
// convention), slashed or dashed d/m/y or m/d/y (day or month told apart when one is above 12;
// otherwise ambiguous unless `order` says), and month names in English ("3 April 2023",
// "April 3, 2023"). Two-digit years are refused: 03/04/23 could be any of three dates.
ParsedDate parseDate(const QString &text, DateOrder order = DateOrder::Auto);

struct ParsedDateTime
{
    QDateTime when;  // valid when fine
    QString problem; // as for ParsedDate
    bool ambiguous = false;
};

// A date as parseDate() reads it, optionally followed by a time: "2023-04-03 14:30",
// "2023-04-03T14:30:00Z", "03.04.2023 9:05", "4/15/2023 2:30 PM", with "Z" or "+03:00" for
// the zone. Without a zone the time is the machine's local time; a date alone is midnight.
ParsedDateTime parseDateTime(const QString &text, DateOrder order = DateOrder::Auto);

struct ParsedMoney
{
    qint64 minor = 0;  // cents
    QString currency;  // from a sign or code in the text (€ $ £ ₽ ... EUR USD), else empty
    QString problem;
};

// "1 234,56 €", "$1,234.56", "1.234,56", "1234,5", "-12.30 EUR", "1'234.50". A lone comma or
// dot followed by exactly three digits ("1,234") is ambiguous (thousands or decimals) and is
// a problem; text that is not a number ("test") is a problem, never 0.
ParsedMoney parseMoney(const QString &text);

// An email address a mail server could deliver to (one @, a dot in the domain, no spaces).
bool isEmail(const QString &text);
// Looks like a phone number: digits with + ( ) - . / spaces, 6 to 17 digits.
bool looksLikePhone(const QString &text);

// Cells that Kontor's CSV export defused with a leading apostrophe ('=..., '+358...) get it
// taken off again.
QString undoFormulaEscape(const QString &cell);

} // namespace kontor::importing
