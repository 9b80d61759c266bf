// CSV reading: third-party suites (csv-spectrum, Apache Commons CSV, Horde) and generated files
// in legacy encodings, as a user importing a spreadsheet export would meet them.
#include "import_test_util.h"

#include "import/csv_reader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace kontor;
using namespace kontor::test;

namespace {

std::vector<TabularRow> readCsv(const QString &path, TabularOptions options, CsvReader &reader)
{
    const Status opened = reader.open(path, options);
    INFO(path.toStdString() << ": "
                            << (opened ? std::string() : opened.error().toString().toStdString()));
    REQUIRE(opened.ok());
    return readAll(reader);
}

QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return QByteArray(encoder(text));
}

} // namespace

TEST_CASE("csv-spectrum: every file gives the records of its JSON", "[import][csv]")
{
    QDirIterator it(dataPath("csv-spectrum/csvs"), {QStringLiteral("*.csv")});
    int files = 0;
    while (it.hasNext()) {
        const QString csv = it.next();
        const QString name = QFileInfo(csv).completeBaseName();
        INFO(name.toStdString());
        QFile json(dataPath("csv-spectrum/json/") + name + QStringLiteral(".json"));
        REQUIRE(json.open(QIODevice::ReadOnly));
        QJsonDocument doc = QJsonDocument::fromJson(json.readAll());
        const QJsonArray expected = doc.isArray() ? doc.array() : QJsonArray {doc.object()};

        CsvReader reader;
        const auto rows = readCsv(csv, {}, reader);
        CHECK(reader.delimiter() == QLatin1Char(','));
        CHECK(reader.encoding() == QLatin1String("UTF-8"));
        REQUIRE(rows.size() == size_t(expected.size()));
        for (size_t r = 0; r < rows.size(); ++r) {
            const QJsonObject record = expected.at(qsizetype(r)).toObject();
            CHECK_FALSE(rows[r].problem);
            REQUIRE(rows[r].cells.size() == reader.header().size());
            CHECK(record.size() == reader.header().size());
            for (qsizetype c = 0; c < reader.header().size(); ++c) {
                // Upstream's JSON for this file has another phone number than its CSV.
                if (name == QLatin1String("location_coordinates") && c == 0)
                    continue;
                CHECK(rows[r].cells.at(c) == record.value(reader.header().at(c)).toString());
            }
        }
        ++files;
    }
    CHECK(files == 12);
}

TEST_CASE("Apache Commons CSV: default and RFC 4180 control files", "[import][csv]")
{
    const QString dir
        = dataPath("apache-commons-csv/src/test/resources/org/apache/commons/csv/CSVFileParser/");
    for (const char *control : {"test_default.txt", "test_rfc4180.txt"}) {
        INFO(control);
        QFile file(dir + QLatin1String(control));
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        const QStringList settings = lines.at(0).split(QLatin1Char(' '));
        TabularOptions options;
        options.headerRow = 0;
        options.delimiter = QLatin1Char(',');
        options.skipEmptyRows = settings.contains(QStringLiteral("IgnoreEmpty=true"));

        CsvReader reader;
        const auto rows = readCsv(dir + settings.at(0), options, reader);
        size_t r = 0;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            REQUIRE(r < rows.size());
            CHECK(rows[r].cells.size() == line.left(colon).toInt());
            CHECK(QStringLiteral("[%1]").arg(rows[r].cells.join(QStringLiteral(", ")))
                  == line.mid(colon + 1));
            ++r;
        }
        CHECK(r == rows.size());
    }
}

TEST_CASE("Apache Commons CSV: a UTF-8 BOM is not part of the first header", "[import][csv]")
{
    CsvReader reader;
    const auto rows = readCsv(
        dataPath("apache-commons-csv/src/test/resources/org/apache/commons/csv/CSVFileParser/"
                 "bom.csv"),
        {}, reader);
    CHECK(reader.encoding() == QLatin1String("UTF-8"));
    CHECK(reader.header().constFirst() == QLatin1String("Date"));
    REQUIRE_FALSE(rows.empty());
    CHECK(rows.front().cells.at(1) == QLatin1String("223.80"));
}

