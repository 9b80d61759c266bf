#pragma once

#include "util/result.h"

#include <QIODevice>
#include <QStringList>

namespace kontor {

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends. Cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) get a leading apostrophe, so opening an export
// in Excel or LibreOffice never executes what a contact typed into a field. Kontor's import
// takes that apostrophe off again.
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool bom = false; // Excel on Windows reads UTF-8 only with a byte-order mark
        bool escapeFormulas = true;
    };

    explicit CsvWriter(QIODevice *device) : CsvWriter(device, Options{}) {}
    CsvWriter(QIODevice *device, Options options);

    Status writeRow(const QStringList &cells);

    // The cell as it goes into the file, without the quoting.
    static QString defuseFormula(const QString &cell);
    static bool looksLikeFormula(const QString &cell);

private:
    QIODevice *m_device;
    Options m_options;
    bool m_started = false;
};

} // namespace kontor
