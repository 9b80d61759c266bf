// The duplicate review, driven offscreen: find a known pair, choose a field from the other
// record, merge, check the database, undo; "Not a duplicate" keeps a pair away.
#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "activities/activity_repository.h"
#include "customfields/custom_field_repository.h"
#include "duplicates/duplicate_pairs_model.h"
#include "duplicates/duplicates_dialog.h"
#include "duplicates/merge_preview_panel.h"
#include "repo/contact_repository.h"
#include "shell/session_controller.h"
#include "storage/sql.h"
#include "undo/undo_stack.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace kontor;

namespace {

qint64 count(const Session &s, const QString &sql, const QVariantList &binds)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto v = q.scalar(sql, binds);
    REQUIRE(v.ok());
    return v->toLongLong();
}

qint64 idOf(const Session &s, const QString &name)
{
    ContactQuery q;
    q.text = name;
    auto page = ContactRepository(s).list(q);
    REQUIRE(page.ok());
    REQUIRE(!page->items.isEmpty());
    return page->items.first().id;
}

DuplicatesDialog *openReview(MainWindow &window)
{
    test::showModule(window, QStringLiteral("Contacts"));
    auto *action = window.findChild<QAction *>(QStringLiteral("findDuplicatesAction"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = window.findChild<DuplicatesDialog *>(QStringLiteral("duplicatesDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The scan runs on a worker thread; the status says so until it answers.
    REQUIRE(QTest::qWaitFor([&] { return !dialog->scanning(); }, 10000));
    return dialog;
}

} // namespace

TEST_CASE("Duplicate review: merge with the other's title, undo restores both", "[ui][duplicates]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    ContactRepository contacts(session);
    // Given Anna Berg, a buyer at Acme, and a second record of her typed in at a fair
    const qint64 keep = idOf(session, QStringLiteral("Anna Berg"));
    Contact anna = *contacts.get(keep);
    anna.title = QStringLiteral("Buyer");
    REQUIRE(contacts.update(anna).ok());
    Contact again;
    again.firstName = QStringLiteral("Anna");
    again.lastName = QStringLiteral("Berg");
    again.title = QStringLiteral("Head of Purchasing");
    again.companyId = anna.companyId;
    again.emails.append({0, QStringLiteral("home"), QStringLiteral("anna.berg@home.example")});
    const qint64 other = *contacts.create(again);
    // with custom fields: a region on both (different), a budget on the second only
    const CustomFieldRepository fields(session);
    CustomField regionField;
    regionField.entity = QStringLiteral("contact");
    regionField.name = QStringLiteral("Region");
    regionField.kind = CustomField::Kind::Text;
    const qint64 region = *fields.addField(regionField);
    CustomField budgetField = regionField;
    budgetField.name = QStringLiteral("Budget");
    budgetField.kind = CustomField::Kind::Number;
    const qint64 budget = *fields.addField(budgetField);
    REQUIRE(fields.setValues(QStringLiteral("contact"), keep, {{region, QStringLiteral("North")}})
                .ok());
    REQUIRE(fields.setValues(QStringLiteral("contact"), other,
                             {{region, QStringLiteral("South")}, {budget, QStringLiteral("900")}})
                .ok());
    auto customOf = [&](qint64 id, qint64 field) {
        auto values = fields.values(QStringLiteral("contact"), id);
        REQUIRE(values.ok());
        for (const CustomValue &v : *values) {
            if (v.field.id == field)
                return v.value;
        }
        return QString();
    };
    for (const char *subject : {"Met at the fair", "Sent the catalogue"}) {
        Activity a;
        a.kind = QStringLiteral("note");
        a.subject = QString::fromUtf8(subject);
        a.contactId = other;
        REQUIRE(ActivityRepository(session).log(a).ok());
    }

    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // When the review is opened from the contact list
    DuplicatesDialog *dialog = openReview(window);
    QAbstractItemModelTester tester(dialog->pairsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Then the pair is listed with its reason
    DuplicatePairsModel *pairs = dialog->pairsModel();
    const int row = pairs->rowOf(keep, other);
    REQUIRE(row >= 0);
    CHECK(pairs->data(pairs->index(row, DuplicatePairsModel::ReasonColumn)).toString()
          == QStringLiteral("similar name in the same company"));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("duplicatesStatus"))->text().contains(
        QStringLiteral("look like the same person")));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("duplicatePairs"));
    REQUIRE(view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(pairs->index(row, 0)).center());
    REQUIRE(view->currentIndex().row() == row);

    // And the preview shows both titles, the kept one chosen
    auto *keepTitle = dialog->findChild<QRadioButton *>(QStringLiteral("keep_title"));
    auto *otherTitle = dialog->findChild<QRadioButton *>(QStringLiteral("other_title"));
    REQUIRE(keepTitle);
    REQUIRE(otherTitle);
    CHECK(keepTitle->text() == QStringLiteral("Buyer"));
    CHECK(otherTitle->text() == QStringLiteral("Head of Purchasing"));
    CHECK(keepTitle->isChecked());
    // And each custom field with both values: the kept region chosen, the budget (the kept
    // record has none) taken from the other
    const QString regionKey = QStringLiteral("custom:%1").arg(region);
    auto *keepRegion = dialog->findChild<QRadioButton *>(QStringLiteral("keep_") + regionKey);
    auto *otherRegion = dialog->findChild<QRadioButton *>(QStringLiteral("other_") + regionKey);
    auto *otherBudget = dialog->findChild<QRadioButton *>(
        QStringLiteral("other_custom:%1").arg(budget));
    REQUIRE(keepRegion);
    REQUIRE(otherRegion);
    REQUIRE(otherBudget);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("customFieldsHeading")));
    CHECK(keepRegion->text() == QStringLiteral("North"));
    CHECK(otherRegion->text() == QStringLiteral("South"));
    CHECK(keepRegion->isChecked());
    CHECK(otherBudget->isChecked());
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("mergeSummary"))->text();
    CHECK(summary.contains(QStringLiteral("anna@acme.example")));
    CHECK(summary.contains(QStringLiteral("anna.berg@home.example")));
    CHECK(summary.contains(QStringLiteral("Activities: 2 (0 + 2)")));

    // When the other's title is picked and Merge pressed
    REQUIRE(QTest::qWaitFor([&] { return otherTitle->isVisible(); }, 2000));
    // (on the indicator: a radio button takes clicks on its circle and text only)
    QTest::mouseClick(otherTitle, Qt::LeftButton, {}, QPoint(6, otherTitle->height() / 2));
    REQUIRE(otherTitle->isChecked());
    QTest::mouseClick(otherRegion, Qt::LeftButton, {}, QPoint(6, otherRegion->height() / 2));
    REQUIRE(otherRegion->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeButton")),
                      Qt::LeftButton);

    // Then the kept record has the other's title, both emails, the activities; the other
    // is in the trash and the pair is gone from the list
    auto merged = contacts.get(keep);
    REQUIRE(merged.ok());
    CHECK(merged->title == QStringLiteral("Head of Purchasing"));
    CHECK(merged->emails.size() == 2);
    CHECK(customOf(keep, region) == QStringLiteral("South"));
    CHECK(customOf(keep, budget) == QStringLiteral("900"));
    const QString activitiesOf
        = QStringLiteral("SELECT COUNT(*) FROM activities WHERE contact_id = ?");
    CHECK(count(session, activitiesOf, {keep}) == 2);
    CHECK(count(session, activitiesOf, {other}) == 0);
    CHECK_FALSE(contacts.get(other).ok());
    REQUIRE(QTest::qWaitFor([&] { return !dialog->scanning(); }, 10000));
    CHECK(pairs->rowOf(keep, other) < 0);

    // When Ctrl+Z is pressed in the review
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Z, Qt::ControlModifier);

    // Then both contacts are as they were, and the pair is proposed again
    auto k = contacts.get(keep);
    auto o = contacts.get(other);
    REQUIRE(k.ok());
    REQUIRE(o.ok());
    CHECK(k->title == QStringLiteral("Buyer"));
    CHECK(k->emails.size() == 1);
    CHECK(o->title == QStringLiteral("Head of Purchasing"));
    CHECK(customOf(keep, region) == QStringLiteral("North"));
    CHECK(customOf(keep, budget).isEmpty());
    CHECK(customOf(other, region) == QStringLiteral("South"));
    CHECK(customOf(other, budget) == QStringLiteral("900"));
    CHECK(count(session, activitiesOf, {keep}) == 0);
    CHECK(count(session, activitiesOf, {other}) == 2);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->scanning(); }, 10000));
    CHECK(pairs->rowOf(keep, other) >= 0);
    dialog->close();
}

