// Deals with their stage history and line items, activities and tasks of the demo data.
#include "demo/demo_writer.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace kontor::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}

constexpr qint64 Day = 86400;

const char *const kDealKinds[]
    = {"Annual licence", "Pilot project", "Support renewal",   "Expansion",
       "Consulting",     "Equipment",     "Training programme"};

struct ActivityText
{
    const char *kind;
    const char *subjects[4];
};
const ActivityText kActivities[] = {
    {"call", {"Intro call", "Follow-up call", "Discussed pricing", "Checked delivery dates"}},
    {"email", {"Sent proposal", "Sent price list", "Answered questions", "Sent contract draft"}},
    {"meeting", {"Product demo", "On-site visit", "Kick-off meeting", "Quarterly review"}},
    {"note",
     {"Prefers contact by phone", "Budget approved for next quarter",
      "Decision expected next month", "Asked for references"}},
};
const char *const kOutcomes[] = {"reached", "no answer", "left voicemail"};

const char *const kTasks[]
    = {"Call back",     "Send proposal",   "Prepare contract", "Follow up on invoice",
       "Schedule demo", "Confirm meeting", "Send catalogue",   "Check payment"};
const char *const kTaskKinds[]
    = {"call", "email", "todo", "todo", "meeting", "call", "email", "todo"};

// Amount without line items: a magnitude and a factor, in whole tens of euros, so no
// floating-point function can make two platforms disagree.
qint64 plainAmount(Rng &r)
{
    static const qint64 magnitudes[] = {500, 1000, 2500, 5000, 10000, 25000, 50000, 120000};
    const qint64 euros = magnitudes[r.below(8)] * r.range(50, 150) / 100;
    return euros / 10 * 10 * 100;
}

} // namespace

void Writer::planDeals()
{
    const qint64 n = m_options.deals;
    const qint64 contacts = m_options.contacts;
    m_deals.resize(size_t(n));
    m_lastContacted.assign(size_t(contacts), 0);
    m_firstTouch.assign(size_t(contacts), std::numeric_limits<qint64>::max() / 2);
    m_contactDeals.assign(size_t(contacts), 0);
    m_historyTimes.reserve(size_t(n) * 4);

    for (qint64 j = 0; j < n; ++j) {
        DealPlan &d = m_deals[size_t(j)];
        Rng r = rng(DealStream, quint64(j));
        ContactSketch s;
        if (contacts > 0 && (m_options.companies == 0 || r.chance(92))) {
            d.contact = qint32(r.below64(contacts));
            s = sketch(d.contact);
            d.company = s.company;
        } else if (m_options.companies > 0) {
            d.company = qint32(r.below(quint32(m_options.companies)));
        }
        d.owner
            = d.contact >= 0 && r.chance(80) ? s.owner : quint8(r.below(quint32(m_users.size())));
        d.pipeline = r.chance(20) ? 1 : 0;
        const PipelineRef &p = m_pipelines[d.pipeline];
        const int openStages = int(p.open.size());

        const qint64 created = m_start + r.below64(m_now - m_start - Day);
        const qint64 ageDays = (m_now - created) / Day;
        // Old deals are mostly decided, young ones mostly still open.
        const int closedPercent = int(std::clamp<qint64>(ageDays * 100 / 240, 10, 85));
        if (r.chance(closedPercent))
            d.outcome = r.chance(40) ? DealPlan::Won : DealPlan::Lost;
        if (d.outcome == DealPlan::Won)
            d.stage = quint8(openStages - 1);
        else if (d.outcome == DealPlan::Lost)
            d.stage = quint8(r.below(quint32(openStages)));
        else // open deals crowd the early stages, like a real funnel
            d.stage = quint8(std::min(r.below(quint32(openStages)), r.below(quint32(openStages))));

        // Stage history: open stages up to `stage`, then the won/lost stage if closed.
        const int steps = d.stage + 1 + (d.outcome == DealPlan::Open ? 0 : 1);
        Rng t = rng(DealTimeStream, quint64(j));
        d.historyOffset = qint32(m_historyTimes.size());
        std::vector<qint64> gaps(size_t(steps), 0);
        qint64 total = 0;
        for (int k = 1; k < steps; ++k) {
            gaps[size_t(k)] = Day + t.below64(25 * Day);
            total += gaps[size_t(k)];
        }
        const qint64 room = m_now - 600 - created;
        qint64 at = created;
        for (int k = 0; k < steps; ++k) {
            // Squeeze the path into the time left before the anchor, keeping its order.
            at += total > room ? gaps[size_t(k)] * room / std::max<qint64>(1, total)
                               : gaps[size_t(k)];
            m_historyTimes.push_back(at);
        }
        const qint64 end = d.outcome == DealPlan::Open ? m_now : m_historyTimes.back();

        if (!m_products.empty() && r.chance(35)) {
            d.itemCount = quint8(r.range(1, 3));
            static const quint8 discounts[] = {0, 0, 0, 5, 10, 15};
            for (int k = 0; k < d.itemCount; ++k) {
                DealItemPlan &item = d.items[k];
                item.product = quint8(r.below(quint32(m_products.size())));
                item.quantity = quint8(r.range(1, 10));
                item.discount = discounts[r.below(6)];
                d.amountMinor += m_products[item.product].priceMinor * item.quantity
                    * (100 - item.discount) / 100;
            }
        } else {
            d.amountMinor = plainAmount(r);
        }

        d.activities = quint8(r.range(0, 6));
        for (int a = 0; a < d.activities; ++a) {
            Rng ar = rng(DealActivityStream, (quint64(j) << 4) | quint64(a));
            const qint64 when = created + ar.below64(std::max<qint64>(1, end - created));
            d.lastActivity = std::max(d.lastActivity, when);
        }
        if (d.contact >= 0) {
            const size_t c = size_t(d.contact);
            m_firstTouch[c] = std::min(m_firstTouch[c], created);
            m_lastContacted[c] = std::max(m_lastContacted[c], d.lastActivity);
            m_contactDeals[c]
                |= d.outcome == DealPlan::Won ? 2 : (d.outcome == DealPlan::Open ? 1 : 0);
        }
    }
}

