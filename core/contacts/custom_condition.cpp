#include "contacts/custom_condition.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QDate>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::CustomCondition", text);
}

Error bad(const QString &message, const QString &context)
{
    return Error {Error::Kind::Invalid, message, context, {}};
}

using Op = CustomCondition::Op;
using Kind = CustomField::Kind;

// Symbols as the command line and stored segments write them; the longer first, so "<="
// is not read as "<" followed by a value "=...".
const QList<QPair<QString, Op>> &symbols()
{
    static const QList<QPair<QString, Op>> all {
        {QStringLiteral("!="), Op::NotEquals}, {QStringLiteral("<="), Op::LessOrEqual},
        {QStringLiteral(">="), Op::GreaterOrEqual}, {QStringLiteral("="), Op::Equals},
        {QStringLiteral("<"), Op::Less}, {QStringLiteral(">"), Op::Greater},
        {QStringLiteral("~"), Op::Contains}};
    return all;
}

QString symbol(Op op)
{
    for (const auto &s : symbols()) {
        if (s.second == op)
            return s.first;
    }
    return op == Op::IsSet ? QStringLiteral("set") : QStringLiteral("empty");
}

bool isOrdering(Op op)
{
    return op == Op::Less || op == Op::LessOrEqual || op == Op::Greater
           || op == Op::GreaterOrEqual;
}

// A comparison is made as numbers or as ISO dates; which one is read off the value.
bool isNumber(const QString &value, double *out = nullptr)
{
    bool ok = false;
    const double d = value.toDouble(&ok); // C locale: '.' decimal, as values are stored
    if (out)
        *out = d;
    return ok;
}

bool isIsoDate(const QString &value)
{
    return value.size() == 10 && QDate::fromString(value, Qt::ISODate).isValid();
}

// The contact's non-empty value of the named, live contact field.
const char *valueRows = "SELECT 1 FROM custom_values cv JOIN custom_fields cf ON cf.id = cv.field_id"
                        " WHERE cf.entity = 'contact' AND cf.deleted_at IS NULL"
                        " AND LOWER(cf.name) = LOWER(?) AND cv.entity_id = c.id"
                        " AND cv.value IS NOT NULL AND cv.value <> ''";

// The value as a number, for number fields only: the CASE keeps PostgreSQL from casting
// another field's text.
QString numberValue()
{
    return QStringLiteral("CASE WHEN cf.kind = 'number' THEN %1 END")
        .arg(numberValueSql(QStringLiteral("cv.value")));
}

} // namespace

QList<Op> CustomCondition::opsFor(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return {Op::Equals, Op::NotEquals, Op::Contains, Op::IsSet, Op::IsEmpty};
    case Kind::Number:
    case Kind::Date:
        return {Op::Equals,  Op::NotEquals,      Op::Less,  Op::LessOrEqual,
                Op::Greater, Op::GreaterOrEqual, Op::IsSet, Op::IsEmpty};
    case Kind::Bool:
        return {Op::Equals, Op::IsSet, Op::IsEmpty};
    case Kind::Choice:
    case Kind::MultiChoice:
        return {Op::Equals, Op::NotEquals, Op::IsSet, Op::IsEmpty};
    }
    return {};
}

QString CustomCondition::opTitle(Op op, Kind kind)
{
    const bool date = kind == Kind::Date;
    const bool multi = kind == Kind::MultiChoice;
    switch (op) {
    case Op::Equals:
        return multi ? tr("includes") : date ? tr("is on") : kind == Kind::Number ? tr("=") : tr("is");
    case Op::NotEquals:
        return multi  ? tr("does not include")
               : date ? tr("is not on")
               : kind == Kind::Number ? tr("≠")
                                      : tr("is not");
    case Op::Contains:
        return tr("contains");
    case Op::Less:
        return date ? tr("is before") : tr("<");
    case Op::LessOrEqual:
        return date ? tr("is on or before") : tr("≤");
    case Op::Greater:
        return date ? tr("is after") : tr(">");
    case Op::GreaterOrEqual:
        return date ? tr("is on or after") : tr("≥");
    case Op::IsSet:
        return tr("has a value");
    case Op::IsEmpty:
        return tr("has no value");
    }
    return {};
}

QString CustomCondition::toText() const
{
    if (op == Op::IsSet)
        return field + QStringLiteral("=*");
    if (op == Op::IsEmpty)
        return field + QStringLiteral("!=*");
    return field + symbol(op) + value;
}

