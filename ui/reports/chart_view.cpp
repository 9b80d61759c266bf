#include "reports/chart_view.h"

#include "reports/report_format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedLayout>
#include <QValueAxis>

namespace kontor {

namespace {

// Category labels: dates shortened to what the bucket needs.
QString categoryLabel(const ReportTable &table, int row)
{
    const ReportColumn &c = table.columns.at(table.chart.labelColumn);
    const QVariant v = table.rows.at(row).value(table.chart.labelColumn);
    if (c.kind == ValueKind::Date) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.day() == 1 && table.rows.size() > 1) {
            const QDate next = QDate::fromString(
                table.rows.at(row == 0 ? 1 : row).value(table.chart.labelColumn).toString(),
                Qt::ISODate);
            const qint64 gap = row == 0 ? d.daysTo(next) : 28;
            if (gap >= 28)
                return QLocale().toString(d, QStringLiteral("MMM yy"));
        }
        return QLocale().toString(d, QStringLiteral("d MMM"));
    }
    return v.toString();
}

// Many categories: labels stand upright in a smaller font, so a manager's name and period
// (plan vs fact) fit instead of being cut to a few letters.
void fitCrowdedLabels(QBarCategoryAxis *axis, qsizetype categories)
{
    if (categories <= 12)
        return;
    axis->setLabelsAngle(-90);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
}

} // namespace

ReportChart::ReportChart(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);
}

