// The filter bar's custom-field conditions: add rows, pick a field and an operator that suits
// it, type or pick the value, see the list narrow; bad values named; a row removed; the
// conditions kept in a segment and shown again when it is picked.
#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/contact_filter_bar.h"
#include "contacts/segment_list.h"
#include "customfields/custom_field_repository.h"
#include "repo/contact_repository.h"
#include "shell/session_controller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

using namespace kontor;

namespace {

void addField(const Session &s, const char *name, CustomField::Kind kind)
{
    CustomField f;
    f.entity = QStringLiteral("contact");
    f.name = QString::fromUtf8(name);
    f.kind = kind;
    REQUIRE(CustomFieldRepository(s).addField(f).ok());
}

void setValue(const Session &s, const char *person, const char *field, const char *value)
{
    ContactQuery q;
    q.text = QString::fromUtf8(person);
    const auto page = ContactRepository(s).list(q);
    REQUIRE(page.ok());
    REQUIRE(page->items.size() == 1);
    REQUIRE(CustomFieldRepository(s)
                .setValue(QStringLiteral("contact"), page->items.first().id,
                          QString::fromUtf8(field), QString::fromUtf8(value))
                .ok());
}

QList<QWidget *> rows(ContactFilterBar *bar)
{
    return bar->findChildren<QWidget *>(QStringLiteral("customCondition"));
}

// Picks the field, then the operator (by its words), of one condition row.
void choose(QWidget *row, const QString &field, const QString &op)
{
    auto *fields = row->findChild<QComboBox *>(QStringLiteral("customConditionField"));
    REQUIRE(fields);
    const int f = fields->findText(field);
    REQUIRE(f >= 0);
    fields->setCurrentIndex(f);
    emit fields->activated(f);
    auto *ops = row->findChild<QComboBox *>(QStringLiteral("customConditionOp"));
    const int o = ops->findText(op);
    INFO(op.toStdString());
    REQUIRE(o >= 0);
    ops->setCurrentIndex(o);
    emit ops->activated(o);
}

} // namespace

TEST_CASE("Custom-field conditions in the filter bar narrow the list and live in a segment",
          "[ui][filters][customfields]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session s = db.session();
    test::addSampleData(s);
    addField(s, "Budget", CustomField::Kind::Number);
    addField(s, "Renewal", CustomField::Kind::Date);
    setValue(s, "Anna", "Budget", "12000");
    setValue(s, "Boris", "Budget", "800");
    setValue(s, "Carla", "Budget", "7500");
    setValue(s, "Anna", "Renewal", "2027-06-30");
    setValue(s, "Carla", "Renewal", "2026-01-15");

    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.resize(1400, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::showModule(window, QStringLiteral("Contacts"));
    QTableView *view = test::currentList(window);
    REQUIRE(view->model()->rowCount() == 4);
    auto *bar = window.findChild<ContactFilterBar *>(QStringLiteral("contactFilterBar"));
    REQUIRE(bar);
    auto *add = bar->findChild<QPushButton *>(QStringLiteral("filterAddCustomCondition"));
    REQUIRE(add);
    REQUIRE(add->isEnabled());

    // Budget ≥ 5000, typed and Enter: Anna and Carla
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(rows(bar).size() == 1);
    choose(rows(bar).at(0), QStringLiteral("Budget"), QStringLiteral("≥"));
    auto *budget = rows(bar).at(0)->findChild<QLineEdit *>();
    REQUIRE(budget);
    QTest::keyClicks(budget, QStringLiteral("5000"));
    QTest::keyClick(budget, Qt::Key_Return);
    CHECK(test::columnTexts(view)
          == QStringList {QStringLiteral("Anna Berg"), QStringLiteral("Carla Mendes")});

    // A date field offers date words; "is before" 2027-01-01 leaves Carla
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(rows(bar).size() == 2);
    choose(rows(bar).at(1), QStringLiteral("Renewal"), QStringLiteral("is before"));
    auto *date = rows(bar).at(1)->findChild<QDateEdit *>();
    REQUIRE(date);
    date->setDate(QDate(2027, 1, 1));
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("filterApply")),
                      Qt::LeftButton);
    CHECK(test::columnTexts(view) == QStringList {QStringLiteral("Carla Mendes")});
    if (const QString shots = qEnvironmentVariable("KONTOR_WIZARD_SHOTS"); !shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/contacts-filter.png"));

    // Text in the number field is named, and the list stays as it was
    budget->selectAll();
    QTest::keyClicks(budget, QStringLiteral("lots"));
    QTest::keyClick(budget, Qt::Key_Return);
    auto *error = bar->findChild<QLabel *>(QStringLiteral("filterError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Budget")));
    CHECK(test::columnTexts(view) == QStringList {QStringLiteral("Carla Mendes")});
    budget->selectAll();
    QTest::keyClicks(budget, QStringLiteral("5000"));

    // "has no value" needs no value: Renewal empty → Boris and David
    choose(rows(bar).at(1), QStringLiteral("Renewal"), QStringLiteral("has no value"));
    CHECK_FALSE(rows(bar).at(1)->findChild<QDateEdit *>()->isVisible());
    choose(rows(bar).at(0), QStringLiteral("Budget"), QStringLiteral("<")); // keeps 5000
    QTest::keyClick(budget, Qt::Key_Return);
    CHECK_FALSE(error->isVisible());
    CHECK(test::columnTexts(view) == QStringList {QStringLiteral("Boris Ivanov")});

    // Saved as a segment; "All Contacts" clears the rows; the segment brings them back
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("saveSegmentDialog"));
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("segmentName")),
                         QStringLiteral("Small, no renewal"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("filterSaveSegment")),
                      Qt::LeftButton);
    auto *panel = window.findChild<SegmentPanel *>(QStringLiteral("segmentPanel"));
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(panel->model()->index(0, 0).data().toString() == QStringLiteral("Small, no renewal (1)"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("allContactsButton")),
                      Qt::LeftButton);
    CHECK(view->model()->rowCount() == 4);
    CHECK(rows(bar).isEmpty());
    auto *list = panel->findChild<QListView *>(QStringLiteral("segmentList"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(panel->model()->index(0, 0)).center());
    CHECK(test::columnTexts(view) == QStringList {QStringLiteral("Boris Ivanov")});
    REQUIRE(rows(bar).size() == 2);
    CHECK(rows(bar).at(0)->findChild<QComboBox *>(QStringLiteral("customConditionOp"))->currentText()
          == QStringLiteral("<"));

    // The ✕ of a row removes it and applies at once: Renewal empty only → Boris, David
    QTest::mouseClick(rows(bar).at(0)->findChild<QToolButton *>(QStringLiteral("customConditionRemove")),
                      Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(rows(bar).size() == 1);
    CHECK(test::columnTexts(view)
          == QStringList {QStringLiteral("Boris Ivanov"), QStringLiteral("David Okafor")});
}
