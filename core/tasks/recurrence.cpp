#include "tasks/recurrence.h"

#include "tasks/task_time.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::Recurrence", text);
}

const char *const kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

Error invalid(const QString &message, const QString &text)
{
    return Error{Error::Kind::Invalid, message, tr("repeat \"%1\"").arg(text), {}};
}

} // namespace

QString Recurrence::toText() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::Weekly: {
        QStringList days;
        for (int d : weekdays)
            days << QLatin1String(kDayNames[d - 1]);
        return QStringLiteral("weekly:") + days.join(QLatin1Char(','));
    }
    case Kind::Monthly:
        return monthDay ? QStringLiteral("monthly:%1").arg(monthDay) : QStringLiteral("monthly");
    }
    return {};
}

Result<Recurrence> Recurrence::parse(const QString &input)
{
    const QString text = input.trimmed().toLower();
    Recurrence r;
    if (text.isEmpty() || text == QLatin1String("none"))
        return r;
    const QString head = text.section(QLatin1Char(':'), 0, 0);
    const QString tail = text.section(QLatin1Char(':'), 1);
    if (head == QLatin1String("daily") && tail.isEmpty()) {
        r.kind = Kind::Daily;
        return r;
    }
    if (head == QLatin1String("weekly")) {
        r.kind = Kind::Weekly;
        if (tail.isEmpty())
            return invalid(tr("Say on which days a weekly task repeats, e.g. weekly:mon,thu"), input);
        for (const QString &part : tail.split(QLatin1Char(','))) {
            const QString day = part.trimmed().left(3);
            int found = 0;
            for (int i = 0; i < 7; ++i) {
                if (day == QLatin1String(kDayNames[i]) && part.trimmed().size() >= 3)
                    found = i + 1;
            }
            if (!found)
                return invalid(tr("\"%1\" is not a day of the week (mon, tue, wed, thu, fri, sat, sun)")
                                   .arg(part.trimmed()),
                               input);
            if (!r.weekdays.contains(found))
                r.weekdays << found;
        }
        std::sort(r.weekdays.begin(), r.weekdays.end());
        return r;
    }
    if (head == QLatin1String("monthly")) {
        r.kind = Kind::Monthly;
        if (tail.isEmpty())
            return r;
        bool ok = false;
        r.monthDay = tail.toInt(&ok);
        if (!ok || r.monthDay < 1 || r.monthDay > 31)
            return invalid(tr("A monthly task repeats on a day from 1 to 31"), input);
        return r;
    }
    return invalid(tr("Repeat is daily, weekly:DAYS or monthly"), input);
}

QDate Recurrence::nextDate(const QDate &date) const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Daily:
        return date.addDays(1);
    case Kind::Weekly: {
        for (int step = 1; step <= 7; ++step) {
            const QDate d = date.addDays(step);
            if (weekdays.contains(d.dayOfWeek()))
                return d;
        }
        return date.addDays(7);
    }
    case Kind::Monthly: {
        const int wanted = monthDay ? monthDay : date.day();
        const QDate first = QDate(date.year(), date.month(), 1).addMonths(1);
        return QDate(first.year(), first.month(), std::min(wanted, first.daysInMonth()));
    }
    }
    return {};
}

QDateTime nextOccurrence(const Recurrence &rule, const QDateTime &due, const QTimeZone &zone,
                         const QDateTime &notBefore)
{
    if (rule.isNone() || !due.isValid())
        return {};
    const QDateTime local = due.toTimeZone(zone);
    QDate date = local.date();
    QDateTime next;
    // Bounded: a daily task ten years overdue still ends after ~3,700 steps.
    for (int guard = 0; guard < 10000; ++guard) {
        date = rule.nextDate(date);
        next = localInstant(date, local.time(), zone);
        if (!notBefore.isValid() || next > notBefore)
            break;
    }
    return next;
}

QDate nextOccurrenceDate(const Recurrence &rule, const QDate &date, const QDate &notBefore)
{
    if (rule.isNone() || !date.isValid())
        return {};
    QDate next = date;
    for (int guard = 0; guard < 10000; ++guard) {
        next = rule.nextDate(next);
        if (!notBefore.isValid() || next > notBefore)
            break;
    }
    return next;
}

} // namespace kontor