void ReportChart::setMessage(const QString &message)
{
    m_series.clear();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void ReportChart::setTable(const ReportTable &table)
{
    if (m_current) {
        m_stack->removeWidget(m_current);
        m_current->deleteLater();
        m_current = nullptr;
    }
    if (table.rows.isEmpty()) {
        setMessage(tr("Nothing to show for this period and filter."));
        return;
    }
    m_series.clear();
    if (table.chart.kind == ChartKind::Matrix)
        showMatrix(table);
    else if (table.chart.kind == ChartKind::Lines)
        showLines(table);
    else
        showChart(table);
}

void ReportChart::showChart(const ReportTable &table)
{
    const ChartSpec &spec = table.chart;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(!m_compact && spec.valueColumns.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(m_compact ? QMargins(0, 0, 0, 0) : QMargins(6, 6, 6, 6));
    if (!m_compact)
        chart->setTitle(table.title);

    // The funnel reads top-down: horizontal bars with the first stage on top.
    const bool horizontal = spec.kind == ChartKind::Funnel;
    QList<int> order;
    for (int r = 0; r < table.rows.size(); ++r)
        order << (horizontal ? int(table.rows.size()) - 1 - r : r);
    QStringList categories;
    for (int r : std::as_const(order))
        categories << categoryLabel(table, r);

    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double top = 0;
    for (int c : spec.valueColumns) {
        const ReportColumn &column = table.columns.at(c);
        auto *set = new QBarSet(column.title);
        for (int r : std::as_const(order)) {
            const double v = chartValue(table.rows.at(r).value(c), column.kind);
            *set << v;
            top = std::max(top, v);
        }
        m_series << QStringLiteral("bars:%1:%2").arg(column.title).arg(set->count());
        connect(set, &QBarSet::clicked, this, [this, order](int index) {
            if (index >= 0 && index < order.size())
                emit rowActivated(order.at(index));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTickCount(m_compact ? 3 : 6);
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (horizontal) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    }
    fitCrowdedLabels(categoryAxis, categories.size());

    showView(chart, tr("Click a bar to list the records behind it."));
}

void ReportChart::showLines(const ReportTable &table)
{
    // A rate over time reads as a line: one point per bucket, none where the rate is
    // undefined (nothing closed), so an empty month does not pull the line to zero.
    const ChartSpec &spec = table.chart;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(!m_compact && spec.valueColumns.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(m_compact ? QMargins(0, 0, 0, 0) : QMargins(6, 6, 6, 6));
    if (!m_compact)
        chart->setTitle(table.title);

    QStringList categories;
    for (int r = 0; r < table.rows.size(); ++r)
        categories << categoryLabel(table, r);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);

    double top = 0;
    bool percents = true;
    for (int c : spec.valueColumns) {
        const ReportColumn &column = table.columns.at(c);
        percents = percents && column.kind == ValueKind::Percent;
        auto *series = new QLineSeries;
        series->setName(column.title);
        series->setPointsVisible(true);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QVariant v = table.rows.at(r).value(c);
            if (v.isNull() || !v.isValid())
                continue;
            const double y = chartValue(v, column.kind);
            series->append(r, y);
            top = std::max(top, y);
        }
        // A click anywhere near a point lists the records of that bucket.
        const int rows = int(table.rows.size());
        connect(series, &QLineSeries::clicked, this, [this, rows](const QPointF &point) {
            const int row = qRound(point.x());
            if (row >= 0 && row < rows)
                emit rowActivated(row);
        });
        m_series << QStringLiteral("line:%1:%2").arg(column.title).arg(series->count());
        chart->addSeries(series);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
    }
    if (percents) {
        valueAxis->setRange(0, 100);
        valueAxis->setLabelFormat(QStringLiteral("%.0f %%"));
        valueAxis->setTickCount(m_compact ? 3 : 6);
    } else {
        valueAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        valueAxis->setTickCount(m_compact ? 3 : 6);
        valueAxis->applyNiceNumbers();
    }
    fitCrowdedLabels(categoryAxis, categories.size());
    showView(chart, tr("Click a point to list the records behind it."));
}

void ReportChart::showView(QChart *chart, const QString &hint)
{
    auto *view = new QChartView(chart);
    view->setObjectName(QStringLiteral("chartView"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setToolTip(hint);
    m_current = view;
    m_stack->addWidget(view);
    m_stack->setCurrentWidget(view);
}

void ReportChart::showMatrix(const ReportTable &table)
{
    // Rows A, B, C; columns X, Y, Z; each cell a button with its count and share.
    auto *grid = new QWidget;
    grid->setObjectName(QStringLiteral("abcMatrix"));
    auto *layout = new QGridLayout(grid);
    const int cell = table.column(QStringLiteral("cell"));
    const int customers = table.column(QStringLiteral("customers"));
    const int share = table.column(QStringLiteral("share"));
    static const char *const xyz[] = {"X", "Y", "Z"};
    static const char *const abc[] = {"A", "B", "C"};
    for (int x = 0; x < 3; ++x) {
        auto *h = new QLabel(QLatin1String(xyz[x]));
        h->setAlignment(Qt::AlignCenter);
        layout->addWidget(h, 0, x + 1);
    }
    for (int a = 0; a < 3; ++a) {
        auto *h = new QLabel(QLatin1String(abc[a]));
        h->setAlignment(Qt::AlignCenter);
        layout->addWidget(h, a + 1, 0);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QString name = table.rows.at(r).value(cell).toString();
        if (name.size() != 2)
            continue;
        const int a = int(QByteArrayView("ABC").indexOf(name.at(0).toLatin1()));
        const int x = int(QByteArrayView("XYZ").indexOf(name.at(1).toLatin1()));
        auto *button = new QPushButton(
            QStringLiteral("%1\n%2\n%3")
                .arg(name,
                     QCoreApplication::translate("kontor::ReportChart", "%n customer(s)", nullptr,
                                                 table.rows.at(r).value(customers).toInt()),
                     formatReportValue(table.rows.at(r).value(share), ValueKind::Percent, {})));
        button->setObjectName(QStringLiteral("cell") + name);
        button->setMinimumSize(m_compact ? QSize(60, 40) : QSize(120, 80));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setEnabled(table.rows.at(r).value(customers).toLongLong() > 0);
        connect(button, &QPushButton::clicked, this, [this, r] { emit rowActivated(r); });
        m_series << QStringLiteral("cell:") + name;
        layout->addWidget(button, a + 1, x + 1);
    }
    m_current = grid;
    m_stack->addWidget(grid);
    m_stack->setCurrentWidget(grid);
}

} // namespace kontor
