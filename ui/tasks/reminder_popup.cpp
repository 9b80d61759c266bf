#include "tasks/reminder_popup.h"

#include "search/quick_search_popup.h"
#include "shell/icons.h"
#include "tasks/complete_task_dialog.h"
#include "tasks/reminder_notifier.h"
#include "tasks/task_commands.h"
#include "tasks/task_format.h"
#include "tasks/task_repository.h"
#include "undo/undo_stack.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kontor {

namespace {
constexpr int kTaskIdRole = Qt::UserRole;
constexpr int kMissedRole = Qt::UserRole + 1;
} // namespace

ReminderPopup::ReminderPopup(Session session, ReminderNotifier *notifier, QWidget *parent)
    : QDialog(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
    , m_session(std::move(session))
    , m_notifier(notifier)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("reminderPopup"));
    setWindowIcon(appIcon());
    setAttribute(Qt::WA_ShowWithoutActivating); // a reminder must not steal the keyboard
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("reminderHeading"));
    m_heading->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setMinimumWidth(380);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_snooze10 = new QPushButton;
    m_snooze10->setObjectName(QStringLiteral("snooze10Button"));
    m_snooze60 = new QPushButton;
    m_snooze60->setObjectName(QStringLiteral("snooze60Button"));
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("openRecordButton"));
    m_done = new QPushButton;
    m_done->setObjectName(QStringLiteral("doneButton"));
    connect(m_snooze10, &QPushButton::clicked, this, [this] { snoozeCurrent(10); });
    connect(m_snooze60, &QPushButton::clicked, this, [this] { snoozeCurrent(60); });
    connect(m_open, &QPushButton::clicked, this, &ReminderPopup::openCurrent);
    connect(m_done, &QPushButton::clicked, this, &ReminderPopup::completeCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &ReminderPopup::openCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReminderPopup::updateState);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_snooze10);
    buttons->addWidget(m_snooze60);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    if (m_notifier) {
        connect(m_notifier, &ReminderNotifier::reminderFired, this, &ReminderPopup::addFired);
        connect(m_notifier, &ReminderNotifier::missedReminders, this, &ReminderPopup::addMissed);
    }
    retranslate();
    updateState();
}

void ReminderPopup::retranslate()
{
    setWindowTitle(tr("Reminders"));
    m_snooze10->setText(tr("Snooze 10 min"));
    m_snooze10->setToolTip(tr("Remind me of this again in 10 minutes"));
    m_snooze60->setText(tr("Snooze 1 h"));
    m_snooze60->setToolTip(tr("Remind me of this again in an hour"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the deal, contact or company this task is about"));
    m_done->setText(tr("Done…"));
    m_done->setToolTip(tr("Complete the task: what came of it, and the next step"));
    updateState();
}

void ReminderPopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReminderPopup::addFired(const Task &task)
{
    add(task, false);
}

void ReminderPopup::addMissed(const QList<Task> &tasks)
{
    for (const Task &t : tasks)
        add(t, true);
}

void ReminderPopup::add(const Task &task, bool missed)
{
    // A snoozed reminder that fires again replaces its old line.
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kTaskIdRole).toLongLong() == task.id) {
            delete m_list->takeItem(row);
            break;
        }
    }
    QString text = task.title + QStringLiteral("\n")
                   + TaskText::due(task, m_clock(), QTimeZone::systemTimeZone());
    if (!TaskText::about(task).isEmpty())
        text += QStringLiteral(" · ") + TaskText::about(task);
    if (missed)
        text += QStringLiteral(" · ") + tr("missed while Kontor was closed");
    auto *item = new QListWidgetItem(text);
    item->setData(kTaskIdRole, task.id);
    item->setData(kMissedRole, missed);
    m_list->addItem(item);
    m_list->setCurrentItem(item);
    m_error->hide();
    updateState();
    show();
    raise();
}

QList<qint64> ReminderPopup::taskIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_list->item(row)->data(kTaskIdRole).toLongLong();
    return ids;
}

qint64 ReminderPopup::currentTaskId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kTaskIdRole).toLongLong() : 0;
}

void ReminderPopup::updateState()
{
    int missed = 0;
    for (int row = 0; row < m_list->count(); ++row)
        missed += m_list->item(row)->data(kMissedRole).toBool() ? 1 : 0;
    if (missed > 0)
        m_heading->setText(tr("While Kontor was closed, %n reminder(s) came due.", nullptr, missed));
    else
        m_heading->setText(tr("%n reminder(s):", nullptr, int(m_list->count())));
    const bool any = currentTaskId() != 0;
    for (QPushButton *b : {m_snooze10, m_snooze60, m_open, m_done})
        b->setEnabled(any);
}

void ReminderPopup::removeCurrent()
{
    delete m_list->takeItem(m_list->currentRow());
    updateState();
    if (m_list->count() == 0)
        hide();
}

void ReminderPopup::snoozeCurrent(int minutes)
{
    const qint64 id = currentTaskId();
    if (!id)
        return;
    const QDateTime now = m_clock();
    if (auto st = ReminderScheduler(m_session, now).snooze(id, now.addSecs(qint64(minutes) * 60)); !st) {
        m_error->setText(tr("Could not snooze: %1").arg(st.error().message));
        m_error->show();
        return;
    }
    // The notifier wakes at the snoozed time (it re-reads its next reminder now).
    if (m_notifier)
        m_notifier->poll(now);
    removeCurrent();
}

void ReminderPopup::openCurrent()
{
    const qint64 id = currentTaskId();
    if (!id)
        return;
    removeCurrent();
    emit openRequested(id);
}

void ReminderPopup::completeCurrent()
{
    const qint64 id = currentTaskId();
    if (!id)
        return;
    auto task = TaskRepository(m_session).get(id);
    if (!task) {
        m_error->setText(task.error().message);
        m_error->show();
        return;
    }
    if (task->isDone()) { // done elsewhere meanwhile
        removeCurrent();
        return;
    }
    CompleteTaskDialog dialog(m_session, *task, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    UndoStack *stack = UndoStack::of(this);
    stack->push(new CompleteTaskCommand(stack, m_session, dialog.task(), dialog.result()));
    stack->notifyChanged(QStringLiteral("task"), {dialog.task().id});
    if (dialog.result().activityId)
        stack->notifyChanged(QStringLiteral("activity"), {dialog.result().activityId});
    stack->inform(tr("Done: %1").arg(dialog.task().title));
    removeCurrent();
}

QString openTaskRecord(const Session &session, qint64 taskId, QWidget *window,
                       const std::function<Module *(const QString &)> &showModule)
{
    auto task = TaskRepository(session).get(taskId);
    auto showTasks = [&] {
        showModule(QStringLiteral("tasks"));
        if (window) {
            window->window()->raise();
            window->window()->activateWindow();
        }
        return QStringLiteral("tasks");
    };
    if (!task)
        return showTasks();
    if (task->dealId) {
        if (window) {
            window->window()->raise();
            window->window()->activateWindow();
        }
        openSearchHit(session, QStringLiteral("deal"), task->dealId, window);
        return QStringLiteral("deal");
    }
    if (task->contactId) {
        openSearchHit(session, QStringLiteral("contact"), task->contactId, window);
        return QStringLiteral("contact");
    }
    if (task->companyId) {
        openSearchHit(session, QStringLiteral("company"), task->companyId, window);
        return QStringLiteral("company");
    }
    return showTasks();
}

} // namespace kontor