TEST_CASE("Horde: address-book exports keep all their columns", "[import][csv]")
{
    struct Case
    {
        const char *file;
        int columns;
        int rows;
        int column;
        const char *cell;
    };
    const Case cases[] = {
        {"Outlook.csv", 92, 1, 3, "Wandayandi"},     {"KMail.csv", 43, 1, 2, "Firman Wandayandi"},
        {"Yahoo.csv", 39, 1, 0, "Firman"},           {"WAB.csv", 29, 1, 1, "Wandayandi"},
        {"Gmail.csv", 14, 2, 1, "john@example.com"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        CsvReader reader;
        const auto rows = readCsv(
            dataPath("horde-data/doc/Horde/Data/examples/") + QLatin1String(c.file), {}, reader);
        CHECK(reader.header().size() == c.columns);
        REQUIRE(rows.size() == size_t(c.rows));
        CHECK(rows.front().cells.size() == c.columns);
        CHECK_FALSE(rows.front().problem);
        CHECK(rows.front().cells.at(c.column) == QLatin1String(c.cell));
    }
}

TEST_CASE("Horde: CR, LF and CRLF line ends and newlines inside quotes", "[import][csv]")
{
    const QString dir = dataPath("horde-data/test/Horde/Data/fixtures/getcsv/");
    TabularOptions noHeader;
    noHeader.headerRow = 0;
    for (const char *file : {"simple_cr.csv", "simple_lf.csv", "simple_crlf.csv"}) {
        INFO(file);
        CsvReader reader;
        const auto rows = readCsv(dir + QLatin1String(file), noHeader, reader);
        REQUIRE(rows.size() == 2);
        CHECK(
            rows[0].cells
            == QStringList {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
        CHECK(rows[1].cells.at(2) == QLatin1String("six"));
        CHECK(rows[1].sourceRow == 2);
    }
    CsvReader reader;
    const auto rows = readCsv(dir + QStringLiteral("multiline1.csv"), noHeader, reader);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].cells.at(2) == QLatin1String("three\nfour"));
    CHECK(rows[1].cells.at(1) == QLatin1String("six\nseven"));
    CHECK(rows[1].sourceRow == 3); // the line the record starts on
    CHECK(rows[3].cells.at(2) == QLatin1String("three\n four"));
}

TEST_CASE("Rows with too many or too few fields are reported, not shifted", "[import][csv]")
{
    CsvReader reader;
    const auto rows
        = readCsv(dataPath("horde-data/test/Horde/Data/fixtures/getcsv/columns1.csv"), {}, reader);
    REQUIRE(rows.size() == 3);
    REQUIRE(rows[0].problem);
    CHECK(rows[0].sourceRow == 2);
    CHECK(rows[0].problem->message.contains(QLatin1String("Row 2 has 2 fields but 3")));
    CHECK(rows[0].problem->context.contains(QLatin1String("columns1.csv, row 2")));
    CHECK(rows[0].cells == QStringList {QStringLiteral("four"), QStringLiteral("five")});
    CHECK_FALSE(rows[1].problem);
    REQUIRE(rows[2].problem);
    CHECK(rows[2].problem->message.contains(QLatin1String("too many")));
    CHECK(rows[2].cells.at(3) == QLatin1String("twelve"));
}

TEST_CASE("Windows-1251 and UTF-16 files are detected", "[import][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString text = QStringLiteral("Фамилия;Имя;Компания;Город\n");
    for (int i = 0; i < 40; ++i) {
        text += QStringLiteral("Иванов;Пётр;ООО «Ромашка» %1;Москва\n").arg(i)
            + QStringLiteral("Смирнова;Анна;Завод металлоконструкций;Екатеринбург\n");
    }
    const QString cp1251 = dir.filePath(QStringLiteral("cp1251.csv"));
    writeFile(cp1251, encode("windows-1251", text));
    CsvReader reader;
    auto rows = readCsv(cp1251, {}, reader);
    CHECK(reader.encoding().compare(QLatin1String("windows-1251"), Qt::CaseInsensitive) == 0);
    CHECK(reader.delimiter() == QLatin1Char(';'));
    CHECK(reader.header().at(0) == QStringLiteral("Фамилия"));
    REQUIRE(rows.size() == 80);
    CHECK(rows[0].cells.at(2) == QStringLiteral("ООО «Ромашка» 0"));

    const QString tsv = QStringLiteral("Name\tEmail\tCity\nZoë\tzoe@example.com\tMünchen\n"
                                       "Åsa\tasa@example.se\tGöteborg\n");
    const QString le = dir.filePath(QStringLiteral("utf16le.csv"));
    writeFile(le, QByteArray("\xFF\xFE") + encode("UTF-16LE", tsv));
    const QString be = dir.filePath(QStringLiteral("utf16be.csv")); // no BOM at all
    writeFile(be, encode("UTF-16BE", tsv));
    for (const QString &path : {le, be}) {
        CsvReader utf16;
        rows = readCsv(path, {}, utf16);
        CHECK(utf16.encoding().startsWith(QLatin1String("UTF-16")));
        CHECK(utf16.delimiter() == QLatin1Char('\t'));
        CHECK(utf16.header().at(0) == QLatin1String("Name"));
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].cells.at(2) == QStringLiteral("München"));
        CHECK(rows[1].cells.at(0) == QStringLiteral("Åsa"));
    }

    // A manual override wins over detection.
    TabularOptions options;
    options.encoding = QStringLiteral("KOI8-R");
    CsvReader koi;
    rows = readCsv(cp1251, options, koi);
    CHECK(koi.encoding() == QLatin1String("KOI8-R"));
    CHECK(koi.header().at(0) != QStringLiteral("Фамилия"));
    CsvReader bad;
    options.encoding = QStringLiteral("no-such-encoding");
    const Status refused = bad.open(cp1251, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("no-such-encoding")));
}

