#include "lists/paged_model.h"

namespace kontor {

void PagedModel::setFilterText(const QString &text)
{
    if (m_loaded && text == m_filter)
        return;
    m_filter = text;
    reload();
}

void PagedModel::reload()
{
    resetWith({}, true);
}

void PagedModel::resetWith(const std::function<void()> &change, bool load)
{
    if (!m_loaded && !load) {
        // Not shown yet: only the shape changes; the first activation reads the rows.
        beginResetModel();
        if (change)
            change();
        endResetModel();
        return;
    }
    // Nothing can be fetched while the reset is announced: views (and the model tester)
    // react to modelReset by asking for more, which must not nest inside the reset.
    beginResetModel();
    if (change)
        change();
    clearRows();
    m_after.clear();
    m_hasMore = false;
    m_loaded = true;
    m_error.reset();
    endResetModel();

    auto count = countRows(m_filter);
    m_total = count ? *count : -1;
    emit totalCountChanged(m_total);
    if (!count) {
        fail(count.error());
        return;
    }
    // The first window comes right away so the list is never blank after a reset; the rest
    // follows as the view scrolls and asks fetchMore().
    loadNextPage();
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && m_hasMore && !m_fetching && !m_error;
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadNextPage();
}

void PagedModel::loadNextPage()
{
    // Views may ask for more from inside our own rowsInserted; one page at a time.
    m_fetching = true;
    auto page = appendPage(PageRequest {m_pageSize, m_after});
    m_fetching = false;
    if (!page) {
        fail(page.error());
        return;
    }
    // An empty page cannot move the key on; stop rather than ask for it forever.
    m_hasMore = page->second && !page->first.isEmpty();
    if (!page->first.isEmpty())
        m_after = page->first;
}

void PagedModel::fail(const Error &error)
{
    // Stop fetching until the next reload, so a broken connection does not loop.
    m_error = error;
    m_hasMore = false;
    QString text = error.message;
    if (!error.context.isEmpty())
        text += QStringLiteral(" (") + error.context + QLatin1Char(')');
    emit failed(text);
}

} // namespace kontor
