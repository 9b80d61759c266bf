#pragma once

#include "session.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace kontor::phone {

// A region libphonenumber knows: "FI", its calling code 358.
struct Region
{
    QString code;
    int callingCode = 0;
};

// Every region libphonenumber knows, sorted by code.
QList<Region> supportedRegions();

// The default region as stored (settings key `default_region`), "" when none is stored and
// the system locale decides (see defaultRegion()).
Result<QString> storedDefaultRegion(const Session &session);

// Stores the region numbers typed without a country code belong to ("" = the system
// locale's again). A code libphonenumber does not know is refused, naming it. Audited.
// Stored phones keep their match keys until renormalizePhones() reads them again.
Status setDefaultRegion(const Session &session, const QString &region);

} // namespace kontor::phone
