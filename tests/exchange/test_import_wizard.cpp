// The import wizard driven offscreen with real widgets: file -> mapping -> duplicates ->
// validation grid with problems highlighted -> import -> summary; then Undo on the Import page.
#include "import/import_module.h"
#include "import/import_profiles.h"
#include "import/import_wizard.h"
#include "import/photo_prefetch.h"

#include "photos/contact_photos.h"
#include "repo/contact_repository.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QBuffer>
#include <QImage>

using namespace kontor;

namespace {

qint64 contactCount(const Session &s)
{
    auto n = ContactRepository(s).count(ContactQuery{});
    REQUIRE(n.ok());
    return *n;
}

// The wizard on a vCard file, past its mapping, at the duplicates page.
ImportWizard *atDuplicatesPage(ImportModule &module, const QString &cards)
{
    module.widget()->show();
    ImportWizard *wizard = module.startImport(cards);
    REQUIRE(wizard);
    wizard->next(); // vCard fields map themselves
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DuplicatesPageId);
    REQUIRE(wizard->findChild<QCheckBox *>(QStringLiteral("keepPhotos")));
    return wizard;
}

// The same with Keep photos ticked.
ImportWizard *startKeepingPhotos(ImportModule &module, const QString &cards)
{
    ImportWizard *wizard = atDuplicatesPage(module, cards);
    wizard->findChild<QCheckBox *>(QStringLiteral("keepPhotos"))->setChecked(true);
    return wizard;
}

} // namespace

