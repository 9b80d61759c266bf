#include "tasks/reminder_notifier.h"

#include "shell/icons.h"
#include "tasks/task_format.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace kontor {

namespace {
constexpr int kMaxSleepMs = 60 * 1000; // re-read at least every minute
} // namespace

ReminderNotifier::ReminderNotifier(Session session, QObject *parent)
    : QObject(parent), m_session(std::move(session))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { poll(QDateTime::currentDateTimeUtc()); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("Kontor reminders"));
        m_menu = new QMenu;
        m_snooze = m_menu->addAction(tr("Snooze the last reminder 10 minutes"));
        m_snooze->setEnabled(false);
        connect(m_snooze, &QAction::triggered, this,
                [this] { snoozeLast(10, QDateTime::currentDateTimeUtc()); });
        QAction *open = m_menu->addAction(tr("Open the task"));
        connect(open, &QAction::triggered, this, [this] {
            if (m_lastTaskId)
                emit openTaskRequested(m_lastTaskId);
        });
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastTaskId)
                emit openTaskRequested(m_lastTaskId);
        });
        m_tray->show();
    }
}

ReminderNotifier::~ReminderNotifier()
{
    delete m_menu;
}

void ReminderNotifier::start(const QDateTime &startedAt)
{
    m_scheduler = std::make_unique<ReminderScheduler>(m_session, startedAt);
    poll(startedAt);
}

int ReminderNotifier::msUntilNextPoll() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void ReminderNotifier::poll(const QDateTime &now)
{
    if (!m_scheduler)
        m_scheduler = std::make_unique<ReminderScheduler>(m_session, now);
    auto tick = m_scheduler->poll(now);
    if (!tick) {
        emit failed(tick.error().message);
        schedule(now, {});
        return;
    }
    if (!tick->missed.isEmpty())
        emit missedReminders(tick->missed);
    for (const Task &t : std::as_const(tick->fire)) {
        m_lastTaskId = t.id;
        if (m_snooze)
            m_snooze->setEnabled(true);
        if (m_tray) {
            QString body = TaskText::due(t, now, QTimeZone::systemTimeZone());
            if (!TaskText::about(t).isEmpty())
                body += QStringLiteral(" · ") + TaskText::about(t);
            m_tray->showMessage(t.title, body, QSystemTrayIcon::Information, 15000);
        }
        emit reminderFired(t);
    }
    schedule(now, tick->nextWake);
}

void ReminderNotifier::schedule(const QDateTime &now, const QDateTime &nextWake)
{
    qint64 ms = kMaxSleepMs;
    if (nextWake.isValid())
        ms = qBound(qint64(0), now.msecsTo(nextWake), qint64(kMaxSleepMs));
    m_timer->start(int(ms));
}

void ReminderNotifier::snoozeLast(int minutes, const QDateTime &now)
{
    if (!m_lastTaskId || !m_scheduler)
        return;
    if (auto st = m_scheduler->snooze(m_lastTaskId, now.addSecs(qint64(minutes) * 60)); !st) {
        emit failed(st.error().message);
        return;
    }
    if (m_snooze)
        m_snooze->setEnabled(false);
    poll(now);
}

} // namespace kontor
