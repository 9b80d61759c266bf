// Custom fields as columns of the contact and company lists: offered by the column chooser,
// filled from the page query, sorted in SQL by a header click, remembered; on both back ends.
#include "test_database.h"

#include "companies/companies_module.h"
#include "contacts/contacts_module.h"
#include "customfields/custom_field_repository.h"
#include "lists/list_module.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "undo/undo_stack.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

qint64 addField(const Session &s, const QString &entity, const QString &name,
                CustomField::Kind kind)
{
    CustomField f;
    f.entity = entity;
    f.name = name;
    f.kind = kind;
    auto id = CustomFieldRepository(s).addField(f);
    REQUIRE(id.ok());
    return *id;
}

QStringList column(QAbstractItemModel *model, int c)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, c).data().toString();
    return out;
}

QAction *menuEntry(ListModule *module, const QString &objectName)
{
    emit module->columnsMenu()->aboutToShow();
    return module->columnsMenu()->findChild<QAction *>(objectName);
}

void clickHeader(QTableView *view, int c)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(c) + header->sectionSize(c) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// Shows a list module's page, reads its first rows and returns its table.
QTableView *showList(ListModule *module)
{
    QWidget *page = module->widget();
    page->resize(1200, 600);
    page->show();
    REQUIRE(QTest::qWaitForWindowExposed(page));
    module->activate();
    auto *view = page->findChild<QTableView *>(QStringLiteral("listView"));
    REQUIRE(view);
    return view;
}

} // namespace

TEST_CASE("A custom field shown as a contact column is filled, sorts in SQL and is remembered",
          "[ui][customfields][columns]")
{
    QSettings().remove(QStringLiteral("lists"));
    TestDatabase t;
    const Session s = t.session();
    const qint64 budget = addField(s, QStringLiteral("contact"), QStringLiteral("Budget"),
                                   CustomField::Kind::Number);
    addField(s, QStringLiteral("company"), QStringLiteral("Tier"), CustomField::Kind::Text);
    const ContactRepository repo(s);
    Company acme;
    acme.name = QStringLiteral("Acme");
    Company nord;
    nord.name = QStringLiteral("Nordlicht");
    const qint64 acmeId = *CompanyRepository(s).create(acme);
    const qint64 nordId = *CompanyRepository(s).create(nord);
    const struct
    {
        const char *first, *last, *budget;
        qint64 company;
    } people[] = {{"Anna", "Berg", "100", acmeId},
                  {"Boris", "Ivanov", "9", nordId},
                  {"Carla", "Mendes", "", 0},
                  {"David", "Okafor", "25000.5", acmeId}};
    for (const auto &p : people) {
        Contact c;
        c.firstName = QLatin1String(p.first);
        c.lastName = QLatin1String(p.last);
        c.companyId = p.company;
        const qint64 id = *repo.create(c);
        REQUIRE(CustomFieldRepository(s)
                    .setValues(QStringLiteral("contact"), id, {{budget, QLatin1String(p.budget)}})
                    .ok());
    }

    {
        std::unique_ptr<ListModule> contacts(createContactsModule(s));
        QWidget *page = contacts->widget();
        page->resize(1200, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page));
        contacts->activate();
        auto *view = page->findChild<QTableView *>(QStringLiteral("listView"));
        REQUIRE(view);
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int own = view->model()->columnCount();

        // The chooser offers the contact field, not the company one
        const QString key = QStringLiteral("extraColumn:custom:%1").arg(budget);
        QAction *entry = menuEntry(contacts.get(), key);
        REQUIRE(entry);
        CHECK(entry->text() == QStringLiteral("Budget"));
        CHECK_FALSE(entry->isChecked());
        for (QAction *a : contacts->columnsMenu()->actions())
            CHECK(a->text() != QStringLiteral("Tier"));

        // When it is ticked, the list gets a Budget column with each contact's value
        entry->trigger();
        REQUIRE(view->model()->columnCount() == own + 1);
        CHECK(view->model()->headerData(own, Qt::Horizontal).toString()
              == QStringLiteral("Budget"));
        CHECK(column(view->model(), 0)
              == QStringList({QStringLiteral("Anna Berg"), QStringLiteral("Boris Ivanov"),
                              QStringLiteral("Carla Mendes"), QStringLiteral("David Okafor")}));
        const QStringList values = column(view->model(), own);
        CHECK(values.at(0) == QLocale().toString(100.0, 'g', 15));
        CHECK(values.at(2).isEmpty());

        // When its header is clicked: smallest budget first (as numbers), no budget last
        clickHeader(view, own);
        CHECK(view->horizontalHeader()->sortIndicatorSection() == own);
        CHECK(column(view->model(), 0)
              == QStringList({QStringLiteral("Boris Ivanov"), QStringLiteral("Anna Berg"),
                              QStringLiteral("David Okafor"), QStringLiteral("Carla Mendes")}));
        // Clicked again: largest first, still no budget last
        clickHeader(view, own);
        CHECK(column(view->model(), 0)
              == QStringList({QStringLiteral("David Okafor"), QStringLiteral("Anna Berg"),
                              QStringLiteral("Boris Ivanov"), QStringLiteral("Carla Mendes")}));
        // The list's own columns sort too: by company, people without one last
        clickHeader(view, 1);
        CHECK(view->horizontalHeader()->sortIndicatorSection() == 1);
        CHECK(column(view->model(), 0)
              == QStringList({QStringLiteral("Anna Berg"), QStringLiteral("David Okafor"),
                              QStringLiteral("Boris Ivanov"), QStringLiteral("Carla Mendes")}));
        // The name column sorts by name again
        clickHeader(view, 0);
        CHECK(column(view->model(), 0).first() == QStringLiteral("Anna Berg"));
    }

    // Opened again, the column is still there and filled
    std::unique_ptr<ListModule> again(createContactsModule(s));
    again->widget();
    again->activate();
    auto *view = again->widget()->findChild<QTableView *>(QStringLiteral("listView"));
    const int last = view->model()->columnCount() - 1;
    CHECK(view->model()->headerData(last, Qt::Horizontal).toString() == QStringLiteral("Budget"));
    CHECK(view->model()->index(1, last).data().toString() == QStringLiteral("9"));

    // Unticked, it goes
    menuEntry(again.get(), QStringLiteral("extraColumn:custom:%1").arg(budget))->trigger();
    CHECK(view->model()->headerData(view->model()->columnCount() - 1, Qt::Horizontal).toString()
          != QStringLiteral("Budget"));
    QSettings().remove(QStringLiteral("lists"));
}