TEST_CASE("The import wizard checks, imports and the Import page undoes", "[ui][import]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString file = tdb.tempPath(QStringLiteral("people.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Etunimi;Sukunimi;S\xC3\xA4hk\xC3\xB6posti;Syntym\xC3\xA4p\xC3\xA4iv\xC3\xA4;Lempiruoka\n"
                "Matti;Meik\xC3\xA4l\xC3\xA4inen;matti@example.fi;15.03.1980;puuro\n"
                "Liisa;Virtanen;not-an-email;1.1.1990;kala\n"
                "Pekka;Korhonen;pekka@example.fi;03/04/1985;\n");
    }

    ImportModule module(s, nullptr);
    module.widget()->show();
    ImportWizard *wizard = module.startImport(file);
    REQUIRE(wizard);
    QTRY_VERIFY(wizard->isVisible());

    // Pictures for the README (scripts/screenshot.sh sets the folder), at a size a user sees
    const QString shots = qEnvironmentVariable("KONTOR_WIZARD_SHOTS");
    if (!shots.isEmpty())
        wizard->resize(960, 640);

    // File page: the preview shows the rows as read, delimiter detected
    auto *preview = wizard->findChild<QTableView *>(QStringLiteral("preview"));
    REQUIRE(preview);
    QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(preview->model()->rowCount() == 3);
    CHECK(preview->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Etunimi"));
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("fileInfo"))->text().contains(QLatin1Char(';')));
    if (!shots.isEmpty())
        wizard->grab().save(shots + QStringLiteral("/import-file.png"));
    wizard->next();

    // Mapping page: Finnish headers suggested; the unknown column becomes a new custom field
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    auto *email = wizard->findChild<QComboBox *>(QStringLiteral("field_2"));
    REQUIRE(email);
    CHECK(email->currentData().toString() == QStringLiteral("email"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_3"))->currentData().toString()
          == QStringLiteral("birthday"));
    auto *food = wizard->findChild<QComboBox *>(QStringLiteral("field_4"));
    CHECK(food->currentData().toString().isEmpty()); // do not import, unless chosen
    if (!shots.isEmpty())
        wizard->grab().save(shots + QStringLiteral("/import-mapping.png"));
    food->setCurrentIndex(food->findData(QStringLiteral("custom:Lempiruoka")));
    wizard->next();

    // Duplicates page, then the check: a dry run with counts and problem cells in red
    REQUIRE(wizard->currentId() == ImportWizard::DuplicatesPageId);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QLatin1String("1 to create")));
    CHECK(counts->text().contains(QLatin1String("2 with problems")));
    CHECK(contactCount(s) == 0); // nothing saved by the check
    auto *grid = wizard->findChild<QTableView *>(QStringLiteral("validationGrid"));
    QAbstractItemModelTester gridTester(grid->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QModelIndex badEmail = grid->model()->index(1, 3); // row 2 of data, column Sähköposti
    CHECK(badEmail.data().toString() == QStringLiteral("not-an-email"));
    CHECK(badEmail.data(Qt::UserRole + 1).toBool());
    CHECK(badEmail.data(Qt::ToolTipRole).toString().contains(QLatin1String("email")));
    CHECK_FALSE(grid->model()->index(0, 3).data(Qt::UserRole + 1).toBool());
    CHECK(grid->model()->index(2, 4).data(Qt::ToolTipRole).toString().contains(QLatin1String("ambiguous")));
    if (!shots.isEmpty()) // for looking at it, not for asserting
        wizard->grab().save(shots + QStringLiteral("/import-check.png"));
    auto *problemsOnly = wizard->findChild<QCheckBox *>(QStringLiteral("problemsOnly"));
    QTest::mouseClick(problemsOnly, Qt::LeftButton, {}, QPoint(5, problemsOnly->height() / 2));
    CHECK(problemsOnly->isChecked());
    CHECK(grid->isRowHidden(0));
    CHECK_FALSE(grid->isRowHidden(1));

    // Import: progress, then the summary; the good row is in the base
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::RunPageId);
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("created")), 20000);
    CHECK(summary->text().contains(QLatin1String("1 created")));
    CHECK(wizard->findChild<QPushButton *>(QStringLiteral("saveRejects"))->isVisibleTo(wizard));
    CHECK(contactCount(s) == 1);
    wizard->accept();

    // The Import page lists it; Undo (confirmed) removes the contact again
    auto *history = module.widget()->findChild<QTableView *>(QStringLiteral("importHistory"));
    REQUIRE(history->model()->rowCount() == 1);
    history->selectRow(0);
    auto *undo = module.widget()->findChild<QPushButton *>(QStringLiteral("undoImport"));
    REQUIRE(undo->isEnabled());
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->button(QMessageBox::Yes)->click();
        }
    });
    QTest::mouseClick(undo, Qt::LeftButton);
    auto *status = module.widget()->findChild<QLabel *>(QStringLiteral("importStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("undone")), 20000);
    CHECK(contactCount(s) == 0);
}

TEST_CASE("The import wizard imports deals, with stage names checked", "[ui][import][deals]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString file = tdb.writeFile(QStringLiteral("deals.csv"), "Deal,Stage,Amount\nRenewal,Qualified,\"1 200,00 \xE2\x82\xAC\"\nMystery,Closing,50\n");
    ImportModule module(s, nullptr);
    module.widget()->show();
    ImportWizard *wizard = module.startImport(file);
    REQUIRE(wizard);
    QTRY_VERIFY(wizard->isVisible());

    // Import as: Deals, chosen in the drop-down as a user would
    auto *entity = wizard->findChild<QComboBox *>(QStringLiteral("entity"));
    REQUIRE(entity);
    const int deals = entity->findData(int(ExchangeEntity::Deals));
    REQUIRE(deals >= 0);
    entity->setCurrentIndex(deals);
    emit entity->activated(deals);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_0"))->currentData().toString() == QStringLiteral("title"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_1"))->currentData().toString() == QStringLiteral("stage"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_2"))->currentData().toString() == QStringLiteral("amount"));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DuplicatesPageId);
    auto *titleCompany = wizard->findChild<QCheckBox *>(QStringLiteral("match_%1").arg(int(importing::MatchKey::NameCompany)));
    CHECK(titleCompany->text() == QStringLiteral("Title and company"));
    CHECK(titleCompany->isChecked());
    CHECK_FALSE(wizard->findChild<QCheckBox *>(QStringLiteral("match_%1").arg(int(importing::MatchKey::Email)))->isVisibleTo(wizard));
    wizard->next();
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QLatin1String("1 to create")));
    CHECK(counts->text().contains(QLatin1String("1 with problems")));
    auto *grid = wizard->findChild<QTableView *>(QStringLiteral("validationGrid"));
    // The unknown stage is the red cell, its tooltip naming the stages there are
    const QModelIndex stage = grid->model()->index(1, 2);
    CHECK(stage.data().toString() == QStringLiteral("Closing"));
    CHECK(stage.data(Qt::UserRole + 1).toBool());
    CHECK(stage.data(Qt::ToolTipRole).toString().contains(QLatin1String("Negotiation")));
    wizard->next();
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("created")), 20000);
    CHECK(summary->text().contains(QLatin1String("1 created")));
    wizard->accept();
}

