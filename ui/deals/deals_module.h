#pragma once

#include "session.h"
#include "shell/module.h"

class QTabWidget;
class QAction;

namespace kontor {

class BoardController;
class BoardView;
class ListModule;

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
    void activate() override;

    BoardController *board() const { return m_board; }
    ListModule *list() const { return m_list; }

protected:
    QWidget *createWidget() override;

private:
    BoardController *m_board;
    ListModule *m_list;
    BoardView *m_boardView = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    bool m_activated = false;
};

// The deal list alone (title, company, contact, stage, amount, expected close, owner).
ListModule *createDealsListModule(const Session &session, QObject *parent = nullptr);
Module *createDealsModule(const Session &session, QObject *parent = nullptr);

} // namespace kontor
