// File > Export... in the main window takes the selection of the list on screen, as the
// lists' own Export does: two contacts selected in the Contacts list give a dialog with "the
// selected 2 contacts" picked and a file with exactly those two; nothing selected gives
// "Everything"; the Deals page passes its List tab's selection, never the board's.
#include "export/export_dialog.h"

#include "contacts/contact_filter.h"
#include "import/tabular_reader.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "shell/main_window.h"
#include "shell/session_controller.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace kontor;

namespace {

qint64 addContact(const Session &s, const char *first, const char *last)
{
    Contact c;
    c.firstName = QString::fromUtf8(first);
    c.lastName = QString::fromUtf8(last);
    c.status = QStringLiteral("customer");
    c.emails = {{0, QStringLiteral("work"),
                 QString::fromUtf8(first).toLower() + QStringLiteral("@example.org")}};
    auto id = ContactRepository(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

// The row whose cells mention `text` (a name as the list shows it, whatever the order).
int rowWith(QTableView *view, const QString &text)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->index(r, c).data().toString().contains(text))
                return r;
        }
    }
    FAIL("no row shows " << text.toStdString());
    return -1;
}

void selectRows(QTableView *view, const QList<int> &rows)
{
    view->setFocus();
    view->selectionModel()->clearSelection();
    for (int row : rows) {
        REQUIRE(row >= 0);
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QTableView *listOnScreen(MainWindow &window)
{
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("moduleStack"));
    REQUIRE(stack);
    auto *view = stack->currentWidget()->findChild<QTableView *>(QStringLiteral("listView"));
    REQUIRE(view);
    return view;
}

// Triggers File > Export... and returns the dialog it opened.
ExportDialog *fileExport(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("exportAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    ExportDialog *opened = nullptr;
    for (ExportDialog *d : window.findChildren<ExportDialog *>()) {
        if (d->isVisible())
            opened = d;
    }
    REQUIRE(opened);
    return opened;
}

void closeDialog(ExportDialog *dialog)
{
    QPointer<ExportDialog> gone(dialog);
    dialog->close(); // deleted on close
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(gone.isNull());
}

template<typename W> W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("File > Export... offers the rows selected in the list on screen", "[ui][export]")
{
    QSettings().clear(); // no remembered module, geometry or list order
    test::TestDatabase tdb;
    const Session s = tdb.session();
    addContact(s, "Ana", "Sousa");
    const qint64 ben = addContact(s, "Ben", "Okafor");
    addContact(s, "Cleo", "Dupont");
    const qint64 dan = addContact(s, "Dan", "Virtanen");
    REQUIRE(SegmentRepository(s).save(QStringLiteral("Customers"),
                                      *ContactFilter::parse(QStringLiteral("status=customer")), true)
                .ok());

    MainWindow window;
    REQUIRE(window.sessions()->open(tdb.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showModule(QStringLiteral("contacts")));

    // Two contacts selected in the Contacts list, then File > Export...
    QTableView *contacts = listOnScreen(window);
    selectRows(contacts, {rowWith(contacts, QStringLiteral("Okafor")),
                          rowWith(contacts, QStringLiteral("Virtanen"))});
    ExportDialog *dialog = fileExport(window);
    CHECK(child<QComboBox>(dialog, "exportEntity")->currentData().toInt() == int(ExchangeEntity::Contacts));
    auto *selection = child<QRadioButton>(dialog, "exportSelection");
    CHECK(selection->isEnabled());
    CHECK(selection->isChecked());
    CHECK(selection->text().contains(QLatin1Char('2')));

    const QString shots = qEnvironmentVariable("KONTOR_WIZARD_SHOTS");
    if (!shots.isEmpty()) // scripts/screenshot.sh export: the dialog as File > Export... opens it
        dialog->grab().save(shots + QStringLiteral("/export.png"));

    // Exported: exactly those two, by their Kontor IDs.
    const QString csv = tdb.tempPath(QStringLiteral("selected.csv"));
    child<QLineEdit>(dialog, "exportPath")->setText(csv);
    QSignalSpy done(dialog, &ExportDialog::finished);
    QTest::mouseClick(child<QPushButton>(dialog, "exportStart"), Qt::LeftButton);
    REQUIRE(done.wait(20000));
    INFO(child<QLabel>(dialog, "exportStatus")->text().toStdString());
    CHECK(done.first().at(0).toLongLong() == 2);
    auto reader = openTabular(csv, {});
    REQUIRE(reader.ok());
    const int idColumn = (*reader)->header().indexOf(QStringLiteral("Kontor ID"));
    REQUIRE(idColumn >= 0);
    QList<qint64> ids;
    TabularRow row;
    while (*(*reader)->next(row))
        ids << row.cells.value(idColumn).toLongLong();
    std::sort(ids.begin(), ids.end());
    CHECK(ids == QList<qint64>{ben, dan});
    closeDialog(dialog);

    // Nothing selected: the dialog offers everything, the selection disabled.
    contacts->selectionModel()->clearSelection();
    dialog = fileExport(window);
    CHECK(child<QRadioButton>(dialog, "exportEverything")->isChecked());
    CHECK_FALSE(child<QRadioButton>(dialog, "exportSelection")->isEnabled());
    closeDialog(dialog);
}

TEST_CASE("File > Export... on the Deals page takes the List tab's selection, not the board's",
          "[ui][export]")
{
    QSettings().clear();
    test::TestDatabase tdb;
    const Session s = tdb.session();
    auto pipeline = PipelineRepository(s).find(QStringLiteral("Sales"));
    REQUIRE(pipeline.ok());
    QList<qint64> deals;
    for (const char *title : {"Alpha rollout", "Beta licences", "Gamma support"}) {
        Deal d;
        d.title = QLatin1String(title);
        d.stageId = pipeline->stages.first().id;
        auto id = DealRepository(s).create(d);
        REQUIRE(id.ok());
        deals << *id;
    }

    MainWindow window;
    REQUIRE(window.sessions()->open(tdb.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showModule(QStringLiteral("deals")));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("dealsPage"));
    REQUIRE(tabs);
    auto *list = tabs->findChild<QWidget *>(QStringLiteral("dealsList"));
    REQUIRE(list);
    tabs->setCurrentWidget(list);
    auto *view = list->findChild<QTableView *>(QStringLiteral("listView"));
    REQUIRE(view);
    selectRows(view, {rowWith(view, QStringLiteral("Alpha")), rowWith(view, QStringLiteral("Gamma"))});

    ExportDialog *dialog = fileExport(window);
    CHECK(child<QComboBox>(dialog, "exportEntity")->currentData().toInt() == int(ExchangeEntity::Deals));
    CHECK(child<QRadioButton>(dialog, "exportSelection")->isChecked());
    CHECK(child<QRadioButton>(dialog, "exportSelection")->text().contains(QLatin1Char('2')));
    closeDialog(dialog);

    // Back on the board, the rows picked in the hidden list are not what the user sees.
    tabs->setCurrentIndex(0);
    dialog = fileExport(window);
    CHECK(child<QRadioButton>(dialog, "exportEverything")->isChecked());
    closeDialog(dialog);
}