TEST_CASE("The import wizard imports activities onto contacts", "[ui][import][activities]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    Contact ann;
    ann.firstName = QStringLiteral("Ann");
    ann.emails = {{0, QStringLiteral("work"), QStringLiteral("ann@example.com")}};
    REQUIRE(ContactRepository(s).create(ann).ok());
    const QString file = tdb.writeFile(QStringLiteral("calls.csv"), "Type,Date,Subject,Email,Mood\ncall,2025-03-10 09:30,Intro,ann@example.com,good\n");
    ImportModule module(s, nullptr);
    module.widget()->show();
    ImportWizard *wizard = module.startImport(file);
    REQUIRE(wizard);
    auto *entity = wizard->findChild<QComboBox *>(QStringLiteral("entity"));
    const int activities = entity->findData(int(ExchangeEntity::Activities));
    REQUIRE(activities >= 0);
    entity->setCurrentIndex(activities);
    emit entity->activated(activities);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_0"))->currentData().toString() == QStringLiteral("kind"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_1"))->currentData().toString() == QStringLiteral("occurred_at"));
    // Activities have no custom fields, so the unknown column is not offered as a new one
    auto *mood = wizard->findChild<QComboBox *>(QStringLiteral("field_4"));
    CHECK(mood->findData(QStringLiteral("custom:Mood")) < 0);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DuplicatesPageId);
    CHECK_FALSE(wizard->findChild<QRadioButton *>(QStringLiteral("policy_%1").arg(int(importing::DuplicatePolicy::Update)))
                    ->isVisibleTo(wizard));
    wizard->next();
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QLatin1String("1 to create")));
    wizard->next();
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("created")), 20000);
    auto got = ContactRepository(s).get(1);
    REQUIRE(got.ok());
    CHECK(got->lastContactedAt.isValid()); // the call moved "last contacted"
    wizard->accept();
}

