#include "ui_fixture.h"

#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "shell/session_controller.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTest>

namespace kontor::test {

namespace {
template<typename T> T require(Result<T> r)
{
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return *r;
}
} // namespace

SampleData addSampleData(const Session &session)
{
    const CompanyRepository companies(session);
    Company acme;
    acme.name = QStringLiteral("Acme Trading");
    acme.industry = QStringLiteral("Wholesale");
    acme.address.city = QStringLiteral("Tampere");
    const qint64 acmeId = require(companies.create(acme));
    Company nord;
    nord.name = QStringLiteral("Nordlicht GmbH");
    nord.address.city = QStringLiteral("Berlin");
    const qint64 nordId = require(companies.create(nord));

    const ContactRepository contacts(session);
    struct P
    {
        const char *first, *last, *email;
        qint64 company;
    };
    const P people[] = {
        {"Anna", "Berg", "anna@acme.example", acmeId},
        {"Boris", "Ivanov", "boris@nord.example", nordId},
        {"Carla", "Mendes", "carla@example.org", 0},
        {"David", "Okafor", "david@acme.example", acmeId},
    };
    for (const P &p : people) {
        Contact c;
        c.firstName = QString::fromUtf8(p.first);
        c.lastName = QString::fromUtf8(p.last);
        c.emails.append({0, QStringLiteral("work"), QString::fromUtf8(p.email)});
        c.companyId = p.company;
        require(contacts.create(c));
    }

    const auto pipelines = require(PipelineRepository(session).list());
    REQUIRE(!pipelines.isEmpty());
    REQUIRE(!pipelines.first().stages.isEmpty());
    const DealRepository deals(session);
    Deal big;
    big.title = QStringLiteral("Acme yearly licence");
    big.stageId = pipelines.first().stages.first().id;
    big.amountMinor = 1250000;
    big.currency = QStringLiteral("EUR");
    big.companyId = acmeId;
    require(deals.create(big));
    Deal small = big;
    small.title = QStringLiteral("Nordlicht pilot");
    small.amountMinor = 99000;
    small.companyId = nordId;
    require(deals.create(small));

    return {{QStringLiteral("Anna Berg"), QStringLiteral("Boris Ivanov"),
             QStringLiteral("Carla Mendes"), QStringLiteral("David Okafor")},
            {QStringLiteral("Acme Trading"), QStringLiteral("Nordlicht GmbH")},
            {QStringLiteral("Nordlicht pilot"), QStringLiteral("Acme yearly licence")}};
}

void addNumberedContacts(const Session &session, int count)
{
    const ContactRepository contacts(session);
    for (int i = 1; i <= count; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QStringLiteral("N%1").arg(i, 4, 10, QLatin1Char('0'));
        require(contacts.create(c));
    }
}

void clearUiSettings()
{
    QSettings().clear();
}

SampleWindow::SampleWindow()
    : cleared((clearUiSettings(), true))
    , session(db.session())
    , sample(addSampleData(session))
{
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

} // namespace kontor::test
