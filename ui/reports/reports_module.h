#pragma once

#include "reports/report.h"
#include "session.h"
#include "shell/module.h"

class QLabel;
class QListWidget;
class QTableView;

namespace kontor {

class ReportChart;
class ReportFilterBar;
class ReportRunner;
class ReportTableModel;

// Reports: pick a report, filter it, see its chart and the table behind it; click a bar or a
// row for the records behind it; export CSV / PNG / PDF or print. Queries run off the GUI
// thread; the filters are remembered per report.
class ReportsModule : public Module
{
    Q_OBJECT
public:
    explicit ReportsModule(Session session, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("reports"); }
    QString title() const override { return tr("Reports"); }
    QIcon icon() const override;
    QList<QAction *> actions() const override { return m_actions; }
    void activate() override;

    // For tests and the screenshot script.
    bool showReport(const QString &name);
    const ReportTable &table() const;
    ReportFilterBar *filterBar() const { return m_filters; }
    ReportRunner *runner() const { return m_runner; }

    bool exportCsv(const QString &path);
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

signals:
    void reportShown(); // a report's data arrived (or its error)
    // A row of a drill-down list was opened: the main window shows that record's card.
    void openRecordRequested(const QString &kind, qint64 id, const QString &title);

protected:
    QWidget *createWidget() override;

private:
    void refresh();
    void recordsChanged(const QString &entity);
    void showResult(const Result<ReportTable> &result);
    void drillRow(int row);
    void chooseAndExport(const QString &filter, const QString &suffix,
                         bool (ReportsModule::*write)(const QString &));
    void print();
    void editPlans();
    QPixmap chartPixmap() const;

    Session m_session;
    ReportRunner *m_runner = nullptr;
    QList<QAction *> m_actions;
    QListWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_status = nullptr;
    ReportFilterBar *m_filters = nullptr;
    ReportChart *m_chart = nullptr;
    QTableView *m_view = nullptr;
    ReportTableModel *m_model = nullptr;
    bool m_choicesLoaded = false;
};

} // namespace kontor
