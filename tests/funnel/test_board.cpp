// The kanban board query: columns, per-currency totals, rotting, next task, filters, order.
#include "funnel_support.h"
#include "test_database.h"

#include "funnel/board_repository.h"
#include "repo/deal_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using namespace kontor::test;

namespace {
constexpr qint64 kDay = 86400;
}

TEST_CASE("Board columns total amounts and weighted amounts per currency", "[board]")
{
    // Given deals in two currencies in "Lead in" (10 %) and one override to 40 %
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const Stage &lead = stageNamed(sales, QStringLiteral("Lead in"));
    const Stage &proposal = stageNamed(sales, QStringLiteral("Proposal sent"));
    addDeal(s, QStringLiteral("A"), lead.id, 100000); // 1000.00 EUR x 10 %
    addDeal(s, QStringLiteral("B"), lead.id, 50005, QStringLiteral("EUR"), 40); // x 40 %
    addDeal(s, QStringLiteral("C"), lead.id, 20000, QStringLiteral("USD"));
    addDeal(s, QStringLiteral("D"), proposal.id, 300000); // x 50 %
    const qint64 won = addDeal(s, QStringLiteral("Closed"), proposal.id, 999999);
    REQUIRE(DealRepository(s).markWon(won).ok());

    // When the board is loaded
    auto board = BoardRepository(s).load({sales.id, 0, 0, {}});
    REQUIRE(board.ok());

    // Then there is one column per open stage, and won / lost stages are drop zones
    CHECK(board->columns.size() == 4);
    CHECK(board->closingStages.size() == 2);
    const BoardColumn &leadColumn = columnOf(*board, lead.id);
    CHECK(leadColumn.count == 3);
    REQUIRE(leadColumn.totals.size() == 2); // EUR and USD, never added together
    const CurrencyTotal *eur = totalIn(leadColumn.totals, QStringLiteral("EUR"));
    REQUIRE(eur);
    CHECK(eur->amountMinor == 150005);
    // 100000 x 10 % + 50005 x 40 % = 10000 + 20002 (20002.0 exactly)
    CHECK(eur->weightedMinor == 30002);
    CHECK(eur->count == 2);
    const CurrencyTotal *usd = totalIn(leadColumn.totals, QStringLiteral("USD"));
    REQUIRE(usd);
    CHECK(usd->amountMinor == 20000);
    CHECK(usd->weightedMinor == 2000);

    // The won deal is off the board; the proposal column weights at 50 %
    const BoardColumn &proposalColumn = columnOf(*board, proposal.id);
    CHECK(proposalColumn.count == 1);
    CHECK(totalIn(proposalColumn.totals, QStringLiteral("EUR"))->weightedMinor == 150000);
    // The board's own totals stay per currency too
    CHECK(totalIn(board->totals, QStringLiteral("EUR"))->amountMinor == 450005);
    CHECK(totalIn(board->totals, QStringLiteral("USD"))->amountMinor == 20000);
    CHECK(leadColumn.cards.at(1).probability == 40);
    CHECK(leadColumn.cards.at(0).probability == 10);
}

TEST_CASE("Weighted totals round once, half up, after summing", "[board]")
{
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    // 3 x (5 cents x 10 %) = 1.5 cents: rounding each deal would give 0 or 3, the sum gives 2
    for (int i = 0; i < 3; ++i)
        addDeal(s, QStringLiteral("Tiny %1").arg(i), lead, 5);
    auto board = BoardRepository(s).load({sales.id, 0, 0, {}});
    REQUIRE(board.ok());
    CHECK(columnOf(*board, lead).totals.first().weightedMinor == 2);
}

