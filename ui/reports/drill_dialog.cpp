#include "reports/drill_dialog.h"

#include "reports/report_format.h"
#include "reports/report_runner.h"
#include "reports/report_table_model.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

namespace {
// Each dialog its own channel, so a second dialog never drops the first one's list.
int nextChannel()
{
    static int channel = 1000;
    return ++channel;
}
constexpr int DrillLimit = 500;
} // namespace

DrillDialog::DrillDialog(ReportRunner *runner, const Drill &drill, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(drill.title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 480);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Loading…"));
    m_summary->setObjectName(QStringLiteral("drillSummary"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("drillView"));
    m_model = new ReportTableModel(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a row, or press Enter, to open its card."));
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Enter in the list opens the record; it must not also press Close.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    QPointer<DrillDialog> self(this);
    runner->run([drill](const ReportEngine &engine) { return engine.drill(drill, DrillLimit); },
                [self](const Result<ReportTable> &result) {
                    if (!self)
                        return;
                    if (!result) {
                        self->m_summary->setText(result.error().message);
                    } else {
                        self->m_model->setTable(*result);
                        const ReportFigure *total = result->figure(QStringLiteral("total"));
                        const qint64 all = total ? total->value.toLongLong() : result->rows.size();
                        self->m_summary->setText(
                            all > result->rows.size()
                                ? tr("The first %1 of %2, largest first.").arg(result->rows.size()).arg(all)
                                : tr("%n record(s).", nullptr, int(all)));
                        self->m_view->resizeColumnsToContents();
                    }
                    emit self->loaded();
                },
                nextChannel());
}

void DrillDialog::openRow(int row)
{
    const ReportTable &t = m_model->table();
    if (row < 0 || row >= t.rows.size())
        return;
    // The drill tables (core/reports/drill.cpp) lead with the record's id; a customer's key
    // is its company id, or minus its contact id for a customer without a company.
    QString kind;
    qint64 id = t.value(row, QStringLiteral("id")).toLongLong();
    QString title;
    if (t.name == QLatin1String("deals")) {
        kind = QStringLiteral("deal");
        title = t.value(row, QStringLiteral("title")).toString();
    } else if (t.name == QLatin1String("tasks")) {
        kind = QStringLiteral("task");
        title = t.value(row, QStringLiteral("title")).toString();
    } else if (t.name == QLatin1String("contacts")) {
        kind = QStringLiteral("contact");
        title = t.value(row, QStringLiteral("name")).toString();
    } else if (t.name == QLatin1String("customers")) {
        const qint64 key = t.value(row, QStringLiteral("key")).toLongLong();
        kind = key > 0 ? QStringLiteral("company") : QStringLiteral("contact");
        id = key > 0 ? key : -key;
        title = t.value(row, QStringLiteral("customer")).toString();
    }
    if (kind.isEmpty() || id <= 0)
        return;
    emit openRequested(kind, id, title);
}

DrillDialog *DrillDialog::open(ReportRunner *runner, const Drill &drill, QWidget *parent)
{
    if (drill.kind == Drill::Kind::None)
        return nullptr;
    auto *dialog = new DrillDialog(runner, drill, parent);
    dialog->show();
    return dialog;
}

} // namespace kontor
