#include "funnel/deal_snapshot.h"

#include "storage/transaction.h"

namespace kontor {

qint64 DealSnapshot::itemsTotalMinor() const
{
    qint64 total = 0;
    for (const DealItem &i : items)
        total += i.totalMinor();
    return total;
}

bool sameItems(const QList<DealItem> &a, const QList<DealItem> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const DealItem &x = a.at(i);
        const DealItem &y = b.at(i);
        if (x.productId != y.productId || x.name.trimmed() != y.name.trimmed()
            || x.quantity != y.quantity || x.unitPriceMinor != y.unitPriceMinor
            || x.discountPct != y.discountPct)
            return false;
    }
    return true;
}

Result<DealSnapshot> loadDealSnapshot(const Session &session, qint64 dealId)
{
    DealSnapshot s;
    const DealRepository deals(session);
    auto deal = deals.get(dealId, true);
    if (!deal)
        return deal.error();
    s.deal = *deal;
    auto people = deals.contacts(dealId);
    if (!people)
        return people.error();
    s.contacts = *people;
    auto items = ProductRepository(session).items(dealId);
    if (!items)
        return items.error();
    s.items = *items;
    return s;
}

Status saveDealSnapshot(const Session &session, const DealSnapshot &snapshot)
{
    const qint64 id = snapshot.deal.id;
    if (auto st = DealRepository::validate(snapshot.deal); !st)
        return st;
    auto stored = loadDealSnapshot(session, id);
    if (!stored)
        return stored.error();
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const DealRepository deals(session);
    const ProductRepository products(session);
    const bool itemsChanged = !sameItems(stored->items, snapshot.items);
    // Items go first (all of them), so the currency may change together with them: the
    // repository refuses a new currency while items priced in the old one remain.
    if (itemsChanged && !stored->items.isEmpty()) {
        if (auto st = products.replaceItems(id, {}); !st)
            return st;
    }
    Deal deal = snapshot.deal;
    deal.contactId = snapshot.contacts.isEmpty() ? 0 : snapshot.contacts.first().contactId;
    if (auto st = deals.update(deal); !st)
        return st;
    if (itemsChanged && !snapshot.items.isEmpty()) {
        if (auto st = products.replaceItems(id, snapshot.items); !st)
            return st;
    }
    if (stored->contacts != snapshot.contacts) {
        if (auto st = deals.setContacts(id, snapshot.contacts); !st)
            return st;
    }
    return tx.commit();
}

} // namespace kontor
