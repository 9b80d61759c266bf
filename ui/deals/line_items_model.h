#pragma once

#include "funnel/product_repository.h"

#include <QAbstractTableModel>
#include <QList>

namespace kontor {

// The line items of one deal while the card edits them: Product | Quantity | Unit price |
// Discount % | Total. Nothing is written until the card saves; a cell that does not parse
// is refused (setData returns false) and `problem` says why in words.
class LineItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, QuantityColumn, PriceColumn, DiscountColumn, TotalColumn, ColumnCount };

    explicit LineItemsModel(QObject *parent = nullptr);

    void setCurrency(const QString &currency) { m_currency = currency; }
    void setItems(const QList<DealItem> &items);
    const QList<DealItem> &items() const { return m_items; }
    qint64 totalMinor() const;

    // Adds a line for a catalogue product at its price (quantity 1), or a free-text line.
    void addProduct(const Product &product);
    void addFreeLine(const QString &name);
    void removeLine(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void itemsEdited(); // any line added, changed or removed by the user
    void problem(const QString &message);

private:
    void append(const DealItem &item);

    QList<DealItem> m_items;
    QString m_currency = QStringLiteral("EUR");
};

} // namespace kontor
