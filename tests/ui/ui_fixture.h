#pragma once

#include "session.h"

#include <QString>
#include <QStringList>

namespace kontor::test {

// What a salesperson would have typed in: a few people, companies and deals, written
// through the repositories exactly as the app writes them.
struct SampleData
{
    QStringList contactNames; // display names, in list order (last name, first name)
    QStringList companyNames; // in list order
    QStringList dealTitles; // newest first, as the Deals list shows them
};

SampleData addSampleData(const Session &session);
// `count` contacts named "Person NNNN", for paging tests.
void addNumberedContacts(const Session &session, int count);
// Forgets recent databases, window geometry and the last module between tests.
void clearUiSettings();

} // namespace kontor::test
