#pragma once

#include "lists/background_queue.h"
#include "repo/paging.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace kontor {

// The paging logic shared by every list: rows arrive in windows of `pageSize` through keyset
// paging (PageRequest::after), on demand from the view via canFetchMore()/fetchMore(), and a
// filter text is handed to the repository (filtering happens in SQL, never in a proxy).
// data() only reads rows already fetched: it never touches the database.
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PagedModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    QString filterText() const { return m_filter; }
    // Drops all rows and reloads the first page (and the count) with the new filter.
    void setFilterText(const QString &text);
    // Same filter, fresh data (after the database changed).
    void reload();

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Rows matching the filter in the database; -1 until counted or after an error.
    qint64 totalCount() const { return m_total; }
    // The count is being read on the worker ("Counting…").
    bool isCounting() const { return m_counting; }
    // A page is being read (on the worker, or right now).
    bool isFetching() const { return m_fetching; }

    // Whether lists with a worker (PagedTableModel::setBackground) read their pages and counts
    // there. The kontor app turns it on at start; off, every read happens on the caller's
    // thread, which keeps tools and tests that drive a model step by step deterministic.
    static void setBackgroundReads(bool on);
    static bool backgroundReads();
    const std::optional<Error> &lastError() const { return m_error; }

    // The record id of a fetched row; 0 for rows that are not records.
    virtual qint64 rowId(int row) const
    {
        Q_UNUSED(row);
        return 0;
    }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Sorting happens in SQL: a sortable column hands its order to the fetch function (see
    // PagedTableModel::setSortHook) and the list reloads. Other columns ignore sort().
    virtual bool isSortable(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Sets the order the next reload reads in, without reading (restoring a remembered
    // order before the list is first shown); false for a column that does not sort.
    virtual bool chooseSort(int column, Qt::SortOrder order)
    {
        Q_UNUSED(column);
        Q_UNUSED(order);
        return false;
    }
    // A name for a column that stays the same when columns come and go (remembering the
    // order across sessions): its number among the list's own, "custom:<id>" for a field.
    virtual QString columnKey(int column) const { return QString::number(column); }
    bool isLoaded() const { return m_loaded; }

signals:
    void totalCountChanged(qint64 count);
    // A page or the count could not be read; the list keeps what it had.
    void failed(const QString &plainMessage);

protected:
    // Reads one page and appends its rows (between beginInsertRows/endInsertRows).
    virtual Result<std::pair<QVariantList, bool>> appendPage(const PageRequest &request) = 0;
    virtual Result<qint64> countRows(const QString &filter) const = 0;
    virtual void clearRows() = 0;
    // Worker reads: start one and return true, then report with backgroundPageDone() /
    // backgroundCountDone() (on this thread); return false to read synchronously instead.
    virtual bool startBackgroundPage(const PageRequest &request, quint64 generation)
    {
        Q_UNUSED(request);
        Q_UNUSED(generation);
        return false;
    }
    virtual bool startBackgroundCount(const QString &filter, quint64 generation)
    {
        Q_UNUSED(filter);
        Q_UNUSED(generation);
        return false;
    }
    // A result for an older reload (the filter changed meanwhile) is not wanted any more.
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    // Call before inserting the page's rows, so the view's fetchMore() may follow at once.
    void backgroundPageDone(quint64 generation, const Result<std::pair<QVariantList, bool>> &page);
    void backgroundCountDone(quint64 generation, const Result<qint64> &count);
    // Runs `change` (new columns) inside a model reset, then reads the first page again if
    // the list was loaded before (or `load`).
    void resetWith(const std::function<void()> &change, bool load = false);
    void setSortState(int column, Qt::SortOrder order)
    {
        m_sortColumn = column;
        m_sortOrder = order;
    }

private:
    void loadNextPage();
    void fail(const Error &error);

    QString m_filter;
    int m_pageSize = 200;
    QVariantList m_after;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_fetching = false;
    qint64 m_total = -1;
    std::optional<Error> m_error;
    quint64 m_generation = 0;
    bool m_counting = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// A column of a PagedTableModel<T>: a translated header and how a row shows in it.
template<typename T> struct PagedColumn
{
    QString title;
    std::function<QVariant(const T &)> display;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    int width = 0; // preferred width in characters, 0 = let the view decide
    bool sortable = false; // the fetch function can order by it (see setSortHook)
    qint64 customFieldId = 0; // a custom field's column: its field id
    int sortKey = 0; // which order of the repository the column stands for (its Sort enum)
};

// The typed part: where pages come from and how a T shows in each column. A list is then
// just a fetch function, a count function and its columns.
template<typename T> class PagedTableModel : public PagedModel
{
public:
    using Fetch = std::function<Result<Page<T>>(const QString &filter, const PageRequest &)>;
    using Count = std::function<Result<qint64>(const QString &filter)>;

    PagedTableModel(QList<PagedColumn<T>> columns, Fetch fetch, Count count,
                    QObject *parent = nullptr)
        : PagedModel(parent)
        , m_columns(std::move(columns))
        , m_fetch(std::move(fetch))
        , m_count(std::move(count))
    {
    }

    // Reads on a worker (when PagedModel::backgroundReads() is on). `prepareFetch` and
    // `prepareCount` run on this thread and return the job for the worker, which must hold
    // copies of everything it reads (the filter as it is now), never shared state.
    using FetchJob = std::function<Result<Page<T>>()>;
    using CountJob = std::function<Result<qint64>()>;
    using PrepareFetch = std::function<FetchJob(const QString &filter, const PageRequest &)>;
    using PrepareCount = std::function<CountJob(const QString &filter)>;
    void setBackground(BackgroundQueue *queue, PrepareFetch prepareFetch,
                       PrepareCount prepareCount)
    {
        queue->setParent(this);
        m_queue = queue;
        m_prepareFetch = std::move(prepareFetch);
        m_prepareCount = std::move(prepareCount);
    }

    const QList<PagedColumn<T>> &columns() const { return m_columns; }
    // Replaces the columns (a custom field shown or hidden) and, once the list was loaded,
    // reads it again. A sort by a custom field that is gone falls back to the first column.
    void setColumns(QList<PagedColumn<T>> columns)
    {
        const int old = sortColumn();
        if (old < 0) { // the list's own default order, no column's: it stays
            resetWith([&] { m_columns = std::move(columns); });
            return;
        }
        const qint64 sortedField
            = old < int(m_columns.size()) ? m_columns.at(old).customFieldId : 0;
        int keep = sortedField ? -1 : old;
        for (int c = 0; c < int(columns.size()); ++c) {
            if (sortedField && columns.at(c).customFieldId == sortedField)
                keep = c;
        }
        const bool same = keep >= 0 && keep < int(columns.size());
        if (!same)
            keep = 0;
        resetWith([&] {
            m_columns = std::move(columns);
            setSortState(keep, same ? sortOrder() : Qt::AscendingOrder);
            if (isSortable(keep))
                m_sortHook(m_columns.at(keep), sortOrder() == Qt::DescendingOrder);
        });
    }
    // Called with the column to order by, before the reload that sort() starts.
    using SortHook = std::function<void(const PagedColumn<T> &column, bool descending)>;
    void setSortHook(SortHook hook) { m_sortHook = std::move(hook); }
    bool isSortable(int column) const override
    {
        return m_sortHook && column >= 0 && column < int(m_columns.size())
            && m_columns.at(column).sortable;
    }
    void sort(int column, Qt::SortOrder order) override
    {
        if (chooseSort(column, order))
            reload();
    }
    bool chooseSort(int column, Qt::SortOrder order) override
    {
        if (!isSortable(column))
            return false;
        setSortState(column, order);
        m_sortHook(m_columns.at(column), order == Qt::DescendingOrder);
        return true;
    }
    QString columnKey(int column) const override
    {
        if (column >= 0 && column < int(m_columns.size()) && m_columns.at(column).customFieldId)
            return QStringLiteral("custom:") + QString::number(m_columns.at(column).customFieldId);
        return PagedModel::columnKey(column);
    }
    const T &item(int row) const { return m_rows.at(row); }
    qint64 rowId(int row) const override { return idOf(m_rows.at(row), 0); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const PagedColumn<T> &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return column.display(m_rows.at(index.row()));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).title;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
        return {};
    }

protected:
    Result<std::pair<QVariantList, bool>> appendPage(const PageRequest &request) override
    {
        auto page = m_fetch(filterText(), request);
        if (!page)
            return page.error();
        if (!page->items.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page->items.size()) - 1);
            m_rows += page->items;
            endInsertRows();
        }
        return std::make_pair(page->nextAfter, page->hasMore);
    }
    Result<qint64> countRows(const QString &filter) const override { return m_count(filter); }
    void clearRows() override { m_rows.clear(); }
    bool startBackgroundPage(const PageRequest &request, quint64 generation) override
    {
        if (!m_queue || !backgroundReads())
            return false;
        m_queue->run<Result<Page<T>>>(
            m_prepareFetch(filterText(), request), [this, generation](const Result<Page<T>> &page) {
                if (!isCurrent(generation))
                    return;
                if (!page) {
                    backgroundPageDone(generation, page.error());
                    return;
                }
                backgroundPageDone(generation, std::make_pair(page->nextAfter, page->hasMore));
                if (!page->items.isEmpty()) {
                    const int first = int(m_rows.size());
                    beginInsertRows({}, first, first + int(page->items.size()) - 1);
                    m_rows += page->items;
                    endInsertRows();
                }
            });
        return true;
    }
    bool startBackgroundCount(const QString &filter, quint64 generation) override
    {
        if (!m_queue || !backgroundReads())
            return false;
        m_queue->run<Result<qint64>>(m_prepareCount(filter),
                                     [this, generation](const Result<qint64> &count) {
                                         backgroundCountDone(generation, count);
                                     });
        return true;
    }

private:
    // A record's `id`, or 0 for row types without one.
    template<typename U> static auto idOf(const U &row, int) -> decltype(qint64(row.id))
    {
        return row.id;
    }
    template<typename U> static qint64 idOf(const U &, long) { return 0; }

    QList<PagedColumn<T>> m_columns;
    SortHook m_sortHook;
    BackgroundQueue *m_queue = nullptr;
    PrepareFetch m_prepareFetch;
    PrepareCount m_prepareCount;
    Fetch m_fetch;
    Count m_count;
    QList<T> m_rows;
};

} // namespace kontor
