// kontorctl export: the whole base, a segment (its contacts, or their activities) or a
// selection as CSV, .xlsx, vCard or JSON.
#include "cli.h"

#include "exchange/exporter.h"

#include <QFile>
#include <QFileInfo>

namespace kontor::cli {

int runExport(Context &ctx);

namespace {

bool parseIds(const Context &ctx, const QString &text, QList<qint64> *ids)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            ctx.usage(tr("--ids takes record ids separated by commas, not \"%1\"").arg(part));
            return false;
        }
        ids->append(id);
    }
    return true;
}

} // namespace

int runExport(Context &ctx)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(
        {{QStringLiteral("entity"), tr("contacts, companies, deals or activities"), QStringLiteral("E")},
         {QStringLiteral("format"), tr("csv, xlsx, vcf (vCard 4.0), vcf3 (vCard 3.0) or json"),
          QStringLiteral("F")},
         {QStringLiteral("out"), tr("file to write (default: standard output)"), QStringLiteral("FILE")},
         {QStringLiteral("segment"),
          tr("only the contacts of this saved segment (activities: those of its contacts)"),
          QStringLiteral("NAME")},
         {QStringLiteral("ids"), tr("only these records (ids separated by commas)"), QStringLiteral("IDS")},
         {QStringLiteral("bom"), tr("CSV: start with a byte-order mark (for Excel)")},
         {QStringLiteral("delimiter"), tr("CSV delimiter (default ,; tab: \\t)"), QStringLiteral("D")}});
    if (!parser.parse(QStringList{QStringLiteral("kontorctl")} + ctx.args))
        return ctx.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(tr("export takes no file argument; use --out FILE"));

    ExportRequest request;
    const auto entity = exchangeEntityFromName(parser.value(QStringLiteral("entity")));
    if (!parser.isSet(QStringLiteral("entity")) || !entity)
        return ctx.usage(tr("--entity must be contacts, companies, deals or activities"));
    request.entity = *entity;
    const QString outPath = parser.value(QStringLiteral("out"));
    QString formatName = parser.value(QStringLiteral("format"));
    if (formatName.isEmpty() && !outPath.isEmpty())
        formatName = QFileInfo(outPath).suffix();
    const auto format = exportFormatFromName(formatName);
    if (!format)
        return ctx.usage(tr("--format must be csv, xlsx, vcf, vcf3 or json"));
    request.format = *format;
    request.csvBom = parser.isSet(QStringLiteral("bom"));
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("\\t") || delimiter.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        request.csvDelimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        request.csvDelimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return ctx.usage(tr("--delimiter needs one character, not \"%1\"").arg(delimiter));
    if (parser.isSet(QStringLiteral("ids"))
        && !parseIds(ctx, parser.value(QStringLiteral("ids")), &request.ids))
        return UsageError;
    if (parser.isSet(QStringLiteral("segment"))) {
        if (request.entity != ExchangeEntity::Contacts && request.entity != ExchangeEntity::Activities)
            return ctx.usage(tr("--segment narrows contacts and activities (those of its contacts), not %1")
                                 .arg(exchangeEntityName(request.entity)));
        if (!request.ids.isEmpty())
            return ctx.usage(tr("Give --segment or --ids, not both"));
    }

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    if (parser.isSet(QStringLiteral("segment"))) {
        auto seg = SegmentRepository(*session).byName(parser.value(QStringLiteral("segment")));
        if (!seg)
            return ctx.fail(seg.error());
        request.contactFilter = seg->filter;
    }

    Result<qint64> written = qint64(0);
    if (outPath.isEmpty()) {
        if (ctx.json)
            return ctx.usage(tr("--json needs --out FILE (the export itself goes to standard output)"));
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail({Error::Kind::Storage, tr("Cannot write to standard output."), {}, out.errorString()});
        written = exportRecords(*session, request, &out);
    } else {
        // Written aside and renamed: a failed export never leaves a half-written file.
        written = exportToFile(*session, request, outPath);
    }
    if (!written)
        return ctx.fail(written.error());
    if (outPath.isEmpty())
        return Success;
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("entity"), exchangeEntityName(request.entity)},
                       {QStringLiteral("format"), exportFormatName(request.format)},
                       {QStringLiteral("records"), *written},
                       {QStringLiteral("file"), QFileInfo(outPath).absoluteFilePath()}});
    } else {
        *ctx.out << tr("Exported %1 %2 to %3")
                        .arg(*written)
                        .arg(exchangeEntityName(request.entity), QFileInfo(outPath).absoluteFilePath())
                 << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
