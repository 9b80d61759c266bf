// Writing iCalendar (RFC 5545): VEVENT for meetings, VTODO for everything else.
#include "tasks/icalendar.h"

#include "tasks/recurrence.h"

namespace kontor {

namespace {

// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

// One content line, folded so no physical line exceeds 75 octets (3.1): a continuation
// starts with a space, and a UTF-8 character is never split.
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
            --cut; // back to the first byte of the character
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dateValue(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString rrule(const QString &recurrence)
{
    auto rule = Recurrence::parse(recurrence);
    if (!rule || rule->isNone())
        return {};
    static const char *const days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    switch (rule->kind) {
    case Recurrence::Kind::Daily:
        return QStringLiteral("FREQ=DAILY");
    case Recurrence::Kind::Weekly: {
        QStringList by;
        for (int d : rule->weekdays)
            by << QLatin1String(days[d - 1]);
        return QStringLiteral("FREQ=WEEKLY;BYDAY=") + by.join(QLatin1Char(','));
    }
    case Recurrence::Kind::Monthly:
        return rule->monthDay ? QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1").arg(rule->monthDay)
                              : QStringLiteral("FREQ=MONTHLY");
    case Recurrence::Kind::None:
        break;
    }
    return {};
}

// RFC 5545 PRIORITY: 1 highest .. 9 lowest, 0 undefined.
int icalPriority(int priority)
{
    return priority >= 2 ? 1 : priority == 1 ? 3 : 0;
}

} // namespace

QByteArray writeICalendar(const QList<Task> &tasks, const QDateTime &stamp)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += folded(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Kontor//Kontor CRM//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const Task &t : tasks) {
        const bool meeting = t.kind == QLatin1String("meeting") && t.hasDue();
        const QString component = meeting ? QStringLiteral("VEVENT") : QStringLiteral("VTODO");
        line(QStringLiteral("BEGIN:") + component);
        line(QStringLiteral("UID:")
             + escapeText(t.icalUid.isEmpty() ? QStringLiteral("kontor-task-%1@kontor").arg(t.id)
                                              : t.icalUid));
        line(QStringLiteral("DTSTAMP:") + utcStamp(stamp));
        line(QStringLiteral("SUMMARY:") + escapeText(t.title));
        if (!t.notes.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(t.notes));
        if (!meeting)
            line(QStringLiteral("CATEGORIES:") + escapeText(t.kind));
        if (meeting) {
            if (t.allDay) {
                line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(t.dueDate));
                const int days = qMax(1, (t.durationMin + 24 * 60 - 1) / (24 * 60));
                line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(t.dueDate.addDays(days)));
            } else {
                line(QStringLiteral("DTSTART:") + utcStamp(t.dueAt));
                const int minutes = t.durationMin > 0 ? t.durationMin : 60;
                line(QStringLiteral("DTEND:") + utcStamp(t.dueAt.addSecs(minutes * 60)));
            }
        } else if (t.allDay) {
            line(QStringLiteral("DUE;VALUE=DATE:") + dateValue(t.dueDate));
        } else if (t.dueAt.isValid()) {
            line(QStringLiteral("DUE:") + utcStamp(t.dueAt));
        }
        if (const int p = icalPriority(t.priority))
            line(QStringLiteral("PRIORITY:%1").arg(p));
        if (const QString rule = rrule(t.recurrence); !rule.isEmpty())
            line(QStringLiteral("RRULE:") + rule);
        if (!meeting) {
            if (t.isDone()) {
                line(QStringLiteral("STATUS:COMPLETED"));
                line(QStringLiteral("COMPLETED:") + utcStamp(t.doneAt));
            } else {
                line(QStringLiteral("STATUS:NEEDS-ACTION"));
            }
        }
        if (t.remindBeforeMin >= 0 && t.remindAt.isValid() && !t.isDone()) {
            line(QStringLiteral("BEGIN:VALARM"));
            line(QStringLiteral("ACTION:DISPLAY"));
            line(QStringLiteral("DESCRIPTION:") + escapeText(t.title));
            line(QStringLiteral("TRIGGER:-PT%1M").arg(t.remindBeforeMin));
            line(QStringLiteral("END:VALARM"));
        }
        line(QStringLiteral("END:") + component);
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace kontor
