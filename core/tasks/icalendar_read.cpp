// Reading VEVENT meetings from iCalendar (RFC 5545) and saving them as meeting tasks.
#include "tasks/icalendar.h"

#include "storage/sql.h"
#include "storage/transaction.h"
#include "tasks/recurrence.h"
#include "tasks/task_repository.h"
#include "tasks/task_time.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ICalendar", text);
}

struct ContentLine
{
    int line = 0;
    QString name; // upper case
    QHash<QString, QString> params; // upper-case names
    QString value;
};

// Unfolds (a line starting with a space or tab continues the previous one) and splits each
// content line into name, parameters and value; a colon inside a quoted parameter is text.
QList<ContentLine> contentLines(const QString &text)
{
    QList<ContentLine> out;
    const QStringList physical = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    QString current;
    int currentLine = 0;
    const auto flush = [&]() {
        if (current.isEmpty())
            return;
        ContentLine cl;
        cl.line = currentLine;
        bool quoted = false;
        int colon = -1;
        QStringList parts;
        QString part;
        for (int i = 0; i < current.size(); ++i) {
            const QChar c = current.at(i);
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            if (!quoted && c == QLatin1Char(':')) {
                colon = i;
                break;
            }
            if (!quoted && c == QLatin1Char(';')) {
                parts << part;
                part.clear();
            } else {
                part += c;
            }
        }
        parts << part;
        if (colon >= 0) {
            cl.name = parts.takeFirst().trimmed().toUpper();
            for (const QString &p : std::as_const(parts)) {
                QString value = p.section(QLatin1Char('='), 1);
                if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
                    value = value.mid(1, value.size() - 2);
                cl.params.insert(p.section(QLatin1Char('='), 0, 0).trimmed().toUpper(), value);
            }
            cl.value = current.mid(colon + 1);
            out << cl;
        }
        current.clear();
    };
    for (int i = 0; i < physical.size(); ++i) {
        const QString &l = physical.at(i);
        if (!l.isEmpty() && (l.at(0) == QLatin1Char(' ') || l.at(0) == QLatin1Char('\t'))) {
            current += l.mid(1);
            continue;
        }
        flush();
        current = l;
        currentLine = i + 1;
    }
    flush();
    return out;
}

QString unescapeText(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += c;
        }
    }
    return out;
}

// A DATE or DATE-TIME property. Returns false with `why` when it cannot be read.
struct When
{
    bool allDay = false;
    QDate date;
    QDateTime instant; // UTC
    QString zoneId;
};

bool readWhen(const ContentLine &cl, const QTimeZone &floatingZone, When *when, QString *why)
{
    const QString v = cl.value.trimmed();
    if (cl.params.value(QStringLiteral("VALUE")).toUpper() == QLatin1String("DATE") || v.size() == 8) {
        when->allDay = true;
        when->date = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
        if (!when->date.isValid()) {
            *why = tr("\"%1\" is not a date").arg(v);
            return false;
        }
        return true;
    }
    const bool utc = v.endsWith(QLatin1Char('Z'));
    const QDateTime local = QDateTime::fromString(utc ? v.chopped(1) : v,
                                                  QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!local.isValid()) {
        *why = tr("\"%1\" is not a date and time").arg(v);
        return false;
    }
    if (utc) {
        when->instant = QDateTime(local.date(), local.time(), Qt::UTC);
        when->zoneId = QStringLiteral("UTC");
        return true;
    }
    QTimeZone zone = floatingZone;
    const QString tzid = cl.params.value(QStringLiteral("TZID"));
    if (!tzid.isEmpty()) {
        zone = QTimeZone(tzid.toUtf8());
        if (!zone.isValid()) // Outlook writes Windows names ("W. Europe Standard Time")
            zone = QTimeZone(QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8()));
        if (!zone.isValid()) {
            *why = tr("unknown time zone \"%1\"").arg(tzid);
            return false;
        }
    }
    when->instant = localInstant(local.date(), local.time(), zone);
    when->zoneId = QString::fromUtf8(zone.id());
    return true;
}

