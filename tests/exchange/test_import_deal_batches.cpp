// A deals import writes its new deals in batches (core/import/deal_batch.*): it must leave the
// same base as writing them one by one (ImportOptions::rowByRow), whatever the file repeats,
// whichever policy and keys match its rows. What a user would notice if it went wrong: a deal
// created twice instead of matched, a deal at another place on the board, missing stage
// history or funnel stays, custom values or external ids lost, an audit trail or undo record
// that differs, an undo that leaves something behind; or a batch the database refuses that
// does not name its row, or saves half of the import.
#include "import/import_job.h"

#include "customfields/custom_field_repository.h"
#include "repo/audit.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"
#include "import_dump.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <functional>

using namespace kontor;
using namespace kontor::importing;

namespace {

QString rowsOf(const Session &s, const char *sql)
{
    QString rows = test::queryDump(s, {sql});
    rows.chop(3); // "--\n"
    return rows;
}

void run(const Session &s, const QString &sql)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    INFO(sql.toStdString());
    REQUIRE(q.run(sql).ok());
}

qint64 stageId(const Session &s, const QString &name)
{
    auto pipelines = PipelineRepository(s).list();
    REQUIRE(pipelines.ok());
    for (const Pipeline &p : std::as_const(*pipelines)) {
        for (const Stage &st : p.stages) {
            if (st.name == name)
                return st.id;
        }
    }
    FAIL("no stage " << name.toStdString());
    return 0;
}

// The company a file's deal number n is at: none, a seeded one in two spellings, or one of
// 400 the import creates (each at the first row that names it).
QString companyOf(int n)
{
    switch (n % 3) {
    case 0:
        return {};
    case 1:
        return (n % 2 ? QStringLiteral("ACME %1") : QStringLiteral("Acme %1")).arg(n % 5);
    default:
        return QStringLiteral("NewCo %1").arg(n % 400);
    }
}

// 50 contacts, companies Acme 0..4, a second pipeline, deal fields Region (text) and Score
// (number), and 15 deals the file names again (by title and company, some by external id),
// some of them moved on the board to positions between two others.
void seed(const Session &s)
{
    for (int i = 0; i < 50; ++i) {
        Contact c;
        c.firstName = QStringLiteral("C%1").arg(i);
        c.emails = {{0, QStringLiteral("work"), QStringLiteral("c%1@example.com").arg(i)}};
        REQUIRE(ContactRepository(s).create(c).ok());
    }
    QHash<QString, qint64> companies;
    for (int i = 0; i < 5; ++i) {
        Company c;
        c.name = QStringLiteral("Acme %1").arg(i);
        auto id = CompanyRepository(s).create(c);
        REQUIRE(id.ok());
        companies.insert(c.name.toLower(), *id);
    }
    Stage intro, signed_, dropped;
    intro.name = QStringLiteral("Intro");
    signed_.name = QStringLiteral("Signed");
    signed_.kind = Stage::Kind::Won;
    dropped.name = QStringLiteral("Dropped");
    dropped.kind = Stage::Kind::Lost;
    REQUIRE(PipelineRepository(s).create(QStringLiteral("Partners"), {intro, signed_, dropped}).ok());
    CustomField region;
    region.entity = QStringLiteral("deal");
    region.name = QStringLiteral("Region");
    REQUIRE(CustomFieldRepository(s).addField(region).ok());
    CustomField score = region;
    score.name = QStringLiteral("Score");
    score.kind = CustomField::Kind::Number;
    REQUIRE(CustomFieldRepository(s).addField(score).ok());
    const QStringList stages {QStringLiteral("Lead in"), QStringLiteral("Qualified"), QStringLiteral("Won"),
                              QStringLiteral("Intro")};
    int seeded = 0;
    for (int n = 0; seeded < 15; n += 97) {
        if (n % 3 == 2)
            continue; // its company is one the import creates
        Deal d;
        d.title = QStringLiteral("Deal %1").arg(n);
        d.stageId = stageId(s, stages.at(seeded % 4));
        d.companyId = companies.value(companyOf(n).toLower());
        d.amountMinor = n % 2 ? 0 : 5000;
        auto id = DealRepository(s).create(d);
        REQUIRE(id.ok());
        if (n % 4 == 0)
            run(s, QStringLiteral("UPDATE deals SET external_id = 'EXT-%1' WHERE id = %2").arg(n).arg(*id));
        ++seeded;
    }
    run(s, QStringLiteral("UPDATE deals SET board_position = board_position + 0.5 WHERE id % 3 = 0"));
}

