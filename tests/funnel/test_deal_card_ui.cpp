// The deal card driven offscreen: edit, save, undo, line items driving the amount, people
// with roles, bad input refused; the model tester on the line items model.
#include "funnel_support.h"
#include "test_database.h"

#include "customfields/custom_field_repository.h"
#include "customfields/custom_fields_form.h"
#include "deals/deal_card.h"
#include "deals/line_items_model.h"
#include "funnel/product_repository.h"
#include "funnel/stage_history_table.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "storage/sql.h"
#include "undo/undo_stack.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QApplication>
#include <QDialog>

using namespace kontor;
using namespace kontor::test;

namespace {

template<typename T>
T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

} // namespace

TEST_CASE("Deal card: edit, save and undo through the session's undo stack", "[ui][deal card]")
{
    // Given a deal of 500.00 EUR in "Lead in" (25 %) and its card in a window
    TestDatabase t;
    Session s = t.session();
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Fleet renewal"), lead, 50000);
    QWidget window;
    auto *card = new DealCard(s, deal, &window);
    card->setAttribute(Qt::WA_DeleteOnClose, false);
    card->show();
    UndoStack *stack = UndoStack::of(card);
    CHECK(child<QLineEdit>(*card, "dealTitleField")->text() == QStringLiteral("Fleet renewal"));
    CHECK(child<QLineEdit>(*card, "amountField")->text() == QStringLiteral("500.00"));
    // The probability follows the stage until it is overridden
    auto *probability = child<QSpinBox>(*card, "probabilityField");
    CHECK(probability->value() == -1);
    CHECK(probability->text().contains(QStringLiteral("Stage default")));
    CHECK(child<QPushButton>(*card, "saveButton")->isEnabled() == false);

    // When the title and amount are typed, the probability set to 60 % and Save clicked
    auto *title = child<QLineEdit>(*card, "dealTitleField");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Fleet renewal 2027"));
    auto *amount = child<QLineEdit>(*card, "amountField");
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("7250.50"));
    probability->setValue(60);
    REQUIRE(card->isDirty());
    QTest::mouseClick(child<QPushButton>(*card, "saveButton"), Qt::LeftButton);

    // Then the database has the new values, and one undoable command
    DealRepository deals(s);
    CHECK(deals.get(deal)->title == QStringLiteral("Fleet renewal 2027"));
    CHECK(deals.get(deal)->amountMinor == 725050);
    CHECK(deals.get(deal)->probability == 60);
    CHECK_FALSE(card->isDirty());
    REQUIRE(stack->count() == 1);
    CHECK(card->windowTitle().contains(QStringLiteral("Fleet renewal 2027")));

    // When the user undoes it
    stack->undo();

    // Then the stored deal and the card show the old values again; redo re-applies
    CHECK(deals.get(deal)->title == QStringLiteral("Fleet renewal"));
    CHECK(deals.get(deal)->amountMinor == 50000);
    CHECK(deals.get(deal)->probability == -1);
    CHECK(title->text() == QStringLiteral("Fleet renewal"));
    CHECK(amount->text() == QStringLiteral("500.00"));
    stack->redo();
    CHECK(deals.get(deal)->amountMinor == 725050);
    CHECK(title->text() == QStringLiteral("Fleet renewal 2027"));

    // A bad amount is explained and nothing is saved
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("12,5x"));
    CHECK_FALSE(card->save());
    CHECK(child<QLabel>(*card, "errorBanner")->text().contains(QStringLiteral("12,5x")));
    CHECK(deals.get(deal)->amountMinor == 725050);
    card->revert();
    delete card;
}