// "PT1H30M", "P1D", "-PT15M" in minutes; false when not a duration.
bool readDuration(const QString &text, int *minutes)
{
    static const QRegularExpression re(QStringLiteral(
        "^([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const auto m = re.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return false;
    const qint64 total = m.captured(2).toLongLong() * 7 * 24 * 60 + m.captured(3).toLongLong() * 24 * 60
        + m.captured(4).toLongLong() * 60 + m.captured(5).toLongLong() + m.captured(6).toLongLong() / 60;
    *minutes = int(qMin<qint64>(total, 366 * 24 * 60)) * (m.captured(1) == QLatin1String("-") ? -1 : 1);
    return true;
}

// The RRULEs Kontor can repeat by; anything else is named as not imported.
QString recurrenceFrom(const QString &rrule)
{
    QHash<QString, QString> parts;
    for (const QString &p : rrule.toUpper().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts.insert(p.section(QLatin1Char('='), 0, 0), p.section(QLatin1Char('='), 1));
    const QString freq = parts.take(QStringLiteral("FREQ"));
    if (parts.contains(QStringLiteral("WKST")))
        parts.remove(QStringLiteral("WKST"));
    if (parts.value(QStringLiteral("INTERVAL"), QStringLiteral("1")) != QLatin1String("1"))
        return {};
    parts.remove(QStringLiteral("INTERVAL"));
    if (freq == QLatin1String("DAILY") && parts.isEmpty())
        return QStringLiteral("daily");
    if (freq == QLatin1String("WEEKLY") && parts.size() == 1 && parts.contains(QStringLiteral("BYDAY"))) {
        static const QStringList days {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                       QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                       QStringLiteral("SU")};
        static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        QStringList out;
        for (const QString &d : parts.value(QStringLiteral("BYDAY")).split(QLatin1Char(','))) {
            const int i = int(days.indexOf(d));
            if (i < 0)
                return {};
            out << QLatin1String(names[i]);
        }
        return QStringLiteral("weekly:") + out.join(QLatin1Char(','));
    }
    if (freq == QLatin1String("MONTHLY") && parts.size() == 1
        && parts.contains(QStringLiteral("BYMONTHDAY"))) {
        bool ok = false;
        const int day = parts.value(QStringLiteral("BYMONTHDAY")).toInt(&ok);
        return ok && day >= 1 && day <= 31 ? QStringLiteral("monthly:%1").arg(day) : QString();
    }
    return {};
}

} // namespace

Result<ICalParse> parseICalendar(const QByteArray &data, const QTimeZone &floatingZone)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<ContentLine> lines = contentLines(text);
    if (lines.isEmpty() || lines.first().name != QLatin1String("BEGIN")
        || lines.first().value.trimmed().toUpper() != QLatin1String("VCALENDAR"))
        return Error{Error::Kind::Invalid,
                     tr("This is not an iCalendar file: it does not start with BEGIN:VCALENDAR"),
                     {}, {}};
    ICalParse out;
    QStringList stack;
    ICalEvent event;
    When start;
    When end;
    bool hasStart = false;
    bool hasEnd = false;
    int durationMin = -1;
    QString location;
    QString problem;
    for (const ContentLine &cl : lines) {
        if (cl.name == QLatin1String("BEGIN")) {
            const QString component = cl.value.trimmed().toUpper();
            stack << component;
            if (component == QLatin1String("VEVENT")) {
                event = ICalEvent {};
                event.line = cl.line;
                event.task.kind = QStringLiteral("meeting");
                hasStart = hasEnd = false;
                durationMin = -1;
                location.clear();
                problem.clear();
            }
            continue;
        }
        if (cl.name == QLatin1String("END")) {
            const QString component = cl.value.trimmed().toUpper();
            if (stack.isEmpty() || stack.last() != component)
                return Error{Error::Kind::Invalid,
                             tr("END:%1 does not close the open component").arg(component),
                             tr("line %1").arg(cl.line), {}};
            stack.removeLast();
            if (component != QLatin1String("VEVENT"))
                continue;
            Task &t = event.task;
            if (problem.isEmpty() && !hasStart)
                problem = tr("event without a start (DTSTART)");
            if (!problem.isEmpty()) {
                out.problems << tr("line %1: %2").arg(event.line).arg(problem);
                continue;
            }
            if (t.title.trimmed().isEmpty())
                t.title = tr("Meeting without a title");
            if (!location.isEmpty())
                t.notes += (t.notes.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Where: %1").arg(location);
            t.allDay = start.allDay;
            t.timeZone = start.zoneId.isEmpty() ? QString::fromUtf8(floatingZone.id()) : start.zoneId;
            if (start.allDay) {
                t.dueDate = start.date;
                if (hasEnd && end.allDay && end.date > start.date)
                    t.durationMin = int(start.date.daysTo(end.date)) * 24 * 60;
            } else {
                t.dueAt = start.instant;
                if (hasEnd && !end.allDay && end.instant > start.instant)
                    t.durationMin = int(start.instant.secsTo(end.instant) / 60);
            }
            if (!hasEnd && durationMin > 0)
                t.durationMin = durationMin;
            out.events << event;
            continue;
        }
        if (stack.isEmpty() || !stack.contains(QStringLiteral("VEVENT")))
            continue;
        const bool inAlarm = stack.last() == QLatin1String("VALARM");
        Task &t = event.task;
        QString why;
        if (inAlarm) {
            int minutes = 0;
            if (cl.name == QLatin1String("TRIGGER") && readDuration(cl.value, &minutes) && minutes <= 0
                && cl.params.value(QStringLiteral("RELATED"), QStringLiteral("START")).toUpper()
                    == QLatin1String("START"))
                t.remindBeforeMin = qMax(t.remindBeforeMin, -minutes);
            continue;
        }
        if (cl.name == QLatin1String("UID")) {
            t.icalUid = unescapeText(cl.value).trimmed();
        } else if (cl.name == QLatin1String("SUMMARY")) {
            t.title = unescapeText(cl.value).trimmed();
        } else if (cl.name == QLatin1String("DESCRIPTION")) {
            t.notes = unescapeText(cl.value).trimmed();
        } else if (cl.name == QLatin1String("LOCATION")) {
            location = unescapeText(cl.value).trimmed();
        } else if (cl.name == QLatin1String("DTSTART")) {
            hasStart = readWhen(cl, floatingZone, &start, &why);
            if (!hasStart && problem.isEmpty())
                problem = tr("DTSTART: %1").arg(why);
        } else if (cl.name == QLatin1String("DTEND")) {
            hasEnd = readWhen(cl, floatingZone, &end, &why);
            if (!hasEnd && problem.isEmpty())
                problem = tr("DTEND: %1").arg(why);
        } else if (cl.name == QLatin1String("DURATION")) {
            if (!readDuration(cl.value, &durationMin) && problem.isEmpty())
                problem = tr("DURATION \"%1\" is not a duration").arg(cl.value);
        } else if (cl.name == QLatin1String("RRULE")) {
            t.recurrence = recurrenceFrom(cl.value);
            if (t.recurrence.isEmpty())
                out.problems << tr("line %1: the repeat rule \"%2\" is not supported; the first"
                                   " meeting is imported without repeats")
                                    .arg(cl.line)
                                    .arg(cl.value);
        } else if (cl.name == QLatin1String("PRIORITY")) {
            const int p = cl.value.trimmed().toInt();
            t.priority = (p >= 1 && p <= 2) ? 2 : (p >= 3 && p <= 4) ? 1 : 0;
        }
    }
    if (!stack.isEmpty())
        return Error{Error::Kind::Invalid, tr("The file ends inside %1 (it is cut short)").arg(stack.last()),
                     {}, {}};
    return out;
}

Result<ICalImportResult> importICalendar(const Session &session, const ICalParse &parsed)
{
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    ICalImportResult result;
    result.problems = parsed.problems;
    const TaskRepository tasks(session);
    for (const ICalEvent &e : parsed.events) {
        if (!e.task.icalUid.isEmpty()) {
            SqlStatement q(*conn, tr("Cannot check for an earlier import"));
            auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE ical_uid = ?"
                                             " AND deleted_at IS NULL"),
                              {e.task.icalUid});
            if (!n)
                return n.error();
            q.finish();
            if (n->toLongLong() > 0) {
                ++result.skippedExisting;
                continue;
            }
        }
        auto ids = tasks.create(e.task);
        if (!ids) {
            if (ids.error().kind != Error::Kind::Invalid)
                return ids.error();
            result.problems << tr("line %1: %2").arg(e.line).arg(ids.error().message);
            continue;
        }
        ++result.created;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace kontor
