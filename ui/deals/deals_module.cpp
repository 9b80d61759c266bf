#include "deals/deals_module.h"

#include "funnel/board_controller.h"
#include "funnel/board_view.h"
#include "lists/format.h"
#include "lists/list_module.h"
#include "repo/deal_repository.h"

#include <QAction>
#include <QCoreApplication>
#include <QTabWidget>
#include <QUndoStack>

namespace kontor {

namespace {
// The translation context of this file (lupdate reads it from here).
struct DealsListText
{
    Q_DECLARE_TR_FUNCTIONS(DealsModule)
};
} // namespace

ListModule *createDealsListModule(const Session &session, QObject *parent)
{
    using Column = PagedColumn<Deal>;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    QList<Column> columns {
        {DealsListText::tr("Deal"), [](const Deal &d) { return d.title; }},
        {DealsListText::tr("Company"), [](const Deal &d) { return d.companyName; }},
        {DealsListText::tr("Contact"), [](const Deal &d) { return d.contactName; }},
        {DealsListText::tr("Stage"), [](const Deal &d) { return d.stageName; }},
        {DealsListText::tr("Amount"),
         [](const Deal &d) { return formatMoney(d.amountMinor, d.currency); }, right},
        {DealsListText::tr("Expected close"),
         [](const Deal &d) { return formatDate(d.expectedClose); }},
        {DealsListText::tr("Owner"), [](const Deal &d) { return d.ownerName; }},
    };
    const DealRepository repo(session);
    auto fetch = [repo](const QString &text, const PageRequest &page) {
        DealQuery q;
        q.text = text;
        q.sort = DealQuery::Sort::Created;
        q.descending = true; // newest deals first: what a salesperson works on
        return repo.list(q, page);
    };
    auto count = [repo](const QString &text) {
        DealQuery q;
        q.text = text;
        return repo.count(q);
    };
    auto *model = new PagedTableModel<Deal>(columns, fetch, count);

    ListSpec spec;
    spec.id = QStringLiteral("dealsList");
    spec.title = DealsListText::tr("Deals");
    spec.searchPlaceholder = DealsListText::tr("Search by deal title");
    spec.countText = [](qint64 n, bool filtered) {
        return filtered ? DealsListText::tr("%Ln deal(s) found", nullptr, int(n))
                        : DealsListText::tr("%Ln deal(s)", nullptr, int(n));
    };
    spec.emptyText = DealsListText::tr("No deals yet.");
    spec.noMatchText = DealsListText::tr("No deal title starts with “%1”.");
    spec.columnWidths = {0, 20, 18, 14, 12, 14, 16};
    spec.stretchColumn = 0;
    return new ListModule(spec, model, parent);
}

DealsModule::DealsModule(const Session &session, QObject *parent)
    : Module(parent)
    , m_board(new BoardController(session, this))
    , m_list(createDealsListModule(session, this))
{
    m_undo = m_board->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_board->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
}

QString DealsModule::title() const
{
    // The list's title, whose translation context ("DealsModule") the .ts files already have.
    return m_list->title();
}

QIcon DealsModule::icon() const
{
    return m_list->icon();
}

QList<QAction *> DealsModule::actions() const
{
    return QList<QAction *>{m_undo, m_redo} + m_list->actions();
}

QWidget *DealsModule::createWidget()
{
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("dealsPage"));
    m_boardView = new BoardView(m_board);
    tabs->addTab(m_boardView, tr("Board"));
    tabs->addTab(m_list->widget(), tr("List"));
    return tabs;
}

void DealsModule::activate()
{
    widget();
    m_list->activate();
    // Loaded on first visit only, like the lists; afterwards every move reloads it.
    if (!m_activated) {
        m_activated = true;
        m_boardView->load();
    }
}

Module *createDealsModule(const Session &session, QObject *parent)
{
    return new DealsModule(session, parent);
}

} // namespace kontor
