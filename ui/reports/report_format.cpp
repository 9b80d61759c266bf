#include "reports/report_format.h"

#include "lists/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace kontor {

QString formatReportValue(const QVariant &value, ValueKind kind, const QString &currency)
{
    if (value.isNull() || !value.isValid())
        return QStringLiteral("–");
    const QLocale locale;
    switch (kind) {
    case ValueKind::Money:
        return formatMoney(value.toLongLong(), currency);
    case ValueKind::Count:
    case ValueKind::Id:
        return locale.toString(value.toLongLong());
    case ValueKind::Percent:
        return locale.toString(value.toDouble(), 'f', 1) + QStringLiteral(" %");
    case ValueKind::Days:
        return QCoreApplication::translate("kontor::Reports", "%1 d")
            .arg(locale.toString(value.toDouble(), 'f', 1));
    case ValueKind::Date:
        return formatDate(QDate::fromString(value.toString(), Qt::ISODate));
    case ValueKind::Text:
        break;
    }
    return value.toString();
}

double chartValue(const QVariant &value, ValueKind kind)
{
    if (value.isNull() || !value.isValid())
        return 0.0;
    if (kind == ValueKind::Money)
        return double(value.toLongLong()) / 100.0;
    return value.toDouble();
}

QString formatPeriod(const QDate &from, const QDate &to)
{
    return formatDate(from) + QStringLiteral(" – ") + formatDate(to);
}

} // namespace kontor