TEST_CASE("Duplicate review: 'Not a Duplicate' keeps a pair away until undone", "[ui][duplicates]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    ContactRepository contacts(session);
    // Given two different people sharing the shop's one email address
    Contact a;
    a.firstName = QStringLiteral("Olli");
    a.lastName = QStringLiteral("Virtanen");
    a.emails.append({0, QStringLiteral("work"), QStringLiteral("info@kauppa.example")});
    const qint64 olli = *contacts.create(a);
    a.firstName = QStringLiteral("Sari");
    const qint64 sari = *contacts.create(a);

    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    DuplicatesDialog *dialog = openReview(window);
    DuplicatePairsModel *pairs = dialog->pairsModel();
    const int row = pairs->rowOf(olli, sari);
    REQUIRE(row >= 0);
    CHECK(pairs->data(pairs->index(row, DuplicatePairsModel::ReasonColumn)).toString()
          == QStringLiteral("same email"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("duplicatePairs"));
    view->setCurrentIndex(pairs->index(row, 0));

    // When the user says they are different people
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dismissButton")),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->scanning(); }, 10000));
    // Then the pair is not proposed, now or after a new scan; both contacts stay
    CHECK(pairs->rowOf(olli, sari) < 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rescanButton")),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->scanning(); }, 10000));
    CHECK(pairs->rowOf(olli, sari) < 0);
    CHECK(contacts.get(olli).ok());
    CHECK(contacts.get(sari).ok());

    // And undo proposes it again
    UndoStack::of(dialog)->undo();
    REQUIRE(QTest::qWaitFor([&] { return !dialog->scanning(); }, 10000));
    CHECK(pairs->rowOf(olli, sari) >= 0);
    dialog->close();
}