TEST_CASE("The wizard picks the saved mapping made for these columns and saves a new one", "[ui][import][profiles]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    importing::MappingProfile fair;
    fair.name = QStringLiteral("Messulista");
    fair.header = {QStringLiteral("Nimi"), QStringLiteral("Posti"), QStringLiteral("Syntynyt"), QStringLiteral("Ruoka")};
    fair.fields = {QStringLiteral("first_name"), QStringLiteral("email"), QStringLiteral("birthday"), QString()};
    fair.dateOrder = importing::DateOrder::DayFirst;
    REQUIRE(importing::saveProfile(s, fair).ok());
    const QString file = tdb.tempPath(QStringLiteral("fair.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Ruoka;Syntynyt;Nimi;Posti\nkala;04/05/1981;Liisa;liisa@example.fi\n"); // other order
    }
    ImportModule module(s, nullptr);
    module.widget()->show();
    ImportWizard *wizard = module.startImport(file);
    REQUIRE(wizard);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    auto *profile = wizard->findChild<QComboBox *>(QStringLiteral("profile"));
    CHECK(profile->currentText() == QStringLiteral("Messulista"));
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("profileInfo"))->text().contains(QLatin1String("Messulista")));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_0"))->currentData().toString().isEmpty());
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_1"))->currentData().toString() == QStringLiteral("birthday"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_3"))->currentData().toString() == QStringLiteral("email"));
    if (qEnvironmentVariableIsSet("KONTOR_WIZARD_SHOTS")) {
        wizard->resize(960, 640);
        wizard->grab().save(qEnvironmentVariable("KONTOR_WIZARD_SHOTS") + QStringLiteral("/import-mapping-profile.png"));
    }
    // Choosing "None" goes back to the suggestion from the column names
    profile->setCurrentIndex(0);
    emit profile->activated(0);
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_3"))->currentData().toString() == QStringLiteral("email"));
    profile->setCurrentIndex(1);
    emit profile->activated(1);
    wizard->next();

    // The profile's day-first order is preselected; a name saves this mapping as another one
    REQUIRE(wizard->currentId() == ImportWizard::DuplicatesPageId);
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("dateOrder"))->currentData().toInt()
          == int(importing::DateOrder::DayFirst));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("profileName")), QStringLiteral("Fair, reordered"));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    auto saved = importing::loadProfile(s, QStringLiteral("Fair, reordered"));
    REQUIRE(saved.ok());
    CHECK(saved->header.first() == QStringLiteral("Ruoka"));
    CHECK(saved->fields.at(1) == QStringLiteral("birthday"));
    CHECK(saved->dateOrder == importing::DateOrder::DayFirst);
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QLatin1String("1 to create"))); // 04/05/1981 read day-first
    wizard->button(QWizard::CancelButton)->click(); // the check is done: Cancel closes
}

TEST_CASE("The wizard reads a file with its saved mapping's encoding, delimiter and header row",
          "[ui][import][profiles]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    importing::MappingProfile crm;
    crm.name = QStringLiteral("Old CRM");
    crm.header = {QStringLiteral("Имя"), QStringLiteral("Почта")};
    crm.fields = {QStringLiteral("first_name"), QStringLiteral("email")};
    crm.encoding = QStringLiteral("windows-1251");
    crm.delimiter = QLatin1Char('|');
    crm.headerRow = 2;
    REQUIRE(importing::saveProfile(s, crm).ok());
    CHECK(importing::loadProfile(s, crm.name)->headerRow == 2); // kept with the profile

    // A title line above the header, bars between fields, Cyrillic in windows-1251.
    const QString file = tdb.tempPath(QStringLiteral("old-crm.txt"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xC2\xFB\xE3\xF0\xF3\xE7\xEA\xE0 2026\r\n" // "Выгрузка 2026"
                "\xC8\xEC\xFF|\xCF\xEE\xF7\xF2\xE0\r\n"   // "Имя|Почта"
                "\xC1\xEE\xF0\xE8\xF1|boris@example.ru\r\n"); // "Борис|boris@..."
    }
    ImportModule module(s, nullptr);
    module.widget()->show();
    ImportWizard *wizard = module.startImport(file);
    REQUIRE(wizard);
    auto *preview = wizard->findChild<QTableView *>(QStringLiteral("preview"));
    REQUIRE(preview);
    QTRY_COMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Имя"));
    CHECK(preview->model()->rowCount() == 1);
    CHECK(preview->model()->index(0, 0).data().toString() == QStringLiteral("Борис"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("encoding"))->currentData().toString()
          == QStringLiteral("windows-1251"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("delimiter"))->currentData().toString()
          == QStringLiteral("|"));
    CHECK(wizard->findChild<QSpinBox *>(QStringLiteral("headerRow"))->value() == 2);
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("fileInfo"))->text().contains(QStringLiteral("Old CRM")));

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("profile"))->currentText() == QStringLiteral("Old CRM"));
    CHECK(wizard->findChild<QComboBox *>(QStringLiteral("field_1"))->currentData().toString() == QStringLiteral("email"));
    wizard->next();
    wizard->next();
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QLatin1String("1 to create")));
    wizard->next();
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("created")), 20000);
    auto boris = ContactRepository(s).get(1);
    REQUIRE(boris.ok());
    CHECK(boris->firstName == QStringLiteral("Борис"));
    wizard->accept();
}

