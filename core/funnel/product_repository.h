#pragma once

#include "repo/paging.h"
#include "session.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace kontor {

struct Product
{
    qint64 id = 0;
    QString name;
    QString sku; // empty = none; unique when given
    qint64 unitPriceMinor = 0;
    QString currency = QStringLiteral("EUR");
    bool active = true;
};

// One line of a deal: a product (or free text) x quantity at a price, less a discount.
struct DealItem
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 productId = 0; // 0 = a free-text line
    QString name; // empty with a product: the product's name
    double quantity = 1;
    qint64 unitPriceMinor = -1; // -1 with a product: the product's price
    double discountPct = 0;
    int position = 0;

    // quantity x price less discount, rounded half away from zero to a minor unit. Computed
    // here, not in SQL, because ROUND() differs between the back ends.
    qint64 totalMinor() const;
};

// The product catalogue and the line items of deals. A deal with items has the items' total
// as its amount: every change to its items recomputes it in the same transaction.
class ProductRepository
{
public:
    explicit ProductRepository(Session session)
        : m_session(std::move(session))
    {
    }

    Result<qint64> create(const Product &product) const;
    Result<Product> get(qint64 id) const;
    Status update(const Product &product) const;
    Status moveToTrash(qint64 id) const;
    // The catalogue by name; `activeOnly` hides products no longer sold.
    Result<Page<Product>> list(bool activeOnly, const PageRequest &page = {}) const;

    Result<QList<DealItem>> items(qint64 dealId) const;
    Result<qint64> addItem(const DealItem &item) const;
    Status updateItem(const DealItem &item) const;
    Status removeItem(qint64 itemId) const;
    // Replaces all the items of a deal, in the given order, in one transaction (the deal
    // card saves its line items editor this way, and its undo writes the old list back).
    // An empty list removes them all and leaves the amount as it was.
    Status replaceItems(qint64 dealId, const QList<DealItem> &items) const;

    static Status validate(const Product &product);
    static Status validate(const DealItem &item);

private:
    Result<DealItem> resolve(const DealItem &item, const QString &dealCurrency) const;
    Status recomputeAmount(const QSqlDatabase &conn, qint64 dealId) const;
    Session m_session;
};

} // namespace kontor
