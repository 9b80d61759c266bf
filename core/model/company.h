#pragma once

#include "model/address.h"

#include <QDateTime>
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

    QVariantMap fields() const;
};

} // namespace kontor
