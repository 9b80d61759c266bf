#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kontor {

// A field the user added to contacts, companies or deals. Values are stored as text in one
// canonical form per kind, so filters compare them exactly and every client reads them alike:
//   text         as typed (trimmed)
//   number       '.' decimal, no grouping: "1250.5"
//   date         ISO: "2026-03-01"
//   bool         "true" / "false"
//   choice       one of `options`
//   multichoice  a JSON array of options, in the order the options are defined
struct CustomField
{
    enum class Kind { Text, Number, Date, Bool, Choice, MultiChoice };

    qint64 id = 0;
    QString entity; // contact, company, deal
    QString name;
    Kind kind = Kind::Text;
    QStringList options; // choice / multichoice only
    int position = 0;

    static QString kindKey(Kind kind); // the stored name: text, number, date, bool, ...
    static QString kindTitle(Kind kind); // translated, for the settings dialog
    static Result<Kind> kindFromKey(const QString &key);
    static QList<Kind> kinds();
    static QStringList entities(); // contact, company, deal

    bool hasOptions() const { return kind == Kind::Choice || kind == Kind::MultiChoice; }

    // The definition itself is sound: a name, a known entity, options for choice kinds.
    Status check() const;

    // Checks user input against this field and returns the canonical stored text ("" means
    // "no value"). Text in a number field, a date that is not a date, a choice that is not
    // offered: an Invalid error naming the field and the value.
    Result<QString> canonical(const QString &input) const;
    // The multichoice value as a list (empty for no value) and back.
    static QStringList splitMulti(const QString &stored);
    static QString joinMulti(const QStringList &values);
    // How a stored value reads for a person: "yes", a local date, "A, B".
    QString displayText(const QString &stored) const;
};

// SQL reading a number field's stored text (`storedText`, an SQL expression) as a number on
// both back ends; NULL for no value. A number field holds canonical numbers only (its kind
// cannot change while values exist), so only the empty text needs keeping from the cast.
QString numberValueSql(const QString &storedText);

// One field's value on one record.
struct CustomValue
{
    CustomField field;
    QString value; // canonical; "" = not set
};

} // namespace kontor
