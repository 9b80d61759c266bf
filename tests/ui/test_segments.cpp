// The contact list's filter bar and segment panel: narrow the list, save the filter as a
// segment, see it listed with its count, pick it again later.
#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/contact_filter_bar.h"
#include "contacts/segment_list.h"
#include "shell/session_controller.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>

using namespace kontor;

namespace {

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("A filter narrows the contact list, is saved as a segment and picked again",
          "[ui][segments]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    test::addSampleData(db.session());
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.resize(1400, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    test::showModule(window, QStringLiteral("Contacts"));
    QTableView *view = test::currentList(window);
    REQUIRE(view->model()->rowCount() == 4);
    auto *page = view->window()->findChild<ContactFilterBar *>(QStringLiteral("contactFilterBar"));
    REQUIRE(page);
    ContactFilterBar *bar = page;
    auto *panel = window.findChild<SegmentPanel *>(QStringLiteral("segmentPanel"));
    REQUIRE(panel);
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(panel->model()->rowCount() == 0);

    // A date that is not a date is named, and the list stays as it was
    auto *from = bar->findChild<QLineEdit *>(QStringLiteral("filterCreatedFrom"));
    REQUIRE(from);
    typeInto(from, QStringLiteral("31.12.2025"));
    QTest::keyClick(from, Qt::Key_Return);
    auto *error = bar->findChild<QLabel *>(QStringLiteral("filterError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("31.12.2025")));
    CHECK(view->model()->rowCount() == 4);
    typeInto(from, QString());

    // A company typed in the bar shrinks the list to its two people
    auto *company = bar->findChild<QLineEdit *>(QStringLiteral("filterCompany"));
    REQUIRE(company);
    typeInto(company, QStringLiteral("acme trading"));
    QTest::keyClick(company, Qt::Key_Return);
    CHECK_FALSE(error->isVisible());
    CHECK(test::columnTexts(view) == QStringList {QStringLiteral("Anna Berg"),
                                                  QStringLiteral("David Okafor")});

    // "Save as Segment…" asks for a name and whether the team shares it
    bool dialogSeen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("saveSegmentDialog"));
        if (!dialog)
            return;
        dialogSeen = true;
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("segmentName"));
        auto *shared = dialog->findChild<QCheckBox *>(QStringLiteral("segmentShared"));
        QTest::keyClicks(name, QStringLiteral("Acme people"));
        shared->setChecked(true);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    });
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("filterSaveSegment")),
                      Qt::LeftButton);
    CHECK(dialogSeen);
    REQUIRE(panel->model()->rowCount() == 1);
    const QModelIndex saved = panel->model()->index(0, 0);
    CHECK(saved.data().toString() == QStringLiteral("Acme people (2)"));
    CHECK(saved.data(SegmentListModel::CountRole).toLongLong() == 2);
    CHECK(saved.data(SegmentListModel::SharedRole).toBool());

    // "All Contacts" shows everyone again and empties the bar
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("allContactsButton")),
                      Qt::LeftButton);
    CHECK(view->model()->rowCount() == 4);
    CHECK(company->text().isEmpty());

    // Picking the segment narrows the list again and shows its conditions in the bar
    auto *list = panel->findChild<QListView *>(QStringLiteral("segmentList"));
    REQUIRE(list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(saved).center());
    CHECK(view->model()->rowCount() == 2);
    CHECK(company->text() == QStringLiteral("Acme Trading"));

    // A search in the search box works within the segment
    auto *search = view->parentWidget()->findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("Okafor"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(test::columnTexts(view) == QStringList {QStringLiteral("David Okafor")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Ivanov"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(view->model()->rowCount() == 0);
}

TEST_CASE("A private segment is listed for its owner with a count that follows the data",
          "[ui][segments]")
{
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    SegmentPanel panel(session);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ContactFilter nobody;
    nobody.tag = QStringLiteral("Trade fair");
    REQUIRE(panel.save(QStringLiteral("Fair visitors"), nobody, false));
    const auto listed = SegmentRepository(session).list();
    INFO((listed ? QString() : listed.error().message).toStdString());
    REQUIRE(listed);
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->index(0, 0).data(SegmentListModel::CountRole).toLongLong() == 0);
    CHECK_FALSE(panel.model()->index(0, 0).data(SegmentListModel::SharedRole).toBool());
    // An empty name is refused by the repository with a message, and nothing is added
    CHECK_FALSE(panel.save(QStringLiteral("  "), nobody, false));
    CHECK(panel.model()->rowCount() == 1);
}
