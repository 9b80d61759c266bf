#include "funnel/product_repository.h"

#include "repo/audit.h"
#include "repo/trash.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ProductRepository", text);
}

QString productContext(qint64 id)
{
    return id ? tr("product %1").arg(id) : tr("new product");
}

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.unitPriceMinor = q.value(3).toLongLong();
    p.currency = q.value(4).toString();
    p.active = q.value(5).toInt() != 0;
    return p;
}

const char *const kProductColumns = "p.id, p.name, p.sku, p.unit_price_minor, p.currency, p.active";

} // namespace

qint64 DealItem::totalMinor() const
{
    const double gross = quantity * double(unitPriceMinor);
    return qint64(std::llround(gross * (100.0 - discountPct) / 100.0));
}

Status ProductRepository::validate(const Product &p)
{
    const QString context = productContext(p.id);
    if (p.name.trimmed().isEmpty())
        return Error {Error::Kind::Invalid, tr("A product needs a name"), context, {}};
    static const QRegularExpression currencyRe(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyRe.match(p.currency).hasMatch()) {
        return Error {Error::Kind::Invalid,
                      tr("\"%1\" is not a currency code such as EUR or USD").arg(p.currency),
                      context,
                      {}};
    }
    if (p.unitPriceMinor < 0)
        return Error {Error::Kind::Invalid, tr("A price cannot be negative"), context, {}};
    return {};
}

Status ProductRepository::validate(const DealItem &i)
{
    const QString context = tr("line item of deal %1").arg(i.dealId);
    if (!i.dealId)
        return Error {Error::Kind::Invalid, tr("A line item belongs to a deal"), context, {}};
    if (!i.productId && i.name.trimmed().isEmpty())
        return Error {
            Error::Kind::Invalid, tr("A line item needs a product or a name"), context, {}};
    if (!(i.quantity >= 0) || !std::isfinite(i.quantity))
        return Error {Error::Kind::Invalid, tr("A quantity cannot be negative"), context, {}};
    if (!(i.discountPct >= 0 && i.discountPct <= 100))
        return Error {
            Error::Kind::Invalid, tr("A discount must be between 0 and 100 %"), context, {}};
    if (!i.productId && i.unitPriceMinor < 0)
        return Error {Error::Kind::Invalid, tr("A price cannot be negative"), context, {}};
    return {};
}

Result<qint64> ProductRepository::create(const Product &p) const
{
    if (auto st = validate(p); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the product \"%1\"").arg(p.name));
    auto id = q.scalar(QStringLiteral("INSERT INTO products (name, sku, unit_price_minor,"
                                      " currency, active) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                       {p.name.trimmed(), nullIfEmpty(p.sku.trimmed()), p.unitPriceMinor,
                        p.currency, p.active ? 1 : 0});
    if (!id)
        return id.error();
    q.finish();
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("product"),
                                id->toLongLong(), QStringLiteral("create"));
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id->toLongLong();
}

Result<Product> ProductRepository::get(qint64 id) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read %1").arg(productContext(id)));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM products p WHERE p.id = ?"
                                       " AND p.deleted_at IS NULL")
                            .arg(QLatin1String(kProductColumns)),
                        {id});
        !st)
        return st.error();
    if (!q.next())
        return Error {
            Error::Kind::NotFound, tr("This product does not exist"), productContext(id), {}};
    return readProduct(q.query());
}

Status ProductRepository::update(const Product &p) const
{
    if (auto st = validate(p); !st)
        return st;
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save %1").arg(productContext(p.id)));
    if (auto st
        = q.run(QStringLiteral("UPDATE products SET name = ?, sku = ?, unit_price_minor = ?,"
                               " currency = ?, active = ? WHERE id = ? AND deleted_at IS NULL"),
                {p.name.trimmed(), nullIfEmpty(p.sku.trimmed()), p.unitPriceMinor, p.currency,
                 p.active ? 1 : 0, p.id});
        !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error {
            Error::Kind::NotFound, tr("This product does not exist"), productContext(p.id), {}};
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("product"), p.id,
                                QStringLiteral("update"));
        !st)
        return st;
    return tx.commit();
}