TEST_CASE("A company custom field can be a column of the company list", "[ui][customfields]")
{
    QSettings().remove(QStringLiteral("lists"));
    TestDatabase t;
    const Session s = t.session();
    const qint64 tier = addField(s, QStringLiteral("company"), QStringLiteral("Tier"),
                                 CustomField::Kind::Text);
    const CompanyRepository repo(s);
    for (const char *name : {"Acme", "Borealis", "Cobalt"}) {
        Company c;
        c.name = QLatin1String(name);
        const qint64 id = *repo.create(c);
        REQUIRE(CustomFieldRepository(s)
                    .setValues(QStringLiteral("company"), id,
                               {{tier, QLatin1String(name) == QLatin1String("Acme")
                                           ? QStringLiteral("Gold")
                                           : QLatin1String(name) == QLatin1String("Cobalt")
                                           ? QStringLiteral("Bronze")
                                           : QString()}})
                    .ok());
    }
    std::unique_ptr<ListModule> companies(createCompaniesModule(s));
    QTableView *view = showList(companies.get());
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    menuEntry(companies.get(), QStringLiteral("extraColumn:custom:%1").arg(tier))->trigger();
    const int last = view->model()->columnCount() - 1;
    CHECK(view->model()->headerData(last, Qt::Horizontal).toString() == QStringLiteral("Tier"));
    clickHeader(view, last);
    CHECK(column(view->model(), 0)
          == QStringList({QStringLiteral("Cobalt"), QStringLiteral("Acme"),
                          QStringLiteral("Borealis")}));
    CHECK(column(view->model(), last)
          == QStringList({QStringLiteral("Bronze"), QStringLiteral("Gold"), QString()}));
    QSettings().remove(QStringLiteral("lists"));
}

