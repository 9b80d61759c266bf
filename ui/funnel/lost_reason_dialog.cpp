#include "funnel/lost_reason_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kontor {

LostReasonDialog::LostReasonDialog(const QString &dealTitle, const QList<LostReason> &reasons,
                                   QWidget *parent)
    : QDialog(parent)
    , m_reasons(new QComboBox)
    , m_note(new QLineEdit)
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Deal Lost"));
    m_reasons->setObjectName(QStringLiteral("lostReason"));
    m_reasons->addItem(tr("Choose a reason…"), 0);
    for (const LostReason &r : reasons)
        m_reasons->addItem(r.name, r.id);
    m_note->setObjectName(QStringLiteral("lostNote"));
    m_note->setPlaceholderText(tr("What happened (optional)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Mark Lost"));
    ok->setEnabled(false);
    // A lost deal without a reason teaches nothing: the reason is required.
    connect(m_reasons, &QComboBox::currentIndexChanged, this,
            [this, ok] { ok->setEnabled(reasonId() != 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Why was “%1” lost?").arg(dealTitle)));
    form->addRow(tr("Reason:"), m_reasons);
    form->addRow(tr("Note:"), m_note);
    form->addRow(buttons);
}

qint64 LostReasonDialog::reasonId() const
{
    return m_reasons->currentData().toLongLong();
}

QString LostReasonDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace kontor