Status ProductRepository::moveToTrash(qint64 id) const
{
    return setTrashed(m_session,
                      {QStringLiteral("products"), QStringLiteral("product"), productContext(id)},
                      id, true);
}

Result<Page<Product>> ProductRepository::list(bool activeOnly, const PageRequest &page) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    PageQuery pq;
    pq.what = tr("Cannot read the product catalogue");
    pq.columns = QLatin1String(kProductColumns);
    pq.columnCount = 6;
    pq.from = QStringLiteral("products p");
    pq.where = activeOnly ? QStringLiteral("p.deleted_at IS NULL AND p.active = 1")
                          : QStringLiteral("p.deleted_at IS NULL");
    pq.key.columns = QStringList {QStringLiteral("p.name"), QStringLiteral("p.id")};
    return fetchPage<Product>(*conn, pq, page, readProduct);
}

Result<QList<DealItem>> ProductRepository::items(qint64 dealId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the products of deal %1").arg(dealId));
    if (auto st
        = q.run(QStringLiteral("SELECT id, deal_id, product_id, name, quantity, unit_price_minor,"
                               " discount_pct, position FROM deal_items WHERE deal_id = ?"
                               " ORDER BY position, id"),
                {dealId});
        !st)
        return st.error();
    QList<DealItem> out;
    while (q.next()) {
        out.append(DealItem {q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toDouble(),
                             q.value(5).toLongLong(), q.value(6).toDouble(), q.value(7).toInt()});
    }
    return out;
}

// Fills in the product's name and price where the line leaves them open, and refuses a
// product priced in another currency than the deal: amounts of two currencies never mix.
Result<DealItem> ProductRepository::resolve(const DealItem &item, const QString &dealCurrency) const
{
    DealItem out = item;
    if (!item.productId)
        return out;
    auto product = get(item.productId);
    if (!product)
        return product.error();
    if (out.name.trimmed().isEmpty())
        out.name = product->name;
    if (out.unitPriceMinor < 0) {
        if (product->currency != dealCurrency) {
            return Error {Error::Kind::Invalid,
                          tr("\"%1\" is priced in %2 but the deal is in %3; enter the price in %3")
                              .arg(product->name, product->currency, dealCurrency),
                          tr("deal %1").arg(item.dealId),
                          {}};
        }
        out.unitPriceMinor = product->unitPriceMinor;
    }
    return out;
}

