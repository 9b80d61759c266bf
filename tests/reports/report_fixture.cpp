#include "report_fixture.h"

#include "repo/pipeline_repository.h"
#include "reports/stage_stays.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

namespace kontor::test {

qint64 at(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 scalarOf(const Session &session, const QString &sql, const QVariantList &binds)
{
    auto conn = session.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test fixture"));
    auto v = q.scalar(sql, binds);
    INFO((v ? QString() : v.error().toString()).toStdString());
    REQUIRE(v.ok());
    q.finish();
    return v->toLongLong();
}

void run(const Session &session, const QString &sql, const QVariantList &binds)
{
    auto conn = session.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test fixture"));
    auto st = q.run(sql, binds);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

qint64 insertUser(const Session &session, const QString &login, const QString &name)
{
    return scalarOf(session,
                    QStringLiteral("INSERT INTO users (login, display_name, role)"
                                   " VALUES (?, ?, 'rep') RETURNING id"),
                    {login, name});
}

qint64 insertCompany(const Session &session, const QString &name)
{
    return scalarOf(session, QStringLiteral("INSERT INTO companies (name) VALUES (?) RETURNING id"),
                    {name});
}

qint64 insertDeal(const Session &session, const DealSpec &spec)
{
    REQUIRE_FALSE(spec.path.isEmpty());
    const qint64 stageId = spec.path.last().first;
    const QString kind = QString::number(scalarOf(
        session,
        QStringLiteral("SELECT CASE kind WHEN 'won' THEN 1 WHEN 'lost' THEN 2 ELSE 0 END"
                       " FROM stages WHERE id = ?"),
        {stageId}));
    const QString status = kind == QLatin1String("1") ? QStringLiteral("won")
        : kind == QLatin1String("2")                   ? QStringLiteral("lost")
                                                       : QStringLiteral("open");
    const qint64 pipelineId
        = scalarOf(session, QStringLiteral("SELECT pipeline_id FROM stages WHERE id = ?"), {stageId});
    const qint64 created = spec.path.first().second;
    const qint64 last = spec.path.last().second;
    const QVariant nullId(QMetaType::fromType<qint64>());
    const qint64 id = scalarOf(
        session,
        QStringLiteral("INSERT INTO deals (title, pipeline_id, stage_id, status, amount_minor,"
                       " currency, probability, expected_close, company_id, contact_id, owner_id,"
                       " source, lost_reason_id, stage_entered_at, closed_at, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id"),
        {spec.title, pipelineId, stageId, status, spec.amountMinor, spec.currency,
         spec.probability < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(spec.probability),
         fromDate(spec.expectedClose), nullIfZero(spec.companyId), nullIfZero(spec.contactId),
         nullIfZero(spec.ownerId), nullIfEmpty(spec.source), nullIfZero(spec.lostReasonId), last,
         status == QLatin1String("open") ? QVariant(nullId) : QVariant(last), created, last});
    qint64 from = 0;
    for (const auto &step : spec.path) {
        run(session,
            QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id,"
                           " changed_by, changed_at) VALUES (?, ?, ?, ?, ?)"),
            {id, nullIfZero(from), step.first, nullIfZero(spec.ownerId), step.second});
        from = step.first;
    }
    // Written straight into the history, like a bulk load, so the stays follow by hand.
    auto conn = session.db->connection();
    REQUIRE(conn.ok());
    REQUIRE(reports::refreshStageStays(*conn, id).ok());
    return id;
}

DealSpec spec(const QString &title, qint64 owner, const QString &source, qint64 amountMinor,
              const QString &currency)
{
    DealSpec s;
    s.title = title;
    s.ownerId = owner;
    s.source = source;
    s.amountMinor = amountMinor;
    s.currency = currency;
    return s;
}

// The story, days counted from t0 = Monday 2026-01-05 (all EUR unless said):
//   D1 Anna,  website,  created d0: Lead d0, Qualified d2, Proposal d5, Negotiation d9, Won d10; 1,000
//   D2 Anna,  website,  created d1: Lead d1, Qualified d4, Lost d10 (price);                  500
//   D3 Boris, phone,    created d2: Lead d2, Qualified d3, Proposal d7, Won d11;            3,000
//   D4 Boris, phone,    created d3: Lead d3 (open, expected 2026-02-15, stage's 10 %);        200
//   D5 Anna,  referral, created d4: Lead d4, Qualified d6 (open, expected 2026-02-20, 40 %);  800
//   D6 Boris, website,  created d5: Lead d5, Won d8;                                      700 USD
//   D7 Anna,  website,  created 2025-12-01, won 2025-12-10;                                   250
// Plans (EUR): Anna Jan 1,500 and Feb 2,000; Boris Jan 2,000 and Feb 1,500.
// Activities in January: Anna 2 calls + 1 meeting, Boris 1 e-mail.
// Tasks: Anna due d3 done d2 (on time), due d4 done d6 (late); Boris due d5 open (overdue on
// the 31st), due 2026-03-01 open (not due yet).
SalesFixture buildSalesFixture(const Session &session)
{
    SalesFixture f;
    f.session = session;
    auto pipelines = PipelineRepository(session).list();
    REQUIRE(pipelines.ok());
    f.pipeline = pipelines->first();
    for (const Stage &s : f.pipeline.stages) {
        if (s.name == QLatin1String("Lead in"))
            f.lead = s.id;
        else if (s.name == QLatin1String("Qualified"))
            f.qualified = s.id;
        else if (s.name == QLatin1String("Proposal sent"))
            f.proposal = s.id;
        else if (s.name == QLatin1String("Negotiation"))
            f.negotiation = s.id;
        else if (s.name == QLatin1String("Won"))
            f.won = s.id;
        else if (s.name == QLatin1String("Lost"))
            f.lost = s.id;
    }
    REQUIRE(f.negotiation > 0);
    f.anna = insertUser(session, QStringLiteral("anna"), QStringLiteral("Anna"));
    f.boris = insertUser(session, QStringLiteral("boris"), QStringLiteral("Boris"));
    f.priceReason = scalarOf(session, QStringLiteral("SELECT id FROM lost_reasons WHERE name = 'Price too high'"));
    f.t0 = at(QDate(2026, 1, 5));
    f.now = at(QDate(2026, 1, 31)) + 12 * 3600;
    const qint64 t = f.t0;
    auto d = [t](int days) { return t + days * Day; };

    DealSpec d1 = spec(QStringLiteral("D1"), f.anna, QStringLiteral("website"), 100000);
    d1.path = {{f.lead, d(0)}, {f.qualified, d(2)}, {f.proposal, d(5)}, {f.negotiation, d(9)}, {f.won, d(10)}};
    insertDeal(session, d1);
    DealSpec d2 = spec(QStringLiteral("D2"), f.anna, QStringLiteral("website"), 50000);
    d2.lostReasonId = f.priceReason;
    d2.path = {{f.lead, d(1)}, {f.qualified, d(4)}, {f.lost, d(10)}};
    insertDeal(session, d2);
    DealSpec d3 = spec(QStringLiteral("D3"), f.boris, QStringLiteral("phone"), 300000);
    d3.path = {{f.lead, d(2)}, {f.qualified, d(3)}, {f.proposal, d(7)}, {f.won, d(11)}};
    insertDeal(session, d3);
    DealSpec d4 = spec(QStringLiteral("D4"), f.boris, QStringLiteral("phone"), 20000);
    d4.expectedClose = QDate(2026, 2, 15);
    d4.path = {{f.lead, d(3)}};
    insertDeal(session, d4);
    DealSpec d5 = spec(QStringLiteral("D5"), f.anna, QStringLiteral("referral"), 80000);
    d5.probability = 40;
    d5.expectedClose = QDate(2026, 2, 20);
    d5.path = {{f.lead, d(4)}, {f.qualified, d(6)}};
    insertDeal(session, d5);
    DealSpec d6 = spec(QStringLiteral("D6"), f.boris, QStringLiteral("website"), 70000, QStringLiteral("USD"));
    d6.path = {{f.lead, d(5)}, {f.won, d(8)}};
    insertDeal(session, d6);
    DealSpec d7 = spec(QStringLiteral("D7"), f.anna, QStringLiteral("website"), 25000);
    d7.path = {{f.lead, at(QDate(2025, 12, 1))}, {f.won, at(QDate(2025, 12, 10))}};
    insertDeal(session, d7);

    const QString plan = QStringLiteral("INSERT INTO sales_plans (user_id, period_start, period_end,"
                                        " amount_minor, currency) VALUES (?, ?, ?, ?, 'EUR')");
    run(session, plan, {f.anna, QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31"), 150000});
    run(session, plan, {f.anna, QStringLiteral("2026-02-01"), QStringLiteral("2026-02-28"), 200000});
    run(session, plan, {f.boris, QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31"), 200000});
    run(session, plan, {f.boris, QStringLiteral("2026-02-01"), QStringLiteral("2026-02-28"), 150000});

    const QString activity = QStringLiteral("INSERT INTO activities (kind, occurred_at, user_id)"
                                            " VALUES (?, ?, ?)");
    run(session, activity, {QStringLiteral("call"), d(1), f.anna});
    run(session, activity, {QStringLiteral("call"), d(2), f.anna});
    run(session, activity, {QStringLiteral("meeting"), d(3), f.anna});
    run(session, activity, {QStringLiteral("email"), d(3), f.boris});
    const QString task = QStringLiteral("INSERT INTO tasks (title, due_at, done_at, assignee_id)"
                                        " VALUES (?, ?, ?, ?)");
    const QVariant open(QMetaType::fromType<qint64>());
    run(session, task, {QStringLiteral("T1"), d(3), d(2), f.anna});
    run(session, task, {QStringLiteral("T2"), d(4), d(6), f.anna});
    run(session, task, {QStringLiteral("T3"), d(5), open, f.boris});
    run(session, task, {QStringLiteral("T4"), at(QDate(2026, 3, 1)), open, f.boris});
    return f;
}

} // namespace kontor::test