TEST_CASE("Deal card: line items drive the amount; people keep their roles", "[ui][deal card]")
{
    // Given a catalogue product at 120.00 EUR, one in USD, a person and a deal
    TestDatabase t;
    Session s = t.session();
    ProductRepository products(s);
    const qint64 licence = *products.create(Product {0, QStringLiteral("Licence"),
                                                     QStringLiteral("LIC"), 12000,
                                                     QStringLiteral("EUR"), true});
    const qint64 dollars = *products.create(Product {0, QStringLiteral("US support"), {}, 9900,
                                                     QStringLiteral("USD"), true});
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Virtanen");
    const qint64 annaId = *ContactRepository(s).create(anna);
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Licences"), lead, 50000);
    QWidget window;
    auto *card = new DealCard(s, deal, &window);
    card->setAttribute(Qt::WA_DeleteOnClose, false);
    card->show();
    LineItemsModel *items = card->items();
    QAbstractItemModelTester tester(items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *amount = child<QLineEdit>(*card, "amountField");
    CHECK_FALSE(amount->isReadOnly());

    // When the licence is added and its quantity set to 3 at 10 % off
    REQUIRE(card->addProduct(licence));
    REQUIRE(items->rowCount() == 1);
    REQUIRE(items->setData(items->index(0, LineItemsModel::QuantityColumn), QStringLiteral("3"),
                           Qt::EditRole));
    REQUIRE(items->setData(items->index(0, LineItemsModel::DiscountColumn), QStringLiteral("10"),
                           Qt::EditRole));

    // Then the amount field shows the items' total and cannot be typed over
    CHECK(amount->text() == QStringLiteral("324.00"));
    CHECK(amount->isReadOnly());
    CHECK(child<QLabel>(*card, "itemsTotal")->text().contains(QStringLiteral("324.00")));
    // A quantity that is not a number is refused with the line named
    CHECK_FALSE(items->setData(items->index(0, LineItemsModel::QuantityColumn),
                               QStringLiteral("lots"), Qt::EditRole));
    CHECK(child<QLabel>(*card, "errorBanner")->text().contains(QStringLiteral("Line 1")));
    // A dollar-priced product is added at 0 with a warning, never summed as euros
    REQUIRE(card->addProduct(dollars));
    CHECK(items->items().at(1).unitPriceMinor == 0);
    CHECK(child<QLabel>(*card, "errorBanner")->text().contains(QStringLiteral("USD")));
    items->removeLine(1);

    // And Anna joins as decision maker
    card->addContact(annaId, QStringLiteral("Anna Virtanen"), QStringLiteral("Decision maker"));
    REQUIRE(card->save());

    // Then the deal's amount is the total, its line is stored, Anna is the main contact
    DealRepository deals(s);
    CHECK(deals.get(deal)->amountMinor == 32400);
    REQUIRE(products.items(deal)->size() == 1);
    CHECK(products.items(deal)->first().quantity == 3);
    CHECK(deals.get(deal)->contactId == annaId);
    CHECK(deals.contacts(deal)->first().role == QStringLiteral("Decision maker"));
    CHECK(child<QTableWidget>(*card, "peopleTable")->rowCount() == 1);

    // Undo removes the line and the person and brings the typed 500.00 back
    UndoStack::of(card)->undo();
    CHECK(deals.get(deal)->amountMinor == 50000);
    CHECK(products.items(deal)->isEmpty());
    CHECK(deals.contacts(deal)->isEmpty());
    CHECK(items->rowCount() == 0);
    CHECK(amount->text() == QStringLiteral("500.00"));
    CHECK_FALSE(amount->isReadOnly());

    // The stage history tab lists the stage the deal was created in
    CHECK(card->stageHistory()->table()->rowCount() == 1);
    CHECK(card->stageHistory()->table()->item(0, 0)->text() == QStringLiteral("Lead in"));
    delete card;
}

TEST_CASE("Deal card: custom fields of deals are edited, checked and undone with the card",
          "[ui][deal card][custom fields]")
{
    // Given a number field "Budget" for deals and a deal
    TestDatabase t;
    Session s = t.session();
    CustomField budget;
    budget.entity = QStringLiteral("deal");
    budget.name = QStringLiteral("Budget");
    budget.kind = CustomField::Kind::Number;
    REQUIRE(CustomFieldRepository(s).addField(budget).ok());
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Fleet"), lead, 1000);
    QWidget window;
    auto *card = new DealCard(s, deal, &window);
    card->setAttribute(Qt::WA_DeleteOnClose, false);
    card->show();
    REQUIRE(card->customFields());
    auto *editor = card->customFields()->findChild<QWidget *>(QStringLiteral("customField:Budget"));
    REQUIRE(editor);
    auto *field = editor->findChild<QLineEdit *>();
    REQUIRE(field);
    const auto stored = [&] {
        const auto values = CustomFieldRepository(s).values(QStringLiteral("deal"), deal);
        REQUIRE(values.ok());
        for (const CustomValue &v : *values) {
            if (v.field.name == QStringLiteral("Budget"))
                return v.value;
        }
        return QString();
    };

    // Text in the number field is refused and nothing is saved
    QTest::keyClicks(field, QStringLiteral("a lot"));
    CHECK_FALSE(card->save());
    CHECK(stored().isEmpty());

    // A number is saved together with a new title, as one undo step
    field->clear();
    QTest::keyClicks(field, QStringLiteral("25000"));
    auto *title = card->findChild<QLineEdit *>(QStringLiteral("dealTitleField"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Fleet 2027"));
    REQUIRE(card->save());
    CHECK(stored() == QStringLiteral("25000"));
    CHECK(DealRepository(s).get(deal)->title == QStringLiteral("Fleet 2027"));
    UndoStack *stack = UndoStack::of(card);
    REQUIRE(stack->count() == 1);
    stack->undo();
    CHECK(stored().isEmpty());
    CHECK(DealRepository(s).get(deal)->title == QStringLiteral("Fleet"));
    delete card;
}

TEST_CASE("Deal card: New Task plans the deal's next step", "[ui][deal card][tasks]")
{
    // Given a deal with no open task, and its card
    TestDatabase t;
    Session s = t.session();
    const qint64 lead = stageNamed(salesPipeline(s), QStringLiteral("Lead in")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Fleet renewal"), lead, 50000);
    QWidget window;
    auto *card = new DealCard(s, deal, &window);
    card->setAttribute(Qt::WA_DeleteOnClose, false);
    card->show();

    // When the salesperson clicks New Task, types a title and saves
    bool aboutDeal = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // The dialog says what the task is about: this deal
        for (QLabel *label : dialog->findChildren<QLabel *>())
            aboutDeal = aboutDeal || label->text().contains(QStringLiteral("Fleet renewal"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("taskTitle")),
                         QStringLiteral("Send the offer"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveTaskButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*card, "newTaskButton"), Qt::LeftButton);

    // Then the deal has that open task
    CHECK(aboutDeal);
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    SqlStatement q(*conn, QStringLiteral("test"));
    auto title = q.scalar(QStringLiteral("SELECT title FROM tasks WHERE deal_id = ? AND done_at IS NULL"),
                          {deal});
    REQUIRE(title.ok());
    CHECK(title->toString() == QStringLiteral("Send the offer"));
}

TEST_CASE("Deal card: the stage picker moves the deal at once, on the window's undo history",
          "[ui][deal card]")
{
    // Given a deal in "Lead in" and its card, with a title being typed but not saved
    TestDatabase t;
    Session s = t.session();
    const Pipeline sales = salesPipeline(s);
    const qint64 lead = stageNamed(sales, QStringLiteral("Lead in")).id;
    const qint64 lost = stageNamed(sales, QStringLiteral("Lost")).id;
    const qint64 deal = addDeal(s, QStringLiteral("Boiler service"), lead, 120000);
    QWidget window;
    auto *card = new DealCard(s, deal, &window);
    card->setAttribute(Qt::WA_DeleteOnClose, false);
    card->show();
    UndoStack *stack = UndoStack::of(card);
    auto *picker = child<QComboBox>(*card, "stagePicker");
    REQUIRE(picker->currentData().toLongLong() == lead);
    auto *title = child<QLineEdit>(*card, "dealTitleField");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" 2025"));
    REQUIRE(card->isDirty());

    // When the next stage is picked with the keyboard
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Down);
    const qint64 next = picker->currentData().toLongLong();
    REQUIRE(next != lead);

    // Then the deal is there at once, with a history row, and the typed title is kept
    DealRepository deals(s);
    CHECK(deals.get(deal)->stageId == next);
    CHECK(card->stageHistory()->table()->rowCount() == 2);
    CHECK(child<QLabel>(*card, "cardSubtitle")->text().contains(deals.get(deal)->stageName));
    CHECK(title->text() == QStringLiteral("Boiler service 2025"));
    CHECK(deals.get(deal)->title == QStringLiteral("Boiler service"));

    // And Ctrl+Z (the window's undo) moves it back, as another history row
    stack->undo();
    CHECK(deals.get(deal)->stageId == lead);
    CHECK(picker->currentData().toLongLong() == lead);
    CHECK(card->stageHistory()->table()->rowCount() == 3);
    stack->redo();
    CHECK(deals.get(deal)->stageId == next);

    // Picking "Lost" asks why; cancelling leaves the deal where it was
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->reject();
    });
    QTest::keyClick(picker, Qt::Key_End);
    CHECK(deals.get(deal)->stageId == next);
    CHECK(picker->currentData().toLongLong() == next);

    // With a reason and a note it is lost, the note kept
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("lostReason"));
        REQUIRE(reason);
        REQUIRE(reason->count() > 1);
        reason->setCurrentIndex(1);
        dialog->findChild<QLineEdit *>(QStringLiteral("lostNote"))->setText(QStringLiteral("Went with a cheaper firm"));
        dialog->accept();
    });
    QTest::keyClick(picker, Qt::Key_End);
    const Deal closed = *deals.get(deal);
    CHECK(closed.stageId == lost);
    CHECK(closed.status == QStringLiteral("lost"));
    CHECK(closed.lostReasonId != 0);
    CHECK(closed.lostNote == QStringLiteral("Went with a cheaper firm"));
    CHECK(child<QLabel>(*card, "cardSubtitle")->text().contains(QStringLiteral("Lost")));

    // Undo reopens it in the stage it came from
    stack->undo();
    CHECK(deals.get(deal)->stageId == next);
    CHECK(deals.get(deal)->status == QStringLiteral("open"));
    delete card;
}
