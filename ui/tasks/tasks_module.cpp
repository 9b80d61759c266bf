#include "tasks/tasks_module.h"

#include "calendar/calendar_page.h"
#include "shell/icons.h"
#include "tasks/complete_task_dialog.h"
#include "tasks/icalendar.h"
#include "tasks/quick_add_task_dialog.h"
#include "tasks/task_commands.h"
#include "tasks/task_format.h"
#include "tasks/task_repository.h"
#include "timeline/lookups.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

namespace {
const TaskView kViews[] = {TaskView::Today, TaskView::Overdue, TaskView::Upcoming, TaskView::Done};
} // namespace

Module *createTasksModule(const Session &session, QObject *parent)
{
    return new TasksModule(session, parent);
}

TasksModule::TasksModule(Session session, QObject *parent)
    : Module(parent)
    , m_session(std::move(session))
    , m_stack(UndoStack::of(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::systemTimeZone())
{
    using Column = PagedColumn<Task>;
    // The columns read the module's clock and zone when painted, so "Today 09:30" is fresh.
    QList<Column> columns {
        {tr("Due"), [this](const Task &t) { return TaskText::due(t, now(), m_zone); }, Qt::AlignLeft | Qt::AlignVCenter, 18},
        {tr("Task"), [](const Task &t) { return t.title; }, Qt::AlignLeft | Qt::AlignVCenter, 36},
        {tr("Type"), [](const Task &t) { return TaskText::kindName(t.kind); }, Qt::AlignLeft | Qt::AlignVCenter, 9},
        {tr("For"), [](const Task &t) { return TaskText::about(t); }, Qt::AlignLeft | Qt::AlignVCenter, 28},
        {tr("Assigned to"), [](const Task &t) { return t.assigneeName; }, Qt::AlignLeft | Qt::AlignVCenter, 14},
        {tr("Notes"),
         [](const Task &t) {
             QStringList parts;
             for (const QString &p : {TaskText::priorityName(t.priority), TaskText::recurrence(t.recurrence),
                                      TaskText::groupProgress(t), t.outcome}) {
                 if (!p.isEmpty())
                     parts << p;
             }
             return parts.join(QStringLiteral(" · "));
         },
         Qt::AlignLeft | Qt::AlignVCenter, 24},
    };
    auto fetch = [this](const QString &, const PageRequest &page) {
        return TaskRepository(m_session).list(m_view, m_scope, now(), m_zone, page);
    };
    auto count = [this](const QString &) {
        return TaskRepository(m_session).count(m_view, m_scope, now(), m_zone);
    };
    m_model = new PagedTableModel<Task>(columns, fetch, count, this);
    m_model->setPageSize(200);

    m_new = new QAction(tr("New Task…"), this);
    m_new->setObjectName(QStringLiteral("newTaskAction"));
    m_new->setToolTip(tr("Plan a call, meeting or to-do (Ctrl+T from anywhere)"));
    connect(m_new, &QAction::triggered, this, [this] { newTask(); });
    m_complete = new QAction(tr("Complete…"), this);
    m_complete->setObjectName(QStringLiteral("completeTaskAction"));
    m_complete->setToolTip(tr("Mark the selected task done, note the outcome and plan the next step"));
    m_complete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_complete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_complete, &QAction::triggered, this, &TasksModule::completeSelected);
    m_edit = new QAction(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editTaskAction"));
    connect(m_edit, &QAction::triggered, this, &TasksModule::editSelected);
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteTaskAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &TasksModule::deleteSelected);
    m_refresh = new QAction(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &TasksModule::reload);
    m_export = new QAction(tr("Export Calendar…"), this);
    m_export->setObjectName(QStringLiteral("exportIcsAction"));
    m_export->setToolTip(tr("Save these tasks and meetings as an .ics file for other calendars"));
    connect(m_export, &QAction::triggered, this, &TasksModule::exportCalendar);
    m_import = new QAction(tr("Import Meetings…"), this);
    m_import->setObjectName(QStringLiteral("importIcsAction"));
    m_import->setToolTip(tr("Read meetings from an .ics file"));
    connect(m_import, &QAction::triggered, this, &TasksModule::importCalendar);

    connect(m_model, &PagedModel::totalCountChanged, this, &TasksModule::updateState);
    connect(m_model, &PagedModel::failed, this, [this](const QString &message) {
        if (m_error) {
            m_error->setText(tr("The tasks could not be read: %1").arg(message));
            m_error->show();
        }
    });
    // A task changed anywhere (a card, the calendar, an undo): every list shows it.
    connect(m_stack, &UndoStack::changed, this, [this](const QString &entity) {
        if (m_table && (entity == QLatin1String("task") || entity == QLatin1String("contact")
                        || entity == QLatin1String("deal")))
            reload();
    });
}

