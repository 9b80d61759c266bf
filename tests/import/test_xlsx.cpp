// XLSX reading: every workbook of three third-party suites reads or is refused with a clear
// message, never a crash; dates in both date systems; cells land in their own column.
#include "import_test_util.h"

#include "import/xlsx_reader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>

#include <map>

using namespace kontor;
using namespace kontor::test;

namespace {

std::unique_ptr<TabularReader> openOk(const QString &path, TabularOptions options = {})
{
    auto reader = openTabular(path, options);
    INFO(path.toStdString() << ": "
                            << (reader ? std::string() : reader.error().toString().toStdString()));
    REQUIRE(reader.ok());
    return std::move(reader).value();
}

QString refusal(const char *relative)
{
    auto reader = openTabular(dataPath(relative), {});
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().context.contains(QFileInfo(QLatin1String(relative)).fileName()));
    return reader.error().message;
}

} // namespace

TEST_CASE("Every corpus workbook reads or is refused with a clear message", "[import][xlsx]")
{
    // The files that must be refused, with a word the message has to contain.
    const std::map<QString, QString> refused = {
        {QStringLiteral("5_encrypted_agile.xlsx"), QStringLiteral("password")},
        {QStringLiteral("6_encrypted_libre.xlsx"), QStringLiteral("password")},
        {QStringLiteral("7_encrypted_standard.xlsx"), QStringLiteral("password")},
        {QStringLiteral("8_encrypted_numbers.xlsx"), QStringLiteral("password")},
        {QStringLiteral("encrypted.xlsx"), QStringLiteral("password")},
        {QStringLiteral("null_file.xlsx"), QStringLiteral("empty")},
        {QStringLiteral("null_archive.xlsx"), QStringLiteral("damaged")},
        {QStringLiteral("1_powerpoint_presentation.xlsx"), QStringLiteral("no workbook")},
        {QStringLiteral("badfile_noWorksheets.xlsx"), QStringLiteral("damaged")},
    };
    int read = 0, refusedCount = 0;
    for (const char *corpus : {"tealeg-xlsx", "xlnt", "openpyxl"}) {
        QDirIterator it(
            dataPath(corpus),
            {QStringLiteral("*.xlsx"), QStringLiteral("*.xlsm"), QStringLiteral("*.xltx")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString name = QFileInfo(path).fileName();
            INFO(path.toStdString());
            TabularOptions options;
            options.headerRow = 0; // some sheets start with empty rows
            auto reader = openTabular(path, options);
            const auto expected = refused.find(name);
            if (expected != refused.end()) {
                REQUIRE_FALSE(reader.ok());
                INFO(reader.error().toString().toStdString());
                CHECK(reader.error().message.contains(expected->second, Qt::CaseInsensitive));
                CHECK(reader.error().context.contains(name));
                ++refusedCount;
                continue;
            }
            INFO((reader ? std::string() : reader.error().toString().toStdString()));
            REQUIRE(reader.ok());
            CHECK_FALSE((*reader)->sheets().isEmpty());
            TabularRow row;
            for (;;) {
                auto more = (*reader)->next(row);
                INFO((more ? std::string() : more.error().toString().toStdString()));
                REQUIRE(more.ok());
                if (!*more)
                    break;
            }
            ++read;
        }
    }
    CHECK(refusedCount == int(refused.size()));
    CHECK(read > 60);
}

TEST_CASE("Encrypted, empty and corrupt files are refused by name", "[import][xlsx]")
{
    CHECK(refusal("xlnt/tests/data/7_encrypted_standard.xlsx").contains(QLatin1String("password")));
    CHECK(refusal("openpyxl/openpyxl/reader/tests/data/null_file.xlsx")
              .contains(QLatin1String("0 bytes")));
    // a zip holding something else than a workbook
    CHECK(refusal("openpyxl/openpyxl/tests/data/reader/null_archive.xlsx")
              .contains(QLatin1String("not an Excel .xlsx file: it has no workbook")));

    QTemporaryDir dir;
    const QString truncated = dir.filePath(QStringLiteral("truncated.xlsx"));
    QFile source(dataPath("tealeg-xlsx/testdocs/testfile.xlsx"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    writeFile(truncated, source.read(source.size() / 2));
    auto reader = openTabular(truncated, {});
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().message.contains(QLatin1String("damaged")));
}

TEST_CASE("Dates in the 1900 and the 1904 date systems", "[import][xlsx]")
{
    TabularOptions options;
    options.headerRow = 0;
    for (const char *file : {"date_1900.xlsx", "date_1904.xlsx"}) {
        INFO(file);
        const QString dir = dataPath("openpyxl/openpyxl/reader/tests/data/");
        auto reader = openOk(dir + QLatin1String(file), options);
        CHECK(reader->sheets()
              == QStringList {QStringLiteral("Sheet1"), QStringLiteral("Sheet2"),
                              QStringLiteral("Sheet3")});
        const auto rows = readAll(*reader);
        REQUIRE(rows.size() == 1);
        // 40847 (1900) and 39385 (1904) are the same day.
        CHECK(rows[0].cells == QStringList {QStringLiteral("2011-10-31")});
    }
    using Kind = XlsxPackage::CellKind;
    CHECK(XlsxReader::serialToText(1, Kind::Date, false) == QLatin1String("1900-01-01"));
    CHECK(XlsxReader::serialToText(59, Kind::Date, false) == QLatin1String("1900-02-28"));
    CHECK(XlsxReader::serialToText(60, Kind::Date, false).isEmpty()); // 1900-02-29 never was
    CHECK(XlsxReader::serialToText(61, Kind::Date, false) == QLatin1String("1900-03-01"));
    CHECK(XlsxReader::serialToText(0, Kind::Date, true) == QLatin1String("1904-01-01"));
    CHECK(XlsxReader::serialToText(45000.75, Kind::DateTime, false)
          == QLatin1String("2023-03-15T18:00:00"));
    CHECK(XlsxReader::serialToText(0.5, Kind::Time, false) == QLatin1String("12:00:00"));
    CHECK(XlsxPackage::kindOfFormat(14, {}) == Kind::Date);
    CHECK(XlsxPackage::kindOfFormat(22, {}) == Kind::DateTime);
    CHECK(XlsxPackage::kindOfFormat(46, {}) == Kind::Time);
    CHECK(XlsxPackage::kindOfFormat(164, QStringLiteral("dd/mm/yyyy")) == Kind::Date);
    CHECK(XlsxPackage::kindOfFormat(165, QStringLiteral("[$-409]h:mm AM/PM")) == Kind::Time);
    CHECK(XlsxPackage::kindOfFormat(166, QStringLiteral("#,##0.00\" days\"")) == Kind::General);
    CHECK(XlsxPackage::kindOfFormat(167, QStringLiteral("[Red]0.00")) == Kind::General);
}

TEST_CASE("Empty cells keep every value in its own column", "[import][xlsx]")
{
    auto reader = openOk(dataPath("tealeg-xlsx/testdocs/empty_cells.xlsx"));
    CHECK(reader->header()
          == QStringList {QString(), QStringLiteral("B1"), QStringLiteral("C1"),
                          QStringLiteral("D1")});
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].cells
          == QStringList {QStringLiteral("A2"), QString(), QStringLiteral("C2"),
                          QStringLiteral("D2")});
    CHECK(rows[1].cells
          == QStringList {QStringLiteral("A3"), QStringLiteral("B3"), QString(),
                          QStringLiteral("D3")});
    CHECK(rows[2].cells
          == QStringList {QStringLiteral("A4"), QStringLiteral("B4"), QStringLiteral("C4"),
                          QString()});
    CHECK(rows[2].sourceRow == 4);
    CHECK(XlsxReader::columnOfReference(u"A1") == 0);
    CHECK(XlsxReader::columnOfReference(u"AA10") == 26);
    CHECK(XlsxReader::columnOfReference(u"XFD1") == 16383);
    CHECK(XlsxReader::columnOfReference(u"1A") == -1);
}

