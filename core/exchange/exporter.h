#pragma once

#include "contacts/contact_filter.h"
#include "exchange/exchange_types.h"
#include "session.h"
#include "util/result.h"

#include <QIODevice>
#include <QList>

#include <functional>
#include <optional>

namespace kontor {

// What to export. The public entry point for "export selection" in every module:
//
//     ExportRequest r;
//     r.entity = ExchangeEntity::Contacts;
//     r.format = ExportFormat::Xlsx;
//     r.ids = selectedIds;               // or leave empty for the whole base / a segment
//     QFile f(path); f.open(QIODevice::WriteOnly);
//     auto written = exportRecords(session, r, &f);
struct ExportRequest
{
    ExchangeEntity entity = ExchangeEntity::Contacts;
    ExportFormat format = ExportFormat::Csv;
    QList<qint64> ids; // a selection, in this order; empty = all live records
    // A segment's filter: the contacts it matches, or (activities) those contacts' activities.
    std::optional<ContactFilter> contactFilter;
    bool csvBom = false; // for Excel on Windows
    QChar csvDelimiter = QLatin1Char(',');
};

// Called after each chunk with records written so far and the total; return false to stop
// (the export then fails with Error::Kind::Cancelled and the device holds a partial file).
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// Streams the records to `device` (already open for writing). Returns how many records were
// written. CSV: UTF-8, optional BOM, formula cells escaped; .xlsx: one sheet, header bold;
// vCard 3.0 / 4.0: contacts and companies; JSON: an array of objects keyed by field.
Result<qint64> exportRecords(const Session &session, const ExportRequest &request,
                             QIODevice *device, const ExportProgress &progress = {});

// The same into the file at `path`, written aside and renamed when complete: after a
// cancel (Error::Kind::Cancelled) or a failure there is no new file, and an older one stays.
Result<qint64> exportToFile(const Session &session, const ExportRequest &request,
                            const QString &path, const ExportProgress &progress = {});

} // namespace kontor
