#include "dashboard/dashboard_module.h"

#include "reports/chart_view.h"
#include "reports/drill_dialog.h"
#include "reports/periods.h"
#include "reports/report_format.h"
#include "reports/report_runner.h"
#include "shell/icons.h"
#include "timeline/lookups.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kontor {

namespace {
enum Channel { Figures = 1, Sales, Funnel, Owners };

const QString OwnerKey = QStringLiteral("dashboard/owner");
} // namespace

DashboardModule::DashboardModule(Session session, QObject *parent)
    : Module(parent)
    , m_session(session)
    , m_runner(new ReportRunner(std::move(session), this))
{
    auto *reload = new QAction(tr("Refresh"), this);
    reload->setObjectName(QStringLiteral("refreshDashboard"));
    reload->setIcon(moduleIcon(QStringLiteral("refresh")));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &DashboardModule::refresh);
    m_actions << reload;
}

QIcon DashboardModule::icon() const
{
    return moduleIcon(id());
}

QWidget *DashboardModule::createWidget()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(page);
    // Whose numbers: everyone's, or one manager's (remembered).
    auto *ownerRow = new QHBoxLayout;
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("dashboardOwner"));
    m_owner->addItem(tr("All owners"), qint64(0));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    ownerRow->addWidget(new QLabel(tr("Figures of")));
    ownerRow->addWidget(m_owner);
    ownerRow->addStretch(1);
    layout->addLayout(ownerRow);
    connect(m_owner, &QComboBox::activated, this, [this] {
        QSettings().setValue(OwnerKey, m_owner->currentData());
        refresh();
    });
    auto *tiles = new QGridLayout;
    const QList<QPair<QString, QString>> keys{
        {QStringLiteral("open_pipeline"), tr("Open pipeline")},
        {QStringLiteral("won_this_month"), tr("Won this month")},
        {QStringLiteral("overdue_tasks"), tr("Overdue tasks")},
        {QStringLiteral("new_leads_week"), tr("New leads this week")},
        {QStringLiteral("stale_deals"), tr("Stale deals")},
    };
    int column = 0;
    for (const auto &k : keys) {
        auto *tile = new QPushButton(k.second + QStringLiteral("\n…"));
        tile->setObjectName(QStringLiteral("tile_") + k.first);
        tile->setMinimumHeight(84);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tile->setToolTip(tr("Click to list the records behind this figure."));
        QFont f = tile->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        tile->setFont(f);
        connect(tile, &QPushButton::clicked, this, [this, key = k.first] {
            if (const ReportFigure *fig = m_figures.figure(key))
                openDrill(fig->drill, m_tiles.value(key));
        });
        m_tiles.insert(k.first, tile);
        tiles->addWidget(tile, 0, column++);
    }
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    auto *salesTitle = new QLabel(tr("<b>Won per month</b> (last 6 months, click a bar for the deals)"));
    auto *funnelTitle = new QLabel(tr("<b>Funnel</b> of the deals created in the last 3 months"));
    m_salesChart = new ReportChart;
    m_salesChart->setObjectName(QStringLiteral("dashboardSales"));
    m_salesChart->setCompact(true);
    m_funnelChart = new ReportChart;
    m_funnelChart->setObjectName(QStringLiteral("dashboardFunnel"));
    m_funnelChart->setCompact(true);
    charts->addWidget(salesTitle, 0, 0);
    charts->addWidget(funnelTitle, 0, 1);
    charts->addWidget(m_salesChart, 1, 0);
    charts->addWidget(m_funnelChart, 1, 1);
    charts->setRowStretch(1, 1);
    layout->addLayout(charts, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(m_status);

    connect(m_salesChart, &ReportChart::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_sales.drills.size())
            openDrill(m_sales.drills.at(row), m_salesChart);
    });
    connect(m_funnelChart, &ReportChart::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_funnel.drills.size())
            openDrill(m_funnel.drills.at(row), m_funnelChart);
    });
    return page;
}

void DashboardModule::activate()
{
    widget();
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    // The owners' list is read on the worker like everything else; the figures follow, for
    // the owner chosen last time.
    m_runner->run(
        [](const ReportEngine &engine) -> Result<ReportTable> {
            auto users = Lookups(engine.session()).users();
            if (!users)
                return users.error();
            ReportTable t;
            for (const NamedId &u : std::as_const(*users))
                t.rows.append({u.id, u.name});
            return t;
        },
        [this](const Result<ReportTable> &users) {
            if (users) {
                for (const QVariantList &u : users->rows)
                    m_owner->addItem(u.value(1).toString(), u.value(0).toLongLong());
            }
            const int remembered = m_owner->findData(QSettings().value(OwnerKey, qint64(0)).toLongLong());
            m_owner->setCurrentIndex(std::max(0, remembered));
            refresh();
        },
        Owners);
}

