#include "funnel/board_view.h"

#include "funnel/board_column_model.h"
#include "funnel/board_controller.h"
#include "funnel/board_repository.h"
#include "funnel/card_delegate.h"
#include "deals/deal_card.h"
#include "funnel/lost_reason_dialog.h"
#include "funnel/pipeline_settings_dialog.h"
#include "lists/format.h"
#include "shell/settings.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor {

namespace {

// The board's filters and pipeline, remembered between runs.
const Setting<qint64> boardPipeline {"Deals/boardPipeline", 0};
const Setting<qint64> boardOwner {"Deals/boardOwner", 0};
const Setting<qint64> boardTag {"Deals/boardTag", 0};
const Setting<QString> boardText {"Deals/boardText", QString()};

constexpr int kColumnWidth = 250;

// A Won or Lost area cards can be dropped on.
class DropZone : public QLabel
{
public:
    DropZone(const QString &text, std::function<void(qint64)> dropped)
        : QLabel(text)
        , m_dropped(std::move(dropped))
    {
        setAcceptDrops(true);
        setAlignment(Qt::AlignCenter);
        setMinimumHeight(44);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        qint64 deal = 0, stage = 0;
        if (BoardColumnModel::decode(event->mimeData(), &deal, &stage)) {
            event->setDropAction(Qt::MoveAction);
            event->accept();
        }
    }
    void dropEvent(QDropEvent *event) override
    {
        qint64 deal = 0, stage = 0;
        if (!BoardColumnModel::decode(event->mimeData(), &deal, &stage))
            return;
        // Ignored, so the source view never removes the row itself; the board reloads.
        event->ignore();
        // After the drag has ended: a lost-reason dialog must not open inside the drop.
        QTimer::singleShot(0, this, [this, deal] { m_dropped(deal); });
    }

private:
    std::function<void(qint64)> m_dropped;
};

QString totalsText(const QList<CurrencyTotal> &totals)
{
    QStringList lines;
    for (const CurrencyTotal &t : totals) {
        lines << BoardView::tr("%1 · weighted %2")
                     .arg(formatMoney(t.amountMinor, t.currency),
                          formatMoney(t.weightedMinor, t.currency));
    }
    return lines.isEmpty() ? BoardView::tr("No deals") : lines.join(QLatin1Char('\n'));
}

} // namespace

BoardView::BoardView(BoardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("boardView"));
    m_askLost = [this](const QString &title, qint64 *reason, QString *note) {
        auto reasons = m_controller->lostReasons();
        if (!reasons) {
            showError(reasons.error().message);
            return false;
        }
        LostReasonDialog dialog(title, *reasons, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *reason = dialog.reasonId();
        *note = dialog.note();
        return true;
    };
    buildUi();
    connect(m_controller, &BoardController::columnsReplaced, this, &BoardView::rebuildColumns);
    connect(m_controller, &BoardController::boardChanged, this, &BoardView::updateHeaders);
    connect(m_controller, &BoardController::errorOccurred, this, &BoardView::showError);
}

void BoardView::buildUi()
{
    m_pipeline = new QComboBox;
    m_pipeline->setObjectName(QStringLiteral("pipelineSwitcher"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_tag = new QComboBox;
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Filter by deal, company or contact"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("boardTotals"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("boardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Pipeline:")));
    filters->addWidget(m_pipeline);
    filters->addWidget(new QLabel(tr("Owner:")));
    filters->addWidget(m_owner);
    filters->addWidget(new QLabel(tr("Tag:")));
    filters->addWidget(m_tag);
    filters->addWidget(m_search, 1);
    auto *stages = new QPushButton(tr("Stages…"));
    stages->setObjectName(QStringLiteral("editStages"));
    connect(stages, &QPushButton::clicked, this, [this] {
        PipelineSettingsDialog dialog(m_controller->session(), m_controller->filter().pipelineId,
                                      this);
        dialog.exec();
        // Names, order, probabilities, pipelines and deals may all have changed.
        load();
    });
    filters->addWidget(stages);

    auto *columns = new QWidget;
    m_columnsLayout = new QHBoxLayout(columns);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *won = new DropZone(tr("Drop here: Won"), [this](qint64 deal) { dropOnZone(deal, true); });
    won->setObjectName(QStringLiteral("wonZone"));
    won->setStyleSheet(QStringLiteral("background: #e6f4ea; border: 1px dashed #34a853;"));
    auto *lost
        = new DropZone(tr("Drop here: Lost"), [this](qint64 deal) { dropOnZone(deal, false); });
    lost->setObjectName(QStringLiteral("lostZone"));
    lost->setStyleSheet(QStringLiteral("background: #fce8e6; border: 1px dashed #d93025;"));
    auto *zones = new QHBoxLayout;
    zones->addWidget(won);
    zones->addWidget(lost);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_totals);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addLayout(zones);

    auto shortcut = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(tr("Move to Next Stage"), QKeySequence(Qt::CTRL | Qt::Key_Right),
             [this] { moveCurrent(+1); });
    shortcut(tr("Move to Previous Stage"), QKeySequence(Qt::CTRL | Qt::Key_Left),
             [this] { moveCurrent(-1); });
    shortcut(tr("Mark Won"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
             [this] { markCurrentWon(); });
    shortcut(tr("Mark Lost"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
             [this] { markCurrentLost(); });

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &BoardView::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &BoardView::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &BoardView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &BoardView::applyFilter);
}

void BoardView::load()
{
    m_loading = true;
    const Session &session = m_controller->session();
    m_pipeline->clear();
    auto pipelines = PipelineRepository(session).list();
    if (pipelines) {
        for (const Pipeline &p : std::as_const(*pipelines))
            m_pipeline->addItem(p.name, p.id);
    } else {
        showError(pipelines.error().message);
    }
    BoardRepository repo(session);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), 0);
    if (auto owners = repo.owners()) {
        for (const auto &o : std::as_const(*owners))
            m_owner->addItem(o.name, o.id);
    }
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), 0);
    if (auto tags = repo.tags()) {
        for (const auto &t : std::as_const(*tags))
            m_tag->addItem(t.name, t.id);
    }
    auto select = [](QComboBox *box, qint64 id) {
        const int i = box->findData(id);
        box->setCurrentIndex(i < 0 ? 0 : i);
    };
    select(m_pipeline, boardPipeline.value());
    select(m_owner, boardOwner.value());
    select(m_tag, boardTag.value());
    m_search->setText(boardText.value());
    m_searchDelay->stop();
    m_loading = false;
    applyFilter();
}

