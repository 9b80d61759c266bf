// The product catalogue dialog, offscreen: add, edit, retire, refuse bad input.
#include "test_database.h"

#include "funnel/product_catalogue_dialog.h"
#include "funnel/product_repository.h"
#include "funnel/product_table_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

void type(QDialog &d, const char *name, const QString &text)
{
    auto *field = d.findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(field);
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace

TEST_CASE("Product catalogue: products are added, edited and retired; bad input is refused",
          "[ui][products]")
{
    // Given an empty catalogue
    TestDatabase db;
    Session s = db.session();
    const qint64 existing = ProductRepository(s).list(false)->items.size();
    ProductCatalogueDialog dialog(s);
    dialog.show();
    ProductTableModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("catalogueError"));
    REQUIRE(model->rowCount() == existing);

    // When a new product is typed in and saved
    dialog.newProduct();
    type(dialog, "productName", QStringLiteral("Annual licence"));
    type(dialog, "productSku", QStringLiteral("LIC-12"));
    type(dialog, "productPrice", QStringLiteral("1200.50"));
    dialog.findChild<QComboBox *>(QStringLiteral("productCurrency"))
        ->setCurrentText(QStringLiteral("usd"));
    REQUIRE(dialog.saveProduct());

    // Then it is listed with its price in its currency, and stored
    REQUIRE(model->rowCount() == existing + 1);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->data(model->index(r, 0), Qt::DisplayRole).toString()
            == QStringLiteral("Annual licence"))
            row = r;
    }
    REQUIRE(row >= 0);
    const qint64 id = model->data(model->index(row, 0), ProductTableModel::ProductIdRole).toLongLong();
    auto stored = ProductRepository(s).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Annual licence"));
    CHECK(stored->sku == QStringLiteral("LIC-12"));
    CHECK(stored->unitPriceMinor == 120050);
    CHECK(stored->currency == QStringLiteral("USD"));
    CHECK(model->data(model->index(row, ProductTableModel::PriceColumn), Qt::DisplayRole)
              .toString()
              .contains(QStringLiteral("1,200.50")));

    // A price that is not a number is explained and nothing changes
    dialog.selectProduct(row);
    type(dialog, "productPrice", QStringLiteral("a lot"));
    CHECK_FALSE(dialog.saveProduct());
    CHECK(error->text().contains(QStringLiteral("a lot")));
    CHECK(ProductRepository(s).get(id)->unitPriceMinor == 120050);

    // A second product with the same SKU is refused
    dialog.newProduct();
    type(dialog, "productName", QStringLiteral("Copy"));
    type(dialog, "productSku", QStringLiteral("LIC-12"));
    CHECK_FALSE(dialog.saveProduct());
    CHECK(error->isVisible());
    CHECK(model->rowCount() == existing + 1);

    // Retiring it keeps it listed (greyed) but no longer offered on deals
    dialog.selectProduct(model->rowOf(id));
    dialog.findChild<QCheckBox *>(QStringLiteral("productActive"))->setChecked(false);
    REQUIRE(dialog.saveProduct());
    CHECK_FALSE(ProductRepository(s).get(id)->active);
    const auto offered = ProductRepository(s).list(true);
    REQUIRE(offered.ok());
    for (const Product &p : offered->items)
        CHECK(p.id != id);
    CHECK(model->data(model->index(model->rowOf(id), ProductTableModel::ActiveColumn),
                      Qt::DisplayRole)
              .toString() == QStringLiteral("Not sold"));

    // Move to Trash takes it off the list
    dialog.selectProduct(model->rowOf(id));
    dialog.trashSelected();
    CHECK(model->rowOf(id) == -1);
    CHECK_FALSE(ProductRepository(s).get(id).ok());
}
