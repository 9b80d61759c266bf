// Times the kanban board: opening it with 2,000 and 10,000 open deals in one pipeline, saving
// one stage change, and scrolling a column, against a bare SELECT of the same deals measured
// in the same run (the reference). Budgets (DESIGN.md): open under 300 ms; a stage change
// saved under 30 ms.
//
//   QT_QPA_PLATFORM=offscreen bench_board [--db-dir DIR] [--pg URL]
// --pg runs the same table on a PostgreSQL server too (an admin URL; a database is created).
#include "funnel/board_column_model.h"
#include "funnel/board_controller.h"
#include "funnel/board_repository.h"
#include "funnel/board_view.h"
#include "repo/pipeline_repository.h"
#include "session.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace kontor;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

[[noreturn]] void die(const QString &what, const Error &e)
{
    std::fprintf(stderr, "bench_board: %s: %s\n", qPrintable(what), qPrintable(e.toString()));
    std::exit(1);
}

// N open deals spread over the pipeline's open stages (most in the first, like a real
// funnel), with companies, owners, tasks on every other deal and activities on a third.
void seed(const Session &s, const Pipeline &p, int n)
{
    auto conn = s.db->connection();
    Transaction tx(*conn, s.db->dialect());
    SqlStatement q(*conn, QStringLiteral("seed"));
    QList<qint64> open;
    for (const Stage &st : p.stages) {
        if (st.kind == Stage::Kind::Open)
            open << st.id;
    }
    const qint64 now = nowSecs();
    for (int i = 0; i < 50; ++i) {
        if (auto st = q.run(QStringLiteral("INSERT INTO companies (name) VALUES (?)"),
                            {QStringLiteral("Company %1").arg(i)});
            !st)
            die(QStringLiteral("seed"), st.error());
    }
    const char *const currencies[] = {"EUR", "EUR", "EUR", "USD"};
    for (int i = 0; i < n; ++i) {
        const qint64 stage
            = open.at(i % 10 < 4 ? 0 : 1 + (i % open.size() + 1) % (open.size() - 1));
        auto id = q.scalar(
            QStringLiteral(
                "INSERT INTO deals (title, pipeline_id, stage_id, amount_minor, currency,"
                " company_id, owner_id, board_position, stage_entered_at, created_at)"
                " VALUES (?, ?, ?, ?, ?, (SELECT MIN(id) FROM companies) + ?, 1, ?, ?, ?)"
                " RETURNING id"),
            {QStringLiteral("Deal %1 for a customer").arg(i), p.id, stage,
             10000 + (i * 7919) % 5000000, QString::fromLatin1(currencies[i % 4]), i % 50,
             double(i), now - (i % 40) * 86400, now - (i % 40) * 86400});
        if (!id)
            die(QStringLiteral("seed"), id.error());
        q.finish();
        const qint64 deal = id->toLongLong();
        if (i % 2 == 0) {
            q.run(QStringLiteral("INSERT INTO tasks (title, due_at, deal_id) VALUES (?, ?, ?)"),
                  {QStringLiteral("Call back"), now + (i % 20) * 86400, deal});
        }
        if (i % 3 == 0) {
            q.run(QStringLiteral("INSERT INTO activities (kind, occurred_at, deal_id) VALUES"
                                 " ('call', ?, ?)"),
                  {now - (i % 30) * 86400, deal});
        }
    }
    if (auto st = tx.commit(); !st)
        die(QStringLiteral("seed"), st.error());
    // As autovacuum / a long-lived database would have: planner statistics for the new rows.
    SqlStatement analyze(*conn, QStringLiteral("analyze"));
    if (auto st = analyze.run(QStringLiteral("ANALYZE")); !st)
        die(QStringLiteral("analyze"), st.error());
}

struct Row
{
    QString backend;
    int deals = 0;
    double reference = 0, query = 0, open = 0, move = 0, moveShown = 0, scroll = 0;
};

