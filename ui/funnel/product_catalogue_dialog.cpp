#include "funnel/product_catalogue_dialog.h"

#include "funnel/product_repository.h"
#include "funnel/product_table_model.h"
#include "model/deal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

ProductCatalogueDialog::ProductCatalogueDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_model(new ProductTableModel(this))
    , m_view(new QTableView)
    , m_name(new QLineEdit)
    , m_sku(new QLineEdit)
    , m_price(new QLineEdit)
    , m_currency(new QComboBox)
    , m_active(new QCheckBox(tr("Still sold (offered on deals)")))
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("productCatalogue"));
    setWindowTitle(tr("Product Catalogue"));
    m_view->setObjectName(QStringLiteral("productTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProductTableModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_name->setObjectName(QStringLiteral("productName"));
    m_sku->setObjectName(QStringLiteral("productSku"));
    m_sku->setPlaceholderText(tr("optional, unique"));
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setPlaceholderText(QStringLiteral("0.00"));
    m_currency->setObjectName(QStringLiteral("productCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("RUB"), QStringLiteral("BGN")});
    m_active->setObjectName(QStringLiteral("productActive"));
    m_error->setObjectName(QStringLiteral("catalogueError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&SKU:"), m_sku);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 2);
    priceRow->addWidget(m_currency, 1);
    form->addRow(tr("Unit price:"), priceRow);
    form->addRow(QString(), m_active);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(button(tr("New Product"), "newProduct", [this] { newProduct(); }));
    formButtons->addWidget(button(tr("Save Product"), "saveProduct", [this] { saveProduct(); }));
    formButtons->addWidget(button(tr("Move to Trash"), "trashProduct", [this] { trashSelected(); }));
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(formButtons);
    right->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 3);
    top->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(); });
    resize(860, 460);
    reload(0);
}

bool ProductCatalogueDialog::check(const QString &problem)
{
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void ProductCatalogueDialog::reload(qint64 selectId)
{
    auto page = ProductRepository(m_session).list(false, PageRequest {5000, {}});
    if (!page) {
        check(page.error().message);
        return;
    }
    m_model->setProducts(page->items);
    const int row = m_model->rowOf(selectId);
    if (row >= 0)
        selectProduct(row);
    else if (m_model->rowCount() > 0)
        selectProduct(0);
    else
        newProduct();
}

void ProductCatalogueDialog::selectProduct(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

void ProductCatalogueDialog::showSelected()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Product &p = m_model->products().at(row);
    m_editing = p.id;
    m_name->setText(p.name);
    m_sku->setText(p.sku);
    m_price->setText(formatMinor(p.unitPriceMinor));
    m_currency->setCurrentText(p.currency);
    m_active->setChecked(p.active);
}

void ProductCatalogueDialog::newProduct()
{
    m_editing = 0;
    m_view->clearSelection();
    m_name->clear();
    m_sku->clear();
    m_price->clear();
    m_active->setChecked(true);
    m_name->setFocus();
}

bool ProductCatalogueDialog::saveProduct()
{
    Product p;
    p.id = m_editing;
    p.name = m_name->text().trimmed();
    p.sku = m_sku->text().trimmed();
    p.currency = m_currency->currentText().trimmed().toUpper();
    p.active = m_active->isChecked();
    QString price = m_price->text().trimmed();
    price.replace(QLocale().decimalPoint(), QStringLiteral("."));
    if (price.isEmpty())
        price = QStringLiteral("0");
    if (!parseMinor(price, &p.unitPriceMinor))
        return check(tr("“%1” is not a price such as 120.00.").arg(m_price->text()));
    const ProductRepository repo(m_session);
    qint64 id = p.id;
    if (p.id) {
        if (const Status st = repo.update(p); !st)
            return check(st.error().message);
    } else {
        auto created = repo.create(p);
        if (!created)
            return check(created.error().message);
        id = *created;
    }
    check({});
    reload(id);
    emit catalogueChanged();
    return true;
}

void ProductCatalogueDialog::trashSelected()
{
    if (!m_editing)
        return;
    if (const Status st = ProductRepository(m_session).moveToTrash(m_editing); !st) {
        check(st.error().message);
        return;
    }
    check({});
    reload(0);
    emit catalogueChanged();
}

} // namespace kontor
