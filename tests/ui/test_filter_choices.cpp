// The filter bar offers the tags in use and the catalogue's products as a list under the
// typed field, so a salesperson picks "VIP" instead of guessing how it was spelt.
#include "test_database.h"
#include "ui_fixture.h"

#include "contacts/bulk_edit.h"
#include "contacts/contact_filter_bar.h"
#include "funnel/product_repository.h"
#include "repo/contact_repository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace kontor;

namespace {

QStringList completions(QLineEdit *edit, const QString &typed)
{
    QCompleter *c = edit->completer();
    REQUIRE(c);
    c->setCompletionPrefix(typed);
    QStringList out;
    for (int i = 0; c->setCurrentRow(i); ++i)
        out << c->currentCompletion();
    return out;
}

} // namespace

TEST_CASE("The filter bar lists existing tags and products to pick from", "[ui][filters]")
{
    test::clearUiSettings();
    test::TestDatabase db;
    const Session session = db.session();
    test::addSampleData(session);
    ContactQuery all;
    auto people = ContactRepository(session).list(all);
    REQUIRE(people.ok());
    const qint64 anna = people->items.first().id;
    REQUIRE(ContactBulkEditor(session).addTag({anna}, QStringLiteral("VIP")).ok());
    REQUIRE(ContactBulkEditor(session).addTag({anna}, QStringLiteral("Trade fair 2026")).ok());
    Product crm;
    crm.name = QStringLiteral("Kontor CRM, yearly");
    crm.sku = QStringLiteral("KT-CRM-1Y");
    REQUIRE(ProductRepository(session).create(crm).ok());

    ContactFilterBar bar(session);
    bar.reloadChoices();
    auto *tag = bar.findChild<QLineEdit *>(QStringLiteral("filterTag"));
    auto *bought = bar.findChild<QLineEdit *>(QStringLiteral("filterBought"));
    REQUIRE(tag);
    REQUIRE(bought);
    // Matched anywhere in the name, whatever the case
    CHECK(completions(tag, QStringLiteral("vi")) == QStringList {QStringLiteral("VIP")});
    CHECK(completions(tag, QStringLiteral("fair")) == QStringList {QStringLiteral("Trade fair 2026")});
    CHECK(completions(tag, QStringLiteral("zzz")).isEmpty());
    CHECK(completions(bought, QStringLiteral("crm"))
          == QStringList({QStringLiteral("Kontor CRM, yearly"), QStringLiteral("KT-CRM-1Y")}));

    // A picked tag filters like a typed one
    QSignalSpy applied(&bar, &ContactFilterBar::filterApplied);
    tag->setText(QStringLiteral("VIP"));
    QTest::keyClick(tag, Qt::Key_Return);
    REQUIRE(applied.size() == 1);
    CHECK(applied.first().first().value<ContactFilter>().tag == QStringLiteral("VIP"));
}
