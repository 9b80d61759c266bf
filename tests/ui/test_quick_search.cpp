// Ctrl+K: typing finds contacts, companies and deals; Enter opens the card or shows the deal.
#include "card_test_util.h"
#include "test_database.h"
#include "ui_fixture.h"

#include "cards/company_card.h"
#include "cards/contact_card.h"
#include "deals/deal_card.h"
#include "search/quick_search_model.h"
#include "search/quick_search_popup.h"
#include "shell/module.h"
#include "shell/session_controller.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QSignalSpy>

using namespace kontor;

namespace {

QuickSearchPopup *pressCtrlK(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    auto *popup = window.findChild<QuickSearchPopup *>();
    REQUIRE(popup);
    REQUIRE(QTest::qWaitForWindowExposed(popup));
    return popup;
}

// Types like a user and waits for the worker's answer.
void typeAndWait(QuickSearchPopup *popup, const QString &text)
{
    auto *field = popup->findChild<QLineEdit *>(QStringLiteral("quickSearchField"));
    REQUIRE(field);
    QSignalSpy searched(popup, &QuickSearchPopup::searched);
    QTest::keyClicks(field, text);
    REQUIRE(searched.wait(5000));
    // Typing is debounced: one answer for the whole word, not one per key.
    QTest::qWait(200);
    CHECK(searched.count() == 1);
}

QStringList titles(QuickSearchPopup *popup)
{
    QStringList out;
    for (const SearchHit &hit : popup->model()->hits())
        out << hit.title;
    return out;
}

} // namespace

TEST_CASE("Ctrl+K finds a contact as you type and Enter opens the card", "[ui][quicksearch]")
{
    test::SampleWindow w;
    const Session session = w.session;
    MainWindow &window = w.window;

    QuickSearchPopup *popup = pressCtrlK(window);
    QAbstractItemModelTester tester(popup->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    typeAndWait(popup, QStringLiteral("nordl"));
    // The company and the deal named after it, and the company shows what it is
    const QStringList found = titles(popup);
    INFO(found.join(QStringLiteral(", ")).toStdString());
    CHECK(found.contains(QStringLiteral("Nordlicht GmbH")));
    CHECK(found.contains(QStringLiteral("Nordlicht pilot")));
    const QModelIndex first = popup->model()->index(0);
    CHECK(first.data(QuickSearchModel::SubtitleRole).toString().startsWith(QStringLiteral("Company")));

    // A new word replaces the hits; Down then Enter opens the chosen contact's card
    auto *field = popup->findChild<QLineEdit *>(QStringLiteral("quickSearchField"));
    field->clear();
    typeAndWait(popup, QStringLiteral("anna"));
    REQUIRE(popup->model()->rowCount() >= 1);
    const QString kind = popup->model()->index(0).data(QuickSearchModel::KindRole).toString();
    CHECK(kind == QStringLiteral("contact"));
    const qint64 id = popup->model()->index(0).data(QuickSearchModel::IdRole).toLongLong();
    const QPointer<QuickSearchPopup> open(popup);
    QTest::keyClick(field, Qt::Key_Return);
    auto *card = window.findChild<ContactCard *>();
    REQUIRE(card);
    CHECK(card->contactId() == id);
    CHECK(card->windowTitle().contains(QStringLiteral("Anna")));
    CHECK((!open || !open->isVisible())); // the popup closed
    card->close();
}

TEST_CASE("Ctrl+K opens a deal's card, and says when nothing matches",
          "[ui][quicksearch]")
{
    test::SampleWindow w;
    const Session session = w.session;
    MainWindow &window = w.window;

    QuickSearchPopup *popup = pressCtrlK(window);
    typeAndWait(popup, QStringLiteral("zzqx"));
    CHECK(popup->model()->rowCount() == 0);
    auto *status = popup->findChild<QLabel *>(QStringLiteral("quickSearchStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("Nothing found")));

    auto *field = popup->findChild<QLineEdit *>(QStringLiteral("quickSearchField"));
    field->clear();
    typeAndWait(popup, QStringLiteral("yearly licence"));
    int dealRow = -1;
    for (int r = 0; r < popup->model()->rowCount(); ++r) {
        if (popup->model()->index(r).data(QuickSearchModel::KindRole).toString() == QStringLiteral("deal"))
            dealRow = r;
    }
    REQUIRE(dealRow >= 0);
    for (int i = 0; i < dealRow; ++i)
        QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Return);
    // Enter opens the deal's card
    DealCard *card = nullptr;
    QTRY_VERIFY((card = window.findChild<DealCard *>()) != nullptr);
    CHECK(card->stored().deal.title == QStringLiteral("Acme yearly licence"));
    CHECK(card->isVisible());
    card->close();
}
