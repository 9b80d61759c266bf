#include "deals/deals_module.h"

#include "deals/deals_list_view.h"
#include "funnel/board_controller.h"
#include "funnel/board_view.h"
#include "funnel/pipeline_settings_dialog.h"
#include "funnel/product_catalogue_dialog.h"
#include "shell/icons.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QTabWidget>

namespace kontor {

DealsModule::DealsModule(const Session &session, QObject *parent)
    : Module(parent)
    , m_session(session)
    , m_board(new BoardController(session, this))
{
    // The window's history (the board's moves are on it): buttons for the toolbar; Ctrl+Z and
    // Ctrl+Shift+Z belong to Edit → Undo / Redo, two actions with one shortcut would be ambiguous.
    m_undo = m_board->undoStack()->createUndoAction(this, tr("Undo"));
    m_redo = m_board->undoStack()->createRedoAction(this, tr("Redo"));
    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_boardView)
            m_boardView->load();
        if (m_list)
            m_list->load();
    });
    m_pipelineSettings = new QAction(tr("&Pipelines and Stages…"), this);
    m_pipelineSettings->setObjectName(QStringLiteral("pipelineSettingsAction"));
    connect(m_pipelineSettings, &QAction::triggered, this, [this] {
        auto *dialog = new PipelineSettingsDialog(m_session, m_board->filter().pipelineId, widget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Names, order, probabilities, pipelines and deals may all have changed.
        connect(dialog, &QDialog::finished, this, [this] {
            if (m_boardView)
                m_boardView->load();
            if (m_list)
                m_list->load();
        });
        dialog->open();
    });
    m_products = new QAction(tr("P&roduct Catalogue…"), this);
    m_products->setObjectName(QStringLiteral("productCatalogueAction"));
    connect(m_products, &QAction::triggered, this, [this] {
        auto *dialog = new ProductCatalogueDialog(m_session, widget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

QString DealsModule::title() const
{
    return tr("Deals");
}

QIcon DealsModule::icon() const
{
    return moduleIcon(id());
}

QList<QAction *> DealsModule::actions() const
{
    return {m_undo, m_redo, m_refresh};
}

QList<QAction *> DealsModule::settingsActions() const
{
    return {m_pipelineSettings, m_products};
}

QWidget *DealsModule::createWidget()
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("dealsPage"));
    m_boardView = new BoardView(m_board);
    m_list = new DealsListView(m_session);
    tabs->addTab(m_boardView, tr("Board"));
    tabs->addTab(m_list, tr("List"));
    // Moves on the board change the list; it re-reads when it is shown next, not per move.
    connect(m_board, &BoardController::boardChanged, this, [this] { m_listStale = true; });
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs](int index) {
        if (tabs->widget(index) == m_list && m_listStale && m_activated) {
            m_listStale = false;
            m_list->refresh();
        }
    });
    return tabs;
}

void DealsModule::activate()
{
    widget();
    // Loaded on first visit only; afterwards moves and edits refresh what they touch.
    if (!m_activated) {
        m_activated = true;
        m_boardView->load();
        m_list->load();
    }
}

QList<qint64> DealsModule::selectedIds() const
{
    // Only from the list the user sees: rows picked in the List tab before going back to
    // the board are not what File > Export... should take.
    if (!m_list || !m_list->isVisible())
        return {};
    return m_list->selectedDealIds();
}

Module *createDealsModule(const Session &session, QObject *parent)
{
    return new DealsModule(session, parent);
}

} // namespace kontor
