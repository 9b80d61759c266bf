#pragma once

#include "session.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace kontor {

struct DemoOptions
{
    int contacts = 2000;
    int companies = 300;
    int deals = 500;
    quint64 seed = 1;
    // Last day of the generated two years of history; today when invalid. The same seed and
    // anchor always give the same database.
    QDate anchor;
    // Volumes of the other tables follow from the three counts above (see DemoGenerator):
    // activities ~ deals * 3 + contacts / 5, tasks = deals / 2 + contacts / 50.
};

// One timed step of a run, for progress reports and the benchmark table.
struct DemoStep
{
    QString name;
    qint64 rows = 0;
    double seconds = 0;
    double cpuSeconds = 0; // of the whole process (SQLite's sorter threads included)
};

struct DemoStats
{
    qint64 contacts = 0;
    qint64 companies = 0;
    qint64 deals = 0;
    qint64 stageChanges = 0;
    qint64 activities = 0;
    qint64 tasks = 0;
    qint64 otherRows = 0; // e-mails, phones, tags, line items, users, stages, products
    double seconds = 0;
    QList<DemoStep> steps;
};

// Fills a database with deterministic, realistic, multilingual demo data (English, Russian,
// Bulgarian, Finnish, Swahili, Persian and Lao names and companies in their own scripts),
// two pipelines with stages, deals with two years of stage history, activities and tasks.
// Everything lands in one transaction: a failure or cancel leaves the database as it was.
//
// Volumes: activities are about deals * 3 (0..6 per deal, on the deal's timeline) plus
// contacts / 5 (unlinked calls and notes), and tasks are deals / 2 + contacts / 50. Two
// activities per contact would double the run time of a million-contact demo for little
// visible gain; this ratio gives 800,000 activities for 1,000,000 contacts / 200,000 deals.
class DemoGenerator
{
public:
    // Called now and then with 0..100; return false to cancel.
    using Progress = std::function<bool(int percent, const QString &step)>;

    DemoGenerator(Session session, DemoOptions options);
    Result<DemoStats> run(const Progress &progress = {}) const;

private:
    Session m_session;
    DemoOptions m_options;
};

} // namespace kontor
