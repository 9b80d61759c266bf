#include "import/xlsx_reader.h"

#include <QDateTime>
#include <QFileInfo>

#include <cmath>

namespace kontor {

namespace {

constexpr int MaxColumns = 16384; // XFD, Excel's last column

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// Text of an <is> or <si>-like element: its <t> parts, without phonetic <rPh> readings.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1, phonetic = 0;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t")) {
                const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                if (phonetic == 0)
                    text += t;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    return text;
}

} // namespace

int XlsxReader::columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        const char16_t c = QChar(reference.at(i)).toUpper().unicode();
        if (c < u'A' || c > u'Z' || i >= 3)
            return -1;
        column = column * 26 + (c - u'A' + 1);
    }
    if (i == 0 || i == reference.size())
        return -1;
    for (qsizetype k = i; k < reference.size(); ++k) {
        if (!reference.at(k).isDigit())
            return -1;
    }
    return column - 1;
}

QString XlsxReader::serialToText(double serial, XlsxPackage::CellKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466.0) // past 9999-12-31
        return {};
    double wholeDays = std::floor(serial);
    qint64 seconds = std::llround((serial - wholeDays) * 86400.0);
    if (seconds >= 86400) {
        wholeDays += 1;
        seconds -= 86400;
    }
    const auto days = qint64(wholeDays);
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (kind == XlsxPackage::CellKind::Time) {
        if (days == 0)
            return time.toString(QStringLiteral("HH:mm:ss"));
        // A duration of more than a day, as [h]:mm:ss shows it.
        return QStringLiteral("%1:%2")
            .arg(days * 24 + time.hour())
            .arg(time.toString(QStringLiteral("mm:ss")));
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 60) {
        return {}; // 1900-02-29: Lotus 1-2-3's leap-year bug, a day that never was
    } else if (days > 60) {
        date = QDate(1899, 12, 30).addDays(days);
    } else if (days > 0) {
        date = QDate(1899, 12, 31).addDays(days);
    } else {
        return {};
    }
    if (kind == XlsxPackage::CellKind::Date)
        return date.toString(Qt::ISODate);
    return QDateTime(date, time).toString(Qt::ISODate);
}

Error XlsxReader::sheetError(qint64 row, const QString &message, const QString &detail) const
{
    const QString file = QFileInfo(m_path).fileName();
    QString context = QStringLiteral("%1, sheet %2").arg(file, m_sheetName);
    if (row > 0)
        context += QStringLiteral(", row %1").arg(row);
    return Error {Error::Kind::Invalid, message, context, detail};
}

QString XlsxReader::sheetList() const
{
    constexpr qsizetype Shown = 10; // a workbook may have a thousand sheets
    QStringList names = sheets();
    const qsizetype total = names.size();
    if (total > Shown) {
        names = names.mid(0, Shown);
        names.append(QStringLiteral("... (%1 sheets)").arg(total));
    }
    return names.join(QStringLiteral(", "));
}

QStringList XlsxReader::sheets() const
{
    QStringList names;
    for (const auto &s : m_package.sheets())
        names.append(s.name);
    return names;
}

qint64 XlsxReader::bytesRead() const
{
    if (!m_device)
        return 0;
    const qint64 size = m_device->size(); // uncompressed size of the sheet
    if (size <= 0)
        return m_total;
    return qint64(double(m_device->pos()) / double(size) * double(m_total));
}

Status XlsxReader::open(const QString &path, const TabularOptions &options)
{
    m_path = path;
    m_options = options;
    m_total = QFileInfo(path).size();
    if (auto s = m_package.open(path); !s)
        return s;

    const auto &sheets = m_package.sheets();
    size_t index = 0;
    if (options.sheet.isEmpty()) { // the first sheet with cells, not a chart sheet
        while (index + 1 < sheets.size() && !sheets[index].worksheet)
            ++index;
    } else {
        index = sheets.size();
        for (size_t i = 0; i < sheets.size(); ++i) {
            if (sheets[i].name.compare(options.sheet, Qt::CaseInsensitive) == 0)
                index = i;
        }
        bool isNumber = false;
        const int number = options.sheet.toInt(&isNumber);
        if (index == sheets.size() && isNumber && number >= 1 && size_t(number) <= sheets.size())
            index = size_t(number - 1);
        if (index == sheets.size()) {
            return Error {Error::Kind::NotFound,
                          QStringLiteral("The workbook has no sheet \"%1\"; it has: %2.")
                              .arg(options.sheet, sheetList()),
                          QStringLiteral("file %1").arg(path),
                          {}};
        }
    }
    m_sheetName = sheets[index].name;
    if (!sheets[index].worksheet) {
        return sheetError(0, QStringLiteral("This sheet is a chart and has no cells to import."));
    }
    auto device = m_package.openPart(sheets[index].part);
    if (!device)
        return device.error();
    m_device = *device;
    m_xml.setDevice(m_device);

    if (options.headerRow > 0) {
        TabularRow row;
        for (;;) {
            auto more = readRow(row);
            if (!more)
                return more.error();
            if (!*more && row.sourceRow == 0) {
                return sheetError(
                    0,
                    QStringLiteral("The sheet is empty; choose another of: %1.").arg(sheetList()));
            }
            if (!*more || row.sourceRow > options.headerRow) {
                return sheetError(options.headerRow,
                                  QStringLiteral("Row %1 is empty, so it cannot be the header.")
                                      .arg(options.headerRow));
            }
            if (row.sourceRow == options.headerRow)
                break;
        }
        while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
            row.cells.removeLast();
        m_header = row.cells;
        m_width = int(m_header.size());
    }
    return {};
}

