#pragma once

#include "storage/bulk_load.h"
#include "demo/demo_generator.h"
#include "demo/demo_names.h"

#include <QElapsedTimer>

#include <ctime>
#include <vector>

namespace kontor::demo {

struct StageRef
{
    qint64 id = 0;
};

struct PipelineRef
{
    qint64 id = 0;
    std::vector<StageRef> open; // in board order
    StageRef won;
    StageRef lost;
};

struct UserRef
{
    qint64 id = 0;
};

struct ProductRef
{
    qint64 id = 0;
    QString name;
    qint64 priceMinor = 0;
};

struct DealItemPlan
{
    quint8 product = 0;
    quint8 quantity = 1;
    quint8 discount = 0;
};

// What a deal will look like, decided before contacts are written so that contacts'
// status and last_contacted_at agree with their deals and activities.
struct DealPlan
{
    enum Outcome : quint8 { Open, Won, Lost };
    qint32 contact = -1; // index into the generated contacts, -1 = none
    qint32 company = -1;
    quint8 pipeline = 0; // 0 = Sales, 1 = Partnerships
    quint8 stage = 0; // index of the last open stage reached
    Outcome outcome = Open;
    quint8 owner = 0;
    quint8 activities = 0;
    quint8 itemCount = 0;
    DealItemPlan items[3];
    qint32 historyOffset = 0; // into Writer::m_historyTimes
    qint64 amountMinor = 0;
    qint64 lastActivity = 0;
};

struct ContactSketch
{
    qint32 company = -1;
    Culture culture = Culture::English;
    bool female = false;
    quint8 owner = 0;
};

// Does one DemoGenerator::run(): everything on one connection inside one transaction.
// Split over demo_generator.cpp (setup, orchestration), demo_people.cpp (companies,
// contacts) and demo_deals.cpp (deals, history, activities, tasks).
class Writer
{
public:
    Writer(const Session &session, const DemoOptions &options,
           const DemoGenerator::Progress &progress);
    Result<DemoStats> run();

private:
    // Stream keys: each kind of record draws from its own random stream.
    enum Stream : quint64 {
        CompanyStream = 1,
        ContactStream,
        DealStream,
        DealTimeStream,
        DealActivityStream,
        ContactActivityStream,
        TaskStream,
        ExtrasStream
    };

    Status setup();
    Status setupUsers();
    Status setupPipelines();
    Status setupLookups();
    Result<PipelineRef> pipeline(const QString &name, bool create);

    Status writeCompanies();
    ContactSketch sketch(qint64 contactIndex) const;
    void planDeals();
    void planContactActivities();
    Status writeContacts();
    Status writeDeals();
    Status writeActivities();
    Status writeTasks();

    Status tick(qint64 rows = 1);
    void beginStep(const QString &name);
    void endStep(qint64 rows);
    Status cancelled() const;
    Rng rng(Stream stream, quint64 index) const { return Rng(m_options.seed, stream, index); }

    Session m_session;
    QSqlDatabase m_conn;
    DemoOptions m_options;
    DemoGenerator::Progress m_progress;
    DemoStats m_stats;

    qint64 m_now = 0; // the anchor day, 17:00 UTC
    qint64 m_start = 0; // two years earlier
    qint64 m_today = 0; // the anchor day, 00:00 UTC

    std::vector<UserRef> m_users;
    std::vector<PipelineRef> m_pipelines;
    std::vector<qint64> m_roles;
    std::vector<qint64> m_lostReasons;
    std::vector<ProductRef> m_products;
    qint64 m_tagVip = 0, m_tagNewsletter = 0, m_tagPartner = 0, m_tagFair = 0;

    std::vector<qint64> m_companyIds;
    std::vector<quint8> m_companyCulture;
    std::vector<quint8> m_companyCity;
    std::vector<QString> m_companyName;
    std::vector<QString> m_companyDomain;

    std::vector<qint64> m_contactIds;
    std::vector<qint64> m_lastContacted; // per contact, 0 = never
    std::vector<qint64> m_firstTouch; // per contact, earliest deal or activity
    std::vector<quint8> m_contactDeals; // bit 0: has an open deal, bit 1: has a won deal

    std::vector<DealPlan> m_deals;
    std::vector<qint64> m_historyTimes;
    std::vector<qint64> m_dealIds;
    qint64 m_contactActivities = 0;

    qint64 m_totalWork = 1;
    qint64 m_doneWork = 0;
    int m_lastPercent = -1;
    QString m_step;
    QElapsedTimer m_stepTimer;
    std::clock_t m_stepCpu = 0;
};

} // namespace kontor::demo
