#pragma once

#include "lists/paged_model.h"
#include "repo/deal_repository.h"
#include "session.h"

namespace kontor {

// The deal list: paged from SQL, filtered and sorted in SQL (a click on a column header
// re-reads the first page in that order), like every list in Kontor.
class DealsListModel : public PagedTableModel<Deal>
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn, CompanyColumn, ContactColumn, StageColumn, AmountColumn,
        ExpectedCloseColumn, OwnerColumn, StatusColumn, ColumnCount
    };

    explicit DealsListModel(Session session, QObject *parent = nullptr);

    const DealQuery &query() const { return m_query; }
    // New filters (the sort order stays); reloads.
    void setQuery(const DealQuery &query);
    // Sorted in SQL; Status has no order of its own and keeps the current one.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    DealRepository m_repo;
    DealQuery m_query;
};

} // namespace kontor
