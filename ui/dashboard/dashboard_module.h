#pragma once

#include "reports/report.h"
#include "session.h"
#include "shell/module.h"

#include <QMap>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace kontor {

class ReportChart;
class ReportRunner;

// The home screen: this month's key figures (open pipeline, won against plan, overdue tasks,
// new leads this week, stale deals) and two small charts, for everyone or one manager.
// Clicking a figure or a bar lists the records behind it. Everything is counted on a worker
// thread.
class DashboardModule : public Module
{
    Q_OBJECT
public:
    explicit DashboardModule(Session session, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override;
    QList<QAction *> actions() const override { return m_actions; }
    void activate() override;

    void refresh();
    // For tests: the figure tile of a key ("open_pipeline", "overdue_tasks", ...).
    QPushButton *tile(const QString &key) const { return m_tiles.value(key); }
    ReportRunner *runner() const { return m_runner; }
    // Shows one manager's figures (0: everyone's) and remembers the choice.
    void setOwner(qint64 userId);
    QComboBox *ownerChoice() const { return m_owner; }
    // Pins "today" (tests); 0 = the clock.
    void setNow(qint64 secs) { m_now = secs; }

signals:
    void loaded(); // figures and both charts arrived
    // A row of a drill-down list was opened: the main window shows that record's card.
    void openRecordRequested(const QString &kind, qint64 id, const QString &title);

protected:
    QWidget *createWidget() override;

private:
    void showFigures(const Result<ReportTable> &result);
    void openDrill(const Drill &drill, QWidget *anchor);
    void partDone();

    Session m_session;
    ReportRunner *m_runner = nullptr;
    QList<QAction *> m_actions;
    QMap<QString, QPushButton *> m_tiles;
    ReportTable m_figures;
    ReportTable m_sales;
    ReportTable m_funnel;
    ReportChart *m_salesChart = nullptr;
    ReportChart *m_funnelChart = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    qint64 m_now = 0;
    int m_pending = 0;
    bool m_loadedOnce = false;
};

} // namespace kontor