Result<CustomCondition> CustomCondition::parse(const QString &text, const QString &context)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
        if (QStringLiteral("=!<>~").contains(text.at(i)))
            at = i;
    }
    CustomCondition c;
    c.field = text.left(at < 0 ? text.size() : at).trimmed();
    if (at < 0 || c.field.isEmpty()) {
        return bad(tr("A custom-field condition is written custom:Field=value (or !=, <, <=, >,"
                      " >=, ~ for contains), not \"%1\"")
                       .arg(text),
                   context);
    }
    const QString rest = text.mid(at);
    bool matched = false;
    for (const auto &s : symbols()) {
        if (rest.startsWith(s.first)) {
            c.op = s.second;
            c.value = rest.mid(s.first.size());
            matched = true;
            break;
        }
    }
    if (!matched) // a lone "!" that is not "!="
        return bad(tr("\"%1\" is not a comparison: use =, !=, <, <=, >, >= or ~").arg(rest),
                   context);
    if (c.value == QLatin1String("*") && (c.op == Op::Equals || c.op == Op::NotEquals)) {
        c.op = c.op == Op::Equals ? Op::IsSet : Op::IsEmpty;
        c.value.clear();
    }
    if (takesValue(c.op) && c.value.isEmpty())
        return bad(tr("The condition on \"%1\" needs a value (or * for any value)").arg(c.field),
                   context);
    if (isOrdering(c.op) && !isNumber(c.value) && !isIsoDate(c.value))
        return bad(tr("\"%1\" can only be compared with a number or a date (YYYY-MM-DD)")
                       .arg(c.value),
                   context);
    return c;
}

Result<CustomCondition> CustomCondition::fromJson(const QJsonObject &json, const QString &context)
{
    const QString opName = json.value(QLatin1String("op")).toString();
    const QString field = json.value(QLatin1String("field")).toString();
    const QString value = json.value(QLatin1String("value")).toString();
    if (opName == QLatin1String("set"))
        return parse(field + QStringLiteral("=*"), context);
    if (opName == QLatin1String("empty"))
        return parse(field + QStringLiteral("!=*"), context);
    return parse(field + opName + value, context);
}

Result<CustomCondition> CustomCondition::resolvedFor(const CustomField &f) const
{
    if (!opsFor(f.kind).contains(op)) {
        return bad(tr("The field \"%1\" (%2) cannot be filtered with \"%3\"")
                       .arg(f.name, CustomField::kindTitle(f.kind), symbol(op)),
                   toText());
    }
    CustomCondition out = *this;
    out.field = f.name;
    if (!takesValue(op))
        return out;
    // "Includes" one option of a multiple choice: checked as a single choice.
    CustomField asTyped = f;
    if (f.kind == Kind::MultiChoice)
        asTyped.kind = Kind::Choice;
    if (op == Op::Contains)
        asTyped.kind = Kind::Text; // part of a value, not a whole one
    auto canonical = asTyped.canonical(value);
    if (!canonical)
        return canonical.error();
    if (canonical->isEmpty())
        return bad(tr("The condition on \"%1\" needs a value").arg(f.name), toText());
    out.value = *canonical;
    return out;
}

QJsonObject CustomCondition::toJson() const
{
    QJsonObject o {{QStringLiteral("field"), field}, {QStringLiteral("op"), symbol(op)}};
    if (takesValue(op))
        o.insert(QStringLiteral("value"), value);
    return o;
}

QString CustomCondition::whereSql(QVariantList *binds) const
{
    const QString rows = QString::fromLatin1(valueRows);
    const QString number = numberValue();
    *binds << field;
    switch (op) {
    case Op::IsSet:
        return QStringLiteral("EXISTS (") + rows + QLatin1Char(')');
    case Op::IsEmpty:
        return QStringLiteral("NOT EXISTS (") + rows + QLatin1Char(')');
    case Op::Equals:
    case Op::NotEquals: {
        // A multiple-choice value is a JSON array: it matches when any one choice is the
        // value asked for (the quoted element, matched literally). Numbers also match as
        // numbers, so 1250 finds a stored "1250.0" typed elsewhere.
        QString same = QStringLiteral(" AND (cv.value = ? OR (cf.kind = 'multichoice' AND"
                                      " cv.value LIKE ? ESCAPE '\\')");
        *binds << value << QStringLiteral("%\"") + escapeLike(value) + QStringLiteral("\"%");
        double n = 0;
        if (isNumber(value, &n)) {
            same += QStringLiteral(" OR ") + number + QStringLiteral(" = ?");
            *binds << n;
        }
        same += QLatin1Char(')');
        return (op == Op::Equals ? QStringLiteral("EXISTS (") : QStringLiteral("NOT EXISTS ("))
               + rows + same + QLatin1Char(')');
    }
    case Op::Contains:
        *binds << QStringLiteral("%") + escapeLike(value.toLower()) + QStringLiteral("%");
        return QStringLiteral("EXISTS (") + rows
               + QStringLiteral(" AND LOWER(cv.value) LIKE ? ESCAPE '\\')");
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual: {
        const QString cmp = symbol(op);
        double n = 0;
        if (isNumber(value, &n)) {
            *binds << n;
            return QStringLiteral("EXISTS (") + rows + QStringLiteral(" AND ") + number
                   + QLatin1Char(' ') + cmp + QStringLiteral(" ?)");
        }
        // ISO dates order as text.
        *binds << value;
        return QStringLiteral("EXISTS (") + rows + QStringLiteral(" AND cf.kind = 'date' AND cv.value ")
               + cmp + QStringLiteral(" ?)");
    }
    }
    return {};
}

} // namespace kontor
