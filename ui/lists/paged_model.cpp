#include "lists/paged_model.h"

#include <atomic>

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
    // Answers still on their way belong to the old filter: they are dropped on arrival.
    ++m_generation;
    m_fetching = false;
    m_counting = false;
    endResetModel();

    if (startBackgroundCount(m_filter, m_generation)) {
        // The count of a big filtered base can take a while: the first rows come meanwhile.
        m_counting = true;
        m_total = -1;
        emit totalCountChanged(m_total);
        loadNextPage();
        return;
    }
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
    if (startBackgroundPage(PageRequest {m_pageSize, m_after}, m_generation))
        return; // backgroundPageDone() follows
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

void PagedModel::backgroundPageDone(quint64 generation,
                                    const Result<std::pair<QVariantList, bool>> &page)
{
    if (!isCurrent(generation))
        return;
    m_fetching = false;
    if (!page) {
        fail(page.error());
        return;
    }
    m_hasMore = page->second && !page->first.isEmpty();
    if (!page->first.isEmpty())
        m_after = page->first;
}

void PagedModel::backgroundCountDone(quint64 generation, const Result<qint64> &count)
{
    if (!isCurrent(generation))
        return;
    m_counting = false;
    m_total = count ? *count : -1;
    emit totalCountChanged(m_total);
    if (!count)
        fail(count.error());
}

namespace {
std::atomic<bool> g_backgroundReads {false};
} // namespace

void PagedModel::setBackgroundReads(bool on)
{
    g_backgroundReads = on;
}

bool PagedModel::backgroundReads()
{
    return g_backgroundReads;
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