TEST_CASE("The wizard keeps a vCard's photos when asked", "[ui][import][photos]")
{
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString cards = QStringLiteral(KONTOR_TEST_DATA "/kde-kcontacts/autotests/data/vcard12.vcf");
    ImportModule module(s, nullptr);
    ImportWizard *wizard = atDuplicatesPage(module, cards);
    auto *keep = wizard->findChild<QCheckBox *>(QStringLiteral("keepPhotos"));
    CHECK(keep->isVisibleTo(wizard)); // a vCard file: offered
    CHECK_FALSE(keep->isChecked());   // and off unless asked for
    keep->setChecked(true);
    if (qEnvironmentVariableIsSet("KONTOR_WIZARD_SHOTS")) {
        wizard->resize(960, 640);
        wizard->grab().save(qEnvironmentVariable("KONTOR_WIZARD_SHOTS") + QStringLiteral("/import-duplicates-photos.png"));
    }
    wizard->next();
    // The check and the import share one set of fetched photos (each address fetched once)
    REQUIRE(wizard->options.photos);
    const auto shared = wizard->options.photos;
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    wizard->next();
    CHECK(wizard->options.photos == shared);
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("created")), 20000);
    auto photo = ContactPhotoRepository(s).get(1);
    REQUIRE(photo.ok());
    REQUIRE(photo->has_value());
    CHECK((*photo)->mimeType == QStringLiteral("image/png"));
    wizard->accept();
}

TEST_CASE("The wizard fetches a card's photo once, before its check, and says so meanwhile",
          "[ui][import][photos]")
{
    // A web server on 127.0.0.1 in this thread (the wizard fetches on its worker) that takes
    // its time, so the check page has something to say while it waits.
    QByteArray png;
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QBuffer buffer(&png);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(image.save(&buffer, "PNG"));
    }
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                QTimer::singleShot(1500, socket, [socket, png] {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" + png);
                    socket->disconnectFromHost();
                });
            });
        }
    });

    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString cards = tdb.writeFile(
        QStringLiteral("web-photo.vcf"),
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Web;Wanja;;;\r\nEMAIL:wanja@example.com\r\nPHOTO:http://127.0.0.1:"
            + QByteArray::number(server.serverPort()) + "/wanja.png\r\nEND:VCARD\r\n");
    ImportModule module(s, nullptr);
    ImportWizard *wizard = startKeepingPhotos(module, cards);
    wizard->next();

    // The check page says what it waits for, then gives its counts
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("Fetching photos: 0 of 1")), 10000);
    // ... in the present tense while it works, not as if it were done
    CHECK(wizard->currentPage()->subTitle().startsWith(QLatin1String("Every row is checked")));
    if (qEnvironmentVariableIsSet("KONTOR_WIZARD_SHOTS")) {
        wizard->resize(960, 640);
        wizard->grab().save(qEnvironmentVariable("KONTOR_WIZARD_SHOTS") + QStringLiteral("/import-fetching-photos.png"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(wizard->currentPage()->subTitle().startsWith(QLatin1String("Every row was checked")));
    CHECK(requests == 1);
    CHECK(contactCount(s) == 0); // a check writes nothing

    // The import uses what the check fetched: no second request
    wizard->next();
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("created")), 20000);
    CHECK(summary->text().contains(QStringLiteral("1 created")));
    CHECK(requests == 1);
    auto photo = ContactPhotoRepository(s).get(1); // the only contact of a new database
    REQUIRE(photo.ok());
    REQUIRE(photo->has_value());
    CHECK((*photo)->bytes == png);
    wizard->accept();
}

