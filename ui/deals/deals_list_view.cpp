#include "deals/deals_list_view.h"

#include "deals/deal_card.h"
#include "deals/deals_list_model.h"
#include "exchange/exporter.h"
#include "export/export_dialog.h"
#include "funnel/board_repository.h"
#include "lists/background_queue.h"
#include "lists/column_chooser.h"
#include "lists/format.h"
#include "repo/pipeline_repository.h"
#include "undo/undo_stack.h"

#include <QComboBox>
#include <QSaveFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

DealsListView::DealsListView(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_model(new DealsListModel(m_session, this))
{
    setObjectName(QStringLiteral("dealsList"));
    buildUi();
}

void DealsListView::buildUi()
{
    const auto combo = [](const char *name) {
        auto *c = new QComboBox;
        c->setObjectName(QString::fromLatin1(name));
        return c;
    };
    m_pipeline = combo("listPipeline");
    m_status = combo("listStatus");
    m_owner = combo("listOwner");
    m_tag = combo("listTag");
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    // The deals the board flags: open, and nothing planned next.
    m_status->addItem(tr("Open, no next step"), QStringLiteral("no-next-step"));
    m_status->addItem(tr("Won"), QStringLiteral("won"));
    m_status->addItem(tr("Lost"), QStringLiteral("lost"));
    m_status->addItem(tr("Any status"), QString());
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setPlaceholderText(tr("Filter by deal, company or contact"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_export = new QPushButton(tr("Export Selection…"));
    m_export->setObjectName(QStringLiteral("exportDeals"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &DealsListView::exportWithDialog);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Pipeline:")));
    filters->addWidget(m_pipeline);
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Owner:")));
    filters->addWidget(m_owner);
    filters->addWidget(new QLabel(tr("Tag:")));
    filters->addWidget(m_tag);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_export);
    m_chooser = new ColumnChooser(QStringLiteral("deals"), m_model, this);
    m_chooser->setExtraColumns(m_model->customColumns());
    m_columns = new QToolButton;
    m_columns->setObjectName(QStringLiteral("dealsColumns"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns this list shows, custom fields included"));
    m_columns->setMenu(m_chooser->menu());
    m_columns->setPopupMode(QToolButton::InstantPopup);
    filters->addWidget(m_columns);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("listView")); // like every list's table
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(DealsListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    // Newest first until the user picks a column; the model sorts in SQL.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) {
                if (column != m_model->sortColumn() || order != m_model->sortOrder())
                    m_model->sort(column, order);
            });
    const int ch = m_view->fontMetrics().averageCharWidth();
    const QList<int> widths {0, 20, 18, 14, 14, 13, 14, 8};
    for (int i = 1; i < widths.size(); ++i)
        m_view->setColumnWidth(i, widths.at(i) * ch + 16);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openDealCard(m_session, m_model->item(index.row()).id, this);
        listenToHistory();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_export->setEnabled(!selectedDealIds().isEmpty()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_export->setEnabled(false); });
    connect(m_model, &PagedModel::failed, this, &DealsListView::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DealsListView::selectPending);
    m_chooser->attach(m_view); // custom-field columns and hidden ones as remembered

    m_footer = new QLabel;
    m_footer->setObjectName(QStringLiteral("dealsTotals"));
    m_footer->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dealsListError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);

    for (QComboBox *c : {m_pipeline, m_status, m_owner, m_tag})
        connect(c, &QComboBox::currentIndexChanged, this, &DealsListView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DealsListView::applyFilter);
}

void DealsListView::load()
{
    m_loading = true;
    const qint64 pipeline = m_pipeline->currentData().toLongLong();
    m_pipeline->clear();
    m_pipeline->addItem(tr("All pipelines"), qint64(0));
    if (auto pipelines = PipelineRepository(m_session).list()) {
        for (const Pipeline &p : std::as_const(*pipelines))
            m_pipeline->addItem(p.name, p.id);
    } else {
        showError(pipelines.error().message);
    }
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(pipeline)));
    const BoardRepository repo(m_session);
    const qint64 owner = m_owner->currentData().toLongLong();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(0));
    if (auto owners = repo.owners()) {
        for (const auto &o : std::as_const(*owners))
            m_owner->addItem(o.name, o.id);
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
    const qint64 tag = m_tag->currentData().toLongLong();
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), qint64(0));
    if (auto tags = repo.tags()) {
        for (const auto &t : std::as_const(*tags))
            m_tag->addItem(t.name, t.id);
    }
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
    m_loading = false;
    applyFilter();
}

void DealsListView::applyFilter()
{
    if (m_loading)
        return;
    m_error->hide();
    DealQuery q;
    q.pipelineId = m_pipeline->currentData().toLongLong();
    q.status = m_status->currentData().toString();
    if (q.status == QLatin1String("no-next-step")) {
        q.status.clear();
        q.withoutNextStep = true;
    }
    q.ownerId = m_owner->currentData().toLongLong();
    q.tagId = m_tag->currentData().toLongLong();
    q.anywhere = m_search->text();
    m_model->setQuery(q);
    updateTotals();
}

