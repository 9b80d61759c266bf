#include "customfields/custom_field.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::CustomField", text);
}

Error invalid(const CustomField &field, const QString &message)
{
    return Error{Error::Kind::Invalid, message, tr("field \"%1\"").arg(field.name), {}};
}

// A plain decimal: optional sign, digits, optional fraction. A comma is accepted as the
// decimal mark (many of our users type one); grouping separators are not guessed at.
Result<QString> canonicalNumber(const CustomField &field, const QString &input)
{
    QString text = input;
    text.remove(QLatin1Char(' '));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!number.match(text).hasMatch())
        return invalid(field, tr("\"%1\" is not a number; %2 takes numbers like 1250 or 12.5")
                                  .arg(input, field.name));
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return invalid(field, tr("\"%1\" is not a number").arg(input));
    // The shortest text that reads back as the same number ("12.50" -> "12.5").
    return QString::number(value, 'g', 15);
}

Result<QString> canonicalDate(const CustomField &field, const QString &input)
{
    QDate date = QDate::fromString(input, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(input, QLocale::ShortFormat);
    if (!date.isValid())
        return invalid(field, tr("\"%1\" is not a date; write it as 2026-03-31").arg(input));
    return date.toString(Qt::ISODate);
}

Result<QString> canonicalBool(const CustomField &field, const QString &input)
{
    const QString v = input.toLower();
    static const QStringList yes {QStringLiteral("true"), QStringLiteral("yes"),
                                  QStringLiteral("y"), QStringLiteral("1"), QStringLiteral("on")};
    static const QStringList no {QStringLiteral("false"), QStringLiteral("no"),
                                 QStringLiteral("n"), QStringLiteral("0"), QStringLiteral("off")};
    if (yes.contains(v) || v == tr("yes").toLower())
        return QStringLiteral("true");
    if (no.contains(v) || v == tr("no").toLower())
        return QStringLiteral("false");
    return invalid(field, tr("\"%1\" is not yes or no").arg(input));
}

} // namespace

QString CustomField::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Choice:
        return QStringLiteral("choice");
    case Kind::MultiChoice:
        return QStringLiteral("multichoice");
    }
    return {};
}

QString CustomField::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return tr("Text");
    case Kind::Number:
        return tr("Number");
    case Kind::Date:
        return tr("Date");
    case Kind::Bool:
        return tr("Yes / no");
    case Kind::Choice:
        return tr("Single choice");
    case Kind::MultiChoice:
        return tr("Multiple choice");
    }
    return {};
}

QList<CustomField::Kind> CustomField::kinds()
{
    return {Kind::Text, Kind::Number, Kind::Date, Kind::Bool, Kind::Choice, Kind::MultiChoice};
}

Result<CustomField::Kind> CustomField::kindFromKey(const QString &key)
{
    for (Kind k : kinds()) {
        if (kindKey(k) == key)
            return k;
    }
    return Error{Error::Kind::Invalid,
                 tr("Unknown field type \"%1\" (use text, number, date, bool, choice or "
                    "multichoice)")
                     .arg(key),
                 {}, {}};
}

QStringList CustomField::entities()
{
    return {QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("deal")};
}

Status CustomField::check() const
{
    if (!entities().contains(entity))
        return Error{Error::Kind::Invalid,
                     tr("Custom fields belong to contacts, companies or deals, not \"%1\"")
                         .arg(entity),
                     {}, {}};
    if (name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A custom field needs a name"), {}, {}};
    if (hasOptions()) {
        if (options.isEmpty())
            return invalid(*this, tr("A choice field needs at least one option"));
        QStringList seen;
        for (const QString &o : options) {
            if (o.trimmed().isEmpty())
                return invalid(*this, tr("An option cannot be empty"));
            if (seen.contains(o.trimmed(), Qt::CaseInsensitive))
                return invalid(*this, tr("The option \"%1\" is listed twice").arg(o));
            seen << o.trimmed();
        }
    }
    return {};
}

QString numberValueSql(const QString &storedText)
{
    return QStringLiteral("CASE WHEN %1 <> '' THEN CAST(%1 AS DOUBLE PRECISION) END").arg(storedText);
}

Result<QString> CustomField::canonical(const QString &rawInput) const
{
    const QString input = rawInput.trimmed();
    if (input.isEmpty())
        return QString();
    switch (kind) {
    case Kind::Text:
        return input;
    case Kind::Number:
        return canonicalNumber(*this, input);
    case Kind::Date:
        return canonicalDate(*this, input);
    case Kind::Bool:
        return canonicalBool(*this, input);
    case Kind::Choice:
        for (const QString &o : options) {
            if (o.compare(input, Qt::CaseInsensitive) == 0)
                return o;
        }
        return invalid(*this, tr("\"%1\" is not one of the choices of %2 (%3)")
                                  .arg(input, name, options.join(QStringLiteral(", "))));
    case Kind::MultiChoice: {
        // Accepts the stored JSON form as well as "A; B" or "A, B" typed by a person.
        QStringList picked = splitMulti(input);
        if (picked.isEmpty() && !input.startsWith(QLatin1Char('[')))
            picked = input.split(QRegularExpression(QStringLiteral("\\s*[;,]\\s*")),
                                 Qt::SkipEmptyParts);
        QStringList ordered;
        for (const QString &p : picked) {
            bool known = false;
            for (const QString &o : options)
                known = known || o.compare(p.trimmed(), Qt::CaseInsensitive) == 0;
            if (!known)
                return invalid(*this, tr("\"%1\" is not one of the choices of %2 (%3)")
                                          .arg(p, name, options.join(QStringLiteral(", "))));
        }
        for (const QString &o : options) {
            for (const QString &p : picked) {
                if (o.compare(p.trimmed(), Qt::CaseInsensitive) == 0 && !ordered.contains(o))
                    ordered << o;
            }
        }
        return ordered.isEmpty() ? QString() : joinMulti(ordered);
    }
    }
    return input;
}

QStringList CustomField::splitMulti(const QString &stored)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isArray())
        return out;
    for (const QJsonValue &v : doc.array()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QString CustomField::joinMulti(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString CustomField::displayText(const QString &stored) const
{
    if (stored.isEmpty())
        return {};
    switch (kind) {
    case Kind::Bool:
        return stored == QLatin1String("true") ? tr("yes") : tr("no");
    case Kind::Date: {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : stored;
    }
    case Kind::Number: {
        bool ok = false;
        const double v = stored.toDouble(&ok);
        return ok ? QLocale().toString(v, 'g', 15) : stored;
    }
    case Kind::MultiChoice:
        return splitMulti(stored).join(QStringLiteral(", "));
    default:
        return stored;
    }
}

} // namespace kontor
