#include "reports/reports_module.h"

#include "reports/chart_view.h"
#include "reports/drill_dialog.h"
#include "reports/filter_bar.h"
#include "reports/plan_editor.h"
#include "reports/report_export.h"
#include "reports/report_format.h"
#include "reports/report_runner.h"
#include "reports/report_table_model.h"
#include "funnel/product_repository.h"
#include "repo/pipeline_repository.h"
#include "shell/icons.h"
#include "timeline/lookups.h"
#include "undo/undo_stack.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kontor {

ReportsModule::ReportsModule(Session session, QObject *parent)
    : Module(parent)
    , m_session(session)
    , m_runner(new ReportRunner(std::move(session), this))
{
    auto action = [this](const QString &text, const char *name, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        m_actions << a;
        return a;
    };
    action(tr("Export CSV…"), "exportCsv", [this] {
        chooseAndExport(tr("CSV files (*.csv)"), QStringLiteral(".csv"), &ReportsModule::exportCsv);
    });
    action(tr("Export PNG…"), "exportPng", [this] {
        chooseAndExport(tr("PNG pictures (*.png)"), QStringLiteral(".png"), &ReportsModule::exportPng);
    });
    action(tr("Export PDF…"), "exportPdf", [this] {
        chooseAndExport(tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"), &ReportsModule::exportPdf);
    });
    action(tr("Print…"), "printReport", [this] { print(); });
    action(tr("Sales plans…"), "editPlans", [this] { editPlans(); });
}

QIcon ReportsModule::icon() const
{
    return moduleIcon(id());
}

QWidget *ReportsModule::createWidget()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QHBoxLayout(page);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("reportList"));
    m_list->setMinimumWidth(140);
    m_list->setMaximumWidth(200);
    for (const ReportInfo &info : ReportEngine::reports()) {
        auto *item = new QListWidgetItem(info.title, m_list);
        item->setData(Qt::UserRole, info.name);
        item->setToolTip(info.description);
    }
    layout->addWidget(m_list);

    auto *right = new QVBoxLayout;
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    m_heading->setWordWrap(true);
    m_filters = new ReportFilterBar;
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("reportFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_chart = new ReportChart;
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setMinimumHeight(260);
    m_model = new ReportTableModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a row to list the records behind it."));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chart);
    split->addWidget(m_view);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    right->addWidget(m_heading);
    right->addWidget(m_filters);
    right->addWidget(m_figures);
    right->addWidget(split, 1);
    right->addWidget(m_status);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString name = m_list->item(row)->data(Qt::UserRole).toString();
        QSettings().setValue(QStringLiteral("reports/current"), name);
        if (auto info = ReportEngine::info(name)) {
            m_heading->setText(QStringLiteral("<b>%1</b><br>%2").arg(info->title.toHtmlEscaped(),
                                                                     info->description.toHtmlEscaped()));
            m_filters->setReport(*info); // emits changed() -> refresh()
        }
    });
    connect(m_filters, &ReportFilterBar::changed, this, &ReportsModule::refresh);
    connect(m_chart, &ReportChart::rowActivated, this, &ReportsModule::drillRow);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { drillRow(index.row()); });
    connect(m_runner, &ReportRunner::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Counting…"));
    });
    return page;
}

void ReportsModule::activate()
{
    widget();
    if (m_choicesLoaded)
        return;
    m_choicesLoaded = true;
    // The filter bar's lists (owners, pipelines, sources, currencies, products) are read on
    // the worker too: sources and currencies scan the deals. They travel back as a table of
    // (list, id, text) rows.
    m_runner->run(
        [](const ReportEngine &engine) -> Result<ReportTable> {
            const Session &session = engine.session();
            ReportTable t;
            auto users = Lookups(session).users();
            if (!users)
                return users.error();
            for (const NamedId &u : std::as_const(*users))
                t.rows.append({QStringLiteral("user"), u.id, u.name});
            auto pipelines = PipelineRepository(session).list();
            if (!pipelines)
                return pipelines.error();
            for (const Pipeline &p : std::as_const(*pipelines))
                t.rows.append({QStringLiteral("pipeline"), p.id, p.name});
            auto sources = engine.sources();
            if (!sources)
                return sources.error();
            for (const QString &s : std::as_const(*sources))
                t.rows.append({QStringLiteral("source"), 0, s});
            auto currencies = engine.currencies();
            if (!currencies)
                return currencies.error();
            for (const QString &c : std::as_const(*currencies))
                t.rows.append({QStringLiteral("currency"), 0, c});
            if (auto page = ProductRepository(session).list(true)) {
                for (const Product &p : std::as_const(page->items))
                    t.rows.append({QStringLiteral("product"), p.id, p.name});
            }
            return t;
        },
        [this](const Result<ReportTable> &result) {
            QList<NamedId> users, products;
            QList<Pipeline> pipelines;
            QStringList sources, currencies;
            if (!result) {
                m_status->setText(result.error().toString());
            } else {
                for (const QVariantList &r : result->rows) {
                    const QString list = r.value(0).toString();
                    const qint64 id = r.value(1).toLongLong();
                    const QString text = r.value(2).toString();
                    if (list == QLatin1String("user"))
                        users.append(NamedId{id, text});
                    else if (list == QLatin1String("product"))
                        products.append(NamedId{id, text});
                    else if (list == QLatin1String("source"))
                        sources << text;
                    else if (list == QLatin1String("currency"))
                        currencies << text;
                    else {
                        Pipeline p;
                        p.id = id;
                        p.name = text;
                        pipelines << p;
                    }
                }
            }
            m_filters->setChoices(users, pipelines, sources, currencies, products);
            // KONTOR_REPORT picks the report to open (the screenshot script uses it).
            const QString wanted = qEnvironmentVariable(
                "KONTOR_REPORT",
                QSettings().value(QStringLiteral("reports/current"), QStringLiteral("funnel")).toString());
            if (!showReport(wanted))
                showReport(QStringLiteral("funnel"));
        },
        /*channel*/ 1);
}

