#include "funnel/stage_history_table.h"

#include "lists/format.h"
#include "funnel/stage_history.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor {

QString StageHistoryTable::duration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    if (days >= 1)
        return tr("%n day(s)", nullptr, int(days));
    return tr("%n hour(s)", nullptr, int(seconds / 3600));
}

StageHistoryTable::StageHistoryTable(Session session, qint64 dealId, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_dealId(dealId)
    , m_table(new QTableWidget)
    , m_error(new QLabel)
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Entered"), tr("Moved by"), tr("Time in stage")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    reload();
}

void StageHistoryTable::reload()
{
    m_table->setRowCount(0);
    const auto visits = stageVisits(m_session, m_dealId);
    if (!visits) {
        m_error->setText(visits.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_table->setRowCount(int(visits->size()));
    for (int i = 0; i < visits->size(); ++i) {
        const StageVisit &v = visits->at(i);
        const QString entered = formatDateTime(v.enteredAt);
        const QString spent = v.leftAt.isValid() ? duration(v.seconds)
                                                 : tr("%1 so far").arg(duration(v.seconds));
        const QStringList cells {v.stageName, entered, v.movedBy, spent};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace kontor
