// The W3C CSV on the Web test suite (tests/data/w3c-csvw): every JSON-conversion test a plain
// CSV reader can take — a CSV file with no metadata describing it — read and compared with its
// expected JSON; the rest of the manifest is counted by the reason it is skipped, so nothing
// drops out unnoticed.
#include "import_test_util.h"

#include "import/csv_reader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace kontor;
using namespace kontor::test;

namespace {

QJsonDocument readJson(const QString &path)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(!doc.isNull());
    return doc;
}

// Why a manifest entry is not for a plain CSV reader; "" when it is.
QString skipReason(const QJsonObject &entry)
{
    QJsonObject options = entry.value(QStringLiteral("option")).toObject();
    options.remove(QStringLiteral("noProv")); // provenance is output decoration only
    options.remove(QStringLiteral("minimal")); // another shape of the same rows
    const QString action = entry.value(QStringLiteral("action")).toString();
    const QString type = entry.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("csvt:NegativeJsonTest"))
        return QStringLiteral("errors in metadata");
    if (!action.endsWith(QLatin1String(".csv")))
        return action.endsWith(QLatin1String(".json")) ? QStringLiteral("starts from a metadata file")
                                                      : QStringLiteral("URL with a query string (web fetching)");
    if (entry.contains(QStringLiteral("httpLink")))
        return QStringLiteral("metadata from an HTTP Link header");
    if (options.contains(QStringLiteral("metadata")))
        return QStringLiteral("metadata given by the user");
    if (entry.contains(QStringLiteral("implicit"))) {
        // Metadata files found next to the CSV. Two tests check that metadata which does not
        // describe this file is ignored (with a warning): their expected output is the plain
        // reading.
        const QString id = entry.value(QStringLiteral("id")).toString();
        if (id.endsWith(QLatin1String("#test117")) || id.endsWith(QLatin1String("#test119")))
            return {};
        return QStringLiteral("metadata found next to the CSV");
    }
    if (type != QLatin1String("csvt:ToJsonTest"))
        return QStringLiteral("warnings from metadata");
    return {};
}

// The expected rows: column -> value, an empty cell absent (CSVW turns "" into null, which
// its JSON leaves out).
QList<QJsonObject> expectedRows(const QJsonDocument &doc)
{
    QList<QJsonObject> rows;
    if (doc.isArray()) { // minimal mode: the row objects themselves
        for (const QJsonValue &v : doc.array())
            rows << v.toObject();
        return rows;
    }
    const QJsonArray tables = doc.object().value(QStringLiteral("tables")).toArray();
    REQUIRE(tables.size() == 1);
    for (const QJsonValue &row : tables.first().toObject().value(QStringLiteral("row")).toArray()) {
        const QJsonArray describes = row.toObject().value(QStringLiteral("describes")).toArray();
        REQUIRE(describes.size() == 1);
        rows << describes.first().toObject();
    }
    return rows;
}

} // namespace

TEST_CASE("W3C CSVW: plain CSV files give the rows of their expected JSON", "[import][csv][csvw]")
{
    const QString dir = dataPath("w3c-csvw/tests/");
    const QJsonArray entries = readJson(dir + QStringLiteral("manifest-json.jsonld")).object().value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 270);
    QMap<QString, int> skipped;
    QStringList ran;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QStringLiteral("id")).toString().section(QLatin1Char('#'), 1);
        const QString reason = skipReason(entry);
        if (!reason.isEmpty()) {
            ++skipped[reason];
            continue;
        }
        INFO(id.toStdString() << ": " << entry.value(QStringLiteral("name")).toString().toStdString());
        const QString csv = dir + entry.value(QStringLiteral("action")).toString();
        REQUIRE(QFileInfo::exists(csv)); // every applicable test was copied
        const QList<QJsonObject> expected = expectedRows(readJson(dir + entry.value(QStringLiteral("result")).toString()));

        CsvReader reader;
        const Status opened = reader.open(csv, {});
        REQUIRE(opened.ok());
        CHECK(reader.delimiter() == QLatin1Char(','));
        const auto rows = readAll(reader);
        REQUIRE(rows.size() == size_t(expected.size()));
        const QStringList header = reader.header();
        for (size_t r = 0; r < rows.size(); ++r) {
            INFO("row " << r + 1);
            CHECK_FALSE(rows[r].problem);
            REQUIRE(rows[r].cells.size() == header.size());
            QJsonObject got;
            for (int c = 0; c < header.size(); ++c) {
                if (!rows[r].cells.at(c).isEmpty())
                    got.insert(header.at(c), rows[r].cells.at(c));
            }
            CHECK(QJsonDocument(got).toJson(QJsonDocument::Compact).toStdString()
                  == QJsonDocument(expected.at(qsizetype(r))).toJson(QJsonDocument::Compact).toStdString());
        }
        ran << id;
    }
    // What runs and what is left out, and why (also listed in tests/data/README.md)
    CHECK(ran == QStringList({QStringLiteral("test001"), QStringLiteral("test005"), QStringLiteral("test006"),
                              QStringLiteral("test007"), QStringLiteral("test008"), QStringLiteral("test009"),
                              QStringLiteral("test010"), QStringLiteral("test028"), QStringLiteral("test029"),
                              QStringLiteral("test117"), QStringLiteral("test119")}));
    QStringList summary;
    for (auto it = skipped.begin(); it != skipped.end(); ++it)
        summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    INFO(summary.join(QLatin1Char('\n')).toStdString());
    CHECK(skipped.value(QStringLiteral("metadata found next to the CSV")) == 8);
    CHECK(skipped.value(QStringLiteral("starts from a metadata file")) == 180);
    int total = int(ran.size());
    for (int n : std::as_const(skipped))
        total += n;
    CHECK(total == 270);
}
