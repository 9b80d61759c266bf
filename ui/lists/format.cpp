#include "lists/format.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>

namespace kontor {

namespace {
// The translation context of this file (lupdate reads it from here).
struct Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};
} // namespace

QString formatMoney(qint64 amountMinor, const QString &currencyCode)
{
    static const QHash<QString, QString> symbols {
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("RUB"), QStringLiteral("₽")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("IRR"), QStringLiteral("﷼")},
        {QStringLiteral("LAK"), QStringLiteral("₭")},
        {QStringLiteral("BGN"), QStringLiteral("лв")},
        {QStringLiteral("KES"), QStringLiteral("KSh")},
        {QStringLiteral("TZS"), QStringLiteral("TSh")},
    };
    const QString code = currencyCode.trimmed().toUpper();
    const QString symbol = symbols.value(code, code);
    // Minor units are exact integers; a double holds them exactly up to 2^53 cents, far above
    // any deal, so converting only for display loses nothing.
    return QLocale().toCurrencyString(double(amountMinor) / 100.0, symbol, 2);
}

QString formatDate(const QDate &date)
{
    // Day, month name and full year: never ambiguous the way 2/3/27 is.
    return date.isValid() ? QLocale().toString(date, dateEditFormat()) : QString();
}

QString dateEditFormat()
{
    return QStringLiteral("d MMM yyyy");
}

QString formatDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return formatDate(local.date()) + QLatin1Char(' ')
           + QLocale().toString(local.time(), QLocale::ShortFormat);
}

int dateTimeWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(formatDateTime(QDateTime(QDate(2025, 9, 28), QTime(23, 30))));
}

QString formatPhone(const QString &phone)
{
    if (phone.isEmpty() || QGuiApplication::layoutDirection() != Qt::RightToLeft)
        return phone;
    return QChar(0x200E) + phone; // LEFT-TO-RIGHT MARK
}

QString contactStatusName(const QString &status)
{
    if (status == QLatin1String("lead"))
        return Format::tr("Lead");
    if (status == QLatin1String("prospect"))
        return Format::tr("Prospect");
    if (status == QLatin1String("customer"))
        return Format::tr("Customer");
    return status;
}

QString dealStatusName(const QString &status)
{
    if (status == QLatin1String("open"))
        return Format::tr("Open");
    if (status == QLatin1String("won"))
        return Format::tr("Won");
    if (status == QLatin1String("lost"))
        return Format::tr("Lost");
    return status;
}

} // namespace kontor
