#pragma once

#include "reports/report.h"
#include "util/result.h"

#include <QPixmap>

class QPagedPaintDevice;

namespace kontor {

// A report as CSV (RFC 4180, UTF-8, one header row of column titles; money in major units
// with a dot, percentages and days as plain numbers so spreadsheets can compute with them).
QString reportCsv(const ReportTable &table);
Status writeReportCsv(const ReportTable &table, const QString &path);
// The chart as a PNG picture.
Status writeChartPng(const QPixmap &chart, const QString &path);
// Title, period, figures, the chart and the table on paged output (PDF or a printer).
void paintReport(QPagedPaintDevice &device, const ReportTable &table, const QPixmap &chart);
Status writeReportPdf(const ReportTable &table, const QPixmap &chart, const QString &path);

} // namespace kontor
