#pragma once

#include "reports/report.h"

#include <QWidget>

class QChart;
class QStackedLayout;
class QLabel;

namespace kontor {

// The seam between reports and the charting library: the rest of the UI hands it a
// ReportTable and hears which row was clicked. Only chart_view.cpp includes Qt Charts (which
// Qt replaces with Qt Graphs from 6.10), so switching touches one file.
class ReportChart : public QWidget
{
    Q_OBJECT
public:
    explicit ReportChart(QWidget *parent = nullptr);

    void setTable(const ReportTable &table);
    // Small: no title, no legend, fewer labels (the dashboard's tiles).
    void setCompact(bool compact) { m_compact = compact; }
    // Says why there is no chart ("Loading…", an error, "Nothing in this period").
    void setMessage(const QString &message);
    // What the chart draws, one entry per series: "bars:Won:12" (title, bars),
    // "line:Win rate:11" (title, points) or "cell:AX" (for tests; empty while a message
    // shows).
    QStringList shownSeries() const { return m_series; }

signals:
    // A bar, point or matrix cell was clicked: the report row it stands for.
    void rowActivated(int row);

private:
    void showChart(const ReportTable &table);
    void showMatrix(const ReportTable &table);
    void showLines(const ReportTable &table);
    void showView(QChart *chart, const QString &hint);

    QStackedLayout *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_current = nullptr;
    bool m_compact = false;
    QStringList m_series;
};

} // namespace kontor