// 2,800 rows: deals of several pipelines' stages, won, lost with and without a reason,
// amounts in two currencies, contacts by e-mail, companies seeded and new; titles repeated
// in the same batch and from earlier batches (some with another external id, so another
// deal), Kontor IDs of seeded deals, of deals created earlier in the file and of none;
// custom values, one of a field the import creates, some not numbers in a number field
// (rejected); and rows with problems.
QString dealsFile(qint64 firstId, qint64 lastSeededId)
{
    QString text = QStringLiteral("ID,External ID,Title,Pipeline,Stage,Status,Lost reason,Amount,Currency,"
                                  "Contact email,Company,Expected close,Region,Score,Territory\n");
    for (int i = 0; i < 2800; ++i) {
        int n = i < 2300 ? i : (i - 2300) * 4; // from 2300 on: deals of earlier batches
        if (i < 2300 && i % 50 == 7)
            n = i - 3; // a deal of the same batch
        QString id;
        if (i % 400 == 100)
            id = QString::number(lastSeededId + i * 19 / 20 - 10); // a deal created a few rows before
        else if (i % 400 == 200)
            id = QString::number(firstId + 2);
        else if (i % 400 == 300)
            id = QString::number(lastSeededId + 5000 + i); // no such deal
        QString external = n % 4 == 0 ? QStringLiteral("EXT-%1").arg(n) : QString();
        if (i % 250 == 57)
            external = QStringLiteral("OTHER-%1").arg(i);
        const QString title = (i % 2 ? QStringLiteral("Deal %1") : QStringLiteral("DEAL %1")).arg(n);
        QString pipeline, stage, status, reason;
        switch (i % 9) {
        case 0: stage = QStringLiteral("Lead in"); break;
        case 1: pipeline = QStringLiteral("Sales"); stage = QStringLiteral("Qualified"); break;
        case 2: stage = QStringLiteral("Proposal sent"); status = QStringLiteral("open"); break;
        case 3: stage = QStringLiteral("Won"); break;
        case 4: // a move there without a reason is refused (the row is rejected)
            stage = QStringLiteral("Lost");
            reason = i % 2 ? QString() : QStringLiteral("Price too high");
            break;
        case 5: pipeline = QStringLiteral("Partners"); stage = QStringLiteral("Intro"); break;
        case 6: pipeline = QStringLiteral("Partners"); stage = QStringLiteral("Signed"); status = QStringLiteral("won"); break;
        case 7: status = QStringLiteral("lost"); reason = QStringLiteral("No budget"); break;
        default: break; // the first pipeline's first open stage
        }
        if (i % 97 == 11)
            stage = QStringLiteral("Closing"); // no such stage
        const QString amount = n % 5 == 0 ? QString() : QStringLiteral("%1.50").arg(n * 3);
        const QString currency = i % 3 == 0 ? QStringLiteral("USD") : i % 3 == 1 ? QStringLiteral("EUR") : QString();
        QString email;
        if (i % 211 == 13)
            email = QStringLiteral("nobody%1@example.com").arg(i); // no such contact
        else if (n % 5 != 0)
            email = (i % 2 ? QStringLiteral("c%1@example.com") : QStringLiteral("C%1@Example.com")).arg(n % 50);
        // By row rather than by deal: a deal's later rows fill in what its first one left empty.
        const QString close = i % 4 == 1 ? QString() : QStringLiteral("2027-%1-15").arg(1 + n % 12, 2, 10, QLatin1Char('0'));
        const QString region = i % 6 == 0 ? QStringLiteral("North %1").arg(n % 3) : QString();
        QString score = n % 9 == 0 ? QString::number(n % 100) : QString();
        if (i % 313 == 5)
            score = QStringLiteral("abc"); // not a number: rejected
        const QString territory = i % 500 == 1 ? QStringLiteral("T%1").arg(i) : QString();
        text += QStringList {id, external, title, pipeline, stage, status, reason, amount, currency, email,
                             companyOf(n), close, region, score, territory}
                    .join(QLatin1Char(','))
                + QLatin1Char('\n');
    }
    return text;
}

