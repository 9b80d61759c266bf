#pragma once

#include "session.h"
#include "shell/main_window.h"
#include "test_database.h"

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

// Where most window tests start: UI settings cleared, a new database with the sample data,
// and the main window shown on it.
struct SampleWindow
{
    SampleWindow();

    bool cleared; // clearUiSettings() ran before the window read its settings
    TestDatabase db;
    Session session;
    SampleData sample;
    MainWindow window;
};

} // namespace kontor::test
