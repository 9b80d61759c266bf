#pragma once

#include "lists/list_module.h"
#include "session.h"
#include "undo/commands.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QCoreApplication>
#include <QTableView>

#include <functional>

namespace kontor {

// A list module whose rows open a card (double-click or Enter) and can be moved to the
// trash (Del or the toolbar), undoably. Reloads whenever a command changed its kind of record.
template<typename T> class CardListModule : public ListModule
{
public:
    struct Hooks
    {
        QString kind; // contact, company
        std::function<QString(const T &)> name;
        std::function<void(const Session &, qint64, QWidget *)> open;
        QString deleteText;
        QString deleteTip;
        std::function<QString(int)> deletedMessage; // "3 contacts moved to the trash"
    };

    CardListModule(ListSpec spec, PagedTableModel<T> *model, Session session, Hooks hooks,
                   QObject *parent)
        : ListModule(std::move(spec), model, parent)
        , m_rows(model)
        , m_session(std::move(session))
        , m_hooks(std::move(hooks))
    {
        // A template has no Q_OBJECT: tr() would look the text up under ListModule, while
        // lupdate files it under CardListModule.
        m_open = new QAction(QCoreApplication::translate("kontor::CardListModule", "Open"), this);
        m_open->setObjectName(QStringLiteral("openAction"));
        m_open->setToolTip(
            QCoreApplication::translate("kontor::CardListModule", "Open the card of the selected row (Enter)"));
        QObject::connect(m_open, &QAction::triggered, this, [this] {
            if (m_view && m_view->currentIndex().isValid())
                openRow(m_view->currentIndex().row());
        });
        m_delete = new QAction(m_hooks.deleteText, this);
        m_delete->setObjectName(QStringLiteral("deleteAction"));
        m_delete->setToolTip(m_hooks.deleteTip);
        m_delete->setShortcut(QKeySequence::Delete);
        // Only while the list has the focus: Del in the search field deletes a character.
        m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(m_delete, &QAction::triggered, this, [this] { deleteSelected(); });
        QObject::connect(m_rows, &QAbstractItemModel::rowsInserted, this,
                         [this] { reselect(); });
        m_stack = UndoStack::of(this);
        QObject::connect(m_stack, &UndoStack::changed, this,
                         [this](const QString &entity, const QList<qint64> &ids) {
                             // A company rename shows in the contact list, a contact's
                             // move in the company's head count.
                             if (entity != QLatin1String("contact")
                                 && entity != QLatin1String("company"))
                                 return;
                             // No ids: the kind of record itself changed (Settings →
                             // Custom Fields), so a deleted field's column goes; the
                             // columns' reset must not lose the rows picked.
                             const QList<qint64> picked = selectedIds();
                             if (ids.isEmpty() && m_view)
                                 refreshExtraColumns();
                             reloadKeepingSelection(picked);
                         });
    }

    QList<QAction *> actions() const override
    {
        return ListModule::actions() + QList<QAction *>{m_open, m_delete} + m_extra;
    }
    // More toolbar actions for this list (the contacts' bulk actions).
    void addToolbarActions(const QList<QAction *> &actions) { m_extra += actions; }
    QTableView *view() const { return m_view; }

    // The ids of the selected rows, in list order.
    QList<qint64> selectedIds() const override
    {
        QList<qint64> ids;
        if (!m_view)
            return ids;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            ids << m_rows->item(index.row()).id;
        return ids;
    }

    void deleteSelected()
    {
        if (!m_view)
            return;
        QList<TrashRef> refs;
        const auto rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows) {
            const T &item = m_rows->item(index.row());
            refs.append({m_hooks.kind, item.id, m_hooks.name(item)});
        }
        if (refs.isEmpty())
            return;
        QStringList errors;
        const QList<TrashRef> done = applyTrash(m_session, refs, true, &errors);
        if (!done.isEmpty()) {
            m_stack->push(new TrashCommand(m_stack, m_session, done, true));
            m_stack->inform(m_hooks.deletedMessage(int(done.size())));
        }
        if (!errors.isEmpty())
            m_stack->reportFailure(errors.join(QLatin1Char('\n')));
    }

protected:
    QWidget *createWidget() override
    {
        QWidget *page = ListModule::createWidget();
        m_view = page->findChild<QTableView *>(QStringLiteral("listView"));
        Q_ASSERT(m_view);
        m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_view->addAction(m_delete);
        m_view->addAction(m_open);
        // activated = double-click or Enter, as the platform defines them.
        QObject::connect(m_view, &QAbstractItemView::activated, this,
                         [this](const QModelIndex &index) { openRow(index.row()); });
        return page;
    }

private:
    // A bulk action or an undo must not lose the rows the user picked.
    void reloadKeepingSelection(const QList<qint64> &picked)
    {
        m_reselect = picked;
        m_rows->reload();
        reselect(); // rows read right away; read on a worker, rowsInserted brings them
    }

    // Selects the rows picked before a reload once they are listed again (the first page).
    void reselect()
    {
        if (!m_view || m_reselect.isEmpty() || m_rows->rowCount() == 0)
            return;
        QItemSelection selection;
        for (int row = 0; row < m_rows->rowCount(); ++row) {
            if (m_reselect.contains(m_rows->item(row).id))
                selection.select(m_rows->index(row, 0),
                                 m_rows->index(row, m_rows->columnCount() - 1));
        }
        m_reselect.clear();
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    void openRow(int row)
    {
        if (row >= 0 && row < m_rows->rowCount())
            m_hooks.open(m_session, m_rows->item(row).id, m_view);
    }

    PagedTableModel<T> *m_rows;
    Session m_session;
    Hooks m_hooks;
    UndoStack *m_stack = nullptr;
    QAction *m_open = nullptr;
    QAction *m_delete = nullptr;
    QList<QAction *> m_extra;
    QTableView *m_view = nullptr;
    QList<qint64> m_reselect; // picked before a reload still on its way
};

} // namespace kontor