// Clock values of records and before-values: not compared across two bases built a second
// apart (their relations are checked within one base, see clockProblems()).
QString withoutClock(QString dump)
{
    static const QRegularExpression clock(QStringLiteral("\"(updated_at|stage:stage_entered_at|stage:closed_at)\":\\d+"));
    return dump.replace(clock, QStringLiteral("\"\\1\":T"));
}

// Everything the import writes, ids included (both ways give the same ones), clocks left out.
QString contentDump(const Session &s)
{
    QString out;
    for (const char *sql : {
             "SELECT id, title, title_fold, pipeline_id, stage_id, status, amount_minor, currency, probability,"
             " expected_close, contact_id, company_id, owner_id, source, lost_reason_id, notes, board_position,"
             " external_id, closed_at IS NULL, deleted_at FROM deals ORDER BY id",
             "SELECT id, deal_id, from_stage_id, to_stage_id, changed_by FROM deal_stage_history ORDER BY id",
             "SELECT history_id, deal_id, stage_id, left_at IS NULL FROM deal_stage_stays ORDER BY history_id",
             "SELECT id, name, name_fold, deleted_at FROM companies ORDER BY id",
             "SELECT id, entity, name, kind FROM custom_fields ORDER BY id",
             "SELECT field_id, entity_id, value FROM custom_values ORDER BY field_id, entity_id",
             // In each record's order: a batch writes its audit and undo rows together.
             "SELECT user_id, entity, entity_id, action, changes FROM audit_log ORDER BY entity, entity_id, id",
             "SELECT entity, entity_id, action, before_values, source_row FROM import_batch_items"
             " ORDER BY entity, entity_id, id",
         })
        out += rowsOf(s, sql) + QStringLiteral("--\n");
    out += s.db->dialect().isSqlite() ? rowsOf(s, "SELECT rowid, title FROM deal_fts ORDER BY rowid")
                                      : rowsOf(s, "SELECT deal_id, body FROM deal_search ORDER BY deal_id");
    return withoutClock(out);
}

// The times one base's import wrote, against each other: a deal's creation, its first history
// row, the time it entered its stage, closed and changed; the stays against the history.
// Empty when all agree.
QString clockProblems(const Session &s)
{
    return rowsOf(s, "SELECT 'history', d.id FROM deals d JOIN deal_stage_history h ON h.deal_id = d.id"
                     " WHERE h.from_stage_id IS NULL AND h.changed_at <> d.created_at")
           + rowsOf(s, "SELECT 'never moved', d.id FROM deals d WHERE NOT EXISTS (SELECT 1 FROM deal_stage_history h"
                       " WHERE h.deal_id = d.id AND h.from_stage_id IS NOT NULL) AND (d.stage_entered_at <> d.created_at"
                       " OR (d.status = 'open') <> (d.closed_at IS NULL) OR d.closed_at <> d.created_at)")
           + rowsOf(s, "SELECT 'never changed', d.id FROM deals d WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
                       " WHERE a.entity = 'deal' AND a.entity_id = d.id AND a.action IN ('update', 'move'))"
                       " AND d.updated_at <> d.created_at")
           + rowsOf(s, "SELECT 'stay', y.history_id FROM deal_stage_stays y JOIN deal_stage_history h ON h.id = y.history_id"
                       " WHERE y.entered_at <> h.changed_at OR COALESCE(y.seconds, -1) <> COALESCE(y.left_at - y.entered_at, -1)")
           + rowsOf(s, "SELECT 'board', stage_id, board_position FROM deals GROUP BY stage_id, board_position"
                       " HAVING COUNT(*) > 1");
}

// What undo must put back exactly, the clocks included (one base).
QString undoDump(const Session &s)
{
    return test::importDump(s)
           + rowsOf(s, "SELECT id, title_fold, board_position, external_id, stage_entered_at, closed_at, created_at"
                       " FROM deals ORDER BY id")
           + rowsOf(s, "SELECT history_id, deal_id, stage_id, entered_at, left_at, seconds FROM deal_stage_stays"
                       " ORDER BY history_id")
           + rowsOf(s, "SELECT id, changed_by FROM deal_stage_history ORDER BY id");
}

struct DealsImported
{
    ImportSummary summary;
    QString content, clocks;
    bool undoneExactly = false;
};