TEST_CASE("Western, Cyrillic and Japanese legacy encodings are detected", "[import][csv]")
{
    QTemporaryDir dir;
    struct Case
    {
        const char *encoding;
        QString header;
        QString row;
        QStringList accepted; // names detection may give that decode this text the same
    };
    const Case cases[] = {
        {"ISO-8859-1",
         QStringLiteral("Name;Firma;Stadt"),
         QStringLiteral("Jürgen Größe;Müller & Söhne GmbH;Köln\nFrançoise Dupré;Société;Besançon"),
         {QStringLiteral("windows-1252"), QStringLiteral("ISO-8859-1"),
          QStringLiteral("ISO-8859-15")}},
        {"KOI8-R",
         QStringLiteral("Фамилия;Имя;Город"),
         QStringLiteral("Иванов;Пётр;Москва\nСмирнова;Анна;Новосибирск"),
         {QStringLiteral("KOI8-R")}},
        {"Shift_JIS",
         QStringLiteral("名前;会社;都市"),
         QStringLiteral("山田太郎;株式会社サンプル;東京都港区\n田中花子;有限会社テスト;大阪市北区"),
         {QStringLiteral("SHIFT_JIS")}},
    };
    for (const Case &c : cases) {
        INFO(c.encoding);
        QString text = c.header + QLatin1Char('\n');
        for (int i = 0; i < 30; ++i)
            text += c.row + QLatin1Char('\n');
        const QString path = dir.filePath(QLatin1String(c.encoding) + QStringLiteral(".csv"));
        writeFile(path, encode(c.encoding, text));
        CsvReader reader;
        const auto rows = readCsv(path, {}, reader);
        INFO(reader.encoding().toStdString());
        CHECK(c.accepted.contains(reader.encoding(), Qt::CaseInsensitive));
        CHECK(reader.header().join(QLatin1Char(';')) == c.header);
        REQUIRE(rows.size() == 60);
        CHECK(rows[1].cells.join(QLatin1Char(';')) == c.row.section(QLatin1Char('\n'), 1));
        CHECK(reader.bytesRead() == reader.bytesTotal());
    }
}

TEST_CASE("Bytes that are not valid in the encoding are reported with their row", "[import][csv]")
{
    QTemporaryDir dir;
    // 70 KB of clean UTF-8 first, so detection sees valid UTF-8 and the damage comes later.
    QByteArray bytes = "name,city\n";
    int line = 1;
    while (bytes.size() < 70 * 1024) {
        bytes += "J\xC3\xBCrgen,K\xC3\xB6ln\n";
        ++line;
    }
    bytes += "Bad,K\xF6ln\nAfter,Bonn\n"; // a Latin-1 byte in a UTF-8 file
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(path, bytes);
    CsvReader reader;
    const auto rows = readCsv(path, {}, reader);
    REQUIRE(reader.encoding() == QLatin1String("UTF-8"));
    const TabularRow &badRow = rows[rows.size() - 2];
    REQUIRE(badRow.problem);
    CHECK(badRow.sourceRow == line + 1);
    CHECK(badRow.problem->message.contains(QLatin1String("Column 2")));
    CHECK(badRow.problem->context.endsWith(
        QStringLiteral("bad.csv, row %1, column 2 (city)").arg(line + 1)));
    CHECK_FALSE(rows[rows.size() - 3].problem);
}

