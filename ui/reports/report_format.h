#pragma once

#include "reports/report.h"

#include <QString>
#include <QVariant>

namespace kontor {

// How a report value reads on screen and in exports, and its number for a chart.
QString formatReportValue(const QVariant &value, ValueKind kind, const QString &currency);
// Money in major units (12.50 for 1250 cents); counts, percentages and days as they are.
double chartValue(const QVariant &value, ValueKind kind);
// "1 Jan 2026 – 31 Jan 2026"
QString formatPeriod(const QDate &from, const QDate &to);

} // namespace kontor
