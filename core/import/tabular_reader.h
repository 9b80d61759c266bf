#pragma once

#include "util/result.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kontor {

// What the user may override on the wizard's first page. Empty / zero = detect.
struct TabularOptions
{
    QString encoding; // CSV: an encoding name ("windows-1251"); empty = detect
    QChar delimiter; // CSV: ',' ';' '\t' '|' or any other; null = sniff
    QString sheet; // XLSX: sheet name, or its 1-based number; empty = the first sheet
    // Where the header is; 0 = the file has no header. CSV: the 1-based record, blank lines
    // not counted when skipEmptyRows; XLSX: the sheet's row number as Excel shows it. Rows
    // above the header (titles, notes) are skipped.
    int headerRow = 1;
    bool skipEmptyRows = true; // a record with no text at all is not a row of data
};

// One record of data, in file order.
struct TabularRow
{
    QStringList cells;
    qint64 sourceRow = 0; // CSV: line the record starts on; XLSX: the sheet's row number
    // Set when the row was read but is not trustworthy as it stands (wrong number of fields,
    // bytes that are not valid in the encoding). The cells are kept as read, never shifted,
    // so the caller can show them or write them to a "problem rows" file.
    std::optional<Error> problem;
};

// A streaming reader of rows from a CSV file or one sheet of a workbook. Memory stays flat
// however large the file: rows are produced one at a time.
class TabularReader
{
public:
    virtual ~TabularReader() = default;

    // Opens the file, detects what was not given in `options`, reads up to and including the
    // header row. Errors name the file and say why in plain words.
    virtual Status open(const QString &path, const TabularOptions &options) = 0;

    virtual QString format() const = 0; // "csv" / "xlsx"
    virtual QString encoding() const { return {}; } // CSV only: the name used to decode
    virtual QChar delimiter() const { return {}; } // CSV only
    virtual QStringList sheets() const { return {}; } // XLSX only: in workbook order
    virtual QString sheet() const { return {}; } // XLSX only: the sheet being read
    virtual QStringList header() const = 0; // empty when headerRow = 0

    // Reads the next data row into `row`. Returns false at the end of the data; an Error
    // when reading cannot go on (I/O, a corrupt archive). A bad row is not an Error here:
    // it comes back with `row.problem` set and reading continues after it.
    virtual Result<bool> next(TabularRow &row) = 0;

    // Progress for a progress bar: bytes of the input consumed and the total.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 bytesTotal() const = 0;
};

enum class FileFormat { Unknown, Csv, Xlsx, VCard, EncryptedOffice, Empty };

// By content first (zip / OLE signature, BEGIN:VCARD), then by the extension.
FileFormat detectFileFormat(const QString &path);
QString fileFormatName(FileFormat format);

// A reader for a detected format, or an Error saying why the file cannot be read as a table
// (encrypted, empty, a vCard, not a spreadsheet).
Result<std::unique_ptr<TabularReader>> openTabular(const QString &path,
                                                   const TabularOptions &options);

} // namespace kontor