DealsImported importDeals(bool rowByRow, const QList<MatchKey> &match, DuplicatePolicy policy)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString before = undoDump(s);
    const QString file = tdb.tempPath(QStringLiteral("deals.csv"));
    test::writeFile(file, dealsFile(test::sqlValue(s, QStringLiteral("SELECT MIN(id) FROM deals")).toLongLong(),
                                    test::sqlValue(s, QStringLiteral("SELECT MAX(id) FROM deals")).toLongLong()));
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("id"),           QStringLiteral("external_id"),   QStringLiteral("title"),
                      QStringLiteral("pipeline"),     QStringLiteral("stage"),         QStringLiteral("status"),
                      QStringLiteral("lost_reason"),  QStringLiteral("amount"),        QStringLiteral("currency"),
                      QStringLiteral("contact_email"), QStringLiteral("company"),      QStringLiteral("expected_close"),
                      QStringLiteral("custom:Region"), QStringLiteral("custom:Score"), QStringLiteral("custom:Territory")};
    options.mapping = mapping;
    options.match = match;
    options.onDuplicate = policy;
    options.rowByRow = rowByRow;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    DealsImported out;
    out.summary = *result;
    out.content = contentDump(s);
    out.clocks = clockProblems(s);
    if (s.db->dialect().isSqlite()) {
        CHECK(rowsOf(s, "PRAGMA integrity_check") == QStringLiteral("ok|\n"));
        CHECK(rowsOf(s, "PRAGMA foreign_key_check").isEmpty());
    }
    // Every new deal has the short audit row of an imported record, naming the batch and the
    // file row ("Deal 2298" is on line 2300: the header is line 1), and an undo record.
    CHECK(test::sqlValue(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'deal' AND action = ?"),
                         {QLatin1String(audit::kImportedAction)})
              .toLongLong()
          == result->created);
    CHECK(test::sqlValue(s, QStringLiteral("SELECT COUNT(*) FROM import_batch_items WHERE entity = 'deal'"
                                           " AND action = 'created'"))
              .toLongLong()
          == result->created);
    CHECK(test::sqlValue(s, QStringLiteral("SELECT a.changes FROM audit_log a JOIN deals d ON a.entity = 'deal'"
                                           " AND a.entity_id = d.id WHERE d.title = 'DEAL 2298'"))
              .toString()
              .toStdString()
          == audit::importedText(result->batch, 2300).toStdString());
    REQUIRE(undoImport(s, result->batch).ok());
    out.undoneExactly = undoDump(s) == before;
    return out;
}

} // namespace

TEST_CASE("A deals import writes new deals in batches exactly as one by one", "[import][storage][deals]")
{
    const QList<MatchKey> byDefault; // Kontor ID, then title + company; External ID first as mapped
    const struct
    {
        QList<MatchKey> match;
        DuplicatePolicy policy;
    } cases[] = {
        {byDefault, DuplicatePolicy::Skip},
        {byDefault, DuplicatePolicy::Update},
        {byDefault, DuplicatePolicy::FillEmpty},
        {byDefault, DuplicatePolicy::Create},
        {{MatchKey::Name}, DuplicatePolicy::Update},
        {{MatchKey::ExternalId}, DuplicatePolicy::Skip},
    };
    for (const auto &c : cases) {
        INFO("match " << c.match.size() << ", policy " << int(c.policy));
        const DealsImported batched = importDeals(false, c.match, c.policy);
        const DealsImported oneByOne = importDeals(true, c.match, c.policy);
        CHECK(batched.summary.created == oneByOne.summary.created);
        CHECK(batched.summary.updated == oneByOne.summary.updated);
        CHECK(batched.summary.skipped == oneByOne.summary.skipped);
        CHECK(batched.summary.rejected == oneByOne.summary.rejected);
        CHECK(batched.summary.rejected > 40); // bad stages, unknown contacts, scores that are no numbers
        CHECK(batched.summary.created > 1500);
        if (c.policy == DuplicatePolicy::Create)
            CHECK(batched.summary.created + batched.summary.rejected == 2800);
        else if (c.policy == DuplicatePolicy::Skip)
            CHECK(batched.summary.skipped > 400);
        else // many rows that move a deal are refused (another pipeline, lost without a reason)
            CHECK(batched.summary.updated > (c.policy == DuplicatePolicy::Update ? 250 : 100));
        CHECK(batched.content == oneByOne.content);
        CHECK(batched.clocks.isEmpty());
        CHECK(oneByOne.clocks.isEmpty());
        CHECK(batched.undoneExactly);
        CHECK(oneByOne.undoneExactly);
    }
}

