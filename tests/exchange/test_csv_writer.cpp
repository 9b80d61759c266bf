// The CSV writer on its own: quoting per RFC 4180 and formula-injection escaping.
#include "exchange/csv_writer.h"
#include "exchange/vcard_writer.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace kontor;

namespace {

QByteArray csv(const QStringList &cells, CsvWriter::Options options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    REQUIRE(writer.writeRow(cells).ok());
    return buffer.data();
}

} // namespace

TEST_CASE("CSV cells a spreadsheet would run as formulas get an apostrophe", "[exchange][csv]")
{
    // Given cells that Excel or LibreOffice would treat as formulas
    const QByteArray line = csv({QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                                 QStringLiteral("+1 555 0100"), QStringLiteral("-2+3"),
                                 QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab"),
                                 QStringLiteral("plain = text"), QString()});
    // Then each starts with ' in the file, quoted where it holds a quote
    CHECK(line
          == "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+1 555 0100,'-2+3,'@SUM(A1),"
             "'\tTab,plain = text,\r\n");
    // And escaping can be switched off for machine-to-machine files
    CsvWriter::Options raw;
    raw.escapeFormulas = false;
    CHECK(csv({QStringLiteral("=1+1")}, raw) == "=1+1\r\n");
}

TEST_CASE("CSV quoting follows RFC 4180 and the BOM is optional", "[exchange][csv]")
{
    CHECK(csv({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
               QStringLiteral(" padded "), QStringLiteral("Müller")})
          == QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",M\xC3\xBCller\r\n"));
    CsvWriter::Options bom;
    bom.bom = true;
    bom.delimiter = QLatin1Char(';');
    CHECK(csv({QStringLiteral("a;b"), QStringLiteral("c")}, bom) == "\xEF\xBB\xBF\"a;b\";c\r\n");
}

TEST_CASE("vCard lines are folded at 75 octets without splitting a character", "[exchange][vcard]")
{
    const QByteArray line = QStringLiteral("NOTE:").toUtf8() + QString(60, QChar(0x0416)).toUtf8();
    const QByteArray folded = VCardWriter::fold(line);
    const QList<QByteArray> parts = folded.split('\n');
    for (const QByteArray &p : parts) {
        CHECK(p.size() <= 76); // 75 octets + the CR
    }
    // Unfolding gives back the line, and every piece is valid UTF-8 on its own
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "").chop(2);
    CHECK(unfolded == line);
    for (QByteArray p : parts) {
        p = p.trimmed();
        CHECK(QString::fromUtf8(p).toUtf8() == p);
    }
    CHECK(VCardWriter::escapeText(QStringLiteral("a,b;c\\d\ne")) == QStringLiteral("a\\,b\\;c\\\\d\\ne"));
}