bool ReportsModule::showReport(const QString &name)
{
    widget();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            if (m_list->currentRow() == i)
                refresh();
            else
                m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

const ReportTable &ReportsModule::table() const
{
    return m_model->table();
}

void ReportsModule::refresh()
{
    if (!m_list || !m_list->currentItem())
        return;
    const QString name = m_list->currentItem()->data(Qt::UserRole).toString();
    const ReportFilter filter = m_filters->filter();
    m_chart->setMessage(tr("Counting…"));
    m_runner->run([name, filter](const ReportEngine &engine) { return engine.run(name, filter); },
                  [this](const Result<ReportTable> &result) { showResult(result); });
}

void ReportsModule::showResult(const Result<ReportTable> &result)
{
    if (!result) {
        m_model->setTable({});
        m_chart->setMessage(result.error().message);
        m_figures->clear();
        m_status->setText(result.error().toString());
        emit reportShown();
        return;
    }
    const ReportTable &t = *result;
    m_model->setTable(t);
    m_chart->setTable(t);
    QStringList parts;
    for (const ReportFigure &f : t.figures) {
        parts << QStringLiteral("%1: <b>%2</b>")
                     .arg(f.title.toHtmlEscaped(),
                          formatReportValue(f.value, f.kind, t.currency).toHtmlEscaped());
    }
    m_figures->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_view->resizeColumnsToContents();
    m_status->setText(formatPeriod(t.from, t.to)
                      + (t.currency.isEmpty() ? QString() : QStringLiteral(" · ") + t.currency));
    emit reportShown();
}

void ReportsModule::drillRow(int row)
{
    const ReportTable &t = m_model->table();
    if (row < 0 || row >= t.drills.size())
        return;
    if (auto *dialog = DrillDialog::open(m_runner, t.drills.at(row), m_view->window()))
        connect(dialog, &DrillDialog::openRequested, this, &ReportsModule::openRecordRequested);
}

QPixmap ReportsModule::chartPixmap() const
{
    return m_chart ? m_chart->grab() : QPixmap();
}

bool ReportsModule::exportCsv(const QString &path)
{
    const Status st = writeReportCsv(m_model->table(), path);
    if (!st)
        m_status->setText(st.error().toString());
    return st.ok();
}

bool ReportsModule::exportPng(const QString &path)
{
    const Status st = writeChartPng(chartPixmap(), path);
    if (!st)
        m_status->setText(st.error().toString());
    return st.ok();
}

bool ReportsModule::exportPdf(const QString &path)
{
    const Status st = writeReportPdf(m_model->table(), chartPixmap(), path);
    if (!st)
        m_status->setText(st.error().toString());
    return st.ok();
}

void ReportsModule::chooseAndExport(const QString &filter, const QString &suffix,
                                    bool (ReportsModule::*write)(const QString &))
{
    const QString name = m_model->table().name.isEmpty() ? QStringLiteral("report")
                                                          : m_model->table().name;
    QString path = QFileDialog::getSaveFileName(m_view->window(), tr("Export report"),
                                                name + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if ((this->*write)(path))
        m_status->setText(tr("Saved %1").arg(path));
}

void ReportsModule::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, m_view->window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintReport(printer, m_model->table(), chartPixmap());
}

void ReportsModule::editPlans()
{
    auto *editor = new PlanEditor(m_session, m_view->window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PlanEditor::plansChanged, this, &ReportsModule::refresh);
    // Undoing a plan edit from the main window after the editor closed re-reads too.
    connect(editor->undoStack(), &UndoStack::changed, this, &ReportsModule::recordsChanged,
            Qt::UniqueConnection);
    editor->show();
}

void ReportsModule::recordsChanged(const QString &entity)
{
    if (entity == QLatin1String("sales_plan"))
        refresh();
}

} // namespace kontor