Pipeline makePipeline(const Session &s, int n)
{
    PipelineRepository repo(s);
    auto id = repo.create(QStringLiteral("Bench %1").arg(n),
                          {Stage {0, 0, QStringLiteral("Lead"), 0, 10, Stage::Kind::Open, 14},
                           Stage {0, 0, QStringLiteral("Qualified"), 0, 25, Stage::Kind::Open, 14},
                           Stage {0, 0, QStringLiteral("Proposal"), 0, 50, Stage::Kind::Open, 10},
                           Stage {0, 0, QStringLiteral("Negotiation"), 0, 75, Stage::Kind::Open, 7},
                           Stage {0, 0, QStringLiteral("Won"), 0, 100, Stage::Kind::Won, 0},
                           Stage {0, 0, QStringLiteral("Lost"), 0, 0, Stage::Kind::Lost, 0}});
    if (!id)
        die(QStringLiteral("pipeline"), id.error());
    return *repo.get(*id);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

Row measure(const Session &s, const QString &backend, int n)
{
    Row r;
    r.backend = backend;
    r.deals = n;
    std::fprintf(stderr, "%s, %d deals: seeding\n", qPrintable(backend), n);
    const Pipeline p = makePipeline(s, n);
    seed(s, p, n);
    std::fprintf(stderr, "  measuring\n");
    auto conn = s.db->connection();
    QList<double> ref, query, open, move, moveShown, scroll;
    for (int round = 0; round < 5; ++round) {
        // Reference: the bare rows, no joins, no totals.
        std::fprintf(stderr, "  round %d\n", round);
        QElapsedTimer t;
        t.start();
        SqlStatement q(*conn, QStringLiteral("reference"));
        q.run(QStringLiteral("SELECT id, title, stage_id, amount_minor, currency FROM deals"
                             " WHERE pipeline_id = ? AND status = 'open' AND deleted_at IS NULL"
                             " ORDER BY stage_id, board_position"),
              {p.id});
        int rows = 0;
        while (q.next())
            ++rows;
        ref << ms(t);

        t.restart();
        auto board = BoardRepository(s).load({p.id, 0, 0, {}});
        if (!board)
            die(QStringLiteral("load"), board.error());
        query << ms(t);

        // Opening the board as the user sees it: query, models, widgets, first paint.
        t.restart();
        BoardController controller(s);
        BoardView view(&controller);
        view.resize(1280, 800);
        controller.setFilter({p.id, 0, 0, {}});
        view.show();
        view.grab();
        open << ms(t);

        if (round == 0) {
            // Scrolling the fullest column: 100 steps of a card each, each repainted.
            auto *list = view.findChild<QListView *>(QStringLiteral("columnView"));
            QScrollBar *bar = list->verticalScrollBar();
            t.restart();
            for (int i = 0; i < 100; ++i) {
                bar->setValue(bar->value() + 120);
                list->viewport()->grab(); // paints, also offscreen
            }
            scroll << ms(t) / 100;

            // One stage change saved (history row included), 30 times, card to the next stage.
            const QList<BoardCard> cards = board->columns.first().cards;
            for (int i = 0; i < 30 && i < cards.size(); ++i) {
                t.restart();
                auto st = BoardRepository(s).place(cards.at(i).id, board->columns.at(1).stage.id);
                move << ms(t);
                if (!st)
                    die(QStringLiteral("move"), st.error());
            }
            // The same gesture as the user makes it: the undoable command, the save, and the
            // two touched columns re-read into their models (the board does not reload).
            controller.reload();
            const QList<BoardCard> shown = controller.board().columns.first().cards;
            for (int i = 0; i < 30 && i < shown.size(); ++i) {
                t.restart();
                controller.moveDeal(shown.at(i).id, controller.board().columns.at(1).stage.id);
                moveShown << ms(t);
            }
        }
    }
    r.reference = median(ref);
    r.query = median(query);
    r.open = median(open);
    r.move = median(move);
    r.moveShown = median(moveShown);
    r.scroll = median(scroll);
    return r;
}

void print(const QList<Row> &rows)
{
    std::printf("%-9s %7s %10s %10s %7s %10s %10s %12s %12s\n", "backend", "deals", "ref SELECT",
                "board SQL", "ratio", "open board", "move 1", "move+columns", "scroll/frame");
    for (const Row &r : rows) {
        std::printf("%-9s %7d %8.1fms %8.1fms %6.1fx %8.1fms %8.2fms %10.2fms %10.2fms\n",
                    qPrintable(r.backend), r.deals, r.reference, r.query,
                    r.reference > 0 ? r.query / r.reference : 0.0, r.open, r.move, r.moveShown,
                    r.scroll);
    }
    std::printf(
        "budgets: open board (2,000 deals) < 300 ms; move 1 (stage change saved) < 30 ms\n");
    std::printf(
        "medians of 5 rounds (open) and 30 moves; move+columns = the board's own move (undo\n"
        "command, save, the two touched columns re-read); scroll = 100 repainted steps of 120 px\n");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("pg"), QStringLiteral("PostgreSQL admin URL"), QStringLiteral("URL")});
    parser.process(app);

    QList<Row> rows;
    QTemporaryDir dir;
    for (int n : {2000, 10000}) {
        auto s
            = Session::open(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("b%1.sqlite").arg(n))));
        if (!s)
            die(QStringLiteral("open"), s.error());
        rows << measure(*s, QStringLiteral("sqlite"), n);
    }
    if (parser.isSet(QStringLiteral("pg"))) {
        auto admin = DatabaseUrl::parse(parser.value(QStringLiteral("pg")));
        if (!admin)
            die(QStringLiteral("--pg"), admin.error());
        for (int n : {2000, 10000}) {
            const QString name = QStringLiteral("kontor_bench_")
                + QUuid::createUuid().toString(QUuid::Id128).left(12);
            {
                auto db = Database::open(*admin);
                if (!db)
                    die(QStringLiteral("--pg"), db.error());
                SqlStatement q(*(*db)->connection(), QStringLiteral("create"));
                // The name is generated here, never user input.
                if (auto st = q.run(QStringLiteral("CREATE DATABASE %1").arg(name)); !st)
                    die(QStringLiteral("create database"), st.error());
            }
            auto s = Session::open(
                DatabaseUrl::postgres(admin->user(), admin->host(), admin->port(), name));
            if (!s)
                die(QStringLiteral("open"), s.error());
            rows << measure(*s, QStringLiteral("postgres"), n);
        }
    }
    print(rows);
    return 0;
}
