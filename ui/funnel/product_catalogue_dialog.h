#pragma once

#include "session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kontor {

class ProductTableModel;

// The product catalogue: name, SKU, unit price, currency and whether it is still sold.
// A product no longer sold stays on the deals that have it; Move to Trash hides it too.
class ProductCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProductCatalogueDialog(Session session, QWidget *parent = nullptr);

    ProductTableModel *model() const { return m_model; }
    void selectProduct(int row);
    // Empties the form for a new product; saveProduct() then creates it.
    void newProduct();
    // Creates or updates the product in the form; false (with the reason shown) on refusal.
    bool saveProduct();
    void trashSelected();

signals:
    void catalogueChanged();

private:
    void reload(qint64 selectId);
    void showSelected();
    bool check(const QString &problem);

    Session m_session;
    ProductTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_name;
    QLineEdit *m_sku;
    QLineEdit *m_price;
    QComboBox *m_currency;
    QCheckBox *m_active;
    QLabel *m_error;
    qint64 m_editing = 0; // 0 = a new product
};

} // namespace kontor
