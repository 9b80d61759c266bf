#include "exchange/exchange_types.h"

namespace kontor {

QString exchangeEntityName(ExchangeEntity entity)
{
    switch (entity) {
    case ExchangeEntity::Contacts:
        return QStringLiteral("contacts");
    case ExchangeEntity::Companies:
        return QStringLiteral("companies");
    case ExchangeEntity::Deals:
        return QStringLiteral("deals");
    case ExchangeEntity::Activities:
        return QStringLiteral("activities");
    }
    return {};
}

std::optional<ExchangeEntity> exchangeEntityFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (auto e : {ExchangeEntity::Contacts, ExchangeEntity::Companies, ExchangeEntity::Deals,
                   ExchangeEntity::Activities}) {
        const QString plural = exchangeEntityName(e);
        if (n == plural || n + QLatin1Char('s') == plural
            || (e == ExchangeEntity::Companies && n == QLatin1String("company"))
            || (e == ExchangeEntity::Activities && n == QLatin1String("activity")))
            return e;
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::VCard3:
        return QStringLiteral("vcf3");
    case ExportFormat::VCard4:
        return QStringLiteral("vcf");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (n == QLatin1String("vcf") || n == QLatin1String("vcard") || n == QLatin1String("vcf4")
        || n == QLatin1String("vcard4"))
        return ExportFormat::VCard4;
    if (n == QLatin1String("vcf3") || n == QLatin1String("vcard3"))
        return ExportFormat::VCard3;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::VCard3:
    case ExportFormat::VCard4:
        return QStringLiteral("vcf");
    default:
        return exportFormatName(format);
    }
}

} // namespace kontor
