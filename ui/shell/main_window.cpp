#include "shell/main_window.h"

#include "customfields/custom_fields_dialog.h"
#include "deals/deal_card.h"
#include "export/export_dialog.h"
#include "search/quick_search_popup.h"
#include "shell/icons.h"
#include "shell/module.h"
#include "shell/modules.h"
#include "shell/session_controller.h"
#include "shell/settings.h"
#include "tasks/reminder_notifier.h"
#include "tasks/reminder_popup.h"
#include "tasks/task_prefill.h"
#include "tasks/tasks_module.h"
#include "undo/undo_actions.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace kontor {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(new SessionController(this))
    , m_undoStack(new UndoStack(this))
{
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    buildUi();
    buildMenus();
    retranslate();
    connect(m_sessions, &SessionController::sessionChanged, this, &MainWindow::rebuildModules);
    connect(m_sessions, &SessionController::recentDatabasesChanged, this,
            &MainWindow::updateRecentMenu);
    rebuildModules();
    updateRecentMenu();
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
}

MainWindow::~MainWindow()
{
    qDeleteAll(m_modules);
}

void MainWindow::buildUi()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSidebarRow);

    m_noDatabasePage = new QLabel;
    m_noDatabasePage->setObjectName(QStringLiteral("noDatabasePage"));
    static_cast<QLabel *>(m_noDatabasePage)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_noDatabasePage)->setWordWrap(true);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("moduleStack"));
    m_stack->addWidget(m_noDatabasePage);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_moduleBar = addToolBar(QString());
    m_moduleBar->setObjectName(QStringLiteral("moduleToolBar"));
    m_moduleBar->setMovable(false);
    m_moduleBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moduleBar->hide(); // shown when the current module has actions

    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    resize(1280, 800);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction
        = m_fileMenu->addAction(QString(), m_sessions, &SessionController::newLocalDatabase);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction
        = m_fileMenu->addAction(QString(), m_sessions, &SessionController::openLocalDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction
        = m_fileMenu->addAction(QString(), m_sessions, [this] { m_sessions->connectToServer(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::openExport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // Edit: the session's undo history (card edits, deletes, restores).
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(redoShortcuts());
    m_editMenu->addActions({undo, redo});
    m_editMenu->addSeparator();
    m_quickSearchAction = m_editMenu->addAction(QString(), this, &MainWindow::openQuickSearch);
    m_quickSearchAction->setObjectName(QStringLiteral("quickSearchAction"));
    m_quickSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // From a card window too: it is a window of its own.
    m_quickSearchAction->setShortcutContext(Qt::ApplicationShortcut);
    // Ctrl+T works in every window of the app (cards are windows of their own).
    m_newTaskAction = new QAction(this);
    m_newTaskAction->setObjectName(QStringLiteral("newTaskAction"));
    m_newTaskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_newTaskAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_newTaskAction, &QAction::triggered, this, &MainWindow::newTask);
    m_editMenu->addAction(m_newTaskAction);
    connect(m_undoStack, &UndoStack::informed, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_undoStack, &UndoStack::failed, this, [this](const QString &text) {
        QMessageBox::warning(this, tr("Could Not Undo or Redo"), text);
    });

    m_viewMenu = menuBar()->addMenu(QString());
    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_customFieldsAction = m_settingsMenu->addAction(QString(), this, [this] {
        if (!m_sessions->session())
            return;
        auto *dialog = new CustomFieldsDialog(*m_sessions->session(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Cards read their fields when opened; the open lists re-read theirs.
        connect(dialog, &CustomFieldsDialog::fieldsChanged, m_undoStack,
                [this](const QString &entity) { m_undoStack->notifyChanged(entity, {}); });
        dialog->open();
    });
    m_customFieldsAction->setObjectName(QStringLiteral("customFieldsAction"));
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Kontor"),
                           tr("Kontor %1\nA CRM for salespeople, on your laptop or your "
                              "team's server.")
                               .arg(QStringLiteral(KONTOR_VERSION)));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Kontor"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Local Database…"));
    m_openAction->setText(tr("&Open Local Database…"));
    m_connectAction->setText(tr("&Connect to Server…"));
    m_recentMenu->setTitle(tr("&Recent Databases"));
    m_exportAction->setText(tr("&Export…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_customFieldsAction->setText(tr("&Custom Fields…"));
    m_quickSearchAction->setText(tr("&Quick Search…"));
    m_newTaskAction->setText(tr("New &Task…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Kontor"));
    m_moduleBar->setWindowTitle(tr("Module Toolbar"));
    static_cast<QLabel *>(m_noDatabasePage)
        ->setText(
            tr("No database is open.\nUse File → Open Local Database, or Connect to Server."));
    updateStatus();
}

void MainWindow::openExport()
{
    const auto &session = m_sessions->session();
    if (!session)
        return;
    // What the current page lists is what the user most likely wants out, and the rows
    // selected there (the dialog picks "the selected" then, as the list's own Export does).
    const Module *module = currentModule();
    const auto entity = exchangeEntityFromName(module ? module->id() : QString());
    ExportDialog::openFor(*session, entity.value_or(ExchangeEntity::Contacts),
                          entity && module ? module->selectedIds() : QList<qint64>(), this);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::rebuildModules()
{
    // Keep the user where they were across a database switch.
    const QString current
        = currentModule() ? currentModule()->id() : settings::currentModule.value();
    m_sidebar->blockSignals(true); // clearing must not "visit" a module being deleted
    m_sidebar->clear();
    m_viewMenu->clear();
    // The modules' settings entries go; the window's own (custom fields) stay.
    for (QAction *a : m_settingsMenu->actions()) {
        if (a != m_customFieldsAction)
            m_settingsMenu->removeAction(a);
    }
    qDeleteAll(m_modules); // each module deletes its page, which leaves the stack
    m_modules.clear();
    m_undoStack->clear(); // its commands belong to the database that was open

    if (const auto &session = m_sessions->session())
        m_modules = createModules(*session, this);
    m_customFieldsAction->setEnabled(m_sessions->session().has_value());
    m_quickSearchAction->setEnabled(m_sessions->session().has_value());
    m_newTaskAction->setEnabled(m_sessions->session().has_value());
    m_exportAction->setEnabled(m_sessions->session().has_value());
    startReminders();
    for (int i = 0; i < m_modules.size(); ++i) {
        Module *module = m_modules.at(i);
        auto *item = new QListWidgetItem(module->icon(), module->title(), m_sidebar);
        item->setData(Qt::UserRole, module->id());
        item->setSizeHint(QSize(0, 40));
        QAction *go = m_viewMenu->addAction(module->icon(), module->title(), this,
                                            [this, i] { m_sidebar->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_stack->addWidget(module->widget());
        m_settingsMenu->addActions(module->settingsActions());
        const int wantsOpen = module->metaObject()->indexOfSignal(
            "openRecordRequested(QString,qint64,QString)");
        if (wantsOpen >= 0) {
            connect(module, module->metaObject()->method(wantsOpen), this,
                    metaObject()->method(metaObject()->indexOfSlot("openRecord(QString,qint64,QString)")));
        }
    }
    m_settingsMenu->menuAction()->setVisible(!m_settingsMenu->isEmpty());
    m_sidebar->setCurrentRow(-1);
    m_sidebar->blockSignals(false);
    updateStatus();
    if (m_modules.isEmpty()) {
        m_stack->setCurrentWidget(m_noDatabasePage);
        m_moduleBar->clear();
        m_moduleBar->hide();
        return;
    }
    if (!showModule(current))
        showModule(m_modules.first()->id());
}

bool MainWindow::showModule(const QString &id)
{
    for (int i = 0; i < m_modules.size(); ++i) {
        if (m_modules.at(i)->id() == id) {
            if (m_sidebar->currentRow() == i)
                onSidebarRow(i);
            else
                m_sidebar->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::openQuickSearch()
{
    const auto &session = m_sessions->session();
    if (!session)
        return;
    if (auto *open = findChild<QuickSearchPopup *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *popup = new QuickSearchPopup(*session, this);
    const Session opened = *session;
    connect(popup, &QuickSearchPopup::openRequested, this,
            [this, opened](const QString &kind, qint64 id, const QString & /*title*/) {
                openSearchHit(opened, kind, id, this);
            });
    popup->show();
}

void MainWindow::openRecord(const QString &kind, qint64 id, const QString & /*title*/)
{
    const auto &session = m_sessions->session();
    if (!session)
        return;
    const auto showModuleFn = [this](const QString &module) {
        return showModule(module) ? currentModule() : nullptr;
    };
    if (kind == QLatin1String("task"))
        openTaskRecord(*session, id, this, showModuleFn);
    else
        openSearchHit(*session, kind, id, this);
}

Module *MainWindow::currentModule() const
{
    const int row = m_sidebar ? m_sidebar->currentRow() : -1;
    return row >= 0 && row < m_modules.size() ? m_modules.at(row) : nullptr;
}

void MainWindow::onSidebarRow(int row)
{
    if (row < 0 || row >= m_modules.size())
        return;
    Module *module = m_modules.at(row);
    m_stack->setCurrentWidget(module->widget());
    m_moduleBar->clear();
    const QList<QAction *> actions = module->actions();
    m_moduleBar->addActions(actions);
    m_moduleBar->setVisible(!actions.isEmpty());
    settings::currentModule.setValue(module->id());
    module->activate();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_sessions->recentDatabases();
    for (const QString &url : recent) {
        QAction *a = m_recentMenu->addAction(url, m_sessions,
                                             [this, url] { m_sessions->openRecent(url); });
        a->setData(url);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_sessions,
                                &SessionController::clearRecentDatabases);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    const auto &session = m_sessions->session();
    if (!session) {
        m_databaseLabel->setText(tr("No database open"));
        return;
    }
    const DatabaseUrl &url = session->db->url();
    m_databaseLabel->setText(
        tr("Database: %1 (%2)")
            .arg(url.displayName(),
                 url.isSqlite() ? tr("SQLite, on this computer") : tr("PostgreSQL server")));
    m_databaseLabel->setToolTip(url.toString());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && !m_modules.isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile() || !showModule(QStringLiteral("import")))
        return;
    QMetaObject::invokeMethod(currentModule(), "startImport", Q_ARG(QString, urls.first().toLocalFile()));
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

void MainWindow::newTask()
{
    const auto &session = m_sessions->session();
    if (!session)
        return;
    // From a contact or company card the task is for that record.
    QWidget *from = QApplication::activeWindow() ? QApplication::activeWindow() : this;
    openQuickAddTask(*session, taskPrefillFor(from), from);
}

void MainWindow::startReminders()
{
    // They belonged to the database that was open.
    delete m_reminderPopup;
    m_reminderPopup = nullptr;
    delete m_reminders;
    m_reminders = nullptr;
    const auto &session = m_sessions->session();
    if (!session)
        return;
    m_reminders = new ReminderNotifier(*session, this);
    // The reminder window lists what fires now and, once at start, what was missed while
    // Kontor was closed; each with snooze, open and done. It must exist before start().
    m_reminderPopup = new ReminderPopup(*session, m_reminders, this);
    const Session opened = *session;
    auto openRecord = [this, opened](qint64 taskId) {
        openTaskRecord(opened, taskId, this, [this](const QString &module) {
            return showModule(module) ? currentModule() : nullptr;
        });
    };
    // Clicking the tray notification, or Open in the reminder window: the task's record.
    connect(m_reminders, &ReminderNotifier::openTaskRequested, this, openRecord);
    connect(m_reminderPopup, &ReminderPopup::openRequested, this, openRecord);
    connect(m_reminders, &ReminderNotifier::reminderFired, this, [this](const Task &t) {
        statusBar()->showMessage(tr("Reminder: %1").arg(t.title), 15000);
    });
    m_reminders->start(QDateTime::currentDateTimeUtc());
}

} // namespace kontor