QString XlsxReader::cellText(const QString &type, int style, const QString &value, bool *bad) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_package.sharedStrings().size()) {
            *bad = true;
            return value;
        }
        return m_package.sharedStrings().at(index);
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("inlineStr")
        || type == QLatin1String("e") || type == QLatin1String("d") || value.isEmpty())
        return value;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok) {
        *bad = true;
        return value;
    }
    const auto kind = m_package.kindOfStyle(style);
    if (kind != XlsxPackage::CellKind::General) {
        const QString text = serialToText(number, kind, m_package.date1904());
        if (!text.isEmpty())
            return text;
    }
    return QString::number(number, 'g', 15);
}

Result<bool> XlsxReader::readRow(TabularRow &row)
{
    row.cells.clear();
    row.problem.reset();
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != QLatin1String("row"))
            continue;
        bool ok = false;
        const qint64 r = m_xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
        row.sourceRow = ok && r > m_lastRow ? r : m_lastRow + 1;
        QString problem;
        if (ok && r <= m_lastRow) { // Excel never writes this; the numbering is not trusted
            problem = QStringLiteral("Row %1 comes after row %2 in the file; it is read as "
                                     "row %3.")
                          .arg(r)
                          .arg(m_lastRow)
                          .arg(row.sourceRow);
        }
        m_lastRow = row.sourceRow;
        int column = -1;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("row"))
                break;
            if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("c"))
                continue;
            const auto a = m_xml.attributes();
            const QString ref = a.value(QLatin1String("r")).toString();
            const int referenced = ref.isEmpty() ? column + 1 : columnOfReference(ref);
            if (referenced < 0 || referenced >= MaxColumns) {
                return sheetError(
                    row.sourceRow,
                    QStringLiteral("A cell has the invalid reference \"%1\".").arg(ref));
            }
            if (referenced <= column && problem.isEmpty()) {
                // A second value for a cell already read would overwrite it unseen.
                problem = QStringLiteral("Cell %1 comes after column %2 in the same row.")
                              .arg(ref, columnName(column));
            }
            column = referenced;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString value;
            while (!m_xml.atEnd() && !m_xml.hasError()) {
                const auto t = m_xml.readNext();
                if (t == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("c"))
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml.name() == QLatin1String("v"))
                    value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (m_xml.name() == QLatin1String("is"))
                    value = readRichText(m_xml);
                else
                    m_xml.skipCurrentElement(); // <f> formulas, <extLst>
            }
            bool bad = false;
            const QString text = cellText(type, style, value, &bad);
            if (bad && problem.isEmpty()) {
                problem = QStringLiteral("Cell %1%2 holds \"%3\", which is not a valid value "
                                         "of its type.")
                              .arg(columnName(column))
                              .arg(row.sourceRow)
                              .arg(value);
            }
            if (text.isEmpty())
                continue;
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = text;
        }
        if (m_xml.hasError())
            break;
        if (!problem.isEmpty())
            row.problem = sheetError(row.sourceRow, problem);
        return true;
    }
    if (m_xml.hasError()) {
        return sheetError(m_lastRow,
                          QStringLiteral("The sheet is damaged and cannot be read "
                                         "past this row."),
                          m_xml.errorString());
    }
    return false;
}

Result<bool> XlsxReader::next(TabularRow &row)
{
    for (;;) {
        auto more = readRow(row);
        if (!more || !*more)
            return more;
        if (row.cells.isEmpty() && m_options.skipEmptyRows)
            continue;
        if (m_width < 0) {
            while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
                row.cells.removeLast();
            m_width = int(row.cells.size());
        }
        if (row.cells.size() > m_width && !row.problem) {
            int last = int(row.cells.size()) - 1;
            row.problem = sheetError(
                row.sourceRow,
                QStringLiteral("Row %1 has a value in column %2, right of the %3 columns of "
                               "the header.")
                    .arg(row.sourceRow)
                    .arg(columnName(last))
                    .arg(m_width));
        }
        // Cells missing at the end of a row are empty cells, not missing fields.
        while (row.cells.size() < m_width)
            row.cells.append(QString());
        return true;
    }
}

} // namespace kontor
