#pragma once

#include "model/address.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariantMap>

namespace kontor {

struct Company
{
    qint64 id = 0;
    QString name;
    QString legalName;
    QString website;
    QString industry;
    QString phone;
    QString email;
    Address address;
    QString source;
    qint64 ownerId = 0;
    QString notes;
    int peopleCount = 0; // read-only, filled by lists
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    // List rows only: values of the custom-field columns the list asked for (field id ->
    // canonical value, "" when not set).
    QHash<qint64, QString> customColumns;

    QVariantMap fields() const;
};

} // namespace kontor