QIcon TasksModule::icon() const
{
    return moduleIcon(id());
}

QList<QAction *> TasksModule::actions() const
{
    return {m_new, m_complete, m_edit, m_delete, m_export, m_import, m_refresh};
}

void TasksModule::setClock(std::function<QDateTime()> clock, const QTimeZone &zone)
{
    m_clock = std::move(clock);
    m_zone = zone;
    if (m_calendar)
        m_calendar->setClock(m_clock);
}

void TasksModule::activate()
{
    widget();
    // For scripts/screenshot.sh: which page to open on ("calendar", "week", "day", "agenda",
    // "overdue", "upcoming", "done", optionally followed by ",everyone").
    static bool startPageRead = false;
    if (!startPageRead) {
        startPageRead = true;
        const QStringList start = qEnvironmentVariable("KONTOR_TASKS_START").split(QLatin1Char(','));
        if (start.contains(QStringLiteral("everyone"))) {
            m_scope = TaskScope::everyone();
            m_who->setCurrentIndex(m_who->findData(qint64(-1)));
        }
        const QString page = start.value(0);
        TaskView view;
        if (parseTaskView(page, &view)) {
            showView(view);
        } else if (page == QLatin1String("calendar") || page == QLatin1String("week")
                   || page == QLatin1String("day") || page == QLatin1String("agenda")) {
            showCalendar(true);
            m_calendar->goToday();
            if (page != QLatin1String("calendar"))
                m_calendar->setMode(page == QLatin1String("week") ? CalendarView::Mode::Week
                                    : page == QLatin1String("day") ? CalendarView::Mode::Day
                                                                   : CalendarView::Mode::Agenda);
        }
    }
    reload();
}

QWidget *TasksModule::createWidget()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("tasksPage"));
    auto *title = new QLabel(tr("Tasks"));
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    m_tabs = new QTabBar;
    m_tabs->setObjectName(QStringLiteral("taskViewTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (TaskView v : kViews)
        m_tabs->addTab(TaskText::viewName(v));
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < 4 && kViews[index] != m_view)
            showView(kViews[index]);
    });

    m_who = new QComboBox;
    m_who->setObjectName(QStringLiteral("taskScope"));
    m_who->setToolTip(tr("Whose tasks: yours, a colleague's or everyone's"));
    connect(m_who, &QComboBox::activated, this, [this](int index) {
        const qint64 data = m_who->itemData(index).toLongLong();
        setScope(data == -1 ? TaskScope::everyone() : data == 0 ? TaskScope::mine() : TaskScope::user(data));
    });

    m_mode = new QTabBar;
    m_mode->setObjectName(QStringLiteral("taskModeTabs"));
    m_mode->setDrawBase(false);
    m_mode->addTab(tr("List"));
    m_mode->addTab(tr("Calendar"));
    connect(m_mode, &QTabBar::currentChanged, this, [this](int index) { showCalendar(index == 1); });

    auto *header = new QHBoxLayout;
    header->addWidget(title, 0, Qt::AlignBaseline);
    header->addSpacing(16);
    header->addWidget(m_tabs, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_who);
    header->addSpacing(8);
    header->addWidget(m_mode, 0, Qt::AlignBottom);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("listView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int ch = m_table->fontMetrics().averageCharWidth();
    for (int c = 0; c < m_model->columns().size(); ++c)
        m_table->setColumnWidth(c, m_model->columns().at(c).width * ch + 24);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->addActions({m_complete, m_delete});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TasksModule::updateState);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_view == TaskView::Done)
            editSelected();
        else
            completeSelected();
    });

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty);

    m_calendar = new CalendarPage(m_session, page);
    m_calendar->setClock(m_clock);
    connect(m_calendar, &CalendarPage::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_calendar, &CalendarPage::newTaskRequested, this, [this](const QDate &date) {
        Task t;
        t.dueAt = QDateTime(date, QTime(9, 0)).toUTC();
        newTask(t);
    });

    m_pages = new QStackedWidget;
    m_pages->addWidget(listPage);
    m_pages->addWidget(m_calendar);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);
    loadScopes();
    return page;
}

