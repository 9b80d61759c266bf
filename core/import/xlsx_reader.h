#pragma once

#include "import/tabular_reader.h"
#include "import/xlsx_package.h"

#include <QXmlStreamReader>

namespace kontor {

// One sheet of an Excel .xlsx workbook, streamed row by row from the zip. Cells land in the
// column their reference names (C5 is the third cell even when A5 and B5 are absent); numbers
// are written as Excel shows them with 15 significant digits, dates and times in ISO 8601
// (1900 or 1904 date system as the workbook says), booleans as TRUE / FALSE.
class XlsxReader final : public TabularReader
{
public:
    Status open(const QString &path, const TabularOptions &options) override;

    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheets() const override;
    QString sheet() const override { return m_sheetName; }
    QStringList header() const override { return m_header; }
    Result<bool> next(TabularRow &row) override;
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override { return m_total; }

    // A serial day number as text in the workbook's date system; empty when out of range.
    static QString serialToText(double serial, XlsxPackage::CellKind kind, bool date1904);
    // "C5" -> 2 (0-based column); -1 when it is not a cell reference.
    static int columnOfReference(QStringView reference);

private:
    // Reads one <row> element; false at the end of the sheet data.
    Result<bool> readRow(TabularRow &row);
    QString sheetList() const; // the sheet names for a message, the first ten
    QString cellText(const QString &type, int style, const QString &value, bool *bad) const;
    Error sheetError(qint64 row, const QString &message, const QString &detail = {}) const;

    QString m_path;
    XlsxPackage m_package;
    TabularOptions m_options;
    QString m_sheetName;
    QStringList m_header;
    QIODevice *m_device = nullptr;
    QXmlStreamReader m_xml;
    qint64 m_total = 0;
    qint64 m_lastRow = 0;
    int m_width = -1; // columns the header (or the first row) spans
};

} // namespace kontor
