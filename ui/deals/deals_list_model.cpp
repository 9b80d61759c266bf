#include "deals/deals_list_model.h"

#include "lists/format.h"

namespace kontor {

namespace {

QList<PagedColumn<Deal>> dealColumns()
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        {DealsListModel::tr("Deal"), [](const Deal &d) { return d.title; }},
        {DealsListModel::tr("Company"), [](const Deal &d) { return d.companyName; }},
        {DealsListModel::tr("Contact"), [](const Deal &d) { return d.contactName; }},
        {DealsListModel::tr("Stage"), [](const Deal &d) { return d.stageName; }},
        {DealsListModel::tr("Amount"),
         [](const Deal &d) { return formatMoney(d.amountMinor, d.currency); }, right},
        {DealsListModel::tr("Expected close"),
         [](const Deal &d) { return formatDate(d.expectedClose); }},
        {DealsListModel::tr("Owner"), [](const Deal &d) { return d.ownerName; }},
        {DealsListModel::tr("Status"), [](const Deal &d) { return dealStatusName(d.status); }},
    };
}

} // namespace

DealsListModel::DealsListModel(Session session, QObject *parent)
    : PagedTableModel<Deal>(
          dealColumns(),
          [this](const QString &, const PageRequest &page) { return m_repo.list(m_query, page); },
          [this](const QString &) { return m_repo.count(m_query); }, parent)
    , m_repo(std::move(session))
{
    m_query.sort = DealQuery::Sort::Created;
    m_query.descending = true; // newest deals first: what a salesperson works on
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

void DealsListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, DealQuery::Sort> byColumn {
        {TitleColumn, DealQuery::Sort::Title},
        {CompanyColumn, DealQuery::Sort::Company},
        {ContactColumn, DealQuery::Sort::Contact},
        {StageColumn, DealQuery::Sort::Stage},
        {AmountColumn, DealQuery::Sort::Amount},
        {ExpectedCloseColumn, DealQuery::Sort::ExpectedClose},
        {OwnerColumn, DealQuery::Sort::Owner},
    };
    const auto it = byColumn.constFind(column);
    if (it == byColumn.cend())
        return;
    m_query.sort = it.value();
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace kontor
