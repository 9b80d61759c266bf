// kontorctl preview FILE: what the import wizard's first pages show, for scripts and support.
#include "cli.h"

#include "import/import_mapping.h"
#include "import/tabular_reader.h"
#include "import/vcard_reader.h"

#include <QFileInfo>
#include <QJsonArray>

namespace kontor::cli {

int runPreview(Context &ctx);

namespace {

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString delimiterName(QChar d)
{
    return d == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(d);
}

QStringList vcardHeader()
{
    return {QStringLiteral("Name"),        QStringLiteral("Given name"),
            QStringLiteral("Family name"), QStringLiteral("Organization"),
            QStringLiteral("Title"),       QStringLiteral("Emails"),
            QStringLiteral("Phones"),      QStringLiteral("Birthday")};
}

QStringList vcardRow(const VCardContact &c)
{
    QStringList emails, phones;
    for (const auto &e : c.emails)
        emails.append(e.value);
    for (const auto &p : c.phones)
        phones.append(p.value);
    return {c.formattedName,
            c.givenName,
            c.familyName,
            c.organization,
            c.title,
            emails.join(QStringLiteral(", ")),
            phones.join(QStringLiteral(", ")),
            c.birthday ? c.birthday->toString(Qt::ISODate) : c.birthdayText};
}

struct Preview
{
    QString format, encoding, delimiter, sheet;
    QStringList sheets, header;
    QJsonArray rows;
    QJsonArray problems;
    QStringList textRows;
    QList<QStringList> sample; // for the mapping suggestion by content
};

void addRow(Preview &p, qint64 source, const QStringList &cells, const std::optional<Error> &bad)
{
    p.rows.append(toJson(cells));
    p.sample.append(cells);
    p.textRows.append(QStringLiteral("%1: %2").arg(source).arg(cells.join(QStringLiteral(" | "))));
    if (bad) {
        p.problems.append(QJsonObject {{QStringLiteral("row"), source},
                                       {QStringLiteral("message"), bad->toString()}});
    }
}

} // namespace

int runPreview(Context &ctx)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(
        {{QStringLiteral("rows"), tr("rows to show (default 10)"), QStringLiteral("N")},
         {QStringLiteral("encoding"), tr("text encoding"), QStringLiteral("E")},
         {QStringLiteral("delimiter"), tr("CSV delimiter (tab: \\t)"), QStringLiteral("D")},
         {QStringLiteral("sheet"), tr("sheet name or number"), QStringLiteral("S")},
         {QStringLiteral("header-row"), tr("row of the header, 0 = none"), QStringLiteral("R")},
         {QStringLiteral("entity"), tr("what the suggested mapping is for: contacts (default), companies, deals or activities"),
          QStringLiteral("E")}});
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("preview needs exactly one FILE"));
    const QString path = parser.positionalArguments().constFirst();
    qint64 rows = 10, headerRow = 1;
    if (!ctx.number(parser, QStringLiteral("rows"), 1000000, &rows)
        || !ctx.number(parser, QStringLiteral("header-row"), 1000000, &headerRow))
        return UsageError;
    TabularOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.headerRow = int(headerRow);
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("\\t")
        || delimiter.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        options.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        options.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return ctx.usage(tr("--delimiter needs one character, not \"%1\"").arg(delimiter));

    ExchangeEntity entity = ExchangeEntity::Contacts;
    if (parser.isSet(QStringLiteral("entity"))) {
        const auto e = exchangeEntityFromName(parser.value(QStringLiteral("entity")));
        if (!e)
            return ctx.usage(tr("--entity must be contacts, companies, deals or activities"));
        entity = *e;
    }

    Preview p;
    if (detectFileFormat(path) == FileFormat::VCard) {
        VCardReader reader;
        if (auto s = reader.open(path, {false, options.encoding}); !s)
            return ctx.fail(s.error());
        p.format = QStringLiteral("vcard");
        p.encoding = reader.encoding();
        p.header = vcardHeader();
        VCardContact card;
        for (qint64 n = 0; n < rows; ++n) {
            auto more = reader.next(card);
            if (!more)
                return ctx.fail(more.error());
            if (!*more)
                break;
            addRow(p, card.sourceLine, vcardRow(card), card.problem);
        }
    } else {
        auto reader = openTabular(path, options);
        if (!reader)
            return ctx.fail(reader.error());
        TabularReader &r = **reader;
        p.format = r.format();
        p.encoding = r.encoding();
        p.delimiter = r.delimiter().isNull() ? QString() : delimiterName(r.delimiter());
        p.sheets = r.sheets();
        p.sheet = r.sheet();
        p.header = r.header();
        TabularRow row;
        for (qint64 n = 0; n < rows; ++n) {
            auto more = r.next(row);
            if (!more)
                return ctx.fail(more.error());
            if (!*more)
                break;
            addRow(p, row.sourceRow, row.cells, row.problem);
        }
    }

    // The mapping the import would use with --mapping auto, suggested from the header and
    // the rows shown.
    const auto mapping = importing::suggestMapping(entity, p.header, p.sample);
    const QString recognized = importing::recognizeExport(p.header);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("mapping"), mapping.toJson(p.header)},
                       {QStringLiteral("recognized"), recognized},
                       {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("format"), p.format},
                       {QStringLiteral("encoding"), p.encoding},
                       {QStringLiteral("delimiter"), p.delimiter},
                       {QStringLiteral("sheets"), toJson(p.sheets)},
                       {QStringLiteral("sheet"), p.sheet},
                       {QStringLiteral("header"), toJson(p.header)},
                       {QStringLiteral("rows"), p.rows},
                       {QStringLiteral("problems"), p.problems}});
        return Success;
    }
    QTextStream &out = *ctx.out;
    out << tr("Format: %1").arg(p.format) << Qt::endl;
    if (!p.encoding.isEmpty())
        out << tr("Encoding: %1").arg(p.encoding) << Qt::endl;
    if (!p.delimiter.isEmpty())
        out << tr("Delimiter: %1").arg(p.delimiter) << Qt::endl;
    if (!p.sheets.isEmpty())
        out << tr("Sheets: %1 (showing %2)").arg(p.sheets.join(QStringLiteral(", ")), p.sheet)
            << Qt::endl;
    out << tr("Header: %1").arg(p.header.join(QStringLiteral(" | "))) << Qt::endl;
    if (!recognized.isEmpty())
        out << tr("Recognized: a %1 export").arg(recognized) << Qt::endl;
    QStringList mapped;
    for (int i = 0; i < p.header.size(); ++i)
        mapped << QStringLiteral("%1 → %2").arg(p.header.at(i),
                                               mapping.fields.value(i).isEmpty() ? tr("(do not import)") : mapping.fields.value(i));
    out << tr("Mapping: %1").arg(mapped.join(QStringLiteral(", "))) << Qt::endl;
    for (const QString &line : std::as_const(p.textRows))
        out << line << Qt::endl;
    for (const auto &problem : std::as_const(p.problems)) {
        const QString message = problem.toObject().value(QStringLiteral("message")).toString();
        out << tr("Problem: %1").arg(message) << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