TEST_CASE("A batch of deals the database refuses names the row and saves nothing", "[import][storage][deals]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    // An index a DBA might add, which Kontor's own checks know nothing of: one deal per source.
    run(s, QStringLiteral("CREATE UNIQUE INDEX test_one_per_source ON deals (source)"));
    const QString before = undoDump(s);
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    ImportMapping mapping;
    mapping.fields = {QStringLiteral("external_id"), QStringLiteral("title"), QStringLiteral("company"),
                      QStringLiteral("source"), QStringLiteral("custom:Region")};
    options.mapping = mapping;
    // In the first batch, and in the second after the first was written.
    for (int repeatAt : {30, 1100}) {
        INFO("repeat at " << repeatAt);
        QString text = QStringLiteral("External ID,Title,Company,Source,Region\n");
        for (int i = 0; i < 1200; ++i)
            text += QStringLiteral("X-%1,Order %1,%2,Source %3,R%1\n").arg(i).arg(companyOf(i)).arg(i == repeatAt ? 1 : i);
        const QString file = tdb.tempPath(QStringLiteral("refused.csv"));
        test::writeFile(file, text);
        auto result = runImport(s, file, options);
        REQUIRE_FALSE(result.ok());
        const QString message = result.error().toString();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("row %1").arg(repeatAt + 2)));
        CHECK(undoDump(s) == before);
        auto history = listImports(s);
        REQUIRE(history.ok());
        CHECK(history->isEmpty());
    }
}

namespace {

// Imports `text` (columns ID, External ID, Title, Company, Amount) into a base that already
// has 1,200 "Filler" deals and Alpha, Beta, Gamma, then undoes it.
DealsImported importUpdates(bool rowByRow, const QList<MatchKey> &match, DuplicatePolicy policy,
                            const std::function<QString(const Session &)> &fileOf)
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    QString fillers = QStringLiteral("Title,Company,Amount\n");
    for (int i = 0; i < 1200; ++i)
        fillers += QStringLiteral("Filler %1,%2,%3\n").arg(i).arg(companyOf(i)).arg(i + 1);
    for (const char *title : {"Alpha", "Beta", "Gamma"})
        fillers += QLatin1String(title) + QStringLiteral(",,1\n");
    const QString fillerFile = tdb.tempPath(QStringLiteral("fillers.csv"));
    test::writeFile(fillerFile, fillers);
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    REQUIRE(runImport(s, fillerFile, options).ok());

    const QString before = undoDump(s);
    const QString file = tdb.tempPath(QStringLiteral("updates.csv"));
    test::writeFile(file, fileOf(s));
    ImportMapping mapping;
    mapping.fields
        = {QStringLiteral("id"),      QStringLiteral("external_id"), QStringLiteral("title"),
           QStringLiteral("company"), QStringLiteral("amount"),      QStringLiteral("stage")};
    options.mapping = mapping;
    options.match = match;
    options.onDuplicate = policy;
    options.rowByRow = rowByRow;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    DealsImported out;
    out.summary = *result;
    out.content = contentDump(s);
    out.clocks = clockProblems(s);
    REQUIRE(undoImport(s, result->batch).ok());
    out.undoneExactly = undoDump(s) == before;
    return out;
}

} // namespace

