#pragma once

#include "util/result.h"

#include <QIODevice>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace kontor {

// An .xlsx workbook with one sheet, written row by row through libxlsxwriter in its
// constant-memory mode. Strings are always written as strings (never formulas), so no
// formula escaping is needed. The workbook is built in a temporary file and copied to the
// device by finish().
class XlsxWriter
{
public:
    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    Status open(const QString &sheetName);
    // The first row written is shown bold, as a header.
    // Cells: QString -> text, qint64/int/double -> number, invalid QVariant -> empty.
    Status writeRow(const QVariantList &cells);
    Status finish(QIODevice *device);

    static constexpr int MaxRows = 1048576;
    static constexpr int MaxCellChars = 32767;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kontor
