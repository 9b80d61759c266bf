#pragma once

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace kontor {

class Module;
class ReminderNotifier;
class ReminderPopup;
class SessionController;
class UndoStack;

// The shell: a sidebar of modules, the current module's page and toolbar actions, the File
// menu and a status bar naming the open database. It knows modules only through Module.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionController *sessions() const { return m_sessions; }
    // The undo history of the open database (cleared when another one is opened).
    UndoStack *undoStack() const { return m_undoStack; }
    QList<Module *> modules() const { return m_modules; }
    Module *currentModule() const;
    // Shows the module with this id; false when there is none (e.g. no database is open).
    bool showModule(const QString &id);
    // Ctrl+K: the quick search over contacts, companies and deals.
    void openQuickSearch();

public slots:
    // Opens a record: the card of a "deal", "contact" or "company", a "task"'s record. Any
    // module with a signal openRecordRequested(QString, qint64, QString) is connected to it
    // (the reports' and dashboard's drill-down lists).
    void openRecord(const QString &kind, qint64 id, const QString &title);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A file dropped on the window starts the import wizard on it (the Import module's
    // startImport, found by id so the shell stays ignorant of modules).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void retranslate();
    void rebuildModules();
    void updateRecentMenu();
    void openExport(); // File > Export..., for the current page's kind of record
    void updateStatus();
    void onSidebarRow(int row);
    void newTask();
    void startReminders();

    SessionController *m_sessions;
    QList<Module *> m_modules;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_noDatabasePage = nullptr;
    QToolBar *m_moduleBar = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_customFieldsAction = nullptr;
    QAction *m_quickSearchAction = nullptr;
    UndoStack *m_undoStack = nullptr;
    QAction *m_newTaskAction = nullptr; // Ctrl+T from any window, prefilled from a card
    ReminderNotifier *m_reminders = nullptr;
    ReminderPopup *m_reminderPopup = nullptr; // snooze / open / done on the reminder itself
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_exportAction = nullptr; // File > Export...
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace kontor
