#include "funnel/deal_history_dialog.h"

#include "funnel/stage_history.h"
#include "lists/format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

namespace {

QString duration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    if (days >= 1)
        return DealHistoryDialog::tr("%n day(s)", nullptr, int(days));
    return DealHistoryDialog::tr("%n hour(s)", nullptr, int(seconds / 3600));
}

} // namespace

DealHistoryDialog::DealHistoryDialog(const Session &session, qint64 dealId, const QString &title,
                                     QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("dealHistory"));
    setWindowTitle(tr("Stage History of “%1”").arg(title));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Entered"), tr("Moved by"), tr("Time in stage")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("historyError"));
    error->setWordWrap(true);
    error->hide();

    auto visits = stageVisits(session, dealId);
    if (visits) {
        m_table->setRowCount(int(visits->size()));
        for (int i = 0; i < visits->size(); ++i) {
            const StageVisit &v = visits->at(i);
            const QString entered
                = QLocale().toString(v.enteredAt.toLocalTime(), QLocale::ShortFormat);
            const QString spent = v.leftAt.isValid() ? duration(v.seconds)
                                                     : tr("%1 so far").arg(duration(v.seconds));
            const QStringList cells {v.stageName, entered, v.movedBy, spent};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
    } else {
        error->setText(visits.error().message);
        error->show();
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(error);
    layout->addWidget(buttons);
    resize(560, 320);
}

} // namespace kontor
