#pragma once

#include <QDate>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kontor {

// The period presets of the report filter bar, as dates around `today`.
enum class PeriodPreset {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    YearToDate,
    Last12Months,
    Next6Months,
    Custom, // the dates the user typed
};

// [from, to], both inclusive. Custom returns invalid dates.
QPair<QDate, QDate> presetPeriod(PeriodPreset preset, const QDate &today);
// Stable names for settings and the command line ("this-month", "last-quarter", ...).
QString presetName(PeriodPreset preset);
bool presetFromName(const QString &name, PeriodPreset *out);

} // namespace kontor
