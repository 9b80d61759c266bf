#include "import/tabular_reader.h"

#include "import/csv_reader.h"
#include "import/xlsx_reader.h"

#include <QFile>
#include <QFileInfo>

namespace kontor {

FileFormat detectFileFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileFormat::Unknown;
    if (file.size() == 0)
        return FileFormat::Empty;
    const QByteArray head = file.read(4096);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return FileFormat::Xlsx;
    // The OLE compound file of Office: a password-protected .xlsx or an old .xls.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FileFormat::EncryptedOffice;
    // BEGIN:VCARD near the start, in any case, possibly after a BOM or blank lines; UTF-16
    // vCards are rare and are recognised by their extension below.
    if (head.left(512).toUpper().contains("BEGIN:VCARD"))
        return FileFormat::VCard;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return FileFormat::VCard;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return FileFormat::Xlsx; // not a zip, so opening it says it is damaged
    return FileFormat::Csv; // any other text is read as delimited text
}

QString fileFormatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case FileFormat::VCard:
        return QStringLiteral("vcard");
    case FileFormat::EncryptedOffice:
        return QStringLiteral("encrypted");
    case FileFormat::Empty:
        return QStringLiteral("empty");
    case FileFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

// An OLE file holding an "EncryptionInfo" stream is a password-protected OOXML file; any
// other OLE file is most likely a .xls from Excel 97-2003. The directory entry names are
// UTF-16, and the directory is small enough to find by a scan of the first megabyte.
bool hasEncryptionInfo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.read(4 * 1024 * 1024);
    const QString name = QStringLiteral("EncryptionInfo");
    QByteArray utf16;
    for (QChar c : name) {
        utf16.append(char(c.unicode()));
        utf16.append('\0');
    }
    return data.contains(utf16);
}

} // namespace

Result<std::unique_ptr<TabularReader>> openTabular(const QString &path,
                                                   const TabularOptions &options)
{
    const QString context = QStringLiteral("file %1").arg(path);
    if (!QFileInfo::exists(path))
        return Error {
            Error::Kind::NotFound, QStringLiteral("The file does not exist."), context, {}};
    std::unique_ptr<TabularReader> reader;
    switch (detectFileFormat(path)) {
    case FileFormat::Empty:
        return Error {
            Error::Kind::Invalid, QStringLiteral("The file is empty (0 bytes)."), context, {}};
    case FileFormat::EncryptedOffice:
        if (hasEncryptionInfo(path)) {
            return Error {Error::Kind::Unsupported,
                          QStringLiteral("The workbook is protected with a password. Open it "
                                         "in Excel, remove the password and save it again."),
                          context,
                          {}};
        }
        return Error {Error::Kind::Unsupported,
                      QStringLiteral("This is an old Excel 97-2003 (.xls) or other Office file. "
                                     "Save it as .xlsx or CSV and import that."),
                      context,
                      {}};
    case FileFormat::VCard:
        return Error {Error::Kind::Invalid,
                      QStringLiteral("The file holds vCards, not rows of a table."),
                      context,
                      {}};
    case FileFormat::Unknown:
        return Error {
            Error::Kind::NotFound, QStringLiteral("The file cannot be opened."), context, {}};
    case FileFormat::Xlsx:
        reader = std::make_unique<XlsxReader>();
        break;
    case FileFormat::Csv:
        reader = std::make_unique<CsvReader>();
        break;
    }
    if (auto s = reader->open(path, options); !s)
        return s.error();
    return reader;
}

} // namespace kontor