TEST_CASE("Inline strings and a workbook without shared strings", "[import][xlsx]")
{
    TabularOptions options;
    options.headerRow = 0;
    auto reader = openOk(dataPath("xlnt/tests/data/Issue445_inline_str.xlsx"), options);
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cells == QStringList {QStringLiteral("a")});
    CHECK(rows[1].cells == QStringList {QStringLiteral("b")});
}

TEST_CASE("Sheets are listed and chosen by name or number", "[import][xlsx]")
{
    const QString path = dataPath("openpyxl/openpyxl/reader/tests/data/date_1900.xlsx");
    TabularOptions options;
    options.sheet = QStringLiteral("2");
    options.headerRow = 0;
    auto reader = openOk(path, options);
    CHECK(reader->sheet() == QLatin1String("Sheet2"));
    options.sheet = QStringLiteral("Nope");
    auto missing = openTabular(path, options);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QLatin1String("Sheet1, Sheet2, Sheet3")));
}

TEST_CASE("Cell types: text, numbers, dates, booleans, formula results, errors", "[import][xlsx]")
{
    TabularOptions options;
    options.headerRow = 0;
    auto reader = openOk(dataPath("tealeg-xlsx/testdocs/testcelltypes.xlsx"), options);
    const auto rows = readAll(*reader);
    QStringList values;
    for (const auto &row : rows) {
        REQUIRE(row.cells.size() == 2);
        values.append(row.cells.at(0));
    }
    CHECK(values
          == QStringList {QStringLiteral("hello world"), QStringLiteral("日本語"),
                          QStringLiteral("12345"), QStringLiteral("1.024"),
                          QStringLiteral("2015-01-01"), QStringLiteral("TRUE"),
                          QStringLiteral("30"), QStringLiteral("#DIV/0!")});
    CHECK(reader->bytesRead() == reader->bytesTotal());
}

