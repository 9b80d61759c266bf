#pragma once

#include "lists/paged_model.h"
#include "session.h"
#include "shell/module.h"
#include "timeline/trash_listing.h"

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace kontor {

class UndoStack;

// The trash: deleted contacts, companies and deals with who deleted them and when, newest
// first; the selected ones can be restored (undoably, like the delete itself).
class TrashModule : public Module
{
    Q_OBJECT
public:
    explicit TrashModule(Session session, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("trash"); }
    QString title() const override { return tr("Trash"); }
    QIcon icon() const override;
    QList<QAction *> actions() const override;
    void activate() override;

    PagedTableModel<TrashItem> *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void restoreSelected();
    // "Empty Trash…": asks first (it cannot be undone), then purgeAll().
    void emptyTrash();
    // Deletes everything in the trash for good; the count, or why not.
    Result<qint64> purgeAll();

protected:
    QWidget *createWidget() override;

private:
    void updateState();

    Session m_session;
    UndoStack *m_stack;
    PagedTableModel<TrashItem> *m_model;
    QAction *m_restore = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_emptyTrash = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace kontor
