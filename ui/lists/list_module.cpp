#include "lists/list_module.h"

#include "shell/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QCursor>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor {

ListModule::ListModule(ListSpec spec, PagedModel *model, QObject *parent)
    : Module(parent)
    , m_spec(std::move(spec))
    , m_model(model)
{
    m_model->setParent(this);
    m_refresh = new QAction(moduleIcon(QStringLiteral("refresh")), tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the list again from the database"));
    connect(m_refresh, &QAction::triggered, m_model, &PagedModel::reload);

    m_chooser = new ColumnChooser(m_spec.id, m_model, this);
    m_columns = new QAction(tr("Columns"), this);
    m_columns->setObjectName(QStringLiteral("columnsAction"));
    m_columns->setToolTip(tr("Choose the columns this list shows"));
    m_columns->setMenu(m_chooser->menu());
    connect(m_columns, &QAction::triggered, this, [this] {
        m_chooser->fill();
        m_chooser->menu()->popup(QCursor::pos());
    });

    // Search as the user types, but only once typing pauses, so a fast typist does not
    // start one query per key on a large database.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ListModule::applySearch);

    connect(m_model, &PagedModel::totalCountChanged, this, &ListModule::updateCount);
    connect(m_model, &PagedModel::failed, this, &ListModule::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showError({}); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListModule::selectPending);
}

ListModule::~ListModule() = default;

QIcon ListModule::icon() const
{
    return moduleIcon(m_spec.id);
}

QList<QAction *> ListModule::actions() const
{
    return {m_refresh, m_columns};
}

void ListModule::activate()
{
    widget();
    // Data is read on first visit only: opening the app must not query every list.
    if (!m_activated) {
        m_activated = true;
        m_model->reload();
    }
}

QWidget *ListModule::createWidget()
{
    auto *page = new QWidget;
    page->setObjectName(m_spec.id + QStringLiteral("Page"));

    auto *title = new QLabel(m_spec.title);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(m_spec.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: show everything again at once
            applySearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &ListModule::applySearch);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 0, Qt::AlignBaseline);
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_search);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    for (int c = 0; c < m_spec.columnWidths.size(); ++c) {
        if (m_spec.columnWidths.at(c) > 0)
            m_view->setColumnWidth(c, m_spec.columnWidths.at(c) * charWidth + 24);
    }
    m_view->horizontalHeader()->setSectionResizeMode(m_spec.stretchColumn, QHeaderView::Stretch);
    // Header clicks sort in SQL, by the columns the model can order by.
    QHeaderView *columnsHeader = m_view->horizontalHeader();
    bool anySortable = false;
    for (int c = 0; c < m_model->columnCount(); ++c)
        anySortable = anySortable || m_model->isSortable(c);
    columnsHeader->setSortIndicatorShown(anySortable);
    columnsHeader->setSectionsClickable(true);
    columnsHeader->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(columnsHeader, &QHeaderView::sortIndicatorChanged, this,
            [this, columnsHeader](int column, Qt::SortOrder order) {
                if (m_model->isSortable(column)) {
                    if (column != m_model->sortColumn() || order != m_model->sortOrder()) {
                        m_model->sort(column, order);
                        saveSort();
                    }
                    return;
                }
                // Not a column SQL can order by: the indicator stays where the order is.
                const QSignalBlocker block(columnsHeader);
                columnsHeader->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            });
    m_chooser->attach(m_view); // the remembered columns, the header's right-click menu
    restoreSort(); // after the chooser: the remembered column may be a custom field

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_error);
    auto *listColumn = new QVBoxLayout;
    listColumn->setSpacing(8);
    if (m_makeAbove)
        listColumn->addWidget(m_makeAbove());
    listColumn->addWidget(m_view, 1);
    listColumn->addWidget(m_empty, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    if (m_makeBeside)
        body->addWidget(m_makeBeside());
    body->addLayout(listColumn, 1);
    layout->addLayout(body, 1);
    updateCount();
    return page;
}

void ListModule::setPanels(std::function<QWidget *()> above, std::function<QWidget *()> beside)
{
    m_makeAbove = std::move(above);
    m_makeBeside = std::move(beside);
}

void ListModule::setNarrowed(bool narrowed)
{
    m_narrowed = narrowed;
    updateCount();
}

void ListModule::reveal(const QString &text, qint64 id)
{
    widget();
    m_activated = true;
    m_pendingId = id;
    m_search->setText(text);
    m_model->setFilterText(text.trimmed());
    selectPending(); // the rows may be there already
}

static QString sortKey(const QString &listId)
{
    return QStringLiteral("lists/") + listId + QStringLiteral("/sort");
}

void ListModule::saveSort()
{
    QSettings settings;
    settings.setValue(sortKey(m_spec.id) + QStringLiteral("Column"),
                      m_model->columnKey(m_model->sortColumn()));
    settings.setValue(sortKey(m_spec.id) + QStringLiteral("Descending"),
                      m_model->sortOrder() == Qt::DescendingOrder);
}

void ListModule::restoreSort()
{
    const QSettings settings;
    const QString key = settings.value(sortKey(m_spec.id) + QStringLiteral("Column")).toString();
    if (key.isEmpty())
        return;
    const Qt::SortOrder order
        = settings.value(sortKey(m_spec.id) + QStringLiteral("Descending")).toBool()
              ? Qt::DescendingOrder
              : Qt::AscendingOrder;
    // A column that is gone (a custom field deleted or hidden) leaves the list's own order.
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->columnKey(c) != key)
            continue;
        if (m_model->chooseSort(c, order) && m_model->isLoaded())
            m_model->reload();
        break;
    }
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ListModule::setColumnVisible(int column, bool visible)
{
    widget();
    m_chooser->setColumnVisible(column, visible);
}

void ListModule::selectPending()
{
    if (!m_pendingId || !m_view)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowId(row) == m_pendingId) {
            m_pendingId = 0;
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void ListModule::applySearch()
{
    m_searchDelay->stop();
    if (m_search)
        m_model->setFilterText(m_search->text().trimmed());
}

void ListModule::updateCount()
{
    if (!m_count)
        return;
    if (m_model->isCounting()) {
        // The count runs on the worker; the rows show as soon as the first page is there.
        m_count->setText(tr("Counting…"));
        m_empty->hide();
        m_view->show();
        return;
    }
    const qint64 total = m_model->totalCount();
    const bool searched = !m_model->filterText().isEmpty();
    const bool filtered = searched || m_narrowed;
    m_count->setText(total < 0 ? QString() : m_spec.countText(total, filtered));
    const bool empty = total == 0;
    m_empty->setText(searched       ? m_spec.noMatchText.arg(m_model->filterText())
                     : m_narrowed ? m_spec.narrowedEmptyText
                                  : m_spec.emptyText);
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void ListModule::showError(const QString &message)
{
    if (!m_error)
        return;
    m_error->setText(message.isEmpty() ? QString()
                                       : tr("The list could not be read: %1").arg(message));
    m_error->setVisible(!message.isEmpty());
}

} // namespace kontor
