// The deal list's queries: totals per currency, the board's text filter, SQL sorts that page
// through NULLs. On SQLite and PostgreSQL.
#include "funnel_support.h"
#include "test_database.h"

#include "repo/deal_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

TEST_CASE("Deal list totals are per currency, with weighted amounts", "[deals list]")
{
    // Given EUR and USD deals in "Lead in" (10 %) and one EUR deal at its own 80 %
    TestDatabase t;
    Session s = t.session();
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    addDeal(s, QStringLiteral("A"), lead, 100000);
    addDeal(s, QStringLiteral("B"), lead, 50001, QStringLiteral("EUR"), 80);
    addDeal(s, QStringLiteral("C"), lead, 20000, QStringLiteral("USD"));
    const DealRepository deals(s);

    // When the open deals are summed
    DealQuery q;
    q.status = QStringLiteral("open");
    auto totals = deals.totals(q);
    REQUIRE(totals.ok());

    // Then euros and dollars are never added together
    REQUIRE(totals->size() == 2);
    const CurrencyTotal *eur = totalIn(*totals, QStringLiteral("EUR"));
    const CurrencyTotal *usd = totalIn(*totals, QStringLiteral("USD"));
    REQUIRE(eur);
    REQUIRE(usd);
    CHECK(eur->count == 2);
    CHECK(eur->amountMinor == 150001);
    // 1,000.00 x 10 % + 500.01 x 80 % = 100.00 + 400.008 -> 500.01
    CHECK(eur->weightedMinor == 50001);
    CHECK(usd->amountMinor == 20000);
    CHECK(usd->weightedMinor == 2000);

    // A filter narrows the totals too
    q.anywhere = QStringLiteral("c");
    totals = deals.totals(q);
    REQUIRE(totals->size() == 1);
    CHECK(totals->first().currency == QStringLiteral("USD"));
}

TEST_CASE("Deal list sorts in SQL and pages through deals without a company or date",
          "[deals list]")
{
    // Given 7 deals, some without an expected close date
    TestDatabase t;
    Session s = t.session();
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const DealRepository deals(s);
    for (int i = 0; i < 7; ++i) {
        const qint64 id = addDeal(s, QStringLiteral("Deal %1").arg(i), lead, 1000 * (7 - i));
        if (i % 2 == 0) {
            Deal d = *deals.get(id);
            d.expectedClose = QDate(2027, 1, 10 - i);
            REQUIRE(deals.update(d).ok());
        }
    }

    // When the list is read in pages of 2 by expected close, then by company
    for (const auto sort : {DealQuery::Sort::ExpectedClose, DealQuery::Sort::Company,
                            DealQuery::Sort::Amount, DealQuery::Sort::Stage}) {
        DealQuery q;
        q.sort = sort;
        QList<Deal> all;
        PageRequest page {2, {}};
        for (int guard = 0; guard < 10; ++guard) {
            auto p = deals.list(q, page);
            REQUIRE(p.ok());
            all += p->items;
            if (!p->hasMore)
                break;
            page.after = p->nextAfter;
        }
        // Then every deal comes exactly once
        REQUIRE(all.size() == 7);
        if (sort == DealQuery::Sort::ExpectedClose) {
            // dated deals first, earliest first; then the undated ones
            CHECK(all.at(0).expectedClose == QDate(2027, 1, 4));
            CHECK(all.at(3).expectedClose == QDate(2027, 1, 10));
            CHECK_FALSE(all.at(4).expectedClose.isValid());
        }
        if (sort == DealQuery::Sort::Amount) {
            CHECK(all.first().amountMinor == 1000);
            CHECK(all.last().amountMinor == 7000);
        }
    }
}

TEST_CASE("Deal list: open deals with no next step, as the board flags them", "[deals list]")
{
    // Given three open deals: one with an open task, one whose only task is done, one bare;
    // and a won deal without tasks
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 planned = addDeal(s, QStringLiteral("Planned"), lead, 1000);
    const qint64 doneOnly = addDeal(s, QStringLiteral("Done only"), lead, 1000);
    const qint64 bare = addDeal(s, QStringLiteral("Bare"), lead, 1000);
    const qint64 won = addDeal(s, QStringLiteral("Won one"), lead, 1000);
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    REQUIRE(q.run(QStringLiteral("INSERT INTO tasks (title, deal_id) VALUES ('Call', ?)"), {planned}).ok());
    REQUIRE(q.run(QStringLiteral("INSERT INTO tasks (title, deal_id, done_at) VALUES ('Sent', ?, 1)"),
                  {doneOnly})
                .ok());
    REQUIRE(q.run(QStringLiteral("UPDATE deals SET status = 'won' WHERE id = ?"), {won}).ok());

    // When the list asks for deals without a next step
    DealQuery query;
    query.withoutNextStep = true;
    query.sort = DealQuery::Sort::Title;
    auto page = DealRepository(s).list(query);
    REQUIRE(page.ok());

    // Then it shows the two open deals with nothing planned, nothing else
    QList<qint64> ids;
    for (const Deal &d : page->items)
        ids << d.id;
    CHECK(ids == (QList<qint64> {bare, doneOnly}));
}
