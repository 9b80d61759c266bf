#pragma once

#include "lists/paged_model.h"
#include "session.h"
#include "shell/module.h"
#include "tasks/task.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace kontor {

class CalendarPage;
class UndoStack;

// The Tasks module: the salesperson's day. Today / Overdue / Upcoming / Done tabs with counts,
// for me, a colleague or everyone; New Task, Complete (asks the outcome and offers the next
// step), Delete; a List / Calendar switch; iCalendar export and import.
class TasksModule : public Module
{
    Q_OBJECT
public:
    explicit TasksModule(Session session, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("tasks"); }
    QString title() const override { return tr("Tasks"); }
    QIcon icon() const override;
    QList<QAction *> actions() const override;
    void activate() override;

    // The clock and zone "today" is computed with (tests fix both).
    void setClock(std::function<QDateTime()> clock, const QTimeZone &zone);

    TaskView currentView() const { return m_view; }
    void showView(TaskView view);
    void setScope(const TaskScope &scope);
    void showCalendar(bool calendar);
    PagedTableModel<Task> *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    CalendarPage *calendar() const { return m_calendar; }
    qint64 countOf(TaskView view) const;

    // Opens the quick add dialog (prefilled with `prefill`); the new ids, empty if cancelled.
    QList<qint64> newTask(const Task &prefill = {});
    // Asks the outcome and the next step for the selected task, then completes it.
    void completeSelected();
    void editSelected();
    void deleteSelected();
    void exportCalendar();
    void importCalendar();
    void reload();

protected:
    QWidget *createWidget() override;

private:
    void updateCounts();
    void updateState();
    void loadScopes();
    const Task *selectedTask() const;
    QDateTime now() const { return m_clock(); }

    Session m_session;
    UndoStack *m_stack;
    std::function<QDateTime()> m_clock;
    QTimeZone m_zone;
    TaskView m_view = TaskView::Today;
    TaskScope m_scope;
    PagedTableModel<Task> *m_model = nullptr;
    QAction *m_new = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QTabBar *m_tabs = nullptr;
    QTabBar *m_mode = nullptr;
    QComboBox *m_who = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    CalendarPage *m_calendar = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
};

Module *createTasksModule(const Session &session, QObject *parent);

} // namespace kontor
