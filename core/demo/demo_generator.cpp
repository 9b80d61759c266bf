#include "demo/demo_generator.h"

#include "demo/demo_writer.h"
#include "reports/stage_stays.h"
#include "search/schema_search.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace kontor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}
} // namespace

DemoGenerator::DemoGenerator(Session session, DemoOptions options)
    : m_session(std::move(session))
    , m_options(std::move(options))
{
}

Result<DemoStats> DemoGenerator::run(const Progress &progress) const
{
    if (m_options.contacts < 0 || m_options.companies < 0 || m_options.deals < 0) {
        return Error {
            Error::Kind::Invalid, tr("The numbers of demo records cannot be negative"), {}, {}};
    }
    demo::Writer writer(m_session, m_options, progress);
    return writer.run();
}

namespace demo {

Writer::Writer(const Session &session, const DemoOptions &options,
               const DemoGenerator::Progress &progress)
    : m_session(session)
    , m_options(options)
    , m_progress(progress)
{
    const QDate anchor = options.anchor.isValid() ? options.anchor : QDate::currentDate();
    m_today = QDateTime(anchor, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    m_now = m_today + 17 * 3600;
    m_start = m_now - 730 * 86400;
}

Result<DemoStats> Writer::run()
{
    QElapsedTimer total;
    total.start();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    m_conn = *conn;

    // Rough amount of work, so progress moves evenly: one unit per main row.
    m_totalWork = 1 + m_options.companies + qint64(m_options.contacts) * 2
        + qint64(m_options.deals) * 4 + m_options.contacts / 5 + m_options.deals / 2
        + m_options.contacts / 50;

    // SQLite checks every foreign key of every row as it goes: for a million-row load that
    // is a fifth of the time. The generator takes every id it writes from rows it has just
    // written or read inside its own write transaction (which holds SQLite's write lock),
    // so the references are right by construction; the tests run foreign_key_check on the
    // result. Declared before the transaction guard so checks come back after it ends.
    ForeignKeyChecksOff relaxedForeignKeys(m_conn, m_session.db->dialect(),
                                           Transaction::depth(m_conn) > 0);
    BulkLoadCache bulkCache(m_conn, m_session.db->dialect());
    Transaction tx(m_conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    if (auto st = setup(); !st)
        return st.error();
    IndexRebuild indexes(m_conn, m_session.db->dialect());
    if (auto st = indexes.drop(
            {QStringLiteral("companies"), QStringLiteral("company_tags"),
             QStringLiteral("contacts"), QStringLiteral("contact_emails"),
             QStringLiteral("contact_phones"), QStringLiteral("contact_messengers"),
             QStringLiteral("contact_tags"), QStringLiteral("deals"),
             QStringLiteral("deal_stage_history"), QStringLiteral("deal_items"),
             QStringLiteral("activities"), QStringLiteral("tasks")},
            {QStringLiteral("contact_emails.contact_id"),
             QStringLiteral("contact_phones.contact_id"),
             QStringLiteral("contact_messengers.contact_id"),
             QStringLiteral("deal_stage_history.deal_id"), QStringLiteral("deal_items.deal_id"),
             QStringLiteral("activities.deal_id")});
        !st)
        return st.error();
    // The search index is refilled once at the end instead of row by row through its
    // triggers (about 3x the load time for a million contacts otherwise).
    if (auto st = suspendSearchIndex(m_conn, m_session.db->dialect()); !st)
        return st.error();
    if (auto st = writeCompanies(); !st)
        return st.error();
    beginStep(tr("Planning deals"));
    planDeals();
    planContactActivities();
    endStep(qint64(m_deals.size()));
    if (auto st = writeContacts(); !st)
        return st.error();
    if (auto st = writeDeals(); !st)
        return st.error();
    if (auto st = writeActivities(); !st)
        return st.error();
    if (auto st = writeTasks(); !st)
        return st.error();
    if (auto st = cancelled(); !st)
        return st.error();
    beginStep(tr("Indexes"));
    if (auto st = indexes.recreate(); !st)
        return st.error();
    endStep(0);
    // After the indexes: the history is then read in deal order from its index.
    beginStep(tr("Stage stays"));
    if (auto st = reports::rebuildStageStays(m_conn); !st)
        return st.error();
    endStep(0);
    beginStep(tr("Search index"));
    if (auto st = rebuildSearchIndex(m_conn, m_session.db->dialect()); !st)
        return st.error();
    endStep(0);
    if (auto st = cancelled(); !st)
        return st.error();
    beginStep(tr("Saving"));
    if (auto st = tx.commit(); !st)
        return st.error();
    endStep(0);
    if (m_progress)
        m_progress(100, tr("Done"));
    m_stats.seconds = double(total.nsecsElapsed()) / 1e9;
    return m_stats;
}

Status Writer::cancelled() const
{
    if (m_progress && !m_progress(m_lastPercent < 0 ? 0 : m_lastPercent, m_step)) {
        return Error {Error::Kind::Invalid,
                      tr("Creating the demo data was cancelled; the database was left as it was"),
                      {},
                      {}};
    }
    return {};
}

Status Writer::tick(qint64 rows)
{
    m_doneWork += rows;
    if (!m_progress)
        return {};
    const int percent = int(std::min<qint64>(99, m_doneWork * 100 / m_totalWork));
    if (percent == m_lastPercent)
        return {};
    m_lastPercent = percent;
    return cancelled();
}

void Writer::beginStep(const QString &name)
{
    m_step = name;
    m_stepTimer.start();
    m_stepCpu = std::clock();
}

void Writer::endStep(qint64 rows)
{
    m_stats.steps.append(DemoStep {m_step, rows, double(m_stepTimer.nsecsElapsed()) / 1e9,
                                   double(std::clock() - m_stepCpu) / CLOCKS_PER_SEC});
}

Status Writer::setup()
{
    beginStep(tr("Users, pipelines and products"));
    if (auto st = setupUsers(); !st)
        return st;
    if (auto st = setupPipelines(); !st)
        return st;
    if (auto st = setupLookups(); !st)
        return st;
    endStep(qint64(m_users.size() + m_products.size()));
    return tick(1);
}

Status Writer::setupUsers()
{
    struct DemoUser
    {
        const char *login;
        const char *name;
        const char *role;
    };
    // A sales manager and reps from the cultures of the demo data; they own its records.
    static const DemoUser users[] = {
        {"elena.petrova", "Елена Петрова", "manager"},
        {"james.carter", "James Carter", "rep"},
        {"mikko.virtanen", "Mikko Virtanen", "rep"},
        {"amani.mwangi", "Amani Mwangi", "rep"},
        {"sara.rahimi", "سارا رحیمی", "rep"},
        {"georgi.dimitrov", "Георги Димитров", "rep"},
        {"somphone.keomany", "ສົມພອນ ແກ້ວມະນີ", "rep"},
    };
    const QString what = tr("Cannot create the demo users");
    for (const DemoUser &u : users) {
        const QString login = QLatin1String(u.login);
        SqlStatement add(m_conn, what);
        auto st = add.run(QStringLiteral("INSERT INTO users (login, display_name, email, role,"
                                         " created_at) VALUES (?, ?, ?, ?, ?)"
                                         " ON CONFLICT (login) DO NOTHING"),
                          {login, QString::fromUtf8(u.name),
                           login + QStringLiteral("@kontor-demo.example"), QLatin1String(u.role),
                           m_start - 90 * 86400});
        if (!st)
            return st;
        SqlStatement find(m_conn, what);
        auto id = find.scalar(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
        if (!id)
            return id.error();
        m_users.push_back(UserRef {id->toLongLong()});
        m_stats.otherRows++;
    }
    return {};
}

Result<PipelineRef> Writer::pipeline(const QString &name, bool create)
{
    const QString what = tr("Cannot set up the pipeline %1").arg(name);
    SqlStatement find(m_conn, what);
    if (auto st = find.run(QStringLiteral("SELECT id FROM pipelines WHERE name = ? AND deleted_at"
                                          " IS NULL ORDER BY position, id"),
                           {name});
        !st)
        return st.error();
    PipelineRef ref;
    if (find.next()) {
        ref.id = find.value(0).toLongLong();
    } else if (create) {
        SqlStatement add(m_conn, what);
        auto id = add.scalar(QStringLiteral("INSERT INTO pipelines (name, position, created_at)"
                                            " VALUES (?, 2, ?) RETURNING id"),
                             {name, m_start - 30 * 86400});
        if (!id)
            return id.error();
        ref.id = id->toLongLong();
        struct S
        {
            const char *name;
            int probability;
            const char *kind;
            int rot;
        };
        static const S stages[] = {
            {"First contact", 10, "open", 21},   {"Intro meeting", 30, "open", 21},
            {"Agreement draft", 60, "open", 14}, {"Signed", 100, "won", 0},
            {"Declined", 0, "lost", 0},
        };
        int position = 1;
        for (const S &s : stages) {
            SqlStatement st(m_conn, what);
            auto ok = st.run(QStringLiteral("INSERT INTO stages (pipeline_id, name, position,"
                                            " probability, kind, rot_days)"
                                            " VALUES (?, ?, ?, ?, ?, ?)"),
                             {ref.id, QLatin1String(s.name), position++, s.probability,
                              QLatin1String(s.kind), s.rot > 0 ? QVariant(s.rot) : nullInt()});
            if (!ok)
                return ok.error();
            m_stats.otherRows++;
        }
    } else {
        return Error {Error::Kind::NotFound, what, name, {}};
    }

    SqlStatement stages(m_conn, what);
    if (auto st = stages.run(QStringLiteral("SELECT id, kind FROM stages WHERE pipeline_id = ?"
                                            " AND deleted_at IS NULL ORDER BY position, id"),
                             {ref.id});
        !st)
        return st.error();
    while (stages.next()) {
        const QString kind = stages.value(1).toString();
        const StageRef stage {stages.value(0).toLongLong()};
        if (kind == QLatin1String("won") && ref.won.id == 0)
            ref.won = stage;
        else if (kind == QLatin1String("lost") && ref.lost.id == 0)
            ref.lost = stage;
        else if (kind == QLatin1String("open"))
            ref.open.push_back(stage);
    }
    if (ref.open.empty() || ref.won.id == 0 || ref.lost.id == 0) {
        return Error {Error::Kind::Invalid,
                      tr("The pipeline needs open, won and lost stages for demo deals"),
                      name,
                      {}};
    }
    return ref;
}

Status Writer::setupPipelines()
{
    // "Sales" comes from the schema migration; it is recreated only if a user removed it.
    for (const char *name : {"Sales", "Partnerships"}) {
        auto ref = pipeline(QLatin1String(name), true);
        if (!ref)
            return ref.error();
        m_pipelines.push_back(*ref);
    }
    return {};
}

Status Writer::setupLookups()
{
    const QString what = tr("Cannot read the lists the demo data uses");
    SqlStatement roles(m_conn, what);
    if (auto st = roles.run(QStringLiteral("SELECT id FROM company_roles ORDER BY position, id"));
        !st)
        return st;
    while (roles.next())
        m_roles.push_back(roles.value(0).toLongLong());
    SqlStatement reasons(m_conn, what);
    if (auto st = reasons.run(QStringLiteral("SELECT id FROM lost_reasons WHERE active = 1"
                                             " ORDER BY position, id"));
        !st)
        return st;
    while (reasons.next())
        m_lostReasons.push_back(reasons.value(0).toLongLong());

    struct Tag
    {
        const char *name;
        const char *color;
        qint64 *id;
    };
    const Tag tags[] = {{"VIP", "#d4a017", &m_tagVip},
                        {"Newsletter", "#2e86de", &m_tagNewsletter},
                        {"Partner", "#27ae60", &m_tagPartner},
                        {"Trade fair", "#8e44ad", &m_tagFair}};
    for (const Tag &t : tags) {
        SqlStatement add(m_conn, what);
        if (auto st = add.run(QStringLiteral("INSERT INTO tags (name, color) VALUES (?, ?)"
                                             " ON CONFLICT (name) DO NOTHING"),
                              {QLatin1String(t.name), QLatin1String(t.color)});
            !st)
            return st;
        SqlStatement find(m_conn, what);
        auto id = find.scalar(QStringLiteral("SELECT id FROM tags WHERE name = ?"),
                              {QLatin1String(t.name)});
        if (!id)
            return id.error();
        *t.id = id->toLongLong();
    }

    struct Product
    {
        const char *sku;
        const char *name;
        qint64 price;
    };
    static const Product products[] = {
        {"KT-CRM-1Y", "CRM licence, 1 year", 24000},
        {"KT-CRM-3Y", "CRM licence, 3 years", 60000},
        {"KT-ONB", "Onboarding workshop", 150000},
        {"KT-MIG", "Data migration", 250000},
        {"KT-SUP-G", "Gold support, 1 year", 480000},
        {"KT-INT", "Integration package", 320000},
        {"KT-TRN", "Training day", 90000},
        {"KT-HW-T", "Tablet for field sales", 45000},
        {"KT-API", "API access, 1 year", 120000},
        {"KT-CONS", "Consulting hour", 12000},
    };
    for (const Product &p : products) {
        const QString sku = QLatin1String(p.sku);
        SqlStatement add(m_conn, what);
        if (auto st = add.run(QStringLiteral("INSERT INTO products (name, sku, unit_price_minor,"
                                             " currency, created_at) VALUES (?, ?, ?, 'EUR', ?)"
                                             " ON CONFLICT (sku) DO NOTHING"),
                              {QLatin1String(p.name), sku, p.price, m_start - 60 * 86400});
            !st)
            return st;
        SqlStatement find(m_conn, what);
        if (auto st = find.run(QStringLiteral("SELECT id, name, unit_price_minor FROM products"
                                              " WHERE sku = ?"),
                               {sku});
            !st)
            return st;
        if (!find.next())
            return Error {Error::Kind::NotFound, what, sku, {}};
        m_products.push_back(ProductRef {find.value(0).toLongLong(), find.value(1).toString(),
                                         find.value(2).toLongLong()});
    }
    return {};
}

} // namespace demo
} // namespace kontor
