// Deals import on both back ends: names turned into pipelines, stages, owners, contacts and
// lost reasons (an unknown one is a row problem naming the known ones), amounts in several
// notations, the stage-history row reports read, policies, undo and export round trips (by
// Kontor ID, and by External ID into the same base and an empty one).
#include "customfields/custom_field_repository.h"
#include "exchange/exporter.h"
#include "import/import_job.h"
#include "import/tabular_reader.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "import_dump.h"
#include "storage/sql.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace kontor;
using namespace kontor::importing;

namespace {

using kontor::test::writeFile;

// The stages a deal's history went to, in order.
QStringList historyTo(const Session &s, qint64 dealId)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    REQUIRE(q.run(QStringLiteral("SELECT st.name FROM deal_stage_history h JOIN stages st ON st.id = h.to_stage_id"
                                 " WHERE h.deal_id = ? ORDER BY h.id"),
                  {dealId})
                .ok());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// The deal's rows of deal_stage_stays (what the funnel report reads), as text.
QString stays(const Session &s, qint64 dealId)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    REQUIRE(q.run(QStringLiteral("SELECT st.name, y.* FROM deal_stage_stays y JOIN stages st ON st.id = y.stage_id"
                                 " WHERE y.deal_id = ? ORDER BY y.entered_at, y.stage_id"),
                  {dealId})
                .ok());
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.query().record().count(); ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

struct Seeded
{
    qint64 ann = 0, acme = 0, partners = 0, horns = 0;
};

// Ann (ann@example.com) at Acme, a second pipeline "Partners" and a deal custom field.
Seeded seed(const Session &s)
{
    Seeded out;
    Company acme;
    acme.name = QStringLiteral("Acme");
    auto company = CompanyRepository(s).create(acme);
    REQUIRE(company.ok());
    out.acme = *company;
    Company horns;
    horns.name = QStringLiteral("Рога и копыта");
    auto hornsId = CompanyRepository(s).create(horns);
    REQUIRE(hornsId.ok());
    out.horns = *hornsId;
    Contact ann;
    ann.firstName = QStringLiteral("Ann");
    ann.lastName = QStringLiteral("Lee");
    ann.emails = {{0, QStringLiteral("work"), QStringLiteral("ann@example.com")}};
    auto contact = ContactRepository(s).create(ann);
    REQUIRE(contact.ok());
    out.ann = *contact;
    Stage intro, signed_;
    intro.name = QStringLiteral("Intro");
    intro.probability = 20;
    signed_.name = QStringLiteral("Signed");
    signed_.probability = 100;
    signed_.kind = Stage::Kind::Won;
    auto partners = PipelineRepository(s).create(QStringLiteral("Partners"), {intro, signed_});
    REQUIRE(partners.ok());
    out.partners = *partners;
    CustomField region;
    region.entity = QStringLiteral("deal");
    region.name = QStringLiteral("Region");
    REQUIRE(CustomFieldRepository(s).addField(region).ok());
    return out;
}

const char *kDeals =
    "Deal,Pipeline,Stage,Amount,Currency,Expected close,Contact email,Company,Owner,Source,Status,Lost reason,Region\n"
    "Big order,Sales,Qualified,\"1 234,56 €\",,2026-12-31,ANN@example.com,Acme,Me,Website,,,North\n"
    "Partner deal,Partners,Intro,$2000,,,,Globex,local,,,,South\n"
    "Old loss,,,500,eur,,,,,,lost,price too high,\n"
    "Bad stage,Sales,Closing,100,,,,,,,,,\n"
    "Ambiguous date,Sales,,100,,03/04/2027,,,,,,,\n"
    "Text amount,Sales,,test,,,,,,,,,\n"
    "Unknown contact,,,10,,,nobody@example.com,,,,,,\n"
    "Unknown owner,,,10,,,,,Zorro,,,,\n"
    "Unknown reason,,,10,,,,,,,lost,Aliens,\n"
    "Clash,,Won,10,,,,,,,open,,\n"
    "Сделка с Рогами,,,10,,,,Рога и копыта,,,,,\n";

Deal dealTitled(const Session &s, const QString &title)
{
    DealQuery q;
    q.text = title;
    auto page = DealRepository(s).list(q);
    REQUIRE(page.ok());
    REQUIRE(page->items.size() == 1);
    auto deal = DealRepository(s).get(page->items.first().id);
    REQUIRE(deal.ok());
    return *deal;
}

// The deal of this title with this amount (titles may repeat).
Deal dealTitled(const Session &s, const QString &title, qint64 amountMinor)
{
    DealQuery q;
    q.text = title;
    auto page = DealRepository(s).list(q);
    REQUIRE(page.ok());
    for (const auto &item : page->items) {
        auto deal = DealRepository(s).get(item.id);
        REQUIRE(deal.ok());
        if (deal->amountMinor == amountMinor)
            return *deal;
    }
    FAIL("no deal " << title.toStdString() << " of " << amountMinor);
    return {};
}

const ImportProblem *problemAt(const ImportSummary &summary, qint64 row)
{
    for (const auto &p : summary.problems) {
        if (p.row == row)
            return &p;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Deals import: names become stages, owners, contacts; bad names are row problems", "[import][storage][deals]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const Seeded seeded = seed(s);
    const QString before = test::importDump(s);
    const QString file = tdb.tempPath(QStringLiteral("deals.csv"));
    writeFile(file, QString::fromUtf8(kDeals));

    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    auto result = runImport(s, file, options);
    INFO((result.ok() ? QString() : result.error().toString()).toStdString());
    REQUIRE(result.ok());
    // Every column is recognised by its header, the deal custom field by its name
    CHECK(result->mapping.fields
          == QStringList({QStringLiteral("title"), QStringLiteral("pipeline"), QStringLiteral("stage"),
                          QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("expected_close"),
                          QStringLiteral("contact_email"), QStringLiteral("company"), QStringLiteral("owner"),
                          QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("lost_reason"),
                          QStringLiteral("custom:Region")}));
    CHECK(result->rows == 11);
    CHECK(result->created == 4);
    CHECK(result->rejected == 7);

    // Each bad row names its column, its value and why, with the names that do exist
    const ImportProblem *stage = problemAt(*result, 5);
    REQUIRE(stage);
    CHECK(stage->column == QStringLiteral("Stage"));
    CHECK(stage->value == QStringLiteral("Closing"));
    CHECK(stage->reason.contains(QLatin1String("Qualified")));
    CHECK(stage->reason.contains(QLatin1String("Negotiation")));
    const ImportProblem *date = problemAt(*result, 6);
    REQUIRE(date);
    CHECK(date->column == QStringLiteral("Expected close"));
    CHECK(date->reason.contains(QLatin1String("ambiguous")));
    const ImportProblem *amount = problemAt(*result, 7);
    REQUIRE(amount);
    CHECK(amount->column == QStringLiteral("Amount"));
    CHECK(amount->value == QStringLiteral("test"));
    const ImportProblem *contact = problemAt(*result, 8);
    REQUIRE(contact);
    CHECK(contact->value == QStringLiteral("nobody@example.com"));
    const ImportProblem *owner = problemAt(*result, 9);
    REQUIRE(owner);
    CHECK(owner->value == QStringLiteral("Zorro"));
    CHECK(owner->reason.contains(QLatin1String("Me")));
    const ImportProblem *reason = problemAt(*result, 10);
    REQUIRE(reason);
    CHECK(reason->column == QStringLiteral("Lost reason"));
    CHECK(reason->reason.contains(QLatin1String("Price too high")));
    const ImportProblem *clash = problemAt(*result, 11);
    REQUIRE(clash);
    CHECK(clash->column == QStringLiteral("Status"));
    CHECK(clash->reason.contains(QLatin1String("won")));

    // Nothing was coerced: no deal named after a bad row exists
    DealQuery bad;
    bad.text = QStringLiteral("Text amount");
    CHECK(DealRepository(s).count(bad).value() == 0);

    const Deal big = dealTitled(s, QStringLiteral("Big order"));
    CHECK(big.amountMinor == 123456);
    CHECK(big.currency == QStringLiteral("EUR"));
    CHECK(big.stageName == QStringLiteral("Qualified"));
    CHECK(big.status == QStringLiteral("open"));
    CHECK(big.contactId == seeded.ann);
    CHECK(big.companyId == seeded.acme); // linked, not created twice
    CHECK(big.ownerName == QStringLiteral("Me"));
    CHECK(big.expectedClose == QDate(2026, 12, 31));
    CHECK(big.source == QStringLiteral("Website"));
    auto region = CustomFieldRepository(s).fieldByName(QStringLiteral("deal"), QStringLiteral("Region"));
    REQUIRE(region.ok());

    const Deal partner = dealTitled(s, QStringLiteral("Partner deal"));
    CHECK(partner.pipelineId == seeded.partners);
    CHECK(partner.stageName == QStringLiteral("Intro"));
    CHECK(partner.amountMinor == 200000);
    CHECK(partner.currency == QStringLiteral("USD"));
    CHECK(partner.companyName == QStringLiteral("Globex")); // created on the spot

    const Deal loss = dealTitled(s, QStringLiteral("Old loss"));
    CHECK(loss.status == QStringLiteral("lost"));
    CHECK(loss.stageName == QStringLiteral("Lost"));
    CHECK(loss.currency == QStringLiteral("EUR"));
    auto priceTooHigh = PipelineRepository(s).findLostReason(QStringLiteral("Price too high"));
    REQUIRE(priceTooHigh.ok());
    CHECK(loss.lostReasonId == priceTooHigh->id);

    // A company named in Cyrillic is found, not created again (SQLite's lower() is ASCII-only)
    CHECK(dealTitled(s, QStringLiteral("Сделка с Рогами")).companyId == seeded.horns);

    // Each created deal has its creation in the stage history, which the reports read
    for (const Deal &d : {big, partner, loss}) {
        auto history = DealRepository(s).history(d.id);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 1);
        CHECK(history->first().fromStageId == 0);
        CHECK(history->first().toStageId == d.stageId);
    }

    // Undo removes the deals, their history and the company the import created
    REQUIRE(undoImport(s, result->batch).ok());
    CHECK(test::importDump(s) == before);
}

TEST_CASE("Deals import: update, fill-empty, stage moves, and undo restores", "[import][storage][deals]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString file = tdb.tempPath(QStringLiteral("deals.csv"));
    writeFile(file, QStringLiteral("Title;Company;Stage;Amount;Notes\n"
                                   "Renewal;Acme;Lead in;1000;\n"
                                   "Upsell;Acme;Lead in;;first note\n"));
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    auto first = runImport(s, file, options);
    REQUIRE(first.ok());
    CHECK(first->created == 2);
    const QString before = test::importDump(s);

    // The same rows again: matched by title and company, so skipped
    auto again = runImport(s, file, options);
    REQUIRE(again.ok());
    CHECK(again->skipped == 2);
    CHECK(again->created == 0);

    writeFile(file, QStringLiteral("Title;Company;Stage;Amount;Notes\n"
                                   "renewal;Acme;Lead in;1 500,00;renewed\n"
                                   "Upsell;Acme;Qualified;200;\n"));
    options.onDuplicate = DuplicatePolicy::FillEmpty;
    auto fill = runImport(s, file, options);
    REQUIRE(fill.ok());
    CHECK(fill->updated == 2);
    CHECK(dealTitled(s, QStringLiteral("Renewal")).amountMinor == 100000); // not empty: kept
    CHECK(dealTitled(s, QStringLiteral("Renewal")).notes == QStringLiteral("renewed"));
    CHECK(dealTitled(s, QStringLiteral("Upsell")).amountMinor == 20000);    // was 0: filled
    REQUIRE(undoImport(s, fill->batch).ok());
    CHECK(test::importDump(s) == before);

    CHECK(dealTitled(s, QStringLiteral("Upsell")).stageName == QStringLiteral("Lead in")); // fill-empty: no move

    // Update moves Upsell to Qualified the way the board does: a history row, the time it
    // entered the stage, and the stays the funnel report reads.
    const qint64 upsell = dealTitled(s, QStringLiteral("Upsell")).id;
    const QString staysBefore = stays(s, upsell);
    const QDateTime enteredBefore = dealTitled(s, QStringLiteral("Upsell")).stageEnteredAt;
    options.onDuplicate = DuplicatePolicy::Update;
    auto update = runImport(s, file, options);
    REQUIRE(update.ok());
    CHECK(update->updated == 2);
    CHECK(update->rejected == 0);
    CHECK(dealTitled(s, QStringLiteral("Renewal")).amountMinor == 150000);
    const Deal moved = dealTitled(s, QStringLiteral("Upsell"));
    CHECK(moved.stageName == QStringLiteral("Qualified"));
    CHECK(historyTo(s, upsell) == QStringList({QStringLiteral("Lead in"), QStringLiteral("Qualified")}));
    CHECK(stays(s, upsell) != staysBefore);
    CHECK(stays(s, upsell).contains(QLatin1String("Qualified")));
    // Undo puts it back in Lead in, its history and stays as they were.
    REQUIRE(undoImport(s, update->batch).ok());
    CHECK(test::importDump(s) == before);
    CHECK(historyTo(s, upsell) == QStringList({QStringLiteral("Lead in")}));
    CHECK(stays(s, upsell) == staysBefore);
    CHECK(dealTitled(s, QStringLiteral("Upsell")).stageEnteredAt == enteredBefore);
}

TEST_CASE("Deals import: an External ID column makes a second import update, not duplicate",
          "[import][storage][deals]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString file = tdb.tempPath(QStringLiteral("crm.csv"));
    // "Deal ID" is the other CRM's id: it maps to External ID by itself. Two deals of the same
    // title: matching by title would have merged them.
    writeFile(file, QStringLiteral("Deal ID,Deal,Stage,Amount\n"
                                   "OPP-1,Road show,Lead in,100\n"
                                   "OPP-2,Road show,Lead in,200\n"));
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    auto first = runImport(s, file, options);
    REQUIRE(first.ok());
    CHECK(first->mapping.fields.first() == QStringLiteral("external_id"));
    CHECK(first->created == 2);

    // The other CRM renamed one, moved one on and lost a third: its next export imported.
    writeFile(file, QStringLiteral("Deal ID,Deal,Stage,Amount,Lost reason\n"
                                   "OPP-1,Spring fair,Lead in,100,\n"
                                   "OPP-2,Road show,Qualified,200,\n"
                                   "OPP-3,Fair stand,Lost,50,Price too high\n"));
    options.onDuplicate = DuplicatePolicy::Update;
    const QString before = test::importDump(s);
    auto second = runImport(s, file, options);
    REQUIRE(second.ok());
    INFO((second->problems.isEmpty() ? QString() : second->problems.first().toString()).toStdString());
    CHECK(second->created == 1);
    CHECK(second->updated == 2);
    CHECK(second->rejected == 0);
    CHECK(dealTitled(s, QStringLiteral("Spring fair")).amountMinor == 10000);
    CHECK(dealTitled(s, QStringLiteral("Road show")).stageName == QStringLiteral("Qualified"));
    REQUIRE(undoImport(s, second->batch).ok());
    CHECK(test::importDump(s) == before);

    // A move to a lost stage needs a reason, as on the board: a row problem, nothing moved.
    writeFile(file, QStringLiteral("Deal ID,Deal,Stage\nOPP-2,Road show,Lost\n"));
    auto lost = runImport(s, file, options);
    REQUIRE(lost.ok());
    CHECK(lost->rejected == 1);
    REQUIRE_FALSE(lost->problems.isEmpty());
    CHECK(lost->problems.first().reason.contains(QLatin1String("lost reason")));
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto stage = q.scalar(QStringLiteral("SELECT st.name FROM deals d JOIN stages st ON st.id = d.stage_id"
                                         " WHERE d.external_id = 'OPP-2'"));
    REQUIRE(stage.ok());
    CHECK(stage->toString() == QStringLiteral("Lead in"));
}

TEST_CASE("Deals exported to CSV import back onto themselves by Kontor ID", "[import][storage][deals][exchange]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    seed(s);
    const QString file = tdb.tempPath(QStringLiteral("deals.csv"));
    writeFile(file, QString::fromUtf8(kDeals));
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    REQUIRE(runImport(s, file, options).ok());
    const QString before = test::importDump(s);

    const QString exported = tdb.tempPath(QStringLiteral("export.csv"));
    {
        QFile f(exported);
        REQUIRE(f.open(QIODevice::WriteOnly));
        ExportRequest r;
        r.entity = ExchangeEntity::Deals;
        REQUIRE(exportRecords(s, r, &f).ok());
    }
    options.onDuplicate = DuplicatePolicy::Update;
    auto back = runImport(s, exported, options);
    INFO((back.ok() ? QString() : back.error().toString()).toStdString());
    REQUIRE(back.ok());
    for (const auto &p : back->problems)
        INFO(p.toString().toStdString());
    CHECK(back->rows == 4);
    CHECK(back->rejected == 0);
    CHECK(back->skipped == 4); // every value read back equals the stored one
    CHECK(test::importDump(s) == before);
}

TEST_CASE("Deals exports carry the External ID: imported back they update, into an empty base the ids survive",
          "[import][storage][deals][exchange]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    // Two deals of the same title and company from another CRM: only their external ids
    // tell them apart.
    const QString crm = tdb.tempPath(QStringLiteral("crm.csv"));
    writeFile(crm, QStringLiteral("Deal ID,Deal,Stage,Amount,Company\n"
                                  "OPP-1,Road show,Lead in,100,Acme\n"
                                  "OPP-2,Road show,Qualified,200,Acme\n"));
    ImportOptions options;
    options.entity = ExchangeEntity::Deals;
    auto first = runImport(s, crm, options);
    REQUIRE(first.ok());
    REQUIRE(first->created == 2);

    // CSV: an "External ID" column (a header the deals import maps by itself); JSON: external_id.
    const QString exported = tdb.tempPath(QStringLiteral("deals.csv"));
    ExportRequest request;
    request.entity = ExchangeEntity::Deals;
    REQUIRE(exportToFile(s, request, exported).ok());
    {
        auto reader = openTabular(exported, {});
        REQUIRE(reader.ok());
        const int column = (*reader)->header().indexOf(QStringLiteral("External ID"));
        REQUIRE(column >= 0);
        QStringList ids;
        TabularRow row;
        while (*(*reader)->next(row))
            ids << row.cells.value(column);
        CHECK(ids == QStringList{QStringLiteral("OPP-1"), QStringLiteral("OPP-2")});
    }
    request.format = ExportFormat::Json;
    const QString json = tdb.tempPath(QStringLiteral("deals.json"));
    REQUIRE(exportToFile(s, request, json).ok());
    {
        QFile f(json);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
        REQUIRE(array.size() == 2);
        CHECK(array.at(1).toObject().value(QStringLiteral("external_id")).toString() == QStringLiteral("OPP-2"));
    }

    // Someone changes a deal; the file imported back, matched on the External ID alone,
    // updates it instead of adding the two deals again.
    Deal changed = dealTitled(s, QStringLiteral("Road show"), 10000);
    changed.amountMinor = 99900;
    REQUIRE(DealRepository(s).update(changed).ok());
    ImportOptions back = options;
    back.match = {MatchKey::ExternalId};
    back.onDuplicate = DuplicatePolicy::Update;
    auto again = runImport(s, exported, back);
    INFO((again.ok() ? QString() : again.error().toString()).toStdString());
    REQUIRE(again.ok());
    for (const auto &p : again->problems)
        INFO(p.toString().toStdString());
    CHECK(again->rejected == 0);
    CHECK(again->created == 0);
    CHECK(again->updated == 1);
    CHECK(again->skipped == 1);
    CHECK(DealRepository(s).get(changed.id)->amountMinor == 10000);

    // Into an empty base: the deals are created with their external ids, and the next
    // import of the same file finds them by those ids.
    test::TestDatabase emptyDb;
    const Session other = emptyDb.session();
    options.onDuplicate = DuplicatePolicy::Update;
    auto fresh = runImport(other, exported, options);
    INFO((fresh.ok() ? QString() : fresh.error().toString()).toStdString());
    REQUIRE(fresh.ok());
    for (const auto &p : fresh->problems)
        INFO(p.toString().toStdString());
    CHECK(fresh->created == 2);
    CHECK(fresh->rejected == 0);
    auto conn = other.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    REQUIRE(q.run(QStringLiteral("SELECT external_id FROM deals ORDER BY external_id")).ok());
    QStringList stored;
    while (q.next())
        stored << q.value(0).toString();
    CHECK(stored == QStringList{QStringLiteral("OPP-1"), QStringLiteral("OPP-2")});
    back.match = {MatchKey::ExternalId};
    auto twice = runImport(other, exported, back);
    REQUIRE(twice.ok());
    CHECK(twice->created == 0);
    CHECK(twice->rejected == 0);
}
