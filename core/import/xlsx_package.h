#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QuaZip;
class QIODevice;

namespace kontor {

// The parts of an .xlsx package every sheet needs, read once when the file is opened: the
// sheet list, shared strings, and which cell styles are dates. Only the sheet itself is
// streamed afterwards.
class XlsxPackage
{
public:
    enum class CellKind { General, Date, Time, DateTime };

    struct Sheet
    {
        QString name;
        QString part; // zip entry, e.g. "xl/worksheets/sheet1.xml"
        bool worksheet = true; // false for a chart sheet, which has no cells
    };

    XlsxPackage();
    ~XlsxPackage();

    Status open(const QString &path);

    const std::vector<Sheet> &sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }
    const QStringList &sharedStrings() const { return m_sharedStrings; }
    // How the style index of a cell (its s attribute) shows a number.
    CellKind kindOfStyle(int style) const;

    // Opens a zip entry for streaming; the device lives until the next call or the end.
    Result<QIODevice *> openPart(const QString &part);
    QuaZip *zip() const { return m_zip.get(); }

    static CellKind kindOfFormat(int numFmtId, const QString &formatCode);

private:
    Result<QByteArray> readPart(const QString &part, bool required);
    Status readWorkbook(const QString &workbookPart);
    Status readSharedStrings(const QString &part);
    Status readStyles(const QString &part);
    Error corrupt(const QString &what, const QString &detail = {}) const;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QIODevice> m_current;
    std::vector<Sheet> m_sheets;
    QStringList m_sharedStrings;
    std::vector<CellKind> m_styleKinds;
    bool m_date1904 = false;
};

} // namespace kontor
