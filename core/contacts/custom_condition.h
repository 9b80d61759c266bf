#pragma once

#include "customfields/custom_field.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace kontor {

// One condition on a contact custom field, as a contact filter (and so a segment) holds it:
// "Region is North", "Budget >= 5000", "Renewal before 2027-01-01", "Notes contain call".
// Values are compared in the field's canonical stored form (see CustomField).
struct CustomCondition
{
    enum class Op {
        Equals, // text / choice / number / date / yes-no; a multiple choice that includes it
        NotEquals, // the opposite, records without a value included
        Contains, // text anywhere in the value, ignoring case
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual, // numbers compared as numbers, dates as dates
        IsSet, // any value
        IsEmpty, // no value
    };

    QString field; // the contact field's name (matched ignoring case)
    Op op = Op::Equals;
    QString value; // "" for IsSet / IsEmpty

    bool operator==(const CustomCondition &o) const
    {
        return field == o.field && op == o.op && value == o.value;
    }

    // The operators that make sense for a kind of field, in the order a chooser offers them.
    static QList<Op> opsFor(CustomField::Kind kind);
    // The chooser's words for `op` on a field of `kind` ("is before" for a date's Less).
    static QString opTitle(Op op, CustomField::Kind kind);
    static bool takesValue(Op op) { return op != Op::IsSet && op != Op::IsEmpty; }

    // The command line's form after "custom:": Region=North, Budget>=5000, Notes~call,
    // Region!=North, Region=* (has a value), Region!=* (has none). The text after the
    // operator is the value as it is (quote the whole word when it holds spaces).
    QString toText() const;
    static Result<CustomCondition> parse(const QString &text, const QString &context);

    // This condition checked against the field it names: the operator must suit the field's
    // kind, and the value is put in the stored form ("yes" -> "true", "1 250,5" -> "1250.5",
    // a choice that the field offers). The error names the field and the value.
    Result<CustomCondition> resolvedFor(const CustomField &field) const;

    // EXISTS / NOT EXISTS over custom_values for the contact alias `c`, values bound.
    QString whereSql(QVariantList *binds) const;

    QJsonObject toJson() const; // {"field", "op" (the symbol), "value"}
    static Result<CustomCondition> fromJson(const QJsonObject &json, const QString &context);
};

} // namespace kontor