TEST_CASE("Deals idle past their stage's rot days are flagged; activity resets the clock",
          "[board][rotting]")
{
    // Given "Lead in" rots after 14 idle days and "Negotiation" after 7
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const Stage &lead = stageNamed(sales, QStringLiteral("Lead in"));
    REQUIRE(lead.rotDays == 14);
    const qint64 now = 1790000000;
    const qint64 stale = addDeal(s, QStringLiteral("Stale"), lead.id, 100, QStringLiteral("EUR"),
                                 -1, now - 20 * kDay);
    const qint64 fresh = addDeal(s, QStringLiteral("Fresh"), lead.id, 100, QStringLiteral("EUR"),
                                 -1, now - 13 * kDay);
    const qint64 called = addDeal(s, QStringLiteral("Called"), lead.id, 100, QStringLiteral("EUR"),
                                  -1, now - 30 * kDay);
    const qint64 noted = addDeal(s, QStringLiteral("Noted"), lead.id, 100, QStringLiteral("EUR"),
                                 -1, now - 30 * kDay);
    // An activity (a call) two days ago, and a note logged through last_activity_at
    exec(s,
         QStringLiteral("INSERT INTO activities (kind, occurred_at, deal_id)"
                        " VALUES ('call', ?, ?)"),
         {now - 2 * kDay, called});
    exec(s, QStringLiteral("UPDATE deals SET last_activity_at = ? WHERE id = ?"),
         {now - kDay, noted});

    auto board = BoardRepository(s).load({sales.id, 0, 0, {}}, now);
    REQUIRE(board.ok());
    QMap<qint64, BoardCard> cards;
    for (const BoardCard &c : columnOf(*board, lead.id).cards)
        cards.insert(c.id, c);
    CHECK(cards.value(stale).rotting);
    CHECK_FALSE(cards.value(fresh).rotting);
    CHECK_FALSE(cards.value(called).rotting);
    CHECK(cards.value(called).idleSince.toSecsSinceEpoch() == now - 2 * kDay);
    CHECK_FALSE(cards.value(noted).rotting);
    CHECK(cards.value(stale).daysInStage(QDateTime::fromSecsSinceEpoch(now, Qt::UTC)) == 20);

    // A deleted activity does not count, and a stage without rot days never rots
    exec(s, QStringLiteral("UPDATE activities SET deleted_at = ?"), {now});
    board = BoardRepository(s).load({sales.id, 0, 0, {}}, now);
    for (const BoardCard &c : columnOf(*board, lead.id).cards) {
        if (c.id == called)
            CHECK(c.rotting);
    }
    exec(s, QStringLiteral("UPDATE stages SET rot_days = NULL WHERE id = ?"), {lead.id});
    board = BoardRepository(s).load({sales.id, 0, 0, {}}, now);
    for (const BoardCard &c : columnOf(*board, lead.id).cards)
        CHECK_FALSE(c.rotting);

    // A stage change restarts the clock
    exec(s, QStringLiteral("UPDATE stages SET rot_days = 14 WHERE id = ?"), {lead.id});
    const qint64 qualified = stageNamed(sales, QStringLiteral("Qualified")).id;
    REQUIRE(DealRepository(s).moveToStage(stale, qualified).ok());
    board = BoardRepository(s).load({sales.id, 0, 0, {}});
    CHECK_FALSE(columnOf(*board, qualified).cards.first().rotting);
}

TEST_CASE("Each card shows its deal's next open task, or none", "[board]")
{
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 busy = addDeal(s, QStringLiteral("Busy"), lead, 100);
    const qint64 idle = addDeal(s, QStringLiteral("Idle"), lead, 100);
    const QString insert = QStringLiteral("INSERT INTO tasks (title, due_at, deal_id, done_at)"
                                          " VALUES (?, ?, ?, ?)");
    const QVariant notDone(QMetaType::fromType<qint64>());
    exec(s, insert, {QStringLiteral("Undated"), notDone, busy, notDone});
    exec(s, insert, {QStringLiteral("Send the offer"), 1800000000, busy, notDone});
    exec(s, insert, {QStringLiteral("Done already"), 1700000000, busy, 1700000100});
    exec(s, insert, {QStringLiteral("Later call"), 1800500000, busy, notDone});
    exec(s, insert, {QStringLiteral("Finished"), 1700000000, idle, 1700000100});

    auto board = BoardRepository(s).load({sales.id, 0, 0, {}});
    REQUIRE(board.ok());
    const BoardColumn &column = columnOf(*board, lead);
    REQUIRE(column.cards.size() == 2);
    CHECK(column.cards.at(0).nextTaskTitle == QStringLiteral("Send the offer"));
    CHECK(column.cards.at(0).nextTaskDue.toSecsSinceEpoch() == 1800000000);
    CHECK(column.cards.at(1).nextTaskTitle.isEmpty());
}

