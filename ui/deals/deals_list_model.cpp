#include "deals/deals_list_model.h"

#include "lists/background_queue.h"
#include "lists/format.h"

namespace kontor {

namespace {

using DealColumn = PagedColumn<Deal>;

// The list's own columns; Status has no order of its own and is not sortable.
QList<DealColumn> dealColumns()
{
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        {DealsListModel::tr("Deal"), [](const Deal &d) { return d.title; }, left, 0, true},
        {DealsListModel::tr("Company"), [](const Deal &d) { return d.companyName; }, left, 0, true},
        {DealsListModel::tr("Contact"), [](const Deal &d) { return d.contactName; }, left, 0, true},
        {DealsListModel::tr("Stage"), [](const Deal &d) { return d.stageName; }, left, 0, true},
        {DealsListModel::tr("Amount"),
         [](const Deal &d) { return formatMoney(d.amountMinor, d.currency); }, right, 0, true},
        {DealsListModel::tr("Expected close"),
         [](const Deal &d) { return formatDate(d.expectedClose); }, left, 0, true},
        {DealsListModel::tr("Owner"), [](const Deal &d) { return d.ownerName; }, left, 0, true},
        {DealsListModel::tr("Status"), [](const Deal &d) { return dealStatusName(d.status); }},
    };
}

} // namespace

DealsListModel::DealsListModel(Session session, QObject *parent)
    : PagedTableModel<Deal>(
          dealColumns(),
          [this](const QString &, const PageRequest &page) {
              return DealRepository(m_session).list(pageQuery(), page);
          },
          [this](const QString &) { return DealRepository(m_session).count(m_query); }, parent)
    , m_session(std::move(session))
    , m_order(std::make_shared<ListOrder>())
{
    m_query.sort = DealQuery::Sort::Created;
    m_query.descending = true; // newest deals first: what a salesperson works on
    setSortState(-1, Qt::DescendingOrder); // no column's order until a header is clicked

    // A header click: a custom field's column orders by its value, one of the list's own by
    // its SQL order (matched by position among the own columns).
    const QList<DealColumn> own = columns();
    setSortHook([this, own](const DealColumn &column, bool descending) {
        m_order->custom.sortFieldId = column.customFieldId;
        m_query.descending = descending;
        if (column.customFieldId)
            return;
        static const QList<DealQuery::Sort> byColumn{
            DealQuery::Sort::Title, DealQuery::Sort::Company, DealQuery::Sort::Contact,
            DealQuery::Sort::Stage, DealQuery::Sort::Amount, DealQuery::Sort::ExpectedClose,
            DealQuery::Sort::Owner};
        for (int c = 0; c < int(byColumn.size()); ++c) {
            if (own.at(c).title == column.title)
                m_query.sort = byColumn.at(c);
        }
    });

    if (PagedModel::backgroundReads()) {
        const DealRepository repo(m_session);
        setBackground(
            new BackgroundQueue(m_session, QStringLiteral("deal list")),
            [this, repo](const QString &, const PageRequest &page) {
                return FetchJob([repo, q = pageQuery(), page] { return repo.list(q, page); });
            },
            [this, repo](const QString &) {
                return CountJob([repo, q = m_query] { return repo.count(q); });
            });
    }
}

DealQuery DealsListModel::pageQuery() const
{
    DealQuery q = m_query;
    q.custom = m_order->custom;
    return q;
}

void DealsListModel::setQuery(const DealQuery &query)
{
    const DealQuery::Sort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

ExtraColumns DealsListModel::customColumns()
{
    return customFieldColumns(this, m_session, QStringLiteral("deal"), m_order);
}

} // namespace kontor
