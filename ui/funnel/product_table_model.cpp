#include "funnel/product_table_model.h"

#include "lists/format.h"

#include <QColor>

namespace kontor {

void ProductTableModel::setProducts(const QList<Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

int ProductTableModel::rowOf(qint64 productId) const
{
    for (int i = 0; i < m_products.size(); ++i) {
        if (m_products.at(i).id == productId)
            return i;
    }
    return -1;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product &p = m_products.at(index.row());
    if (role == ProductIdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole && index.column() == PriceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !p.active)
        return QColor(0x80, 0x80, 0x80); // no longer sold: still listed, greyed
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return p.name;
    case SkuColumn: return p.sku;
    case PriceColumn: return formatMoney(p.unitPriceMinor, p.currency);
    case ActiveColumn: return p.active ? tr("Sold") : tr("Not sold");
    default: return {};
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Product");
    case SkuColumn: return tr("SKU");
    case PriceColumn: return tr("Unit price");
    case ActiveColumn: return tr("Status");
    default: return {};
    }
}

} // namespace kontor