void TasksModule::loadScopes()
{
    m_who->clear();
    m_who->addItem(tr("My tasks"), qint64(0));
    m_who->addItem(tr("Everyone's tasks"), qint64(-1));
    auto users = Lookups(m_session).users();
    if (!users)
        return;
    for (const NamedId &u : std::as_const(*users)) {
        if (u.id != m_session.userId)
            m_who->addItem(tr("%1's tasks").arg(u.name), u.id);
    }
    // One user: nothing to switch between.
    m_who->setVisible(users->size() > 1);
}

void TasksModule::showView(TaskView view)
{
    m_view = view;
    widget();
    for (int i = 0; i < 4; ++i) {
        if (kViews[i] == view && m_tabs->currentIndex() != i)
            m_tabs->setCurrentIndex(i);
    }
    m_model->reload();
    updateState();
}

void TasksModule::setScope(const TaskScope &scope)
{
    m_scope = scope;
    widget();
    reload();
}

void TasksModule::showCalendar(bool calendar)
{
    widget();
    m_pages->setCurrentIndex(calendar ? 1 : 0);
    if (m_mode->currentIndex() != (calendar ? 1 : 0))
        m_mode->setCurrentIndex(calendar ? 1 : 0);
    m_tabs->setEnabled(!calendar);
    if (calendar)
        m_calendar->setScope(m_scope);
    updateState();
}

void TasksModule::reload()
{
    if (!m_table)
        return;
    m_error->hide();
    m_model->reload();
    if (m_pages->currentIndex() == 1)
        m_calendar->setScope(m_scope);
    updateCounts();
    updateState();
}

qint64 TasksModule::countOf(TaskView view) const
{
    auto n = TaskRepository(m_session).count(view, m_scope, m_clock(), m_zone);
    return n ? *n : -1;
}

void TasksModule::updateCounts()
{
    for (int i = 0; i < 4; ++i) {
        const TaskView v = kViews[i];
        if (v == TaskView::Done) {
            m_tabs->setTabText(i, TaskText::viewName(v));
            continue;
        }
        const qint64 n = countOf(v);
        m_tabs->setTabText(i, n > 0 ? tr("%1 (%2)").arg(TaskText::viewName(v)).arg(n) : TaskText::viewName(v));
        m_tabs->setTabTextColor(i, v == TaskView::Overdue && n > 0 ? QColor(0xc6, 0x28, 0x28) : QColor());
    }
}

const Task *TasksModule::selectedTask() const
{
    if (!m_table || m_pages->currentIndex() != 0)
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->item(rows.first().row());
}