namespace {

// A minimal workbook with one sheet whose <sheetData> is `rows`.
QString makeWorkbook(const QString &path, const QByteArray &rows,
                     const QByteArray &sharedStrings = {})
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    auto add = [&](const char *name, const QByteArray &data) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name))));
        REQUIRE(file.write(data) == data.size());
        file.close();
    };
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                          "relationships\"";
    add("xl/workbook.xml",
        "<workbook " + ns
            + "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
              "</sheets></workbook>");
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    add("xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\""
            + rel
            + "worksheet\" Target=\"worksheets/s1.xml\"/>"
              "<Relationship Id=\"rId2\" Type=\""
            + rel
            + "sharedStrings\" Target=\"strings.xml\"/>"
              "</Relationships>");
    add("xl/worksheets/s1.xml",
        "<worksheet " + ns + "><sheetData>" + rows + "</sheetData></worksheet>");
    if (!sharedStrings.isEmpty())
        add("xl/strings.xml", "<sst " + ns + ">" + sharedStrings + "</sst>");
    zip.close();
    REQUIRE(zip.getZipError() == 0);
    return path;
}

} // namespace

TEST_CASE("Cells that cannot be trusted are reported with their row", "[import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = makeWorkbook(
        dir.filePath(QStringLiteral("bad.xlsx")),
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c><c r=\"B2\"><v>x1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"D3\"><v>4</v></c></row>"
        "<row r=\"4\"><c r=\"B4\"><v>1</v></c><c r=\"A4\"><v>2</v></c></row>"
        "<row r=\"4\"><c r=\"A4\"><v>3</v></c></row>",
        "<si><t>Name</t></si><si><r><t>E</t></r><r><t>mail</t></r></si>");
    auto reader = openOk(path);
    CHECK(reader->header() == QStringList {QStringLiteral("Name"), QStringLiteral("Email")});
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 4);
    REQUIRE(rows[0].problem); // shared string 7 does not exist; "x1" is no number
    CHECK(rows[0].problem->message.contains(QLatin1String("Cell A2 holds \"7\"")));
    CHECK(rows[0].problem->context.contains(QLatin1String("bad.xlsx, sheet Data, row 2")));
    REQUIRE(rows[1].problem); // a value right of the header
    CHECK(rows[1].problem->message.contains(QLatin1String("column D")));
    CHECK(rows[1].cells.at(3) == QLatin1String("4"));
    REQUIRE(rows[2].problem); // B4 before A4
    CHECK(rows[2].problem->message.contains(QLatin1String("Cell A4 comes after column B")));
    REQUIRE(rows[3].problem); // row 4 twice
    CHECK(rows[3].problem->message.contains(QLatin1String("Row 4 comes after row 4")));
    CHECK(rows[3].sourceRow == 5);
}

TEST_CASE("An empty sheet says so, naming a few of the other sheets", "[import][xlsx]")
{
    // bigfoot.xlsx has 1,024 sheets and nothing in the first
    auto reader = openTabular(dataPath("openpyxl/openpyxl/tests/data/reader/bigfoot.xlsx"), {});
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().message.startsWith(QLatin1String("The sheet is empty")));
    CHECK(reader.error().message.contains(QLatin1String("sheet #9, ... (1024 sheets)")));
    CHECK(reader.error().message.size() < 300);
}