TEST_CASE("Deal updates in batches match later rows as one by one", "[import][storage][deals]")
{
    // Rows that update a deal (by Kontor ID) and later rows matched by the title, company or
    // external id that update gave or took away; 1,150 filler updates in between (more than a
    // batch), some renamed in capitals (the folded key must survive) or given another company;
    // a deal moved to another stage, then updated in the same chunk.
    const auto fileOf = [](const Session &s) {
        const auto idOf = [&](const char *title) {
            return test::sqlValue(s, QStringLiteral("SELECT id FROM deals WHERE title = ?"), {QLatin1String(title)})
                .toString();
        };
        QString text = QStringLiteral("ID,External ID,Title,Company,Amount,Stage\n");
        text += idOf("Alpha") + QStringLiteral(",,Alpha One,,100\n"); // renamed
        text += idOf("Beta") + QStringLiteral(",B-1,Beta,,400\n");    // given an external id
        text += idOf("Gamma") + QStringLiteral(",,Gamma,Acme 1,50\n"); // given a company
        // A deal moved (alone) and given an amount, then the same amount again in the same
        // chunk (read ahead with it): nothing left to change, as one by one.
        text += idOf("Filler 1000")
            + QStringLiteral(",,Filler 1000,%1,77,Qualified\n").arg(companyOf(1000));
        text += QStringLiteral(",,Filler 1000,%1,77\n").arg(companyOf(1000));
        for (int i = 0; i < 1150; ++i) {
            const QString title = (i % 7 == 0 ? QStringLiteral("FILLER %1") : QStringLiteral("Filler %1")).arg(i);
            const QString company = i % 11 == 0 ? QStringLiteral("Acme 2") : companyOf(i);
            text += QStringLiteral(",,%1,%2,%3\n").arg(title, company).arg(i % 5 == 0 ? i + 1 : i + 1000);
        }
        text += QStringLiteral(",,Alpha,,300\n");     // no deal has that title any more
        text += QStringLiteral(",,Alpha One,,200\n"); // Alpha, as renamed
        text += QStringLiteral(",B-2,Beta,,500\n");   // Beta is another system's B-1 now
        text += QStringLiteral(",B-1,Beta Renamed,,600\n");
        text += QStringLiteral(",,Gamma,Acme 1,70\n"); // Gamma at Acme 1
        text += QStringLiteral(",,Gamma,,80\n");       // no Gamma without a company any more
        text += QStringLiteral(",,Filler 11,Acme 2,9\n"); // a filler given a company above
        QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : lines) {
            if (line.count(QLatin1Char(',')) == 4)
                line += QLatin1Char(','); // no stage named
        }
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    };
    const struct
    {
        QList<MatchKey> match;
        DuplicatePolicy policy;
    } cases[] = {
        {{}, DuplicatePolicy::Update},
        {{}, DuplicatePolicy::FillEmpty},
        {{MatchKey::Id, MatchKey::Name}, DuplicatePolicy::Update},
    };
    for (const auto &c : cases) {
        INFO("match " << c.match.size() << ", policy " << int(c.policy));
        const DealsImported batched = importUpdates(false, c.match, c.policy, fileOf);
        const DealsImported oneByOne = importUpdates(true, c.match, c.policy, fileOf);
        CHECK(batched.summary.created == oneByOne.summary.created);
        CHECK(batched.summary.updated == oneByOne.summary.updated);
        CHECK(batched.summary.skipped == oneByOne.summary.skipped);
        CHECK(batched.summary.rejected == oneByOne.summary.rejected);
        CHECK(batched.summary.rejected == 0);
        CHECK(batched.summary.updated > (c.policy == DuplicatePolicy::Update ? 800 : 0));
        CHECK(batched.content == oneByOne.content);
        CHECK(batched.clocks.isEmpty());
        CHECK(batched.undoneExactly);
        CHECK(oneByOne.undoneExactly);
    }
}

TEST_CASE("A batch of deal updates the database refuses names the row and saves nothing",
          "[import][storage][deals]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    run(s, QStringLiteral("CREATE UNIQUE INDEX test_one_per_source ON deals (source)"));
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    ImportMapping mapping;
    mapping.fields
        = {QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("custom:Region")};
    options.mapping = mapping;
    QString text = QStringLiteral("Title,Source,Region\n");
    for (int i = 0; i < 1200; ++i)
        text += QStringLiteral("Order %1,Source %1,R%1\n").arg(i);
    const QString file = tdb.tempPath(QStringLiteral("orders.csv"));
    test::writeFile(file, text);
    REQUIRE(runImport(s, file, options).ok());
    const QString before = undoDump(s);
    options.onDuplicate = DuplicatePolicy::Update;
    // Every order gets another source and region; one row takes a source another row gave, in
    // the first batch of updates and in the second after the first was written.
    for (int repeatAt : {30, 1100}) {
        INFO("repeat at " << repeatAt);
        QString updates = QStringLiteral("Title,Source,Region\n");
        for (int i = 0; i < 1200; ++i)
            updates
                += QStringLiteral("Order %1,New source %2,S%1\n").arg(i).arg(i == repeatAt ? 1 : i);
        const QString changed = tdb.tempPath(QStringLiteral("changed.csv"));
        test::writeFile(changed, updates);
        auto result = runImport(s, changed, options);
        REQUIRE_FALSE(result.ok());
        const QString message = result.error().toString();
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("row %1").arg(repeatAt + 2)));
        CHECK(undoDump(s) == before);
        auto history = listImports(s);
        REQUIRE(history.ok());
        CHECK(history->size() == 1);
    }
}
