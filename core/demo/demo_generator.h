#pragma once

#include "session.h"
#include "util/result.h"

#include <QDate>
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
};

struct DemoStats
{
    qint64 contacts = 0;
    qint64 companies = 0;
    qint64 deals = 0;
    qint64 stageChanges = 0;
    qint64 activities = 0;
    qint64 tasks = 0;
    double seconds = 0;
};

// Fills a database with deterministic, realistic, multilingual demo data (English, Russian,
// Bulgarian, Finnish, Swahili, Persian and Lao names and companies in their own scripts),
// two pipelines with stages, deals with two years of stage history, activities and tasks.
// Everything lands in one transaction: a failure or cancel leaves the database as it was.
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
