#pragma once

#include "funnel/product_repository.h"

#include <QAbstractTableModel>

namespace kontor {

// The product catalogue as a table: Name | SKU | Unit price | Active. The catalogue of a
// small business is read whole (a few hundred products); the model only holds it.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SkuColumn, PriceColumn, ActiveColumn, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setProducts(const QList<Product> &products);
    const QList<Product> &products() const { return m_products; }
    int rowOf(qint64 productId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Product> m_products;
};

} // namespace kontor
