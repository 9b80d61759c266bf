// Settings → Phone Numbers: pick the default region, save, and the stored phones are read
// again on a worker thread; the result is reported in the dialog and search finds the number
// in its international form.
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/phone_region.h"
#include "repo/contact_repository.h"
#include "search/search_repository.h"
#include "shell/main_window.h"
#include "shell/session_controller.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QTest>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>

using namespace kontor;

TEST_CASE("Settings → Phone Numbers sets the region and reads the stored phones again",
          "[ui][phone]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session s = db.session();
    REQUIRE(phone::setDefaultRegion(s, QStringLiteral("US")).ok());
    Contact aino;
    aino.firstName = QStringLiteral("Aino");
    aino.lastName = QStringLiteral("Virtanen");
    aino.phones.append({0, QStringLiteral("mobile"), QStringLiteral("040 123 4567")});
    REQUIRE(ContactRepository(s).create(aino).ok());
    auto finds = [&] {
        const auto hits = SearchRepository(s).search(QStringLiteral("+358 40 123 4567"), 5);
        REQUIRE(hits.ok());
        return !hits->isEmpty();
    };
    REQUIRE_FALSE(finds()); // read as a US number, it is not the Finnish one

    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("phoneSettingsAction"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("phoneSettingsDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *region = dialog->findChild<QComboBox *>(QStringLiteral("defaultRegion"));
    CHECK(region->currentData().toString() == QStringLiteral("US"));
    const int fi = region->findData(QStringLiteral("FI"));
    REQUIRE(fi > 0);
    CHECK(region->itemText(fi).contains(QStringLiteral("+358")));
    region->setCurrentIndex(fi);
    CHECK(dialog->findChild<QCheckBox *>(QStringLiteral("renormalizePhones"))->isChecked());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("phoneSettingsSave")),
                      Qt::LeftButton);
    // While the phones are read again, the dialog cannot be closed (Esc is ignored)
    CHECK_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("phoneSettingsSave"))->isEnabled());
    dialog->reject();
    CHECK(dialog->isVisible());
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("phoneSettingsStatus"));
    REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("changed")); }));
    CHECK(status->text().contains(QStringLiteral("FI")));
    CHECK(status->text().contains(QStringLiteral("1 changed")));
    if (const QString shots = qEnvironmentVariable("KONTOR_WIZARD_SHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/phone-settings.png"));
    CHECK(phone::storedDefaultRegion(s).value() == QStringLiteral("FI"));
    CHECK(finds());

    // A second save with nothing to change says so and changes nothing
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("phoneSettingsSave")),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("0 changed")); }));
    dialog->reject();
    CHECK_FALSE(dialog->isVisible());
}
