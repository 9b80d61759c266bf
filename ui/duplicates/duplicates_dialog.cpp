#include "duplicates/duplicates_dialog.h"

#include "contacts/duplicate_review.h"
#include "contacts/duplicates.h"
#include "duplicates/duplicate_commands.h"
#include "duplicates/duplicate_pairs_model.h"
#include "duplicates/merge_preview_panel.h"
#include "lists/background_queue.h"
#include "undo/undo_actions.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

using Candidates = Result<QList<DuplicatePair>>;

DuplicatesDialog::DuplicatesDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_stack(UndoStack::of(parent ? static_cast<QObject *>(parent) : this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowTitle(tr("Find Duplicates"));
    m_queue = new BackgroundQueue(m_session, QStringLiteral("duplicate scan"), this);
    buildUi();
    // A merge, an undo or an edit elsewhere changes who is a duplicate of whom.
    connect(m_stack, &UndoStack::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("contact"))
            rescan();
    });
    resize(1100, 640);
    rescan();
}

DuplicatesDialog::~DuplicatesDialog() = default;

DuplicatesDialog *DuplicatesDialog::open(const Session &session, QWidget *parent)
{
    QWidget *window = parent ? parent->window() : nullptr;
    if (window) {
        if (auto *open = window->findChild<DuplicatesDialog *>(
                QStringLiteral("duplicatesDialog"), Qt::FindDirectChildrenOnly)) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new DuplicatesDialog(session, window);
    dialog->show();
    return dialog;
}

void DuplicatesDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    top->addWidget(m_status, 1);
    m_rescan = new QPushButton(tr("Find Again"));
    m_rescan->setObjectName(QStringLiteral("rescanButton"));
    m_rescan->setToolTip(tr("Scan the whole contact base again"));
    connect(m_rescan, &QPushButton::clicked, this, &DuplicatesDialog::rescan);
    top->addWidget(m_rescan);
    layout->addLayout(top);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("duplicatesError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *split = new QSplitter;
    m_model = new DuplicatePairsModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("duplicatePairs"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_swapped = false;
                showPair(current.isValid() ? current.row() : -1);
            });
    split->addWidget(m_view);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_panel = new MergePreviewPanel;
    m_panel->setObjectName(QStringLiteral("mergePreview"));
    rightLayout->addWidget(m_panel, 1);
    auto *buttons = new QHBoxLayout;
    m_swap = new QPushButton(tr("Keep the Other Instead"));
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setToolTip(tr("Keep the right-hand record and merge the left-hand one into it"));
    connect(m_swap, &QPushButton::clicked, this, &DuplicatesDialog::swapSides);
    m_dismiss = new QPushButton(tr("Not a Duplicate"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("These are different people: do not propose this pair again"));
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissChosen);
    m_merge = new QPushButton(tr("Merge"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("Merge with the values chosen above (Ctrl+Z undoes it)"));
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeChosen);
    buttons->addWidget(m_swap);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_merge);
    rightLayout->addLayout(buttons);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    // The session's undo and redo work while the review has the focus too.
    QAction *undo = m_stack->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(redoShortcuts());
    addActions({undo, redo});
    showPair(-1);
}

void DuplicatesDialog::rescan()
{
    const quint64 generation = ++m_generation;
    m_scanning = true;
    m_rescan->setEnabled(false);
    m_status->setText(tr("Looking for duplicates across all contacts…"));
    m_queue->post<Candidates>(
        [](const Session &s) { return DuplicateReview(s).candidates(); },
        [this, generation](const Candidates &pairs) {
            if (generation != m_generation)
                return; // a newer scan is on its way
            m_scanning = false;
            m_rescan->setEnabled(true);
            const QPair<qint64, qint64> selected = m_selected;
            if (!pairs) {
                m_error->setText(pairs.error().toString());
                m_error->show();
                m_model->setPairs({});
                m_status->setText(tr("The search for duplicates failed."));
            } else {
                m_error->hide();
                m_model->setPairs(*pairs);
                m_status->setText(
                    pairs->isEmpty()
                        ? tr("No duplicates found.")
                        : tr("%n pair(s) of contacts look like the same person.", nullptr,
                             int(pairs->size())));
            }
            int row = m_model->rowOf(selected.first, selected.second);
            if (row < 0 && m_model->rowCount() > 0)
                row = 0;
            if (row >= 0)
                m_view->setCurrentIndex(m_model->index(row, 0));
            else
                showPair(-1);
            emit scanned();
        });
}

int DuplicatesDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DuplicatesDialog::showPair(int row)
{
    const bool has = row >= 0 && row < m_model->rowCount();
    m_swap->setEnabled(has);
    m_merge->setEnabled(has);
    m_dismiss->setEnabled(has);
    if (!has) {
        m_panel->clear();
        m_selected = {};
        return;
    }
    const DuplicatePair &p = m_model->pair(row);
    m_selected = {p.keepId, p.otherId};
    const qint64 keep = m_swapped ? p.otherId : p.keepId;
    const qint64 other = m_swapped ? p.keepId : p.otherId;
    // A few indexed reads of two contacts: quick enough to answer the click directly.
    auto preview = DuplicateReview(m_session).preview(keep, other);
    if (!preview) {
        m_panel->clear();
        m_error->setText(preview.error().toString());
        m_error->show();
        m_merge->setEnabled(false);
        return;
    }
    m_error->hide();
    m_panel->showPreview(*preview, m_swapped ? p.otherName : p.keepName,
                         m_swapped ? p.keepName : p.otherName);
}

void DuplicatesDialog::swapSides()
{
    m_swapped = !m_swapped;
    showPair(currentRow());
}

void DuplicatesDialog::mergeChosen()
{
    const int row = currentRow();
    if (row < 0 || !m_panel->hasPreview())
        return;
    const DuplicatePair p = m_model->pair(row);
    const MergePreview &preview = m_panel->preview();
    const QString keepName = m_swapped ? p.otherName : p.keepName;
    const QString otherName = m_swapped ? p.keepName : p.otherName;
    const QMap<QString, qint64> winners = m_panel->winners();
    auto merged = ContactMerger(m_session).merge(preview.keepId, preview.otherId, winners);
    if (!merged) {
        m_error->setText(merged.error().toString());
        m_error->show();
        return;
    }
    m_stack->push(new MergeContactsCommand(m_stack, m_session, preview.keepId, preview.otherId,
                                           winners, keepName, otherName));
    m_stack->inform(tr("Merged “%1” into “%2”. Undo with Ctrl+Z.").arg(otherName, keepName));
    m_stack->notifyChanged(QStringLiteral("contact"), {preview.keepId, preview.otherId});
}

void DuplicatesDialog::dismissChosen()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const DuplicatePair p = m_model->pair(row);
    if (auto st = DuplicateReview(m_session).dismiss(p.keepId, p.otherId); !st) {
        m_error->setText(st.error().toString());
        m_error->show();
        return;
    }
    m_stack->push(
        new DismissDuplicateCommand(m_stack, m_session, p.keepId, p.otherId, p.keepName,
                                    p.otherName));
    m_stack->notifyChanged(QStringLiteral("contact"), {p.keepId, p.otherId});
}

} // namespace kontor