void DashboardModule::setOwner(qint64 userId)
{
    widget();
    const int index = m_owner->findData(userId);
    if (index < 0)
        return;
    m_owner->setCurrentIndex(index);
    QSettings().setValue(OwnerKey, userId);
    refresh();
}

void DashboardModule::refresh()
{
    widget();
    const qint64 now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    ReportFilter base;
    base.nowSecs = now;
    base.ownerId = m_owner->currentData().toLongLong();
    m_pending = 3;
    m_status->setText(tr("Counting…"));
    m_runner->run([base](const ReportEngine &e) { return e.dashboard(base); },
                  [this](const Result<ReportTable> &r) { showFigures(r); }, Figures);

    ReportFilter sales = base;
    sales.from = presetPeriod(PeriodPreset::ThisMonth, today).first.addMonths(-5);
    sales.to = presetPeriod(PeriodPreset::ThisMonth, today).second;
    m_runner->run([sales](const ReportEngine &e) { return e.run(QStringLiteral("dynamics"), sales); },
                  [this](const Result<ReportTable> &r) {
                      if (r) {
                          m_sales = *r;
                          m_sales.chart.valueColumns = {m_sales.column(QStringLiteral("amount"))};
                          m_salesChart->setTable(m_sales);
                      } else {
                          m_salesChart->setMessage(r.error().message);
                      }
                      partDone();
                  },
                  Sales);

    ReportFilter funnel = base;
    funnel.from = today.addMonths(-3);
    funnel.to = today;
    m_runner->run([funnel](const ReportEngine &e) { return e.run(QStringLiteral("funnel"), funnel); },
                  [this](const Result<ReportTable> &r) {
                      if (r) {
                          m_funnel = *r;
                          m_funnelChart->setTable(m_funnel);
                      } else {
                          m_funnelChart->setMessage(r.error().message);
                      }
                      partDone();
                  },
                  Funnel);
}

void DashboardModule::openDrill(const Drill &drill, QWidget *anchor)
{
    if (auto *dialog = DrillDialog::open(m_runner, drill, anchor->window()))
        connect(dialog, &DrillDialog::openRequested, this, &DashboardModule::openRecordRequested);
}

void DashboardModule::showFigures(const Result<ReportTable> &result)
{
    if (!result) {
        m_status->setText(result.error().toString());
        partDone();
        return;
    }
    m_figures = *result;
    const QString currency = m_figures.currency;
    auto text = [&](const char *key) {
        const ReportFigure *f = m_figures.figure(QLatin1String(key));
        return f ? formatReportValue(f->value, f->kind, currency) : QString();
    };
    auto set = [&](const QString &key, const QString &title, const QString &value,
                   const QString &detail) {
        if (QPushButton *tile = m_tiles.value(key))
            tile->setText(title + QLatin1Char('\n') + value
                          + (detail.isEmpty() ? QString() : QLatin1Char('\n') + detail));
    };
    const ReportFigure *open = m_figures.figure(QStringLiteral("open_deals"));
    set(QStringLiteral("open_pipeline"), tr("Open pipeline"), text("open_pipeline"),
        tr("%n open deal(s)", nullptr, open ? open->value.toInt() : 0));
    const ReportFigure *plan = m_figures.figure(QStringLiteral("plan_this_month"));
    set(QStringLiteral("won_this_month"), tr("Won this month"), text("won_this_month"),
        plan && plan->value.toLongLong() > 0
            ? tr("of %1 plan (%2)").arg(text("plan_this_month"), text("plan_achieved"))
            : tr("no plan for this month"));
    set(QStringLiteral("overdue_tasks"), tr("Overdue tasks"), text("overdue_tasks"), {});
    set(QStringLiteral("new_leads_week"), tr("New leads this week"), text("new_leads_week"), {});
    set(QStringLiteral("stale_deals"), tr("Stale deals"), text("stale_deals"),
        tr("idle past their stage's limit"));
    partDone();
}

void DashboardModule::partDone()
{
    if (--m_pending > 0)
        return;
    m_status->setText(tr("Amounts in %1. Updated %2.")
                          .arg(m_figures.currency,
                               QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
    emit loaded();
}

} // namespace kontor