TEST_CASE("Every list column sorts from its header, and the order is there when the list is "
          "opened again", "[ui][columns][sort]")
{
    QSettings().remove(QStringLiteral("lists"));
    TestDatabase t;
    const Session s = t.session();
    const ContactRepository contacts(s);
    const CompanyRepository companies(s);
    const struct
    {
        const char *name, *city;
    } places[] = {{"Acme", "Oslo"}, {"Borealis", ""}, {"Cobalt", "Aarhus"}};
    for (const auto &p : places) {
        Company c;
        c.name = QLatin1String(p.name);
        c.address.city = QLatin1String(p.city);
        REQUIRE(companies.create(c).ok());
    }
    // Enough people for several pages of 2, with cities in no particular order and two
    // without one.
    const char *cities[] = {"Turku", "", "Bergen", "Zagreb", "", "Aarhus", "Lima"};
    for (int i = 0; i < 7; ++i) {
        Contact c;
        c.firstName = QStringLiteral("P");
        c.lastName = QStringLiteral("N%1").arg(i);
        c.address.city = QLatin1String(cities[i]);
        REQUIRE(contacts.create(c).ok());
    }
    const QStringList byCity {QStringLiteral("Aarhus"), QStringLiteral("Bergen"),
                              QStringLiteral("Lima"),   QStringLiteral("Turku"),
                              QStringLiteral("Zagreb"), QString(), QString()};
    const QStringList byCityDescending {QStringLiteral("Zagreb"), QStringLiteral("Turku"),
                                        QStringLiteral("Lima"),   QStringLiteral("Bergen"),
                                        QStringLiteral("Aarhus"), QString(), QString()};

    auto open = [](ListModule *module) {
        QWidget *page = module->widget();
        page->resize(1200, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page));
        module->model()->setPageSize(2); // the order holds across page boundaries
        module->activate();
        auto *view = page->findChild<QTableView *>(QStringLiteral("listView"));
        REQUIRE(view);
        while (view->model()->canFetchMore({}))
            view->model()->fetchMore({});
        return view;
    };
    auto fetchAll = [](QTableView *view) {
        while (view->model()->canFetchMore({}))
            view->model()->fetchMore({});
    };

    const int cityColumn = 6;
    {
        std::unique_ptr<ListModule> list(createContactsModule(s));
        QTableView *view = open(list.get());
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(view->model()->headerData(cityColumn, Qt::Horizontal).toString()
                == QStringLiteral("City"));
        clickHeader(view, cityColumn);
        fetchAll(view);
        CHECK(column(view->model(), cityColumn) == byCity);
        clickHeader(view, cityColumn);
        fetchAll(view);
        CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(column(view->model(), cityColumn) == byCityDescending);
    }
    {
        // Opened again (a new window, the app restarted): the same column, the same way
        std::unique_ptr<ListModule> list(createContactsModule(s));
        QTableView *view = open(list.get());
        fetchAll(view);
        CHECK(view->horizontalHeader()->sortIndicatorSection() == cityColumn);
        CHECK(view->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(column(view->model(), cityColumn) == byCityDescending);
        // Back to names, which is remembered too
        clickHeader(view, 0);
        fetchAll(view);
        CHECK(column(view->model(), 1).size() == 7);
        CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("P N0"));
    }
    {
        std::unique_ptr<ListModule> list(createContactsModule(s));
        QTableView *view = open(list.get());
        CHECK(view->horizontalHeader()->sortIndicatorSection() == 0);
        CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("P N0"));
    }

    // The company list remembers its own order, apart from the contacts'
    const int companyCity = 2;
    {
        std::unique_ptr<ListModule> list(createCompaniesModule(s));
        QTableView *view = open(list.get());
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        clickHeader(view, companyCity);
        fetchAll(view);
        CHECK(column(view->model(), 0)
              == QStringList({QStringLiteral("Cobalt"), QStringLiteral("Acme"),
                              QStringLiteral("Borealis")}));
    }
    {
        std::unique_ptr<ListModule> list(createCompaniesModule(s));
        QTableView *view = open(list.get());
        fetchAll(view);
        CHECK(view->horizontalHeader()->sortIndicatorSection() == companyCity);
        CHECK(column(view->model(), 0)
              == QStringList({QStringLiteral("Cobalt"), QStringLiteral("Acme"),
                              QStringLiteral("Borealis")}));
    }
    QSettings().remove(QStringLiteral("lists"));
}

TEST_CASE("A column whose custom field is deleted leaves the list without an error",
          "[ui][customfields][columns]")
{
    QSettings().remove(QStringLiteral("lists"));
    TestDatabase t;
    Session s = t.session();
    const qint64 budget = addField(s, QStringLiteral("contact"), QStringLiteral("Budget"),
                                   CustomField::Kind::Number);
    for (const char *name : {"Berg", "Aalto"}) {
        Contact c;
        c.firstName = QStringLiteral("X");
        c.lastName = QLatin1String(name);
        const qint64 id = *ContactRepository(s).create(c);
        REQUIRE(CustomFieldRepository(s)
                    .setValue(QStringLiteral("contact"), id, QStringLiteral("Budget"),
                              QLatin1String(name) == QLatin1String("Berg") ? QStringLiteral("5")
                                                                           : QStringLiteral("9"))
                    .ok());
    }
    std::unique_ptr<ListModule> contacts(createContactsModule(s));
    QTableView *view = showList(contacts.get());
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int own = view->model()->columnCount();
    menuEntry(contacts.get(), QStringLiteral("extraColumn:custom:%1").arg(budget))->trigger();
    REQUIRE(view->model()->columnCount() == own + 1);
    clickHeader(view, own); // ordered by budget: Berg (5) before Aalto (9)
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 2; }));
    CHECK(column(view->model(), 0).first() == QStringLiteral("X Berg"));

    // Given the field is deleted (Settings → Custom Fields tells the window's lists so)
    REQUIRE(CustomFieldRepository(s).removeField(budget).ok());
    UndoStack::of(contacts.get())->notifyChanged(QStringLiteral("contact"), {});
    // Then its column is gone, no error shows and the list is in its own order again
    auto *error = contacts->widget()->findChild<QWidget *>(QStringLiteral("errorBanner"));
    REQUIRE(error);
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 2; }));
    CHECK_FALSE(error->isVisible());
    CHECK(view->model()->columnCount() == own);
    CHECK(column(view->model(), 0) == QStringList({QStringLiteral("X Aalto"), QStringLiteral("X Berg")}));

    // A list reading with the column still chosen (the field deleted from another window)
    // shows the rows too
    REQUIRE(CustomFieldRepository(s).restoreField(budget).ok());
    UndoStack::of(contacts.get())->notifyChanged(QStringLiteral("contact"), {});
    CHECK(view->model()->columnCount() == own + 1); // restored: the column is back
    REQUIRE(CustomFieldRepository(s).removeField(budget).ok());
    view->model()->sort(0); // any re-read
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 2; }));
    CHECK_FALSE(error->isVisible());
    QSettings().remove(QStringLiteral("lists"));
}
