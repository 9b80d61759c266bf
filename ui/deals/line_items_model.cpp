#include "deals/line_items_model.h"

#include "lists/format.h"
#include "model/deal.h"

#include <QLocale>

namespace kontor {

namespace {

// Quantities and discounts as typed: a dot or the locale's decimal separator.
bool parseNumber(const QString &text, double *out)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = text.trimmed().toDouble(&ok);
    if (ok)
        *out = v;
    return ok;
}

QString numberText(double v)
{
    return QLocale().toString(v, 'g', 12);
}

} // namespace

LineItemsModel::LineItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LineItemsModel::setItems(const QList<DealItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

qint64 LineItemsModel::totalMinor() const
{
    qint64 total = 0;
    for (const DealItem &i : m_items)
        total += i.totalMinor();
    return total;
}

void LineItemsModel::append(const DealItem &item)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
    emit itemsEdited();
}

void LineItemsModel::addProduct(const Product &product)
{
    DealItem item;
    item.productId = product.id;
    item.name = product.name;
    item.quantity = 1;
    // A price in another currency would be added to the deal's as if it were the same.
    if (product.currency != m_currency) {
        item.unitPriceMinor = 0;
        emit problem(tr("“%1” is priced in %2 but the deal is in %3: type its price in %3.")
                         .arg(product.name, product.currency, m_currency));
    } else {
        item.unitPriceMinor = product.unitPriceMinor;
    }
    append(item);
}

void LineItemsModel::addFreeLine(const QString &name)
{
    DealItem item;
    item.name = name;
    item.quantity = 1;
    item.unitPriceMinor = 0;
    append(item);
}

void LineItemsModel::removeLine(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit itemsEdited();
}

int LineItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LineItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DealItem &item = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn: return item.name;
        case QuantityColumn: return numberText(item.quantity);
        case PriceColumn: return formatMinor(item.unitPriceMinor);
        case DiscountColumn: return numberText(item.discountPct);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return item.name;
    case QuantityColumn: return numberText(item.quantity);
    case PriceColumn: return formatMoney(item.unitPriceMinor, m_currency);
    case DiscountColumn: return item.discountPct == 0 ? QString()
                                                      : tr("%1 %").arg(numberText(item.discountPct));
    case TotalColumn: return formatMoney(item.totalMinor(), m_currency);
    default: return {};
    }
}

bool LineItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    DealItem &item = m_items[index.row()];
    const QString text = value.toString().trimmed();
    const int line = index.row() + 1;
    switch (index.column()) {
    case NameColumn:
        if (text.isEmpty()) {
            emit problem(tr("Line %1: a product needs a name.").arg(line));
            return false;
        }
        item.name = text;
        break;
    case QuantityColumn: {
        double q = 0;
        if (!parseNumber(text, &q) || q < 0) {
            emit problem(tr("Line %1: “%2” is not a quantity (a number, 0 or more).").arg(line).arg(text));
            return false;
        }
        item.quantity = q;
        break;
    }
    case PriceColumn: {
        qint64 minor = 0;
        QString canonical = text;
        canonical.replace(QLocale().decimalPoint(), QStringLiteral("."));
        if (!parseMinor(canonical, &minor) || minor < 0) {
            emit problem(tr("Line %1: “%2” is not a price such as 1250.00.").arg(line).arg(text));
            return false;
        }
        item.unitPriceMinor = minor;
        break;
    }
    case DiscountColumn: {
        double d = 0;
        QString bare = text;
        bare.remove(QLatin1Char('%'));
        if (!parseNumber(bare.isEmpty() ? QStringLiteral("0") : bare, &d) || d < 0 || d > 100) {
            emit problem(tr("Line %1: a discount is a percentage from 0 to 100, not “%2”.").arg(line).arg(text));
            return false;
        }
        item.discountPct = d;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(TotalColumn));
    emit itemsEdited();
    return true;
}

Qt::ItemFlags LineItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != TotalColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant LineItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Product");
    case QuantityColumn: return tr("Quantity");
    case PriceColumn: return tr("Unit price");
    case DiscountColumn: return tr("Discount");
    case TotalColumn: return tr("Total");
    default: return {};
    }
}

} // namespace kontor
