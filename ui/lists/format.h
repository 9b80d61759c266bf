#pragma once

#include <QDate>
#include <QDateTime>
#include <QFontMetrics>
#include <QString>

namespace kontor {

// How values read in a list, in the user's locale (the one --lang or the system chose).
// Money from minor units with the currency's symbol where one is well known: "€12,500.00".
QString formatMoney(qint64 amountMinor, const QString &currencyCode);
// Dates as "6 Dec 2026" (the month named in the user's language): never ambiguous the way
// 12/6/26 is, and a birthday keeps its four-digit year. Date editors show the same.
QString formatDate(const QDate &date);
QString dateEditFormat();
// A moment in the user's time zone: "6 Dec 2026 14:05" (the time as the locale writes it).
QString formatDateTime(const QDateTime &moment);
// The width a column needs for the longest formatDateTime() text ("28 Sep 2025 11:30 PM").
int dateTimeWidth(const QFontMetrics &metrics);
// A phone number, kept left-to-right in a right-to-left UI ("+1 (617) 555-0106" would
// otherwise be reordered to "555-0106 (617) 1+", having no letters to fix its direction).
QString formatPhone(const QString &phone);
// Translated names of the stored enumerations (contact status, deal status).
QString contactStatusName(const QString &status);
QString dealStatusName(const QString &status);

} // namespace kontor
