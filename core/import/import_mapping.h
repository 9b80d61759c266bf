#pragma once

#include "exchange/exchange_types.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace kontor::importing {

// A field a column can be imported into.
struct ImportField
{
    enum class Kind { Text, Email, Phone, Date, Money, Choice, Id };
    QString key;   // "first_name", "email", ...; custom fields are "custom:<name>"
    QString label; // translated, for the wizard's drop-downs
    Kind kind = Kind::Text;
    bool multi = false;    // several columns may feed it (emails, phones)
    bool required = false; // a row without it is rejected
};

// The fields of an entity in the order the wizard lists them.
QList<ImportField> importFields(ExchangeEntity entity);
std::optional<ImportField> importField(ExchangeEntity entity, const QString &key);

// For each column of the file, the field it goes into; "" = do not import.
struct ImportMapping
{
    QStringList fields;

    QJsonObject toJson(const QStringList &header) const; // {"header": "field"}
    // Reads {"header": "field"} (a mapping file / saved profile) against this file's header;
    // an unknown field or header is an error naming it.
    static Result<ImportMapping> fromJson(const QJsonObject &json, const QStringList &header,
                                          ExchangeEntity entity);
};

// Suggests a field for each column: by the header's name in several languages (English,
// Russian, Bulgarian, Finnish, Swahili, Persian, Lao) and the column names of Outlook, Google
// Contacts and Thunderbird exports; columns named like an existing custom field go there;
// what is left is recognised by content (emails, phones, dates, amounts) from `sample` rows.
ImportMapping suggestMapping(ExchangeEntity entity, const QStringList &header,
                             const QList<QStringList> &sample,
                             const QStringList &customFields = {});

// "outlook", "google", "thunderbird" when the header is one of theirs, else "".
QString recognizeExport(const QStringList &header);

// Lower case letters only: "E-mail 2 Address" -> "emailaddress".
QString normalizeHeader(const QString &header);

} // namespace kontor::importing
