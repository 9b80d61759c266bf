#include "import/xlsx_package.h"

#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace kontor {

namespace {

// Parts larger than this are not read into memory whole (a hostile or broken file could
// claim gigabytes); sheets are streamed and never go through here.
constexpr qint64 MaxPartBytes = 256LL * 1024 * 1024;

struct Relationship
{
    QString target;
    QString type;
};

// "xl/workbook.xml" + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"; "/xl/a.xml"
// is absolute in the package; ".." steps up.
QString resolvePart(const QString &base, const QString &target)
{
    QStringList parts;
    if (!target.startsWith(QLatin1Char('/'))) {
        parts = base.split(QLatin1Char('/'));
        parts.removeLast();
    }
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != QLatin1String("."))
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1)
        + QStringLiteral(".rels");
}

QHash<QString, Relationship> parseRels(const QByteArray &xml, const QString &source)
{
    QHash<QString, Relationship> rels;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() == QXmlStreamReader::StartElement
            && reader.name() == QLatin1String("Relationship")) {
            const auto a = reader.attributes();
            if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            rels.insert(a.value(QLatin1String("Id")).toString(),
                        {resolvePart(source, a.value(QLatin1String("Target")).toString()),
                         a.value(QLatin1String("Type")).toString()});
        }
    }
    return rels;
}

} // namespace

XlsxPackage::XlsxPackage() = default;
XlsxPackage::~XlsxPackage() = default;

Error XlsxPackage::corrupt(const QString &what, const QString &detail) const
{
    return Error {
        Error::Kind::Invalid,
        QStringLiteral("The workbook is damaged or not an Excel .xlsx file: %1.").arg(what),
        QStringLiteral("file %1").arg(m_path), detail};
}

Result<QByteArray> XlsxPackage::readPart(const QString &part, bool required)
{
    m_current.reset();
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive)) {
        if (required)
            return corrupt(QStringLiteral("the part %1 is missing").arg(part));
        return QByteArray();
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(QStringLiteral("the part %1 cannot be unpacked").arg(part),
                       QStringLiteral("zip error %1").arg(file.getZipError()));
    if (file.usize() > MaxPartBytes)
        return corrupt(QStringLiteral("the part %1 is implausibly large").arg(part));
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return corrupt(QStringLiteral("the part %1 cannot be unpacked").arg(part),
                           file.errorString());
        if (n == 0)
            break;
        data.append(buffer, n);
        if (data.size() > MaxPartBytes)
            return corrupt(QStringLiteral("the part %1 is implausibly large").arg(part));
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return corrupt(QStringLiteral("the part %1 fails its checksum").arg(part));
    return data;
}

Result<QIODevice *> XlsxPackage::openPart(const QString &part)
{
    m_current.reset();
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return corrupt(QStringLiteral("the sheet part %1 is missing").arg(part));
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return corrupt(QStringLiteral("the sheet part %1 cannot be unpacked").arg(part));
    m_current = std::move(file);
    return m_current.get();
}

Status XlsxPackage::open(const QString &path)
{
    m_path = path;
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return corrupt(QStringLiteral("it is not a readable zip archive"),
                       QStringLiteral("zip error %1").arg(m_zip->getZipError()));

    QString workbookPart = QStringLiteral("xl/workbook.xml");
    auto root = readPart(QStringLiteral("_rels/.rels"), false);
    if (!root)
        return root.error();
    for (const Relationship &r : parseRels(*root, QString())) {
        if (r.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = r.target;
    }
    if (auto s = readWorkbook(workbookPart); !s)
        return s;
    return {};
}

Status XlsxPackage::readWorkbook(const QString &workbookPart)
{
    auto xml = readPart(workbookPart, true);
    if (!xml)
        return corrupt(QStringLiteral("it has no workbook (%1)").arg(workbookPart));
    auto relsXml = readPart(relsOf(workbookPart), false);
    if (!relsXml)
        return relsXml.error();
    const auto rels = parseRels(*relsXml, workbookPart);

    QXmlStreamReader reader(*xml);
    QString sharedStringsPart, stylesPart;
    for (const Relationship &r : rels) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = r.target;
        else if (r.type.endsWith(QLatin1String("/styles")))
            stylesPart = r.target;
    }
    bool root = true;
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root && reader.name() != QLatin1String("workbook")) {
            // A Word or PowerPoint file is a zip of the same kind; say so plainly.
            return corrupt(QStringLiteral("it has no workbook but a \"%1\" document, as Word "
                                          "and PowerPoint files have")
                               .arg(reader.name().toString()));
        }
        root = false;
        const auto a = reader.attributes();
        if (reader.name() == QLatin1String("workbookPr")) {
            const auto v = a.value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (reader.name() == QLatin1String("sheet")) {
            QString id;
            for (const auto &attr : a) {
                if (attr.name() == QLatin1String("id"))
                    id = attr.value().toString();
            }
            Sheet sheet;
            sheet.name = a.value(QLatin1String("name")).toString();
            const auto rel = rels.constFind(id);
            if (rel != rels.constEnd()) {
                sheet.part = rel->target;
                sheet.worksheet = rel->type.endsWith(QLatin1String("/worksheet"));
            } else { // files without workbook rels: sheets are numbered in order
                sheet.part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size() + 1);
            }
            m_sheets.push_back(sheet);
        }
    }
    if (reader.hasError())
        return corrupt(QStringLiteral("its workbook is not well-formed XML"), reader.errorString());
    if (m_sheets.empty())
        return corrupt(QStringLiteral("it has no sheets"));
    if (!sharedStringsPart.isEmpty()) {
        if (auto s = readSharedStrings(sharedStringsPart); !s)
            return s;
    }
    if (!stylesPart.isEmpty()) {
        if (auto s = readStyles(stylesPart); !s)
            return s;
    }
    return {};
}

