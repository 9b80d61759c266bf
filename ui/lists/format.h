#pragma once

#include <QDate>
#include <QString>

namespace kontor {

// How values read in a list, in the user's locale (the one --lang or the system chose).
// Money from minor units with the currency's symbol where one is well known: "€12,500.00".
QString formatMoney(qint64 amountMinor, const QString &currencyCode);
QString formatDate(const QDate &date);
// A phone number, kept left-to-right in a right-to-left UI ("+1 (617) 555-0106" would
// otherwise be reordered to "555-0106 (617) 1+", having no letters to fix its direction).
QString formatPhone(const QString &phone);
// Translated names of the stored enumerations (contact status, deal status).
QString contactStatusName(const QString &status);
QString dealStatusName(const QString &status);

} // namespace kontor
