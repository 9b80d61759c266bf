// The wizard's check with a custom field: a value its field refuses is a problem of that cell,
// highlighted like a bad e-mail, before anything is written.
#include "import/import_module.h"
#include "import/import_wizard.h"

#include "customfields/custom_field_repository.h"
#include "repo/contact_repository.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace kontor;

TEST_CASE("The wizard's check highlights a custom value its field refuses", "[ui][import][custom]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    CustomField budget;
    budget.entity = QStringLiteral("contact");
    budget.name = QStringLiteral("Budget");
    budget.kind = CustomField::Kind::Number;
    REQUIRE(CustomFieldRepository(s).addField(budget).ok());
    const QString file = tdb.tempPath(QStringLiteral("budgets.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name,Email,Budget\n"
                "Ann Berg,ann@example.com,1200\n"
                "Bo Lind,bo@example.com,lots\n");
    }

    ImportModule module(s, nullptr);
    module.widget()->show();
    ImportWizard *wizard = module.startImport(file);
    REQUIRE(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    // A column named like an existing custom field goes there.
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_2"))->currentData().toString()
          == QStringLiteral("custom:Budget"));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DuplicatesPageId);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QLatin1String("1 to create")));
    CHECK(counts->text().contains(QLatin1String("1 with problems")));
    auto *grid = wizard->findChild<QTableView *>(QStringLiteral("validationGrid"));
    QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QModelIndex refused = grid->model()->index(1, 3); // Bo's Budget (column 0 is the row)
    CHECK(refused.data().toString() == QStringLiteral("lots"));
    CHECK(refused.data(Qt::UserRole + 1).toBool());
    CHECK(refused.data(Qt::ToolTipRole).toString().contains(QLatin1String("not a number")));
    CHECK_FALSE(grid->model()->index(0, 3).data(Qt::UserRole + 1).toBool());
    auto n = ContactRepository(s).count(ContactQuery {});
    REQUIRE(n.ok());
    CHECK(*n == 0); // the check wrote nothing
    wizard->close();
}
