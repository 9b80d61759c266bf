#pragma once

#include "customfields/custom_list_columns.h"
#include "lists/paged_model.h"
#include "repo/deal_repository.h"
#include "session.h"

#include <memory>

namespace kontor {

// The deal list: paged from SQL, filtered and sorted in SQL (a click on a column header
// re-reads the first page in that order), like every list in Kontor. Custom fields of deals
// can be added as columns (customColumns(), for the Columns menu), sortable in SQL too. With
// PagedModel::backgroundReads() on (the app), pages and the count are read on a worker
// thread with its own connection.
class DealsListModel : public PagedTableModel<Deal>
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn, CompanyColumn, ContactColumn, StageColumn, AmountColumn,
        ExpectedCloseColumn, OwnerColumn, StatusColumn, ColumnCount
    };

    explicit DealsListModel(Session session, QObject *parent = nullptr);

    // The filters and the order of the list's own columns (what the footer's totals read).
    const DealQuery &query() const { return m_query; }
    // New filters (the sort order stays); reloads.
    void setQuery(const DealQuery &query);
    // The custom-field columns the Columns menu offers; shown ones are read with each page.
    ExtraColumns customColumns();

private:
    // The query as it stands, copied for a read (a worker reads the copy, never this model).
    DealQuery pageQuery() const;

    Session m_session;
    DealQuery m_query;
    std::shared_ptr<ListOrder> m_order; // the custom-field columns shown and sorted by
};

} // namespace kontor
