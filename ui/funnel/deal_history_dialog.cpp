#include "funnel/deal_history_dialog.h"

#include "funnel/stage_history_table.h"

#include <QDialogButtonBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

DealHistoryDialog::DealHistoryDialog(const Session &session, qint64 dealId, const QString &title,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dealHistory"));
    setWindowTitle(tr("Stage History of “%1”").arg(title));
    auto *history = new StageHistoryTable(session, dealId);
    m_table = history->table();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(history);
    layout->addWidget(buttons);
    resize(560, 320);
}

} // namespace kontor
