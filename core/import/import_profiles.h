#pragma once

#include "import/import_job.h"

#include <QJsonObject>

namespace kontor::importing {

// A mapping saved under a name (in the settings table) to reuse for the next file of the same
// kind: which field each column goes to, plus how the file was read.
struct MappingProfile
{
    QString name;
    ExchangeEntity entity = ExchangeEntity::Contacts;
    QStringList header; // the columns, in the file's order
    QStringList fields; // the field of each column; "" = do not import
    QString encoding;   // "" = detect
    QChar delimiter;    // null = detect
    int headerRow = 1;  // as TabularOptions::headerRow (0 = no header)
    DateOrder dateOrder = DateOrder::Auto;

    QJsonObject toJson() const;
    static Result<MappingProfile> fromJson(const QString &name, const QJsonObject &json);

    // The same columns as `fileHeader` (in any order, case and spacing aside).
    bool matches(const QStringList &fileHeader) const;
    // The profile's fields placed on this file's columns; a column of the profile the file
    // lacks is an error naming it. Columns the profile does not know are not imported.
    Result<ImportMapping> mappingFor(const QStringList &fileHeader) const;
    // Copies the profile's entity, mapping and date order into `options`. The reading options
    // (encoding, delimiter, header row) are the caller's to copy before reading the header.
    Status applyTo(const QStringList &fileHeader, ImportOptions *options) const;
};

// Saves (or replaces) a profile. The name is 1 to 100 characters.
Status saveProfile(const Session &session, const MappingProfile &profile);
// Every saved profile, by name; of one entity when given.
Result<QList<MappingProfile>> listProfiles(const Session &session,
                                           std::optional<ExchangeEntity> entity = std::nullopt);
// NotFound (naming it) when there is none of that name.
Result<MappingProfile> loadProfile(const Session &session, const QString &name);
Status removeProfile(const Session &session, const QString &name);
// The first of `profiles` whose columns are the file's, if any.
std::optional<MappingProfile> matchingProfile(const QList<MappingProfile> &profiles,
                                              const QStringList &fileHeader);

QString dateOrderName(DateOrder order); // "", "dmy", "mdy"
std::optional<DateOrder> dateOrderFromName(const QString &name);

} // namespace kontor::importing
