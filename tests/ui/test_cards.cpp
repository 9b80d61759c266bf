#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "cards/card_style.h"
#include "cards/company_card.h"
#include "cards/contact_card.h"
#include "cards/log_activity_dialog.h"
#include "cards/timeline_model.h"
#include "cards/timeline_panel.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "shell/session_controller.h"
#include "undo/undo_stack.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>

using namespace kontor;

namespace {

ContactCard *openFromList(MainWindow &window, const QString &name)
{
    test::showModule(window, QStringLiteral("Contacts"));
    QTableView *view = test::currentList(window);
    test::selectRow(view, test::rowOf(view, name));
    QTest::keyClick(view, Qt::Key_Return);
    auto *card = window.findChild<ContactCard *>();
    REQUIRE(card);
    return card;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

qint64 contactIdByName(const Session &s, const QString &text)
{
    ContactQuery q;
    q.text = text;
    const auto page = ContactRepository(s).list(q);
    REQUIRE(page);
    REQUIRE(page->items.size() == 1);
    return page->items.first().id;
}

} // namespace

TEST_CASE("A contact card opens from the list, saves an edit, and Undo puts it back",
          "[ui][cards]")
{
    // Given the main window on a database with a few contacts
    test::SampleWindow w;
    const Session session = w.session;
    MainWindow &window = w.window;

    // When Enter is pressed on Anna's row, her card opens with her data
    ContactCard *card = openFromList(window, QStringLiteral("Anna Berg"));
    CHECK(child<QLineEdit>(card, "firstNameField")->text() == QStringLiteral("Anna"));
    CHECK(child<QLineEdit>(card, "companyField")->text() == QStringLiteral("Acme Trading"));
    CHECK(child<QLineEdit>(card, "email_0")->text() == QStringLiteral("anna@acme.example"));
    auto *save = child<QPushButton>(card, "saveButton");
    CHECK_FALSE(save->isEnabled()); // nothing edited yet

    // When her job title is typed and saved
    retype(child<QLineEdit>(card, "titleField"), QStringLiteral("Head of Purchasing"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // Then the database and the list show the new title
    const qint64 annaId = card->contactId();
    CHECK(ContactRepository(session).get(annaId)->title == QStringLiteral("Head of Purchasing"));
    QTableView *list = test::currentList(window);
    CHECK(list->model()->index(test::rowOf(list, QStringLiteral("Anna Berg")), 2).data()
          == QStringLiteral("Head of Purchasing"));
    CHECK_FALSE(card->isDirty());
    // And the change is in her history
    CHECK(card->timeline()->model()->index(0, TimelineModel::WhatColumn).data().toString()
          == QStringLiteral("Changed job title → Head of Purchasing"));

    // When Edit → Undo is chosen, the old title is back in the database, the card and the list
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    REQUIRE(undo);
    CHECK(undo->text() == QStringLiteral("&Undo Edit “Anna Berg”"));
    undo->trigger();
    CHECK(ContactRepository(session).get(annaId)->title.isEmpty());
    CHECK(child<QLineEdit>(card, "titleField")->text().isEmpty());
    CHECK(list->model()->index(test::rowOf(list, QStringLiteral("Anna Berg")), 2).data()
          == QString());

    // And Redo saves it again
    window.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    CHECK(ContactRepository(session).get(annaId)->title == QStringLiteral("Head of Purchasing"));
    card->close();
}

TEST_CASE("A wrong email is explained next to it and nothing is saved", "[ui][cards]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    const qint64 borisId = contactIdByName(session, QStringLiteral("Boris"));
    ContactCard *card = openContactCard(session, borisId, &window);

    // When the email is mistyped and the job title changed too
    retype(child<QLineEdit>(card, "email_0"), QStringLiteral("boris(at)nord.example"));
    retype(child<QLineEdit>(card, "titleField"), QStringLiteral("CFO"));
    QTest::mouseClick(child<QPushButton>(card, "saveButton"), Qt::LeftButton);

    // Then the message sits under the email, in plain words
    auto *emailError = child<QLabel>(card, "emailError_0");
    CHECK(emailError->isVisible());
    CHECK(emailError->text()
          == QStringLiteral("\"boris(at)nord.example\" is not an email address"));
    CHECK(child<QLabel>(card, "errorBanner")->isVisible());
    // And nothing was written: neither the email nor the valid title
    const Contact stored = *ContactRepository(session).get(borisId);
    CHECK(stored.primaryEmail() == QStringLiteral("boris@nord.example"));
    CHECK(stored.title.isEmpty());
    CHECK(window.undoStack()->count() == 0);
    CHECK(card->isDirty());

    // When a phone has too few digits, it is explained too
    QTest::mouseClick(child<QPushButton>(card, "add_phone"), Qt::LeftButton);
    retype(child<QLineEdit>(card, "phone_0"), QStringLiteral("12"));
    QTest::mouseClick(child<QPushButton>(card, "saveButton"), Qt::LeftButton);
    CHECK(child<QLabel>(card, "phoneError_0")->text().toStdString()
          == "\"12\" is not a phone number: it needs 3 to 17 digits");

    // When both are fixed, the save goes through
    retype(child<QLineEdit>(card, "email_0"), QStringLiteral("boris@nordlicht.example"));
    retype(child<QLineEdit>(card, "phone_0"), QStringLiteral("+49 30 1234567"));
    QTest::mouseClick(child<QPushButton>(card, "saveButton"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(card, "emailError_0")->isVisible());
    const Contact saved = *ContactRepository(session).get(borisId);
    CHECK(saved.primaryEmail() == QStringLiteral("boris@nordlicht.example"));
    CHECK(saved.primaryPhone() == QStringLiteral("+49 30 1234567"));
    CHECK(saved.title == QStringLiteral("CFO"));
    CHECK(window.undoStack()->count() == 1);
    card->close();
}

TEST_CASE("A call logged from the card is in the history and moves last contacted",
          "[ui][cards][timeline]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    const qint64 carlaId = contactIdByName(session, QStringLiteral("Carla"));
    ContactCard *card = openContactCard(session, carlaId, &window);
    CHECK(child<QLabel>(card, "cardMeta")->text() == QStringLiteral("Not contacted yet"));
    TimelineModel *timeline = card->timeline()->model();
    QAbstractItemModelTester tester(timeline,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // When "Log call" is clicked, a subject typed and the dialog saved
    QTest::mouseClick(child<QPushButton>(card, "log_call"), Qt::LeftButton);
    auto *dialog = card->findChild<LogActivityDialog *>();
    REQUIRE(dialog);
    auto *saveActivity = child<QPushButton>(dialog, "saveActivity");
    // An empty call is refused inside the dialog
    QTest::mouseClick(saveActivity, Qt::LeftButton);
    CHECK(child<QLabel>(dialog, "errorBanner")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "activitySubject"), QStringLiteral("Pricing call"));
    QTest::mouseClick(saveActivity, Qt::LeftButton);

    // Then it leads the history and "last contacted" is set, on screen and in the database
    REQUIRE(timeline->rowCount() >= 2);
    CHECK(timeline->index(0, TimelineModel::WhatColumn).data().toString().toStdString()
          == "Call: Pricing call");
    CHECK(timeline->index(0, TimelineModel::WhoColumn).data().toString() == QStringLiteral("Me"));
    CHECK(ContactRepository(session).get(carlaId)->lastContactedAt.isValid());
    CHECK(child<QLabel>(card, "cardMeta")->text().startsWith(QStringLiteral("Last contacted ")));

    // And Undo takes the call out of the history again; Redo puts it back
    const int withCall = timeline->rowCount();
    CHECK(window.undoStack()->undoText() == QStringLiteral("Log “Pricing call”"));
    window.undoStack()->undo();
    CHECK(timeline->rowCount() == withCall - 1);
    CHECK(timeline->index(0, TimelineModel::WhatColumn).data().toString()
          != QStringLiteral("Call: Pricing call"));
    window.undoStack()->redo();
    CHECK(timeline->rowCount() == withCall);
    card->close();
}

TEST_CASE("A company card shows its people and deals and saves edits undoably", "[ui][cards]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    test::showModule(window, QStringLiteral("Companies"));
    QTableView *list = test::currentList(window);
    test::selectRow(list, test::rowOf(list, QStringLiteral("Acme Trading")));
    QTest::keyClick(list, Qt::Key_Return);
    auto *card = window.findChild<CompanyCard *>();
    REQUIRE(card);

    QStringList people;
    for (int r = 0; r < card->people()->rowCount(); ++r)
        people << card->people()->item(r, 0)->text();
    CHECK(people == QStringList{QStringLiteral("Anna Berg"), QStringLiteral("David Okafor")});
    REQUIRE(card->deals()->rowCount() == 1);
    CHECK(card->deals()->item(0, 0)->text() == QStringLiteral("Acme yearly licence"));
    QAbstractItemModelTester tester(card->timeline()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(card->timeline()->model()->rowCount() >= 2); // created, new deal

    retype(child<QLineEdit>(card, "industryField"), QStringLiteral("Retail"));
    QTest::mouseClick(child<QPushButton>(card, "saveButton"), Qt::LeftButton);
    CHECK(CompanyRepository(session).get(card->companyId())->industry == QStringLiteral("Retail"));
    CHECK(list->model()->index(test::rowOf(list, QStringLiteral("Acme Trading")), 1).data()
          == QStringLiteral("Retail"));
    window.undoStack()->undo();
    CHECK(CompanyRepository(session).get(card->companyId())->industry
          == QStringLiteral("Wholesale"));
    CHECK(child<QLineEdit>(card, "industryField")->text() == QStringLiteral("Wholesale"));
    card->close();
}

TEST_CASE("The company is picked from existing companies by name", "[ui][cards]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    const qint64 carlaId = contactIdByName(session, QStringLiteral("Carla"));
    ContactCard *card = openContactCard(session, carlaId, &window);
    auto *company = child<QLineEdit>(card, "companyField");

    // When "Nord" is typed, the completer offers the matching company from the database
    retype(company, QStringLiteral("Nord"));
    QTRY_COMPARE_WITH_TIMEOUT(company->completer()->model()->rowCount(), 1, 2000);
    CHECK(company->completer()->model()->index(0, 0).data().toString()
          == QStringLiteral("Nordlicht GmbH"));

    // A name that is no company is explained and not saved
    retype(company, QStringLiteral("Nobody Ltd"));
    QTest::mouseClick(child<QPushButton>(card, "saveButton"), Qt::LeftButton);
    CHECK(child<QLabel>(card, "fieldError")->isVisible());
    CHECK(ContactRepository(session).get(carlaId)->companyId == 0);

    // The chosen company is saved with the role there
    retype(company, QStringLiteral("Nordlicht GmbH"));
    auto *role = child<QComboBox>(card, "roleField");
    role->setCurrentIndex(role->findText(QStringLiteral("Buyer")));
    QTest::mouseClick(child<QPushButton>(card, "saveButton"), Qt::LeftButton);
    const Contact saved = *ContactRepository(session).get(carlaId);
    CHECK(saved.companyName == QStringLiteral("Nordlicht GmbH"));
    CHECK(saved.companyRoleId != 0);
    CHECK(role->currentText() == QStringLiteral("Buyer"));
    card->close();
}

TEST_CASE("Messenger handles and social profiles open as web addresses from the card",
          "[ui][cards]")
{
    // Addresses a salesperson pastes or types
    CHECK(profileUrl(QStringLiteral("https://www.linkedin.com/in/anna-berg"))
          == QUrl(QStringLiteral("https://www.linkedin.com/in/anna-berg")));
    CHECK(profileUrl(QStringLiteral("linkedin.com/in/anna-berg"))
          == QUrl(QStringLiteral("https://linkedin.com/in/anna-berg")));
    CHECK(profileUrl(QStringLiteral("@anna_b")) == QUrl(QStringLiteral("https://t.me/anna_b")));
    // ... and what is no address: nothing is opened
    CHECK(profileUrl(QStringLiteral("live:anna.berg")).isEmpty());
    CHECK(profileUrl(QStringLiteral("+358 40 123 4567")).isEmpty());
    CHECK(profileUrl(QStringLiteral("Anna Berg")).isEmpty());

    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.messengers.append({0, QStringLiteral("linkedin"), QStringLiteral("linkedin.com/in/anna")});
    const qint64 id = ContactRepository(session).create(anna).value();
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    ContactCard *card = openContactCard(session, id, &window);
    // The profile's row has an Open button beside it, as e-mails have Write and phones Call
    auto *open = card->findChild<QToolButton *>(QStringLiteral("open_messenger_0"));
    REQUIRE(open);
    CHECK(open->text() == QStringLiteral("Open"));
}
