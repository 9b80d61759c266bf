#include "reports/drill_dialog.h"

#include "reports/report_format.h"
#include "reports/report_runner.h"
#include "reports/report_table_model.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
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

DrillDialog *DrillDialog::open(ReportRunner *runner, const Drill &drill, QWidget *parent)
{
    if (drill.kind == Drill::Kind::None)
        return nullptr;
    auto *dialog = new DrillDialog(runner, drill, parent);
    dialog->show();
    return dialog;
}

} // namespace kontor