void DealsListView::refresh()
{
    m_model->reload();
    updateTotals();
}

void DealsListView::updateTotals()
{
    const DealQuery query = m_model->query();
    const int generation = ++m_totalsGeneration;
    if (!PagedModel::backgroundReads()) {
        showTotals(DealRepository(m_session).totals(query));
        return;
    }
    // Summing every matching deal of a big base takes a while: the window stays responsive.
    if (!m_totalsQueue)
        m_totalsQueue = new BackgroundQueue(m_session, QStringLiteral("deal totals"), this);
    m_footer->setText(tr("Adding up…"));
    m_totalsQueue->post<Result<QList<CurrencyTotal>>>(
        [query](const Session &s) { return DealRepository(s).totals(query); },
        [this, generation](const Result<QList<CurrencyTotal>> &totals) {
            if (generation == m_totalsGeneration)
                showTotals(totals);
        });
}

void DealsListView::showTotals(const Result<QList<CurrencyTotal>> &totals)
{
    if (!totals) {
        showError(totals.error().message);
        m_footer->clear();
        return;
    }
    m_totals = *totals;
    int count = 0;
    QStringList parts;
    for (const CurrencyTotal &t : std::as_const(m_totals)) {
        count += t.count;
        parts << tr("%1 (weighted %2)")
                     .arg(formatMoney(t.amountMinor, t.currency),
                          formatMoney(t.weightedMinor, t.currency));
    }
    m_footer->setText(parts.isEmpty()
                          ? tr("No deals match.")
                          : tr("%n deal(s): %1", nullptr, count)
                                .arg(parts.join(QStringLiteral(" · "))));
}

void DealsListView::reveal(const QString &text, qint64 dealId)
{
    m_loading = true; // one query for all the changes below
    for (QComboBox *c : {m_pipeline, m_owner, m_tag})
        c->setCurrentIndex(0);
    m_status->setCurrentIndex(m_status->findData(QString()));
    m_search->setText(text);
    m_searchDelay->stop();
    m_loading = false;
    m_pendingId = dealId;
    applyFilter();
    selectPending(); // read on this thread: the row is there already
}

void DealsListView::selectPending()
{
    if (!m_pendingId)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row).id == m_pendingId) {
            m_pendingId = 0;
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

QList<qint64> DealsListView::selectedDealIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->item(index.row()).id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<qint64> DealsListView::exportSelection(const QString &path) const
{
    const QList<qint64> ids = selectedDealIds();
    if (ids.isEmpty())
        return Error {Error::Kind::Invalid, tr("Select the deals to export first"), {}, {}};
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto format = exportFormatFromName(suffix);
    if (!format || *format == ExportFormat::VCard3 || *format == ExportFormat::VCard4) {
        return Error {Error::Kind::Invalid,
                      tr("Deals export to .csv, .xlsx or .json, not “.%1”").arg(suffix), path, {}};
    }
    // Written aside and renamed at the end: a failed export never replaces an older file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Kind::Storage, tr("Cannot write the file: %1").arg(file.errorString()),
                      path, {}};
    ExportRequest request;
    request.entity = ExchangeEntity::Deals;
    request.format = *format;
    request.ids = ids;
    auto written = exportRecords(m_session, request, &file);
    if (!written)
        return written;
    if (!file.commit())
        return Error {Error::Kind::Storage, tr("Cannot write the file: %1").arg(file.errorString()),
                      path, {}};
    return written;
}

void DealsListView::exportWithDialog()
{
    // The same dialog as File > Export..., with the selected deals picked.
    auto *dialog = ExportDialog::openFor(m_session, ExchangeEntity::Deals, selectedDealIds(), this);
    connect(dialog, &ExportDialog::finished, this, [this](qint64 records, const QString &path) {
        if (records >= 0)
            m_footer->setText(tr("Exported %n deal(s) to %1.", nullptr, int(records))
                                  .arg(QFileInfo(path).fileName()));
    });
}

void DealsListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    listenToHistory();
}

void DealsListView::listenToHistory()
{
    // Not in the constructor: the view is put in its window later, and UndoStack::of() must
    // find that window's history (board moves, card edits, their undo).
    if (m_listening)
        return;
    m_listening = true;
    connect(UndoStack::of(this), &UndoStack::changed, this, &DealsListView::onRecordsChanged);
}

void DealsListView::onRecordsChanged(const QString &entity, const QList<qint64> &ids)
{
    if (entity != QLatin1String("deal"))
        return;
    if (ids.isEmpty()) // deal fields defined again: a deleted field's column goes
        m_chooser->refreshExtraColumns();
    refresh();
}

void DealsListView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace kontor
