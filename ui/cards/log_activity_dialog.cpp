#include "cards/log_activity_dialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor {

LogActivityDialog::LogActivityDialog(Session session, const Activity &base, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_base(base)
{
    setObjectName(QStringLiteral("logActivityDialog"));
    buildUi();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(base.kind)));
    updateForKind();
}

void LogActivityDialog::buildUi()
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("activityKind"));
    m_kind->addItem(tr("Call"), QStringLiteral("call"));
    m_kind->addItem(tr("Email"), QStringLiteral("email"));
    m_kind->addItem(tr("Meeting"), QStringLiteral("meeting"));
    m_kind->addItem(tr("Note"), QStringLiteral("note"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LogActivityDialog::updateForKind);

    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("activitySubject"));
    m_when = new QDateTimeEdit(QDateTime::currentDateTime());
    m_initialWhen = m_when->dateTime(); // as the editor keeps it
    m_when->setObjectName(QStringLiteral("activityWhen"));
    m_when->setCalendarPopup(true);
    m_duration = new QSpinBox;
    m_duration->setObjectName(QStringLiteral("activityDuration"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not given"));
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("activityDirection"));
    m_direction->addItem(tr("Outgoing (I reached out)"), QStringLiteral("out"));
    m_direction->addItem(tr("Incoming (they reached out)"), QStringLiteral("in"));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("activityBody"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("What was said or agreed, next steps…"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Notes:"), m_body);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveActivity"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogActivityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 360);
}

void LogActivityDialog::updateForKind()
{
    const QString kind = m_kind->currentData().toString();
    const bool timed = kind == QLatin1String("call") || kind == QLatin1String("meeting");
    const bool directed = kind == QLatin1String("call") || kind == QLatin1String("email");
    m_duration->setEnabled(timed);
    m_direction->setEnabled(directed);
    if (kind == QLatin1String("call"))
        setWindowTitle(tr("Log a Call"));
    else if (kind == QLatin1String("email"))
        setWindowTitle(tr("Log an Email"));
    else if (kind == QLatin1String("meeting"))
        setWindowTitle(tr("Log a Meeting"));
    else
        setWindowTitle(tr("Add a Note"));
}

QString LogActivityDialog::subjectText() const
{
    const QString subject = m_subject->text().trimmed();
    return subject.isEmpty() ? m_kind->currentText() : subject;
}

void LogActivityDialog::accept()
{
    Activity a = m_base;
    a.kind = m_kind->currentData().toString();
    a.subject = m_subject->text().trimmed();
    a.body = m_body->toPlainText().trimmed();
    // Untouched means "just now", to the second (the editor shows minutes only).
    const QDateTime when = m_when->dateTime();
    a.occurredAt = when == m_initialWhen ? QDateTime() : when.toUTC();
    a.durationMin = m_duration->isEnabled() ? m_duration->value() : 0;
    a.direction = m_direction->isEnabled() ? m_direction->currentData().toString() : QString();
    const auto id = ActivityRepository(m_session).log(a);
    if (!id) {
        m_error->setText(tr("Not saved: %1").arg(id.error().message));
        m_error->show();
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace kontor
