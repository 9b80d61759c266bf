// `kontorctl preview` run as a real process: what a script or the support desk relies on.
#include "import_test_util.h"
#include "kontorctl_run.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace kontor::test;

namespace {

using Run = kontor::test::CtlRun;
using kontor::test::json;
using kontor::test::kontorctl;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

TEST_CASE("kontorctl preview: CSV with detected encoding and delimiter", "[import][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    QStringEncoder cp1251("windows-1251");
    QString text = QStringLiteral("Имя;Телефон\n");
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("Ольга Петрова %1;+7 495 000-00-%1\n")
                    .arg(i, 2, 10, QLatin1Char('0'));
    writeFile(path, QByteArray(cp1251(text)));

    const QJsonObject o = json(kontorctl({QStringLiteral("--json"), QStringLiteral("preview"), path,
                                          QStringLiteral("--rows"), QStringLiteral("2")}));
    CHECK(o.value(QStringLiteral("format")).toString() == QLatin1String("csv"));
    CHECK(o.value(QStringLiteral("encoding"))
              .toString()
              .compare(QLatin1String("windows-1251"), Qt::CaseInsensitive)
          == 0);
    CHECK(o.value(QStringLiteral("delimiter")).toString() == QLatin1String(";"));
    CHECK(strings(o.value(QStringLiteral("header")))
          == QStringList {QStringLiteral("Имя"), QStringLiteral("Телефон")});
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(strings(rows.at(1))
          == QStringList {QStringLiteral("Ольга Петрова 01"), QStringLiteral("+7 495 000-00-01")});

    // Overrides: no header row, a delimiter that splits nothing
    const QJsonObject raw = json(kontorctl(
        {QStringLiteral("--json"), QStringLiteral("preview"), path, QStringLiteral("--header-row"),
         QStringLiteral("0"), QStringLiteral("--delimiter"), QStringLiteral("\\t"),
         QStringLiteral("--rows"), QStringLiteral("1")}));
    CHECK(strings(raw.value(QStringLiteral("header"))).isEmpty());
    CHECK(strings(raw.value(QStringLiteral("rows")).toArray().at(0))
          == QStringList {QStringLiteral("Имя;Телефон")});
}

TEST_CASE("kontorctl preview: workbook sheets and vCards", "[import][cli]")
{
    const QJsonObject xlsx
        = json(kontorctl({QStringLiteral("--json"), QStringLiteral("preview"),
                          dataPath("openpyxl/openpyxl/reader/tests/data/date_1904.xlsx"),
                          QStringLiteral("--header-row"), QStringLiteral("0"),
                          QStringLiteral("--sheet"), QStringLiteral("Sheet1")}));
    CHECK(xlsx.value(QStringLiteral("format")).toString() == QLatin1String("xlsx"));
    CHECK(strings(xlsx.value(QStringLiteral("sheets"))).size() == 3);
    CHECK(xlsx.value(QStringLiteral("sheet")).toString() == QLatin1String("Sheet1"));
    CHECK(strings(xlsx.value(QStringLiteral("rows")).toArray().at(0))
          == QStringList {QStringLiteral("2011-10-31")});

    const QJsonObject vcf = json(kontorctl({QStringLiteral("--json"), QStringLiteral("preview"),
                                            dataPath("kde-kcontacts/autotests/data/vcard1.vcf")}));
    CHECK(vcf.value(QStringLiteral("format")).toString() == QLatin1String("vcard"));
    const QStringList card = strings(vcf.value(QStringLiteral("rows")).toArray().at(0));
    REQUIRE(card.size() == 8);
    CHECK(card.at(0) == QLatin1String("Frank Dawson"));
    CHECK(card.at(5).contains(QLatin1String("Frank_Dawson@Lotus.com")));
}

TEST_CASE("kontorctl preview: unreadable files exit 1 naming the file", "[import][cli]")
{
    for (const char *file : {"xlnt/tests/data/5_encrypted_agile.xlsx",
                             "openpyxl/openpyxl/reader/tests/data/null_file.xlsx",
                             "openpyxl/openpyxl/tests/data/reader/null_archive.xlsx"}) {
        const Run r = kontorctl({QStringLiteral("preview"), dataPath(file)});
        INFO(file << " " << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(QFileInfo(QLatin1String(file)).fileName()));
        CHECK(r.out.isEmpty());
    }
    const Run missing = kontorctl({QStringLiteral("preview"), QStringLiteral("/nonexistent.csv")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QLatin1String("/nonexistent.csv")));
    const Run usage = kontorctl({QStringLiteral("preview")});
    CHECK(usage.code == 2);
}
