#pragma once

#include "session.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace kontor {

// A stored phone that libphonenumber cannot read with the current default region: its match
// key stays the digits as typed, so it neither finds nor matches its E.164 twin.
struct UnreadablePhone
{
    qint64 contactId = 0;
    QString phone; // as typed
};

struct RenormalizeReport
{
    QString region; // the default region used
    int checked = 0; // phone rows read
    int changed = 0; // rows whose match key changed
    int contacts = 0; // contacts with at least one changed row
    QList<UnreadablePhone> unreadable;
};

// Recomputes every stored phone's match key (contact_phones.phone_digits, which search and
// duplicate detection use) with the current default region — after the region setting
// changed, numbers typed without a country code read differently. One transaction; the
// search index follows through its triggers; an audit row per changed contact. With
// `dryRun`, nothing is written and the report says what would change.
Result<RenormalizeReport> renormalizePhones(const Session &session, bool dryRun = false);

} // namespace kontor
