#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kontor {

// What an import reads into or an export writes out.
enum class ExchangeEntity { Contacts, Companies, Deals, Activities };

enum class ExportFormat { Csv, Xlsx, VCard3, VCard4, Json };

// Names used on the command line, in import_batches.entity and in saved mapping profiles.
QString exchangeEntityName(ExchangeEntity entity); // "contacts", "companies", ...
std::optional<ExchangeEntity> exchangeEntityFromName(const QString &name);

QString exportFormatName(ExportFormat format); // "csv", "xlsx", "vcf3", "vcf", "json"
// Accepts csv, xlsx, vcf / vcard (4.0), vcf3 / vcard3, vcf4, json; case-insensitive.
std::optional<ExportFormat> exportFormatFromName(const QString &name);
// The usual file suffix without the dot: csv, xlsx, vcf, json.
QString exportFormatSuffix(ExportFormat format);

} // namespace kontor
