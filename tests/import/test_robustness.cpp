// No input crashes a reader: every corpus file through every reader, damaged workbooks, and
// the format detection that picks the reader by content.
#include "import_test_util.h"

#include "import/csv_reader.h"
#include "import/vcard_reader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kontor;
using namespace kontor::test;

namespace {

// Reads the whole file with whatever reader its content calls for; returns the error text
// when it is refused (never empty when refused).
QString readAnyway(const QString &path)
{
    const FileFormat format = detectFileFormat(path);
    if (format == FileFormat::VCard) {
        VCardReader reader;
        if (auto s = reader.open(path); !s)
            return s.error().toString();
        VCardContact card;
        for (;;) {
            auto more = reader.next(card);
            if (!more)
                return more.error().toString();
            if (!*more)
                return {};
        }
    }
    TabularOptions options;
    options.headerRow = 0;
    auto reader = openTabular(path, options);
    if (!reader)
        return reader.error().toString();
    TabularRow row;
    for (;;) {
        auto more = (*reader)->next(row);
        if (!more)
            return more.error().toString();
        if (!*more)
            return {};
    }
}

} // namespace

TEST_CASE("Every test data file goes through a reader without crashing", "[import]")
{
    QDirIterator it(dataPath(""), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        const QString refused = readAnyway(path);
        if (!refused.isEmpty())
            CHECK(refused.contains(QFileInfo(path).fileName()));
        ++files;
    }
    CHECK(files > 250);
}

TEST_CASE("Damaged workbooks give an error, never a crash", "[import][xlsx]")
{
    QTemporaryDir dir;
    QFile source(dataPath("tealeg-xlsx/testdocs/testfile.xlsx"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray original = source.readAll();
    int refused = 0;
    // Overwrite a run of bytes at spread-out places: local headers, deflate data, the
    // central directory.
    for (int step = 1; step < 24; ++step) {
        QByteArray damaged = original;
        const qsizetype at = damaged.size() * step / 24;
        for (qsizetype i = at; i < qMin(at + 16, damaged.size()); ++i)
            damaged[i] = char(0x5A ^ damaged.at(i));
        const QString path = dir.filePath(QStringLiteral("damaged%1.xlsx").arg(step));
        writeFile(path, damaged);
        INFO("damaged at byte " << at);
        const QString error = readAnyway(path);
        if (!error.isEmpty()) {
            CHECK(error.contains(QStringLiteral("damaged%1.xlsx").arg(step)));
            ++refused;
        }
    }
    CHECK(refused > 0);
}

TEST_CASE("The format is detected by content, not by the extension", "[import]")
{
    QTemporaryDir dir;
    const QString card = dir.filePath(QStringLiteral("contacts.txt"));
    writeFile(card, "\xEF\xBB\xBF\r\nbegin:vcard\r\nversion:3.0\r\nfn:A\r\nend:vcard\r\n");
    CHECK(detectFileFormat(card) == FileFormat::VCard);

    const QString workbook = dir.filePath(QStringLiteral("export.csv"));
    QFile::copy(dataPath("xlnt/tests/data/2_minimal.xlsx"), workbook);
    CHECK(detectFileFormat(workbook) == FileFormat::Xlsx);

    const QString encrypted = dir.filePath(QStringLiteral("secret.dat"));
    QFile::copy(dataPath("xlnt/tests/data/5_encrypted_agile.xlsx"), encrypted);
    CHECK(detectFileFormat(encrypted) == FileFormat::EncryptedOffice);

    const QString empty = dir.filePath(QStringLiteral("empty.csv"));
    writeFile(empty, QByteArray());
    CHECK(detectFileFormat(empty) == FileFormat::Empty);
    auto refused = openTabular(empty, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("empty")));

    // An Office file that is not encrypted: an old .xls
    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    writeFile(xls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0'));
    refused = openTabular(xls, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("97-2003")));

    // A .vcf without any card
    const QString noCards = dir.filePath(QStringLiteral("none.vcf"));
    writeFile(noCards, "Name,Email\nAnna,anna@example.com\n");
    VCardReader vcards;
    REQUIRE(vcards.open(noCards).ok());
    VCardContact contact;
    auto more = vcards.next(contact);
    REQUIRE_FALSE(more.ok());
    CHECK(more.error().message.contains(QLatin1String("no vCard")));
    CHECK(more.error().context.contains(QLatin1String("none.vcf")));

    // Binary that is neither a workbook nor text is refused, not shown as garbage rows.
    const QString binary = dir.filePath(QStringLiteral("photo.csv"));
    QFile jpeg(dataPath("ez-vcard/src/test/resources/ezvcard/io/text/gmail-single2.png"));
    REQUIRE(jpeg.open(QIODevice::ReadOnly));
    writeFile(binary, jpeg.readAll());
    refused = openTabular(binary, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("not a text")));
}