TEST_CASE("Delimiter sniffing, manual delimiter and header row", "[import][csv]")
{
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a;b;c\n1,5;2;3\n4;5,5;6\n"))
          == QLatin1Char(';'));
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a|b|c\n1|2|3\n")) == QLatin1Char('|'));
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("a\tb\n\"x\ty\"\t2\n")) == QLatin1Char('\t'));
    CHECK(CsvReader::sniffDelimiter(QStringLiteral("single column\nvalue\n")) == QLatin1Char(','));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    writeFile(path, "Exported 2024-01-01\n\nname;amount\nAnna;1,5\nBen;2,25\n");
    TabularOptions options;
    options.headerRow = 2; // the title line is record 1, the blank line is no record
    CsvReader reader;
    auto rows = readCsv(path, options, reader);
    CHECK(reader.header() == QStringList {QStringLiteral("name"), QStringLiteral("amount")});
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].cells.at(1) == QLatin1String("2,25"));
    CHECK(rows[1].sourceRow == 5);

    options.headerRow = 9;
    CsvReader tooFar;
    const Status refused = tooFar.open(path, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("row 9")));
}

TEST_CASE("An unclosed quote is reported, not swallowed silently", "[import][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.csv"));
    writeFile(path, "a,b\n1,\"never closed\n2,3\n");
    CsvReader reader;
    const auto rows = readCsv(path, {}, reader);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].problem);
    CHECK(rows[0].problem->message.contains(QLatin1String("never closed")));
    CHECK(rows[0].sourceRow == 2);
}

TEST_CASE("Apache Commons CSV: Japanese and emoji text survives", "[import][csv]")
{
    const QString dir = dataPath("apache-commons-csv/src/test/resources/org/apache/commons/csv/");
    CsvReader japanese;
    auto rows = readCsv(dir + QStringLiteral("CSV-196/japanese.csv"), {}, japanese);
    CHECK(japanese.header().size() == 17);
    REQUIRE_FALSE(rows.empty());
    CHECK(rows[0].cells.at(2)
          == QStringLiteral("きちんと節分近くには咲いてる。自然の力ってすごいな～"));
    CsvReader emoji;
    rows = readCsv(dir + QStringLiteral("CSV-196/emoji.csv"), {}, emoji);
    REQUIRE_FALSE(rows.empty());
    CHECK(rows[0].cells.at(1) == QString(10, QChar()).replace(QChar(), QStringLiteral("😄")));
    for (const auto &row : rows)
        CHECK_FALSE(row.problem);
}

TEST_CASE("Records cut by the 64 KiB read chunks come out whole", "[import][csv]")
{
    // Given 5,000 records whose quoted fields hold line breaks, quotes and multi-byte text,
    // so chunk borders fall inside quotes, inside "" pairs and inside UTF-8 sequences
    QTemporaryDir dir;
    QByteArray bytes = "id,text\r\n";
    for (int i = 0; i < 5000; ++i) {
        bytes += QByteArray::number(i)
            + ",\"Zeile eins \xC3\xBC\r\nZeile \"\"zwei\"\", \xE2\x82\xAC " + QByteArray::number(i)
            + "\"\r\n";
    }
    REQUIRE(bytes.size() > 3 * 64 * 1024);
    const QString path = dir.filePath(QStringLiteral("chunks.csv"));
    writeFile(path, bytes);
    CsvReader reader;
    const auto rows = readCsv(path, {}, reader);
    REQUIRE(rows.size() == 5000);
    for (int i = 0; i < 5000; ++i) {
        INFO(i);
        REQUIRE_FALSE(rows[size_t(i)].problem);
        REQUIRE(rows[size_t(i)].sourceRow == 2 + 2 * i);
        REQUIRE(rows[size_t(i)].cells.at(1)
                == QStringLiteral("Zeile eins ü\r\nZeile \"zwei\", € %1").arg(i));
    }
}
