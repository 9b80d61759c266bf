#include "tasks/quick_add_task_dialog.h"

#include "tasks/task_format.h"
#include "tasks/task_repository.h"
#include "timeline/lookups.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kontor {

QDateTime nextFullHour(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date(), QTime(local.time().hour(), 0)).addSecs(3600);
}

QuickAddTaskDialog::QuickAddTaskDialog(Session session, const Task &prefill, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_prefill(prefill)
{
    setObjectName(QStringLiteral("quickAddTaskDialog"));
    setWindowTitle(m_prefill.id ? tr("Edit Task") : tr("New Task"));
    buildUi();
    loadUsers();
    updateEnabled();
}

void QuickAddTaskDialog::buildUi()
{
    auto *form = new QFormLayout;
    const QString about = TaskText::about(m_prefill);
    if (!about.isEmpty()) {
        auto *forLabel = new QLabel(about);
        forLabel->setObjectName(QStringLiteral("taskAbout"));
        form->addRow(tr("For:"), forLabel);
    }
    m_title = new QLineEdit(m_prefill.title);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setPlaceholderText(tr("What is to be done? e.g. Call back about the offer"));
    form->addRow(tr("&Title:"), m_title);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("taskKind"));
    m_kind->setEditable(true); // a custom type is any word
    for (const QString &k : taskKinds())
        m_kind->addItem(TaskText::kindName(k), k);
    const int kindRow = m_kind->findData(m_prefill.kind);
    if (kindRow >= 0)
        m_kind->setCurrentIndex(kindRow);
    else
        m_kind->setEditText(m_prefill.kind);
    form->addRow(tr("T&ype:"), m_kind);

    auto *dueRow = new QHBoxLayout;
    m_due = new QDateTimeEdit;
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_due->setDateTime(m_prefill.dueAt.isValid() ? m_prefill.dueAt.toLocalTime()
                                                 : nextFullHour(QDateTime::currentDateTime()));
    m_dueDate = new QDateEdit;
    m_dueDate->setObjectName(QStringLiteral("taskDueDate"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDate(m_prefill.dueDate.isValid() ? m_prefill.dueDate : m_due->date());
    m_allDay = new QCheckBox(tr("&All day"));
    m_allDay->setObjectName(QStringLiteral("taskAllDay"));
    m_allDay->setChecked(m_prefill.allDay);
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_dueDate, 1);
    dueRow->addWidget(m_allDay);
    form->addRow(tr("&Due:"), dueRow);

    m_duration = new QSpinBox;
    m_duration->setObjectName(QStringLiteral("taskDuration"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not set"));
    m_duration->setValue(m_prefill.durationMin);
    form->addRow(tr("D&uration:"), m_duration);

    m_priority = new QComboBox;
    m_priority->setObjectName(QStringLiteral("taskPriority"));
    m_priority->addItem(tr("Normal"), 0);
    m_priority->addItem(TaskText::priorityName(1), 1);
    m_priority->addItem(TaskText::priorityName(2), 2);
    m_priority->setCurrentIndex(qBound(0, m_prefill.priority, 2));
    form->addRow(tr("&Priority:"), m_priority);

    m_remind = new QComboBox;
    m_remind->setObjectName(QStringLiteral("taskRemind"));
    m_remind->addItem(tr("No reminder"), -1);
    m_remind->addItem(tr("At the due time"), 0);
    for (int minutes : {5, 15, 30})
        m_remind->addItem(tr("%n minute(s) before", nullptr, minutes), minutes);
    m_remind->addItem(tr("1 hour before"), 60);
    m_remind->addItem(tr("1 day before"), 24 * 60);
    const int remindRow = m_remind->findData(m_prefill.remindBeforeMin);
    // A new task reminds 15 minutes before unless told otherwise.
    m_remind->setCurrentIndex(!m_prefill.id && m_prefill.remindBeforeMin < 0 ? 3
                              : remindRow >= 0                              ? remindRow
                                                                            : 0);
    form->addRow(tr("&Reminder:"), m_remind);

    m_repeat = new QComboBox;
    m_repeat->setObjectName(QStringLiteral("taskRepeat"));
    m_repeat->addItem(tr("Does not repeat"), QString());
    m_repeat->addItem(tr("Every day"), QStringLiteral("daily"));
    m_repeat->addItem(tr("Every week on…"), QStringLiteral("weekly"));
    m_repeat->addItem(tr("Every month"), QStringLiteral("monthly"));
    const QString rule = m_prefill.recurrence.section(QLatin1Char(':'), 0, 0);
    m_repeat->setCurrentIndex(qMax(0, m_repeat->findData(rule)));
    m_weekdays = new QWidget;
    auto *days = new QHBoxLayout(m_weekdays);
    days->setContentsMargins(0, 0, 0, 0);
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("weekday%1").arg(d));
        static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        box->setChecked(rule == QLatin1String("weekly")
                        && m_prefill.recurrence.section(QLatin1Char(':'), 1).contains(QLatin1String(names[d - 1])));
        m_weekdayBoxes << box;
        days->addWidget(box);
    }
    auto *repeatBox = new QVBoxLayout;
    repeatBox->addWidget(m_repeat);
    repeatBox->addWidget(m_weekdays);
    form->addRow(tr("R&epeat:"), repeatBox);

    m_assignees = new QListWidget;
    m_assignees->setObjectName(QStringLiteral("taskAssignees"));
    m_assignees->setMaximumHeight(m_assignees->fontMetrics().height() * 6);
    m_assignees->setToolTip(tr("Tick several people to give each their own copy, tracked together"));
    form->addRow(tr("Assi&gned to:"), m_assignees);

    m_notes = new QPlainTextEdit(m_prefill.notes);
    m_notes->setObjectName(QStringLiteral("taskNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    form->addRow(tr("&Notes:"), m_notes);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveTaskButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickAddTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_allDay, &QCheckBox::toggled, this, &QuickAddTaskDialog::updateEnabled);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &QuickAddTaskDialog::updateEnabled);
    connect(m_due, &QDateTimeEdit::dateChanged, m_dueDate, &QDateEdit::setDate);
    m_title->setFocus();
}

void QuickAddTaskDialog::loadUsers()
{
    auto users = Lookups(m_session).users();
    if (!users) {
        m_error->setText(users.error().message);
        m_error->show();
        return;
    }
    const qint64 assignee = m_prefill.assigneeId ? m_prefill.assigneeId : m_session.userId;
    for (const NamedId &u : std::as_const(*users)) {
        auto *item = new QListWidgetItem(u.name, m_assignees);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(u.id == assignee ? Qt::Checked : Qt::Unchecked);
    }
    // A single-user database has nobody to share with: hide the list.
    m_assignees->setVisible(users->size() > 1);
    if (auto *form = qobject_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout()))
        form->setRowVisible(m_assignees, users->size() > 1);
}

void QuickAddTaskDialog::updateEnabled()
{
    const bool allDay = m_allDay->isChecked();
    m_due->setVisible(!allDay);
    m_dueDate->setVisible(allDay);
    m_weekdays->setVisible(m_repeat->currentData().toString() == QLatin1String("weekly"));
}

Task QuickAddTaskDialog::collect() const
{
    Task t = m_prefill;
    t.title = m_title->text().trimmed();
    const int kindRow = m_kind->findText(m_kind->currentText());
    t.kind = kindRow >= 0 ? m_kind->itemData(kindRow).toString() : m_kind->currentText().trimmed();
    t.allDay = m_allDay->isChecked();
    t.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (t.allDay) {
        t.dueDate = m_dueDate->date();
        t.dueAt = {};
    } else {
        t.dueAt = m_due->dateTime().toUTC();
        t.dueDate = {};
    }
    t.durationMin = m_duration->value();
    t.priority = m_priority->currentData().toInt();
    t.remindBeforeMin = m_remind->currentData().toInt();
    const QString repeat = m_repeat->currentData().toString();
    if (repeat == QLatin1String("weekly")) {
        static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        QStringList days;
        for (int i = 0; i < m_weekdayBoxes.size(); ++i) {
            if (m_weekdayBoxes.at(i)->isChecked())
                days << QLatin1String(names[i]);
        }
        // No day ticked: the weekday it is due on.
        if (days.isEmpty()) {
            const QDate d = t.allDay ? t.dueDate : m_due->date();
            days << QLatin1String(names[d.dayOfWeek() - 1]);
        }
        t.recurrence = QStringLiteral("weekly:") + days.join(QLatin1Char(','));
    } else {
        t.recurrence = repeat;
    }
    t.notes = m_notes->toPlainText();
    return t;
}

void QuickAddTaskDialog::accept()
{
    const Task t = collect();
    QList<qint64> assignees;
    for (int i = 0; i < m_assignees->count(); ++i) {
        if (m_assignees->item(i)->checkState() == Qt::Checked)
            assignees << m_assignees->item(i)->data(Qt::UserRole).toLongLong();
    }
    if (m_assignees->count() > 1 && assignees.isEmpty()) {
        m_error->setText(tr("Tick at least one person to do it."));
        m_error->show();
        return;
    }
    if (t.id) { // editing: one person, whose copy this is
        Task edited = t;
        if (!assignees.isEmpty())
            edited.assigneeId = assignees.first();
        if (auto st = TaskRepository(m_session).update(edited); !st) {
            m_error->setText(st.error().message);
            m_error->show();
            return;
        }
        m_savedIds = {t.id};
        QDialog::accept();
        return;
    }
    auto ids = TaskRepository(m_session).create(t, assignees);
    if (!ids) {
        m_error->setText(ids.error().message);
        m_error->show();
        m_title->setFocus();
        return;
    }
    m_savedIds = *ids;
    QDialog::accept();
}

} // namespace kontor
