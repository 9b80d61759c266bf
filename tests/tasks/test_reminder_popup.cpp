// The reminder as the user meets it: a window listing what came due (or was missed while
// Kontor was closed) with Snooze 10 min / 1 h, Open (the task's deal, contact or company) and
// Done; clicking the tray notification opens the record too. Offscreen, in the main window.
#include "tasks_support.h"
#include "test_database.h"

#include "cards/company_card.h"
#include "deals/deal_card.h"
#include "cards/contact_card.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "shell/main_window.h"
#include "shell/module.h"
#include "shell/session_controller.h"
#include "tasks/reminder_notifier.h"
#include "tasks/reminder_popup.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace kontor;
using namespace kontor::test;

namespace {

struct Records
{
    qint64 contactTask = 0;
    qint64 dealTask = 0;
    qint64 companyTask = 0;
    qint64 contactId = 0;
    qint64 companyId = 0;
};

// Three tasks whose reminders came due an hour ago (Kontor was closed then): one about a
// contact, one about a deal (with the same contact), one about a company only.
Records addMissedReminders(const Session &s)
{
    Records r;
    Company acme;
    acme.name = QStringLiteral("Acme Trading");
    r.companyId = require(CompanyRepository(s).create(acme));
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    r.contactId = require(ContactRepository(s).create(ada));
    const auto pipelines = require(PipelineRepository(s).list());
    REQUIRE(!pipelines.isEmpty());
    REQUIRE(!pipelines.first().stages.isEmpty());
    Deal deal;
    deal.title = QStringLiteral("Acme yearly licence");
    deal.stageId = pipelines.first().stages.first().id;
    deal.amountMinor = 1250000;
    deal.currency = QStringLiteral("EUR");
    deal.companyId = r.companyId;
    const qint64 dealId = require(DealRepository(s).create(deal));

    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(-3600);
    Task call;
    call.title = QStringLiteral("Call Ada");
    call.kind = QStringLiteral("call");
    call.dueAt = due;
    call.remindBeforeMin = 0;
    call.contactId = r.contactId;
    r.contactTask = require(TaskRepository(s).create(call)).first();
    Task offer = call;
    offer.title = QStringLiteral("Send the offer");
    offer.kind = QStringLiteral("email");
    offer.dealId = dealId;
    r.dealTask = require(TaskRepository(s).create(offer)).first();
    Task visit = call;
    visit.title = QStringLiteral("Visit Acme");
    visit.kind = QStringLiteral("meeting");
    visit.contactId = 0;
    visit.companyId = r.companyId;
    r.companyTask = require(TaskRepository(s).create(visit)).first();
    return r;
}

void selectTask(ReminderPopup *popup, qint64 id)
{
    const int row = int(popup->taskIds().indexOf(id));
    REQUIRE(row >= 0);
    popup->list()->setCurrentRow(row);
}

QPushButton *button(ReminderPopup *popup, const char *name)
{
    auto *b = popup->findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(b);
    return b;
}

} // namespace

TEST_CASE("A missed reminder opens its record, snoozes from the reminder window and is done there",
          "[ui][reminders]")
{
    TestDatabase db;
    const Session s = db.session();
    const Records r = addMissedReminders(s);

    MainWindow window;
    REQUIRE(window.sessions()->open(db.url()).ok());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // At start, the reminder window lists the three missed reminders and says they were missed
    auto *popup = window.findChild<ReminderPopup *>();
    REQUIRE(popup);
    CHECK(popup->isVisible());
    const QList<qint64> listed = popup->taskIds();
    CHECK(listed.size() == 3);
    CHECK(listed.contains(r.contactTask));
    CHECK(listed.contains(r.dealTask));
    CHECK(popup->findChild<QLabel *>(QStringLiteral("reminderHeading"))->text().contains(QStringLiteral("closed")));

    // Open on the call: Ada's contact card, not just the Tasks module
    selectTask(popup, r.contactTask);
    QTest::mouseClick(button(popup, "openRecordButton"), Qt::LeftButton);
    auto *card = window.findChild<ContactCard *>();
    REQUIRE(card);
    CHECK(card->contactId() == r.contactId);
    card->close();
    CHECK(!popup->taskIds().contains(r.contactTask));

    // Snooze 1 h on the offer: it comes back an hour from now, and leaves the list
    const QDateTime before = QDateTime::currentDateTimeUtc();
    selectTask(popup, r.dealTask);
    QTest::mouseClick(button(popup, "snooze60Button"), Qt::LeftButton);
    const Task snoozed = require(TaskRepository(s).get(r.dealTask));
    CHECK(snoozed.remindAt >= before.addSecs(3600 - 1));
    CHECK(snoozed.remindAt <= QDateTime::currentDateTimeUtc().addSecs(3600 + 1));
    CHECK(!snoozed.remindedAt.isValid()); // pending again
    CHECK(!popup->taskIds().contains(r.dealTask));

    // Done… on the visit: the Complete dialog asks the outcome; the task is done, undoably
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("taskOutcome")),
                         QStringLiteral("Signed the contract"));
        if (auto *group = dialog->findChild<QWidget *>(QStringLiteral("nextStepGroup")))
            group->setProperty("checked", false);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("markDoneButton")), Qt::LeftButton);
    });
    selectTask(popup, r.companyTask);
    QTest::mouseClick(button(popup, "doneButton"), Qt::LeftButton);
    const Task done = require(TaskRepository(s).get(r.companyTask));
    CHECK(done.isDone());
    CHECK(done.outcome == QStringLiteral("Signed the contract"));
    // The list is empty: the window hides itself
    CHECK(popup->taskIds().isEmpty());
    CHECK(!popup->isVisible());

    // Clicking a tray notification about the offer opens the deal's card
    auto *notifier = window.findChild<ReminderNotifier *>();
    REQUIRE(notifier);
    emit notifier->openTaskRequested(r.dealTask);
    auto *dealCard = window.findChild<DealCard *>();
    REQUIRE(dealCard);
    CHECK(dealCard->stored().deal.title == QStringLiteral("Acme yearly licence"));
    dealCard->close();
}

TEST_CASE("A reminder about a company opens the company card", "[ui][reminders]")
{
    TestDatabase db;
    const Session s = db.session();
    const Records r = addMissedReminders(s);
    QWidget window;
    QString shown;
    const QString opened = openTaskRecord(s, r.companyTask, &window, [&](const QString &module) -> Module * {
        shown = module;
        return nullptr;
    });
    CHECK(opened == QStringLiteral("company"));
    auto *card = window.findChild<CompanyCard *>();
    REQUIRE(card);
    CHECK(card->companyId() == r.companyId);
    card->close();
    // A task about nobody shows the Tasks module
    const qint64 loose = addTask(s, QStringLiteral("Tidy the desk"), QDateTime::currentDateTimeUtc());
    CHECK(openTaskRecord(s, loose, &window, [&](const QString &module) -> Module * {
              shown = module;
              return nullptr;
          })
          == QStringLiteral("tasks"));
    CHECK(shown == QStringLiteral("tasks"));
}
