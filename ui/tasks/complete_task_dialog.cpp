#include "tasks/complete_task_dialog.h"

#include "tasks/quick_add_task_dialog.h"
#include "tasks/task_format.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kontor {

CompleteTaskDialog::CompleteTaskDialog(Session session, const Task &task, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_task(task)
{
    setObjectName(QStringLiteral("completeTaskDialog"));
    setWindowTitle(tr("Complete Task"));
    // Offer the next step for anything with a client: for a deal it keeps the board's
    // "next step" filled; a repeating task brings its own next copy.
    const bool forClient = task.dealId || task.contactId || task.companyId;
    buildUi(forClient && task.recurrence.isEmpty());
}

void CompleteTaskDialog::buildUi(bool offerNextStep)
{
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(m_task.title.toHtmlEscaped()));
    title->setWordWrap(true);
    const QString about = TaskText::about(m_task);
    auto *aboutLabel = new QLabel(about);
    aboutLabel->setVisible(!about.isEmpty());

    m_outcome = new QPlainTextEdit;
    m_outcome->setObjectName(QStringLiteral("taskOutcome"));
    m_outcome->setPlaceholderText(tr("What came of it? e.g. Interested, wants a discount"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(m_outcome->fontMetrics().height() * 5);

    const bool hasTimeline = m_task.contactId || m_task.companyId || m_task.dealId;
    m_log = new QCheckBox(tr("&Log it on the timeline as a %1").arg(TaskText::kindName(
        m_task.kind == QLatin1String("call") || m_task.kind == QLatin1String("email")
                || m_task.kind == QLatin1String("meeting")
            ? m_task.kind
            : QStringLiteral("note")).toLower()));
    m_log->setObjectName(QStringLiteral("logOutcome"));
    m_log->setChecked(hasTimeline);
    m_log->setVisible(hasTimeline);

    m_next = new QGroupBox(tr("Schedule the &next step"));
    m_next->setObjectName(QStringLiteral("nextStepGroup"));
    m_next->setCheckable(true);
    m_next->setChecked(offerNextStep);
    m_nextTitle = new QLineEdit;
    m_nextTitle->setObjectName(QStringLiteral("nextStepTitle"));
    m_nextTitle->setPlaceholderText(tr("e.g. Send the revised offer"));
    m_nextDue = new QDateTimeEdit(nextFullHour(QDateTime::currentDateTime()).addDays(1));
    m_nextDue->setObjectName(QStringLiteral("nextStepDue"));
    m_nextDue->setCalendarPopup(true);
    m_nextDue->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    auto *nextForm = new QFormLayout(m_next);
    nextForm->addRow(tr("T&itle:"), m_nextTitle);
    nextForm->addRow(tr("D&ue:"), m_nextDue);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *done = buttons->addButton(tr("Mark &Done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("markDoneButton"));
    done->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompleteTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(aboutLabel);
    layout->addWidget(new QLabel(tr("&Outcome:")));
    layout->addWidget(m_outcome);
    layout->addWidget(m_log);
    layout->addWidget(m_next);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_outcome->setFocus();
}

QString CompleteTaskDialog::outcome() const
{
    return m_outcome->toPlainText().trimmed();
}

bool CompleteTaskDialog::nextStepOffered() const
{
    return m_next->isChecked();
}

void CompleteTaskDialog::accept()
{
    Completion c;
    c.outcome = outcome();
    c.logActivity = m_log->isVisible() && m_log->isChecked();
    if (m_next->isChecked()) {
        if (m_nextTitle->text().trimmed().isEmpty()) {
            m_error->setText(tr("Name the next step, or untick \"Schedule the next step\"."));
            m_error->show();
            m_nextTitle->setFocus();
            return;
        }
        c.nextStep.title = m_nextTitle->text().trimmed();
        c.nextStep.kind = m_task.kind;
        c.nextStep.dueAt = m_nextDue->dateTime().toUTC();
        c.nextStep.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        c.nextStep.remindBeforeMin = 15;
    }
    if (c.logActivity && c.outcome.isEmpty() && m_task.title.trimmed().isEmpty()) {
        m_error->setText(tr("Write a few words about what happened."));
        m_error->show();
        return;
    }
    auto done = TaskRepository(m_session).complete(m_task.id, c);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_result = *done;
    m_task.outcome = c.outcome;
    QDialog::accept();
}

} // namespace kontor