Status ProductRepository::recomputeAmount(const QSqlDatabase &conn, qint64 dealId) const
{
    auto all = items(dealId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return {}; // without items the amount is typed in by hand again; keep the last one
    qint64 total = 0;
    for (const DealItem &i : std::as_const(*all))
        total += i.totalMinor();
    SqlStatement q(conn, tr("Cannot update the amount of deal %1").arg(dealId));
    if (auto st
        = q.run(QStringLiteral("UPDATE deals SET amount_minor = ?, updated_at = ? WHERE id = ?"),
                {total, nowSecs(), dealId});
        !st)
        return st;
    return audit::record(conn, m_session.userId, QStringLiteral("deal"), dealId,
                         QStringLiteral("items"), {{QStringLiteral("amount_minor"), total}});
}

Result<qint64> ProductRepository::addItem(const DealItem &input) const
{
    if (auto st = validate(input); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot add a product to deal %1").arg(input.dealId));
    auto currency = q.scalar(QStringLiteral("SELECT currency FROM deals WHERE id = ?"
                                            " AND deleted_at IS NULL"),
                             {input.dealId});
    if (!currency)
        return currency.error();
    if (currency->isNull())
        return Error {Error::Kind::NotFound,
                      tr("This deal does not exist"),
                      tr("deal %1").arg(input.dealId),
                      {}};
    q.finish();
    auto item = resolve(input, currency->toString());
    if (!item)
        return item.error();
    auto id = q.scalar(QStringLiteral("INSERT INTO deal_items (deal_id, product_id, name,"
                                      " quantity, unit_price_minor, discount_pct, position)"
                                      " SELECT ?, ?, ?, ?, ?, ?, COALESCE(MAX(position), 0) + 1"
                                      " FROM deal_items WHERE deal_id = ? RETURNING id"),
                       {item->dealId, nullIfZero(item->productId), item->name.trimmed(),
                        item->quantity, item->unitPriceMinor, item->discountPct, item->dealId});
    if (!id)
        return id.error();
    q.finish();
    if (auto st = recomputeAmount(*conn, item->dealId); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id->toLongLong();
}

Status ProductRepository::updateItem(const DealItem &input) const
{
    if (auto st = validate(input); !st)
        return st;
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot change a product of deal %1").arg(input.dealId));
    auto currency
        = q.scalar(QStringLiteral("SELECT d.currency FROM deal_items i JOIN deals d"
                                  " ON d.id = i.deal_id WHERE i.id = ? AND i.deal_id = ?"),
                   {input.id, input.dealId});
    if (!currency)
        return currency.error();
    if (currency->isNull())
        return Error {Error::Kind::NotFound,
                      tr("This line item does not exist"),
                      tr("item %1").arg(input.id),
                      {}};
    q.finish();
    auto item = resolve(input, currency->toString());
    if (!item)
        return item.error();
    if (auto st
        = q.run(QStringLiteral("UPDATE deal_items SET product_id = ?, name = ?, quantity = ?,"
                               " unit_price_minor = ?, discount_pct = ? WHERE id = ?"),
                {nullIfZero(item->productId), item->name.trimmed(), item->quantity,
                 item->unitPriceMinor, item->discountPct, item->id});
        !st)
        return st;
    if (auto st = recomputeAmount(*conn, item->dealId); !st)
        return st;
    return tx.commit();
}

Status ProductRepository::removeItem(qint64 itemId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot remove line item %1").arg(itemId));
    auto deal = q.scalar(QStringLiteral("SELECT deal_id FROM deal_items WHERE id = ?"), {itemId});
    if (!deal)
        return deal.error();
    if (deal->isNull())
        return Error {Error::Kind::NotFound,
                      tr("This line item does not exist"),
                      tr("item %1").arg(itemId),
                      {}};
    q.finish();
    if (auto st = q.run(QStringLiteral("DELETE FROM deal_items WHERE id = ?"), {itemId}); !st)
        return st;
    if (auto st = recomputeAmount(*conn, deal->toLongLong()); !st)
        return st;
    return tx.commit();
}

Status ProductRepository::replaceItems(qint64 dealId, const QList<DealItem> &input) const
{
    for (DealItem item : input) {
        item.dealId = dealId;
        if (auto st = validate(item); !st)
            return st;
    }
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the products of deal %1").arg(dealId));
    auto currency = q.scalar(QStringLiteral("SELECT currency FROM deals WHERE id = ?"
                                            " AND deleted_at IS NULL"),
                             {dealId});
    if (!currency)
        return currency.error();
    if (currency->isNull())
        return Error {Error::Kind::NotFound, tr("This deal does not exist"),
                      tr("deal %1").arg(dealId), {}};
    q.finish();
    auto before = items(dealId);
    if (!before)
        return before.error();
    if (auto st = q.run(QStringLiteral("DELETE FROM deal_items WHERE deal_id = ?"), {dealId}); !st)
        return st;
    QStringList was, now;
    for (const DealItem &i : std::as_const(*before))
        was << QStringLiteral("%1 x %2").arg(i.quantity).arg(i.name);
    int position = 0;
    for (DealItem input1 : input) {
        input1.dealId = dealId;
        auto item = resolve(input1, currency->toString());
        if (!item)
            return item.error();
        if (auto st = q.run(QStringLiteral("INSERT INTO deal_items (deal_id, product_id, name,"
                                           " quantity, unit_price_minor, discount_pct, position)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {dealId, nullIfZero(item->productId), item->name.trimmed(),
                             item->quantity, item->unitPriceMinor, item->discountPct,
                             ++position});
            !st)
            return st;
        now << QStringLiteral("%1 x %2").arg(item->quantity).arg(item->name.trimmed());
    }
    if (was != now) {
        if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("deal"), dealId,
                                    QStringLiteral("update"),
                                    {{QStringLiteral("items"),
                                      QVariantList {was.join(QStringLiteral("; ")),
                                                    now.join(QStringLiteral("; "))}}});
            !st)
            return st;
    }
    if (auto st = recomputeAmount(*conn, dealId); !st)
        return st;
    return tx.commit();
}

} // namespace kontor
