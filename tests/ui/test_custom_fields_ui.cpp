// Custom fields in the GUI: defined in Settings → Custom Fields, filled in on the cards,
// checked before saving, undone with Ctrl+Z.
#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "cards/company_card.h"
#include "cards/contact_card.h"
#include "customfields/custom_field_repository.h"
#include "customfields/custom_fields_dialog.h"
#include "customfields/custom_fields_form.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "shell/session_controller.h"
#include "undo/undo_stack.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>

using namespace kontor;

namespace {

template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    INFO(name.toStdString());
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

QString storedValue(const Session &s, const QString &entity, qint64 id, const QString &field)
{
    const auto values = CustomFieldRepository(s).values(entity, id);
    REQUIRE(values);
    for (const CustomValue &v : *values) {
        if (v.field.name == field)
            return v.value;
    }
    return QStringLiteral("<no field>");
}

} // namespace

TEST_CASE("Fields defined in the settings dialog show on the contact card and are checked",
          "[ui][customfields]")
{
    test::SampleWindow w;
    const Session session = w.session;
    MainWindow &window = w.window;

    // Given Settings → Custom Fields, a number field "Budget" and a choice field "Region"
    auto *action = window.findChild<QAction *>(QStringLiteral("customFieldsAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<CustomFieldsDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->currentEntity() == QStringLiteral("contact"));
    auto *name = child<QLineEdit>(dialog, QStringLiteral("fieldName"));
    auto *kind = child<QComboBox>(dialog, QStringLiteral("fieldKind"));
    auto *options = child<QPlainTextEdit>(dialog, QStringLiteral("fieldOptions"));
    auto *save = child<QPushButton>(dialog, QStringLiteral("saveFieldButton"));
    auto *message = child<QLabel>(dialog, QStringLiteral("messageLabel"));
    auto *list = child<QListWidget>(dialog, QStringLiteral("fieldList"));

    QTest::keyClicks(name, QStringLiteral("Budget"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("number")));
    CHECK_FALSE(options->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(list->count() == 1);
    CHECK(message->text().contains(QStringLiteral("Budget")));

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("newFieldButton")), Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("Region"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("choice")));
    CHECK(options->isVisible());
    // A choice field without choices is explained, not saved
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(list->count() == 1);
    CHECK(message->text().contains(QStringLiteral("option")));
    options->setPlainText(QStringLiteral("North\nSouth"));
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(list->count() == 2);
    CHECK(list->item(1)->text().contains(QStringLiteral("Region")));

    // A second "Budget" is refused with a message
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("newFieldButton")), Qt::LeftButton);
    QTest::keyClicks(name, QStringLiteral("budget"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(list->count() == 2);
    CHECK(message->text().contains(QStringLiteral("already")));
    dialog->close();

    // When Anna's card opens, both fields are there
    ContactQuery q;
    q.text = QStringLiteral("Anna");
    const auto anna = ContactRepository(session).list(q);
    REQUIRE(anna);
    REQUIRE_FALSE(anna->items.isEmpty());
    const qint64 annaId = anna->items.first().id;
    auto *card = openContactCard(session, annaId, &window);
    REQUIRE(QTest::qWaitForWindowExposed(card));
    CustomFieldsForm *form = card->customFields();
    REQUIRE(form);
    CHECK(form->isVisible());
    auto *budgetEditor = child<QWidget>(form, QStringLiteral("customField:Budget"));
    auto *budget = budgetEditor->findChild<QLineEdit *>();
    REQUIRE(budget);
    auto *region = child<QWidget>(form, QStringLiteral("customField:Region"))->findChild<QComboBox *>();
    REQUIRE(region);

    // Text in the number field is refused: a red message under it, nothing saved
    retype(budget, QStringLiteral("a lot"));
    auto *saveCard = child<QPushButton>(card, QStringLiteral("saveButton"));
    CHECK(saveCard->isEnabled());
    CHECK_FALSE(card->save());
    bool shown = false;
    for (QLabel *l : budgetEditor->parentWidget()->findChildren<QLabel *>(QStringLiteral("fieldError")))
        shown = shown || (l->isVisible() && l->text().contains(QStringLiteral("not a number")));
    CHECK(shown);
    CHECK(storedValue(session, QStringLiteral("contact"), annaId, QStringLiteral("Budget")).isEmpty());

    // A number with a decimal comma is saved in its canonical form, with the region
    retype(budget, QStringLiteral("1500,50"));
    region->setCurrentIndex(region->findText(QStringLiteral("South")));
    emit region->activated(region->currentIndex());
    REQUIRE(card->save());
    CHECK(storedValue(session, QStringLiteral("contact"), annaId, QStringLiteral("Budget")) == QStringLiteral("1500.5"));
    CHECK(storedValue(session, QStringLiteral("contact"), annaId, QStringLiteral("Region")) == QStringLiteral("South"));
    CHECK(budget->text() == QStringLiteral("1500.5"));
    CHECK_FALSE(card->isDirty());

    // And Undo takes both values back, the card shows it
    window.undoStack()->undo();
    CHECK(storedValue(session, QStringLiteral("contact"), annaId, QStringLiteral("Budget")).isEmpty());
    CHECK(storedValue(session, QStringLiteral("contact"), annaId, QStringLiteral("Region")).isEmpty());
    budget = child<QWidget>(card->customFields(), QStringLiteral("customField:Budget"))->findChild<QLineEdit *>();
    CHECK(budget->text().isEmpty());
    window.undoStack()->redo();
    CHECK(storedValue(session, QStringLiteral("contact"), annaId, QStringLiteral("Budget")) == QStringLiteral("1500.5"));
    card->close();
}

TEST_CASE("A company card saves a custom field together with a field edit as one undo step",
          "[ui][customfields]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    const auto sample = test::addSampleData(session);
    CustomField f;
    f.entity = QStringLiteral("company");
    f.name = QStringLiteral("Contract end");
    f.kind = CustomField::Kind::Date;
    REQUIRE(CustomFieldRepository(session).addField(f));
    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();

    const auto companyId = CompanyRepository(session).findByName(sample.companyNames.first());
    REQUIRE(companyId);
    REQUIRE(*companyId > 0);
    auto *card = openCompanyCard(session, *companyId, &window);
    REQUIRE(QTest::qWaitForWindowExposed(card));
    auto *date = child<QWidget>(card->customFields(), QStringLiteral("customField:Contract end"))
                     ->findChild<QDateEdit *>();
    REQUIRE(date);
    date->setDate(QDate(2027, 6, 30));
    retype(child<QLineEdit>(card, QStringLiteral("industryField")), QStringLiteral("Shipping"));
    REQUIRE(card->save());
    CHECK(storedValue(session, QStringLiteral("company"), *companyId, QStringLiteral("Contract end"))
          == QStringLiteral("2027-06-30"));
    CHECK(CompanyRepository(session).get(*companyId)->industry == QStringLiteral("Shipping"));

    window.undoStack()->undo();
    CHECK(storedValue(session, QStringLiteral("company"), *companyId, QStringLiteral("Contract end")).isEmpty());
    CHECK(CompanyRepository(session).get(*companyId)->industry != QStringLiteral("Shipping"));
    card->close();
}