TEST_CASE("The wizard says which photos it could not keep, and imports their contacts",
          "[ui][import][photos]")
{
    // Given a card whose photo is a file on the sender's disk (never fetched) and one without
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString cards = tdb.writeFile(QStringLiteral("file-photo.vcf"),
                                        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Local;Lia;;;\r\nEMAIL:lia@example.com\r\n"
                                        "PHOTO;VALUE=uri:file:///home/lia/me.jpg\r\nEND:VCARD\r\n"
                                        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Plain;Pia;;;\r\nEMAIL:pia@example.com\r\nEND:VCARD\r\n");
    ImportModule module(s, nullptr);
    ImportWizard *wizard = startKeepingPhotos(module, cards);

    // The check names the card's row, the address and why, before anything is saved
    wizard->next();
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QStringLiteral("0 with problems")));
    CHECK(counts->text().contains(QStringLiteral("1 photo(s) cannot be kept")));
    CHECK(counts->text().contains(QStringLiteral("row 1, column Photo, \"file:///home/lia/me.jpg\": "
                                                 "Only web addresses (http, https) are fetched.")));

    // The import creates both people; its summary says it again and offers the problem rows
    wizard->next();
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("created")), 20000);
    CHECK(summary->text().contains(QStringLiteral("2 created")));
    CHECK(summary->text().contains(QStringLiteral("1 photo(s) could not be kept")));
    CHECK(summary->text().contains(QStringLiteral("Lia Local was imported without the photo.")));
    CHECK(wizard->findChild<QPushButton *>(QStringLiteral("saveRejects"))->isVisibleTo(wizard));
    CHECK(contactCount(s) == 2);
    wizard->accept();
}

TEST_CASE("The check page lists problem rows from the whole file, not only its first rows",
          "[ui][import]")
{
    // Given 1,500 rows whose only problems are far down the file (rows 1,000 and 1,400), and
    // a user whose locale writes 1500 as "1.500"
    struct GermanNumbers
    {
        const QLocale before;
        GermanNumbers() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
        ~GermanNumbers() { QLocale::setDefault(before); }
    } german;
    test::TestDatabase tdb;
    const Session s = tdb.session();
    const QString file = tdb.tempPath(QStringLiteral("long.csv"));
    {
        QString text = QStringLiteral("First name,Last name,Email\n");
        for (int i = 1; i <= 1500; ++i) {
            const QString email = (i == 1000 || i == 1400) ? QStringLiteral("nobody-at-example")
                                                          : QStringLiteral("p%1@example.com").arg(i);
            text += QStringLiteral("P%1,Long,%2\n").arg(i).arg(email);
        }
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    ImportModule module(s, nullptr);
    module.widget()->show();
    ImportWizard *wizard = module.startImport(file);
    REQUIRE(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    auto *counts = wizard->findChild<QLabel *>(QStringLiteral("dryRunCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("to create")), 20000);
    CHECK(counts->text().contains(QLatin1String("2 with problems")));
    CHECK(counts->text().contains(QLatin1String("1.500 rows: 1.498 to create"))); // counts in the user's locale

    // When only the problem rows are shown
    auto *problemsOnly = wizard->findChild<QCheckBox *>(QStringLiteral("problemsOnly"));
    QTest::mouseClick(problemsOnly, Qt::LeftButton, {}, QPoint(5, problemsOnly->height() / 2));
    auto *grid = wizard->findChild<QTableView *>(QStringLiteral("validationGrid"));
    QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // Then both are there, with their file row numbers and the bad cell marked
    QStringList shown;
    for (int r = 0; r < grid->model()->rowCount(); ++r) {
        if (!grid->isRowHidden(r)) {
            shown << grid->model()->index(r, 0).data().toString();
            CHECK(grid->model()->index(r, 3).data(Qt::UserRole + 1).toBool());
            CHECK(grid->model()->index(r, 3).data().toString() == QStringLiteral("nobody-at-example"));
        }
    }
    // (the CSV reader numbers rows by line: data row 1,000 is line 1,001)
    CHECK(shown == QStringList{QStringLiteral("1001"), QStringLiteral("1401")});
    // and every row of the grid is in file order
    for (int r = 1; r < grid->model()->rowCount(); ++r)
        CHECK(grid->model()->index(r - 1, 0).data().toLongLong() < grid->model()->index(r, 0).data().toLongLong());
    CHECK_FALSE(wizard->findChild<QLabel *>(QStringLiteral("moreProblems"))->isVisibleTo(wizard));
    wizard->close();
}
