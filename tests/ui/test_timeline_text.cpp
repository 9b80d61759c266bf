// How the card's timeline words a custom-field change: a multiple-choice value shows as its
// options ("EN, FI"), not as the JSON array it is stored as.
#include "test_database.h"

#include "cards/timeline_model.h"
#include "customfields/custom_field_repository.h"
#include "repo/company_repository.h"
#include "storage/sql.h"
#include "import/import_job.h"
#include "repo/contact_repository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>

using namespace kontor;

TEST_CASE("The timeline shows a multiple-choice change as its options", "[ui][timeline]")
{
    test::TestDatabase db;
    const Session session = db.session();
    Contact c;
    c.firstName = QStringLiteral("Anna");
    c.lastName = QStringLiteral("Berg");
    const qint64 id = *ContactRepository(session).create(c);
    const CustomFieldRepository fields(session);
    CustomField languages;
    languages.entity = QStringLiteral("contact");
    languages.name = QStringLiteral("Languages");
    languages.kind = CustomField::Kind::MultiChoice;
    languages.options = {QStringLiteral("EN"), QStringLiteral("DE"), QStringLiteral("FI")};
    const qint64 field = *fields.addField(languages);
    REQUIRE(fields.setValues(QStringLiteral("contact"), id,
                             {{field, CustomField::joinMulti({QStringLiteral("EN"),
                                                              QStringLiteral("FI")})}})
                .ok());

    TimelineModel model(session, TimelineModel::Subject::Contact, id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    QString change;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.index(row, TimelineModel::WhatColumn).data().toString();
        if (text.contains(QStringLiteral("Languages")))
            change = text;
    }
    INFO(change.toStdString());
    CHECK(change.contains(QStringLiteral("Languages → EN, FI")));
    CHECK_FALSE(change.contains(QLatin1Char('[')));
}

TEST_CASE("The timeline says which import and file row created a contact", "[ui][timeline][import]")
{
    test::TestDatabase db;
    const Session session = db.session();
    const QString file = db.writeFile(QStringLiteral("people.csv"), "First name,Last name,Email\nAnna,Berg,anna@example.com\nBo,Ek,bo@example.com\n");
    auto result = importing::runImport(session, file, importing::ImportOptions {});
    REQUIRE(result.ok());
    REQUIRE(result->created == 2);
    auto page = ContactRepository(session).list(ContactQuery {});
    REQUIRE(page.ok());
    qint64 bo = 0;
    for (const Contact &c : page->items) {
        if (c.lastName == QLatin1String("Ek"))
            bo = c.id;
    }
    REQUIRE(bo);

    TimelineModel model(session, TimelineModel::Subject::Contact, bo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, TimelineModel::WhatColumn).data().toString();
    INFO(texts.join(QLatin1Char('|')).toStdString());
    CHECK(texts.contains(QStringLiteral("Created by import #%1 of people.csv, row 3").arg(result->batch)));
}

TEST_CASE("Company and deal cards say which import created them", "[ui][timeline][import]")
{
    test::TestDatabase db;
    const Session session = db.session();
    const auto textsOf = [&](TimelineModel::Subject subject, qint64 id) {
        TimelineModel model(session, subject, id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reload();
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row, TimelineModel::WhatColumn).data().toString();
        return texts;
    };

    importing::ImportOptions companies;
    companies.entity = ExchangeEntity::Companies;
    const QString companyFile = db.writeFile(QStringLiteral("firms.csv"), "Name,City\nPaja Oy,Turku\n");
    auto firms = importing::runImport(session, companyFile, companies);
    REQUIRE(firms.ok());
    REQUIRE(firms->created == 1);
    auto paja = CompanyRepository(session).findByName(QStringLiteral("Paja Oy"));
    REQUIRE(paja.ok());
    const QStringList companyTexts = textsOf(TimelineModel::Subject::Company, *paja);
    INFO(companyTexts.join(QLatin1Char('|')).toStdString());
    CHECK(companyTexts.contains(QStringLiteral("Created by import #%1 of firms.csv, row 2").arg(firms->batch)));

    importing::ImportOptions deals;
    deals.entity = ExchangeEntity::Deals;
    const QString dealFile = db.writeFile(QStringLiteral("deals.csv"), "Deal,Amount\nPaja licences,1200\n");
    auto imported = importing::runImport(session, dealFile, deals);
    INFO((imported.ok() ? QString() : imported.error().toString()).toStdString());
    REQUIRE(imported.ok());
    REQUIRE(imported->created == 1);
    const qint64 deal = test::sqlValue(session, QStringLiteral("SELECT id FROM deals WHERE title = 'Paja licences'"))
                            .toLongLong();
    const QStringList dealTexts = textsOf(TimelineModel::Subject::Deal, deal);
    INFO(dealTexts.join(QLatin1Char('|')).toStdString());
    CHECK(dealTexts.contains(QStringLiteral("Created by import #%1 of deals.csv, row 2").arg(imported->batch)));
}
