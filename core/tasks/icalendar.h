#pragma once

#include "session.h"
#include "tasks/task.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QTimeZone>

namespace kontor {

// iCalendar (RFC 5545) for tasks and meetings: meeting tasks become VEVENTs, every other
// task a VTODO. Lines end in CRLF and are folded at 75 octets (never inside a UTF-8
// character); text is escaped; instants are written in UTC.
QByteArray writeICalendar(const QList<Task> &tasks, const QDateTime &stamp);

// One VEVENT read from a file, as a meeting task (not saved yet).
struct ICalEvent
{
    Task task;
    int line = 0; // where its BEGIN:VEVENT is, for messages
};

struct ICalParse
{
    QList<ICalEvent> events;
    QStringList problems; // "line 12: event without a start (DTSTART)" — skipped events
};

// Reads the VEVENTs of a calendar. Times with a TZID are read in that zone, floating times
// in `floatingZone`, dates as all-day. A file that is not iCalendar is an error; a bad event
// is skipped and named in `problems`.
Result<ICalParse> parseICalendar(const QByteArray &data, const QTimeZone &floatingZone);

struct ICalImportResult
{
    int created = 0;
    int skippedExisting = 0; // already imported (same UID)
    QStringList problems;
};

// Saves the events of a parsed calendar as meeting tasks of the signed-in user, in one
// transaction; an event whose UID was imported before is skipped.
Result<ICalImportResult> importICalendar(const Session &session, const ICalParse &parsed);

} // namespace kontor