void TasksModule::updateState()
{
    const Task *t = selectedTask();
    m_complete->setEnabled(t && !t->isDone());
    m_edit->setEnabled(t != nullptr);
    m_delete->setEnabled(t != nullptr);
    if (!m_empty)
        return;
    const bool empty = m_model->rowCount() == 0 && m_model->totalCount() == 0;
    QString text;
    switch (m_view) {
    case TaskView::Today:
        text = tr("Nothing left for today. Press Ctrl+T to plan a call or a meeting.");
        break;
    case TaskView::Overdue:
        text = tr("Nothing overdue. Well done!");
        break;
    case TaskView::Upcoming:
        text = tr("Nothing planned yet after today.");
        break;
    case TaskView::Done:
        text = tr("Completed tasks will be listed here, newest first.");
        break;
    }
    m_empty->setText(text);
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

QList<qint64> TasksModule::newTask(const Task &prefill)
{
    QuickAddTaskDialog dialog(m_session, prefill, widget());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_stack->notifyChanged(QStringLiteral("task"), dialog.savedIds());
    reload();
    return dialog.savedIds();
}

void TasksModule::completeSelected()
{
    const Task *selected = selectedTask();
    if (!selected || selected->isDone())
        return;
    CompleteTaskDialog dialog(m_session, *selected, widget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_stack->push(new CompleteTaskCommand(m_stack, m_session, dialog.task(), dialog.result()));
    m_stack->notifyChanged(QStringLiteral("task"), {dialog.task().id});
    if (dialog.result().activityId)
        m_stack->notifyChanged(QStringLiteral("activity"), {dialog.result().activityId});
    m_stack->inform(tr("Done: %1").arg(dialog.task().title));
}

void TasksModule::editSelected()
{
    const Task *selected = selectedTask();
    if (!selected)
        return;
    const Task before = *selected;
    QuickAddTaskDialog dialog(m_session, before, widget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto after = TaskRepository(m_session).get(before.id);
    if (after)
        m_stack->push(new EditTaskCommand(m_stack, m_session, before, *after));
    m_stack->notifyChanged(QStringLiteral("task"), {before.id});
}

void TasksModule::deleteSelected()
{
    const Task *selected = selectedTask();
    if (!selected)
        return;
    const qint64 id = selected->id;
    const QString title = selected->title;
    if (auto st = TaskRepository(m_session).moveToTrash(id); !st) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    m_stack->push(new TrashTaskCommand(m_stack, m_session, id, title));
    m_stack->inform(tr("Moved \"%1\" to the trash").arg(title));
    m_stack->notifyChanged(QStringLiteral("task"), {id});
}

void TasksModule::exportCalendar()
{
    const QString path = QFileDialog::getSaveFileName(widget(), tr("Export Calendar"),
                                                      QStringLiteral("kontor-tasks.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    auto tasks = TaskRepository(m_session).all(m_scope, false);
    if (!tasks) {
        QMessageBox::warning(widget(), tr("Export Calendar"), tasks.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeICalendar(*tasks, now())) < 0 || !file.commit()) {
        QMessageBox::warning(widget(), tr("Export Calendar"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_stack->inform(tr("Exported %n task(s) to %1", nullptr, int(tasks->size())).arg(path));
}

void TasksModule::importCalendar()
{
    const QString path = QFileDialog::getOpenFileName(widget(), tr("Import Meetings"), QString(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(widget(), tr("Import Meetings"),
                             tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    auto parsed = parseICalendar(file.readAll(), m_zone);
    if (!parsed) {
        QMessageBox::warning(widget(), tr("Import Meetings"), parsed.error().toString());
        return;
    }
    auto result = importICalendar(m_session, *parsed);
    if (!result) {
        QMessageBox::warning(widget(), tr("Import Meetings"), result.error().message);
        return;
    }
    QString text = tr("Imported %n meeting(s).", nullptr, result->created);
    if (result->skippedExisting)
        text += QLatin1Char(' ') + tr("%n were already there.", nullptr, result->skippedExisting);
    if (!result->problems.isEmpty())
        text += QStringLiteral("\n\n") + tr("Skipped:") + QLatin1Char('\n')
            + result->problems.mid(0, 20).join(QLatin1Char('\n'));
    QMessageBox::information(widget(), tr("Import Meetings"), text);
    m_stack->notifyChanged(QStringLiteral("task"), {});
}

} // namespace kontor