Status XlsxPackage::readSharedStrings(const QString &part)
{
    auto xml = readPart(part, false);
    if (!xml)
        return xml.error();
    QXmlStreamReader reader(*xml);
    QString text;
    int phonetic = 0; // <rPh> holds a reading aid (furigana), not the cell's text
    bool inItem = false;
    while (!reader.atEnd() && !reader.hasError()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader.name() == QLatin1String("si")) {
                inItem = true;
                text.clear();
            } else if (reader.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (reader.name() == QLatin1String("t") && inItem && phonetic == 0) {
                text += reader.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (reader.name() == QLatin1String("si")) {
                m_sharedStrings.append(text);
                inItem = false;
            } else if (reader.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    if (reader.hasError())
        return corrupt(QStringLiteral("its shared strings are not well-formed XML"),
                       reader.errorString());
    return {};
}

XlsxPackage::CellKind XlsxPackage::kindOfFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 17))
        return CellKind::Date;
    if (id == 22)
        return CellKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return CellKind::Time;
    if (code.isEmpty())
        return CellKind::General;
    // Look only at the letters that are format codes: quoted text, backslash escapes and
    // [colour]/[$-locale] sections are not.
    bool date = false, time = false, month = false;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            // [h], [mm], [ss] are elapsed time; other brackets are colours and locales.
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QString inner = code.mid(i + 1, end - i - 1).toLower();
            if (inner == QLatin1String("h") || inner == QLatin1String("hh")
                || inner == QLatin1String("mm") || inner == QLatin1String("ss"))
                time = true;
            i = end < 0 ? code.size() : end;
            ++bracket;
        } else if (c == QLatin1Char('d') || c == QLatin1Char('y')) {
            date = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        } else if (c == QLatin1Char('m')) {
            month = true;
        } else if (c == QLatin1Char(';')) {
            break; // the first section decides
        }
    }
    if (month && !time)
        date = true; // "mmm yy" is a month; "h:mm" minutes
    if (date && time)
        return CellKind::DateTime;
    if (date)
        return CellKind::Date;
    if (time)
        return CellKind::Time;
    return CellKind::General;
}

Status XlsxPackage::readStyles(const QString &part)
{
    auto xml = readPart(part, false);
    if (!xml)
        return xml.error();
    QXmlStreamReader reader(*xml);
    QHash<int, QString> custom;
    bool inCellXfs = false;
    while (!reader.atEnd() && !reader.hasError()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = reader.attributes();
            if (reader.name() == QLatin1String("numFmt")) {
                custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                              a.value(QLatin1String("formatCode")).toString());
            } else if (reader.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && reader.name() == QLatin1String("xf")) {
                const int id = a.value(QLatin1String("numFmtId")).toInt();
                m_styleKinds.push_back(kindOfFormat(id, custom.value(id)));
            }
        } else if (token == QXmlStreamReader::EndElement
                   && reader.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (reader.hasError())
        return corrupt(QStringLiteral("its styles are not well-formed XML"), reader.errorString());
    return {};
}

XlsxPackage::CellKind XlsxPackage::kindOfStyle(int style) const
{
    if (style < 0 || size_t(style) >= m_styleKinds.size())
        return CellKind::General;
    return m_styleKinds[size_t(style)];
}

} // namespace kontor