void Writer::planContactActivities()
{
    m_contactActivities = m_options.contacts > 0 ? m_options.contacts / 5 : 0;
    for (qint64 k = 0; k < m_contactActivities; ++k) {
        Rng r = rng(ContactActivityStream, quint64(k));
        const size_t c = size_t(r.below64(m_options.contacts));
        const qint64 when = m_start + r.below64(m_now - m_start);
        m_firstTouch[c] = std::min(m_firstTouch[c], when);
        m_lastContacted[c] = std::max(m_lastContacted[c], when);
    }
}

Status Writer::writeDeals()
{
    beginStep(tr("Deals"));
    const Dialect &dialect = m_session.db->dialect();
    BatchInserter deals(
        m_conn, dialect, QStringLiteral("deals"),
        {QStringLiteral("title"), QStringLiteral("pipeline_id"), QStringLiteral("stage_id"),
         QStringLiteral("status"), QStringLiteral("amount_minor"), QStringLiteral("currency"),
         QStringLiteral("expected_close"), QStringLiteral("contact_id"),
         QStringLiteral("company_id"), QStringLiteral("owner_id"), QStringLiteral("source"),
         QStringLiteral("lost_reason_id"), QStringLiteral("stage_entered_at"),
         QStringLiteral("last_activity_at"), QStringLiteral("board_position"),
         QStringLiteral("closed_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
        true);
    BatchInserter history(m_conn, dialect, QStringLiteral("deal_stage_history"),
                          {QStringLiteral("deal_id"), QStringLiteral("from_stage_id"),
                           QStringLiteral("to_stage_id"), QStringLiteral("changed_by"),
                           QStringLiteral("changed_at")});
    BatchInserter items(m_conn, dialect, QStringLiteral("deal_items"),
                        {QStringLiteral("deal_id"), QStringLiteral("product_id"),
                         QStringLiteral("name"), QStringLiteral("quantity"),
                         QStringLiteral("unit_price_minor"), QStringLiteral("discount_pct"),
                         QStringLiteral("position")});
    static const char *const sources[]
        = {"website", "email", "phone", "social", "referral", "event"};
    const QString statuses[]
        = {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")};
    m_dealIds.reserve(m_deals.size());

    deals.setFlushHandler([&](const std::vector<qint64> &ids) -> Status {
        for (qint64 id : ids) {
            const size_t j = m_dealIds.size();
            m_dealIds.push_back(id);
            const DealPlan &d = m_deals[j];
            const PipelineRef &p = m_pipelines[d.pipeline];
            const qint64 by = m_users[d.owner].id;
            const int steps = d.stage + 1 + (d.outcome == DealPlan::Open ? 0 : 1);
            qint64 from = 0;
            for (int k = 0; k < steps; ++k) {
                const qint64 to = k <= d.stage
                    ? p.open[size_t(k)].id
                    : (d.outcome == DealPlan::Won ? p.won.id : p.lost.id);
                history << id << idOrNull(from) << to << by
                        << m_historyTimes[size_t(d.historyOffset + k)];
                if (auto st = history.endRow(); !st)
                    return st;
                from = to;
            }
            for (int k = 0; k < d.itemCount; ++k) {
                const ProductRef &product = m_products[d.items[k].product];
                items << id << product.id << product.name << double(d.items[k].quantity)
                      << product.priceMinor << double(d.items[k].discount) << k;
                if (auto st = items.endRow(); !st)
                    return st;
            }
        }
        return {};
    });

    for (size_t j = 0; j < m_deals.size(); ++j) {
        const DealPlan &d = m_deals[j];
        Rng r = rng(DealStream, quint64(j) + (quint64(1) << 40));
        const PipelineRef &p = m_pipelines[d.pipeline];
        const int steps = d.stage + 1 + (d.outcome == DealPlan::Open ? 0 : 1);
        const qint64 created = m_historyTimes[size_t(d.historyOffset)];
        const qint64 last = m_historyTimes[size_t(d.historyOffset + steps - 1)];
        const qint64 stageId = d.outcome == DealPlan::Open ? p.open[d.stage].id
            : d.outcome == DealPlan::Won                   ? p.won.id
                                                           : p.lost.id;
        const QString kind = QLatin1String(r.pick(kDealKinds));
        const QString title = d.company >= 0
            ? m_companyName[size_t(d.company)] + QStringLiteral(" – ") + kind
            : kind + QStringLiteral(" #%1").arg(j + 1);
        const bool closed = d.outcome != DealPlan::Open;
        const qint64 closeAt = closed ? last : m_now + (7 + r.below64(120)) * Day;
        const QString expected
            = QDateTime::fromSecsSinceEpoch(closeAt, Qt::UTC).date().toString(Qt::ISODate);
        const QVariant lostReason = d.outcome == DealPlan::Lost && !m_lostReasons.empty()
            ? QVariant(r.pick(m_lostReasons))
            : nullInt();
        deals << title << p.id << stageId << statuses[d.outcome] << d.amountMinor
              << (r.chance(85) ? QStringLiteral("EUR") : QStringLiteral("USD")) << expected
              << idOrNull(d.contact >= 0 ? m_contactIds[size_t(d.contact)] : 0)
              << idOrNull(d.company >= 0 ? m_companyIds[size_t(d.company)] : 0)
              << m_users[d.owner].id << QLatin1String(r.pick(sources)) << lostReason << last
              << (d.lastActivity > 0 ? QVariant(d.lastActivity) : nullInt()) << double(j)
              << (closed ? QVariant(last) : nullInt()) << created
              << std::max(last, d.lastActivity);
        if (auto st = deals.endRow(); !st)
            return st;
        if (auto st = tick(4); !st)
            return st;
    }
    for (BatchInserter *b : {&deals, &history, &items}) {
        if (auto st = b->finish(); !st)
            return st;
    }
    m_stats.deals = deals.rows();
    m_stats.stageChanges = history.rows();
    m_stats.otherRows += items.rows();
    endStep(deals.rows() + history.rows() + items.rows());
    return {};
}

Status Writer::writeActivities()
{
    beginStep(tr("Activities"));
    BatchInserter acts(
        m_conn, m_session.db->dialect(), QStringLiteral("activities"),
        {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("occurred_at"),
         QStringLiteral("duration_min"), QStringLiteral("direction"), QStringLiteral("outcome"),
         QStringLiteral("contact_id"), QStringLiteral("company_id"), QStringLiteral("deal_id"),
         QStringLiteral("user_id"), QStringLiteral("created_at")});
    // The time is the first draw of an activity's stream, as in planDeals() and
    // planContactActivities(), so contacts' last_contacted_at matches these rows.
    auto add = [&](Rng &r, qint64 when, qint64 contact, qint64 company, qint64 deal,
                   qint64 user) -> Status {
        const int roll = int(r.below(100));
        const ActivityText &a = kActivities[roll < 40 ? 0 : roll < 70 ? 1 : roll < 85 ? 2 : 3];
        const QString kind = QLatin1String(a.kind);
        const bool call = roll < 40;
        const bool meeting = roll >= 70 && roll < 85;
        acts << kind << QLatin1String(a.subjects[r.below(4)]) << when
             << (call          ? QVariant(r.range(3, 40))
                     : meeting ? QVariant(r.range(30, 120))
                               : nullInt())
             << (roll < 70 ? QVariant(r.chance(70) ? QStringLiteral("out") : QStringLiteral("in"))
                           : nullText())
             << (call ? QVariant(QLatin1String(kOutcomes[r.below(3)])) : nullText())
             << idOrNull(contact) << idOrNull(company) << idOrNull(deal) << user << when;
        if (auto st = acts.endRow(); !st)
            return st;
        return tick();
    };
    for (size_t j = 0; j < m_deals.size(); ++j) {
        const DealPlan &d = m_deals[j];
        const qint64 created = m_historyTimes[size_t(d.historyOffset)];
        const int steps = d.stage + 1 + (d.outcome == DealPlan::Open ? 0 : 1);
        const qint64 end = d.outcome == DealPlan::Open
            ? m_now
            : m_historyTimes[size_t(d.historyOffset + steps - 1)];
        for (int a = 0; a < d.activities; ++a) {
            Rng r = rng(DealActivityStream, (quint64(j) << 4) | quint64(a));
            const qint64 when = created + r.below64(std::max<qint64>(1, end - created));
            if (auto st = add(r, when, d.contact >= 0 ? m_contactIds[size_t(d.contact)] : 0,
                              d.company >= 0 ? m_companyIds[size_t(d.company)] : 0, m_dealIds[j],
                              m_users[d.owner].id);
                !st)
                return st;
        }
    }
    for (qint64 k = 0; k < m_contactActivities; ++k) {
        Rng r = rng(ContactActivityStream, quint64(k));
        const qint64 c = r.below64(m_options.contacts);
        const qint64 when = m_start + r.below64(m_now - m_start);
        const ContactSketch s = sketch(c);
        if (auto st
            = add(r, when, m_contactIds[size_t(c)],
                  s.company >= 0 ? m_companyIds[size_t(s.company)] : 0, 0, m_users[s.owner].id);
            !st)
            return st;
    }
    if (auto st = acts.finish(); !st)
        return st;
    m_stats.activities = acts.rows();
    endStep(acts.rows());
    return {};
}

Status Writer::writeTasks()
{
    beginStep(tr("Tasks"));
    BatchInserter tasks(m_conn, m_session.db->dialect(), QStringLiteral("tasks"),
                        {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("due_at"),
                         QStringLiteral("priority"), QStringLiteral("remind_at"),
                         QStringLiteral("contact_id"), QStringLiteral("company_id"),
                         QStringLiteral("deal_id"), QStringLiteral("assignee_id"),
                         QStringLiteral("creator_id"), QStringLiteral("done_at"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const qint64 count = m_options.deals / 2 + m_options.contacts / 50;
    for (qint64 t = 0; t < count; ++t) {
        Rng r = rng(TaskStream, quint64(t));
        qint64 contact = 0, company = 0, deal = 0;
        quint8 owner = quint8(r.below(quint32(m_users.size())));
        if (!m_deals.empty() && (m_options.contacts == 0 || r.chance(60))) {
            const size_t j = size_t(r.below64(qint64(m_deals.size())));
            const DealPlan &d = m_deals[j];
            deal = m_dealIds[j];
            contact = d.contact >= 0 ? m_contactIds[size_t(d.contact)] : 0;
            company = d.company >= 0 ? m_companyIds[size_t(d.company)] : 0;
            owner = d.owner;
        } else if (m_options.contacts > 0) {
            const qint64 c = r.below64(m_options.contacts);
            const ContactSketch s = sketch(c);
            contact = m_contactIds[size_t(c)];
            company = s.company >= 0 ? m_companyIds[size_t(s.company)] : 0;
            owner = s.owner;
        }
        // 45% done, 20% overdue, 10% due today, 25% coming up.
        const int state = int(r.below(100));
        qint64 due = 0;
        QVariant done = nullInt();
        if (state < 45) {
            due = m_start + r.below64(m_now - m_start - Day);
            const qint64 finished = std::min(m_now - 60, due - Day + r.below64(4 * Day));
            done = std::max(finished, m_start);
        } else if (state < 65) {
            due = m_today - (1 + r.below64(30)) * Day + r.range(8, 18) * 3600;
        } else if (state < 75) {
            due = m_today + r.range(8, 18) * 3600 + r.range(0, 3) * 900;
        } else {
            due = m_today + (1 + r.below64(30)) * Day + r.range(8, 18) * 3600;
        }
        const qint64 created
            = std::min(due, done.isNull() ? due : done.toLongLong()) - (1 + r.below64(10)) * Day;
        const int which = int(r.below(8));
        const qint64 assignee = m_users[owner].id;
        const qint64 creator = r.chance(80) ? assignee : m_users[0].id;
        tasks << QLatin1String(kTasks[which]) << QLatin1String(kTaskKinds[which]) << due
              << r.range(0, 2) << (r.chance(30) ? QVariant(due - 900) : nullInt())
              << idOrNull(contact) << idOrNull(company) << idOrNull(deal) << assignee << creator
              << done << created << (done.isNull() ? created : done.toLongLong());
        if (auto st = tasks.endRow(); !st)
            return st;
        if (auto st = tick(); !st)
            return st;
    }
    if (auto st = tasks.finish(); !st)
        return st;
    m_stats.tasks = tasks.rows();
    endStep(tasks.rows());
    return {};
}

} // namespace kontor::demo
