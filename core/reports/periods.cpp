#include "reports/periods.h"

namespace kontor {

QPair<QDate, QDate> presetPeriod(PeriodPreset preset, const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (preset) {
    case PeriodPreset::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case PeriodPreset::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case PeriodPreset::ThisQuarter:
        return {quarter, quarter.addMonths(3).addDays(-1)};
    case PeriodPreset::LastQuarter:
        return {quarter.addMonths(-3), quarter.addDays(-1)};
    case PeriodPreset::YearToDate:
        return {QDate(today.year(), 1, 1), today};
    case PeriodPreset::Last12Months:
        return {month.addMonths(-11), today};
    case PeriodPreset::Next6Months:
        return {month, month.addMonths(6).addDays(-1)};
    case PeriodPreset::Custom:
        break;
    }
    return {};
}

namespace {
const char *const names[] = {"this-month",  "last-month", "this-quarter", "last-quarter",
                             "year-to-date", "last-12-months", "next-6-months", "custom"};
}

QString presetName(PeriodPreset preset)
{
    return QLatin1String(names[int(preset)]);
}

bool presetFromName(const QString &name, PeriodPreset *out)
{
    for (int i = 0; i <= int(PeriodPreset::Custom); ++i) {
        if (name == QLatin1String(names[i])) {
            *out = PeriodPreset(i);
            return true;
        }
    }
    return false;
}

} // namespace kontor
