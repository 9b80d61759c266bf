#pragma once

#include "session.h"
#include "shell/module.h"

class QAction;

namespace kontor {

class BoardController;
class BoardView;
class DealsListView;

// The Deals module: the kanban board of a pipeline and, beside it, the deal list.
class DealsModule : public Module
{
    Q_OBJECT
public:
    explicit DealsModule(const Session &session, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("deals"); }
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> actions() const override;
    QList<QAction *> settingsActions() const override;
    void activate() override;
    // The deals selected in the List tab while it is shown (the board selects none).
    QList<qint64> selectedIds() const override;

    BoardController *board() const { return m_board; }
    DealsListView *list() const { return m_list; }

protected:
    QWidget *createWidget() override;

private:
    Session m_session;
    BoardController *m_board;
    BoardView *m_boardView = nullptr;
    DealsListView *m_list = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_pipelineSettings = nullptr;
    QAction *m_products = nullptr;
    bool m_activated = false;
    bool m_listStale = false;
};

Module *createDealsModule(const Session &session, QObject *parent = nullptr);

} // namespace kontor