void BoardView::applyFilter()
{
    if (m_loading)
        return;
    BoardFilter f;
    f.pipelineId = m_pipeline->currentData().toLongLong();
    f.ownerId = m_owner->currentData().toLongLong();
    f.tagId = m_tag->currentData().toLongLong();
    f.text = m_search->text();
    boardPipeline.setValue(f.pipelineId);
    boardOwner.setValue(f.ownerId);
    boardTag.setValue(f.tagId);
    boardText.setValue(f.text);
    m_controller->setFilter(f);
}

void BoardView::rebuildColumns()
{
    for (QWidget *w : std::as_const(m_columnWidgets))
        w->deleteLater();
    m_columnWidgets.clear();
    m_headers.clear();
    m_views.clear();
    auto *delegate = new CardDelegate(this);
    for (BoardColumnModel *model : m_controller->columns()) {
        auto *column = new QFrame;
        column->setObjectName(QStringLiteral("boardColumn"));
        column->setProperty("stageId", model->stageId());
        column->setFixedWidth(kColumnWidth);
        auto *header = new QLabel;
        header->setObjectName(QStringLiteral("columnHeader"));
        header->setWordWrap(true);
        auto *view = new QListView;
        view->setObjectName(QStringLiteral("columnView"));
        view->setModel(model);
        view->setItemDelegate(delegate);
        // Every card has the same height: the view lays out 10,000 rows without asking each.
        view->setUniformItemSizes(true);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setDropIndicatorShown(true);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        m_currentDeal = current.data(BoardColumnModel::DealIdRole).toLongLong();
                });
        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            const qint64 deal = index.data(BoardColumnModel::DealIdRole).toLongLong();
            DealCard *card = openDealCard(m_controller->session(), deal, this);
            // A saved edit (title, amount, owner) or its undo shows on the board.
            connect(UndoStack::of(card), &UndoStack::changed, this, &BoardView::onRecordsChanged,
                    Qt::UniqueConnection);
        });
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(header);
        layout->addWidget(view, 1);
        m_columnsLayout->insertWidget(m_columnsLayout->count() - 1, column);
        m_columnWidgets << column;
        m_headers << header;
        m_views << view;
    }
}

void BoardView::updateHeaders()
{
    m_error->hide();
    const Board &board = m_controller->board();
    for (int i = 0; i < m_headers.size() && i < board.columns.size(); ++i) {
        const BoardColumn &c = board.columns.at(i);
        m_headers.at(i)->setText(
            QStringLiteral("<b>%1</b> · %2<br>%3")
                .arg(c.stage.name.toHtmlEscaped(), tr("%n deal(s)", nullptr, c.count),
                     totalsText(c.totals).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                  QStringLiteral("<br>"))));
    }
    m_totals->setText(
        tr("Open: %1")
            .arg(totalsText(board.totals).replace(QLatin1Char('\n'), QStringLiteral("; "))));
    selectDeal(m_currentDeal);
}

void BoardView::selectDeal(qint64 dealId)
{
    m_currentDeal = dealId;
    for (QListView *view : std::as_const(m_views)) {
        auto *model = static_cast<BoardColumnModel *>(view->model());
        const int row = model->rowOf(dealId);
        if (row >= 0) {
            const QModelIndex index = model->index(row);
            view->setCurrentIndex(index);
            view->scrollTo(index);
            if (isVisible() && hasFocus() != view->hasFocus())
                view->setFocus();
            return;
        }
    }
}

QString BoardView::cardTitle(qint64 dealId) const
{
    for (const BoardColumn &c : m_controller->board().columns) {
        for (const BoardCard &card : c.cards) {
            if (card.id == dealId)
                return card.title;
        }
    }
    return {};
}

void BoardView::moveCurrent(int direction)
{
    if (m_currentDeal)
        m_controller->moveToNeighbour(m_currentDeal, direction);
}

void BoardView::markCurrentWon()
{
    if (m_currentDeal)
        dropOnZone(m_currentDeal, true);
}

void BoardView::markCurrentLost()
{
    if (m_currentDeal)
        dropOnZone(m_currentDeal, false);
}

void BoardView::dropOnZone(qint64 dealId, bool won)
{
    if (won) {
        m_controller->markWon(dealId);
        return;
    }
    qint64 reason = 0;
    QString note;
    if (m_askLost(cardTitle(dealId), &reason, &note) && reason)
        m_controller->markLost(dealId, reason, note);
}

void BoardView::onRecordsChanged(const QString &entity, const QList<qint64> &)
{
    if (entity == QLatin1String("deal") || entity == QLatin1String("activity"))
        m_controller->reload();
}

void BoardView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace kontor