TEST_CASE("The board filters by owner, tag and text, and totals follow the filter", "[board]")
{
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    exec(s,
         QStringLiteral("INSERT INTO users (login, display_name)"
                        " VALUES ('anna', 'Anna Berg')"));
    const qint64 mine = addDeal(s, QStringLiteral("Licences for Paja Oy"), lead, 1000);
    const qint64 hers = addDeal(s, QStringLiteral("Support for Duka"), lead, 2000);
    exec(s,
         QStringLiteral("UPDATE deals SET owner_id = (SELECT id FROM users WHERE login = 'anna')"
                        " WHERE id = ?"),
         {hers});
    exec(s, QStringLiteral("INSERT INTO tags (name) VALUES ('VIP')"));
    exec(s, QStringLiteral("INSERT INTO deal_tags (deal_id, tag_id) SELECT ?, id FROM tags"),
         {mine});

    BoardRepository repo(s);
    BoardFilter f {sales.id, s.userId, 0, {}};
    auto board = repo.load(f);
    REQUIRE(board.ok());
    CHECK(cardIds(columnOf(*board, lead)) == QList<qint64> {mine});
    CHECK(columnOf(*board, lead).totals.first().amountMinor == 1000);

    f = BoardFilter {sales.id, 0, 0, QStringLiteral("duka")}; // any case, inside the title
    CHECK(cardIds(columnOf(*repo.load(f), lead)) == QList<qint64> {hers});
    f = BoardFilter {sales.id, 0, 0, QStringLiteral("50%")}; // LIKE wildcards are literal
    CHECK(columnOf(*repo.load(f), lead).cards.isEmpty());
    f = BoardFilter {sales.id, 0, 1, {}};
    CHECK(cardIds(columnOf(*repo.load(f), lead)) == QList<qint64> {mine});
    CHECK(columnOf(*repo.load(f), lead).count == 1);
    CHECK(columnOf(*repo.load(BoardFilter {sales.id, 0, 0, {}}), lead).cards.at(1).ownerInitials()
          == QStringLiteral("AB"));
}

TEST_CASE("Cards keep their order within a column, however often they are dropped",
          "[board][order]")
{
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << addDeal(s, QStringLiteral("Deal %1").arg(i), lead, 100);
    BoardRepository repo(s);
    auto order = [&] { return cardIds(columnOf(*repo.load({sales.id, 0, 0, {}}), lead)); };
    REQUIRE(order() == ids);

    // Drop the last card before the first, then the first at the end
    REQUIRE(repo.place(ids[3], lead, ids[0]).ok());
    CHECK(order() == QList<qint64> {ids[3], ids[0], ids[1], ids[2]});
    REQUIRE(repo.place(ids[3], lead, 0).ok());
    CHECK(order() == ids);
    CHECK(*repo.nextInColumn(ids[1]) == ids[2]);
    CHECK(*repo.nextInColumn(ids[3]) == 0);

    // Sixty drops into the same gap exhaust a double's halving; the column renumbers itself
    for (int i = 0; i < 60; ++i) {
        const qint64 mover = (i % 2) ? ids[2] : ids[3];
        REQUIRE(repo.place(mover, lead, ids[1]).ok());
        const QList<qint64> now = order();
        REQUIRE(now.indexOf(mover) == now.indexOf(ids[1]) - 1);
    }
    CHECK(order().size() == 4);
    // Reordering inside a column is not a stage change: no history rows
    CHECK(DealRepository(s).history(ids[2])->size() == 1);
    // A card dropped before a card of another column is refused
    const qint64 other = stageNamed(sales, QStringLiteral("Qualified")).id;
    const qint64 elsewhere = addDeal(s, QStringLiteral("Elsewhere"), other, 100);
    CHECK_FALSE(repo.place(ids[0], lead, elsewhere).ok());
}
