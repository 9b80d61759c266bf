// kontorctl import / undo-import / imports: the import wizard without the windows.
#include "cli.h"

#include "import/import_job.h"
#include "import/import_profiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace kontor::cli {

int runImport(Context &ctx);
int runUndoImport(Context &ctx);
int runImports(Context &ctx);
int runImportProfiles(Context &ctx);

namespace {

using namespace kontor::importing;

Result<Session> openSession(const Context &ctx)
{
    auto url = ctx.databaseUrl();
    if (!url)
        return url.error();
    return Session::open(*url);
}

// A line on stderr that rewrites itself (a million rows take tens of seconds), only when
// stderr is a terminal: scripts, pipes and --json readers see the summary alone.
struct TerminalProgress
{
    explicit TerminalProgress(Context &ctx) : m_ctx(ctx), m_on(Context::stderrIsTerminal()) {}
    ~TerminalProgress()
    {
        if (m_shown)
            *m_ctx.err << "\r\033[K" << Qt::flush; // the summary follows on a clean line
    }
    ImportProgressFunction function()
    {
        if (!m_on)
            return {};
        return [this](const ImportProgress &p) {
            if (m_clock.isValid() && m_clock.elapsed() < 200)
                return; // five times a second is enough to read
            m_clock.start();
            QString line;
            if (p.photosTotal > 0 && p.rows == 0)
                line = tr("Fetching photos: %1 of %2…")
                           .arg(p.photosFetched)
                           .arg(p.photosTotal);
            else
                line = tr("%1 rows, %2 rows per second, %3% of the file")
                           .arg(p.rows)
                           .arg(qRound(p.rowsPerSecond))
                           .arg(p.bytesTotal > 0 ? int(100 * p.bytesRead / p.bytesTotal) : 0);
            *m_ctx.err << "\r\033[K" << line << Qt::flush;
            m_shown = true;
        };
    }

private:
    Context &m_ctx;
    bool m_on;
    bool m_shown = false;
    QElapsedTimer m_clock;
};

} // namespace

int runImport(Context &ctx)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(
        {{QStringLiteral("entity"), tr("contacts (default), companies, deals or activities"), QStringLiteral("E")},
         {QStringLiteral("mapping"), tr("auto (default), a JSON file {\"column\": \"field\"} or a saved profile's name"),
          QStringLiteral("M")},
         {QStringLiteral("save-profile"), tr("save the mapping used as a profile under NAME"), QStringLiteral("NAME")},
         {QStringLiteral("match"), tr("match keys, comma-separated: email, phone, name+company, name, id, external-id (deals)"),
          QStringLiteral("KEYS")},
         {QStringLiteral("on-duplicate"), tr("skip (default), update, fill-empty or create"), QStringLiteral("P")},
         {QStringLiteral("date-order"), tr("for dates like 03/04/2023: dmy or mdy (default: ask)"), QStringLiteral("O")},
         {QStringLiteral("dry-run"), tr("count what would happen, change nothing")},
         {QStringLiteral("rejects"), tr("write the rejected rows with a reason column to FILE"), QStringLiteral("FILE")},
         {QStringLiteral("all-or-nothing"), tr("import nothing if any row has a problem")},
         {QStringLiteral("photos"), tr("vCard photos: skip (default) or keep"), QStringLiteral("keep|skip")},
         {QStringLiteral("encoding"), tr("text encoding"), QStringLiteral("E")},
         {QStringLiteral("delimiter"), tr("CSV delimiter (tab: \\t)"), QStringLiteral("D")},
         {QStringLiteral("sheet"), tr("sheet name or number"), QStringLiteral("S")},
         {QStringLiteral("header-row"), tr("row of the header, 0 = none"), QStringLiteral("R")}});
    if (!parser.parse(QStringList{QStringLiteral("kontorctl")} + ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("import needs exactly one FILE"));
    const QString path = parser.positionalArguments().constFirst();

    ImportOptions options;
    if (parser.isSet(QStringLiteral("entity"))) {
        const auto e = exchangeEntityFromName(parser.value(QStringLiteral("entity")));
        if (!e)
            return ctx.usage(tr("--entity must be contacts, companies, deals or activities"));
        options.entity = *e;
    }
    for (const QString &k : parser.value(QStringLiteral("match")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto key = matchKeyFromName(k);
        if (!key)
            return ctx.usage(tr("Unknown match key \"%1\"").arg(k));
        options.match << *key;
    }
    if (parser.isSet(QStringLiteral("on-duplicate"))) {
        const auto p = duplicatePolicyFromName(parser.value(QStringLiteral("on-duplicate")));
        if (!p)
            return ctx.usage(tr("--on-duplicate must be skip, update, fill-empty or create"));
        options.onDuplicate = *p;
    }
    const QString order = parser.value(QStringLiteral("date-order")).toLower();
    if (order == QLatin1String("dmy"))
        options.dateOrder = DateOrder::DayFirst;
    else if (order == QLatin1String("mdy"))
        options.dateOrder = DateOrder::MonthFirst;
    else if (!order.isEmpty())
        return ctx.usage(tr("--date-order must be dmy or mdy"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.allOrNothing = parser.isSet(QStringLiteral("all-or-nothing"));
    const QString photos = parser.value(QStringLiteral("photos")).toLower();
    if (photos == QLatin1String("keep"))
        options.keepPhotos = true;
    else if (!photos.isEmpty() && photos != QLatin1String("skip"))
        return ctx.usage(tr("--photos must be keep or skip, not \"%1\"").arg(photos));
    options.rejectsPath = parser.value(QStringLiteral("rejects"));
    options.tabular.encoding = parser.value(QStringLiteral("encoding"));
    options.tabular.sheet = parser.value(QStringLiteral("sheet"));
    qint64 headerRow = 1;
    if (!ctx.number(parser, QStringLiteral("header-row"), 1000000, &headerRow))
        return UsageError;
    options.tabular.headerRow = int(headerRow);
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("\\t") || delimiter.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        options.tabular.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        options.tabular.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return ctx.usage(tr("--delimiter needs one character, not \"%1\"").arg(delimiter));

    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    const QString mappingArg = parser.value(QStringLiteral("mapping"));
    if (!mappingArg.isEmpty() && mappingArg != QLatin1String("auto") && !QFileInfo(mappingArg).isFile()) {
        // Not a file: a profile saved by the wizard or --save-profile.
        auto profile = loadProfile(*session, mappingArg);
        if (!profile) {
            if (profile.error().kind == Error::Kind::NotFound)
                return ctx.fail({Error::Kind::NotFound, tr("There is no mapping file or saved profile of this name."),
                                 mappingArg, {}});
            return ctx.fail(profile.error());
        }
        if (parser.isSet(QStringLiteral("entity")) && options.entity != profile->entity)
            return ctx.usage(tr("The profile \"%1\" imports %2, not %3")
                                 .arg(profile->name, exchangeEntityName(profile->entity), exchangeEntityName(options.entity)));
        if (!parser.isSet(QStringLiteral("encoding")))
            options.tabular.encoding = profile->encoding;
        if (!parser.isSet(QStringLiteral("delimiter")))
            options.tabular.delimiter = profile->delimiter;
        if (!parser.isSet(QStringLiteral("header-row")))
            options.tabular.headerRow = profile->headerRow;
        const DateOrder chosen = options.dateOrder;
        auto reader = openTabular(path, options.tabular);
        if (!reader)
            return ctx.fail(reader.error());
        if (auto st = profile->applyTo((*reader)->header(), &options); !st)
            return ctx.fail(st.error());
        if (!order.isEmpty())
            options.dateOrder = chosen; // the command line wins over the profile
    } else if (!mappingArg.isEmpty() && mappingArg != QLatin1String("auto")) {
        QFile f(mappingArg);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail({Error::Kind::Invalid, tr("Cannot read the mapping file."), mappingArg, f.errorString()});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (!doc.isObject())
            return ctx.fail({Error::Kind::Invalid, tr("The mapping file is not a JSON object {\"column\": \"field\"}."),
                             mappingArg, error.errorString()});
        // The header is needed to place the columns: read it the way the import will.
        auto reader = openTabular(path, options.tabular);
        if (!reader)
            return ctx.fail(reader.error());
        auto mapping = ImportMapping::fromJson(doc.object(), (*reader)->header(), options.entity);
        if (!mapping)
            return ctx.fail(mapping.error());
        options.mapping = *mapping;
    }

    Result<ImportSummary> result = Error {};
    {
        TerminalProgress progress(ctx);
        result = runImport(*session, path, options, progress.function());
    }
    if (!result)
        return ctx.fail(result.error());
    const ImportSummary &s = *result;
    // With the suggested mapping, say when a saved profile was made for these columns: the
    // next run can use it (auto never does by itself, so scripts stay repeatable).
    QString matching;
    if (mappingArg.isEmpty() || mappingArg == QLatin1String("auto")) {
        if (auto profiles = listProfiles(*session, options.entity)) {
            if (auto p = matchingProfile(*profiles, s.header))
                matching = p->name;
        }
    }
    if (parser.isSet(QStringLiteral("save-profile"))) {
        MappingProfile profile;
        profile.name = parser.value(QStringLiteral("save-profile"));
        profile.entity = options.entity;
        profile.header = s.header;
        profile.fields = s.mapping.fields;
        profile.encoding = options.tabular.encoding;
        profile.delimiter = options.tabular.delimiter;
        profile.headerRow = options.tabular.headerRow;
        profile.dateOrder = options.dateOrder;
        if (auto st = saveProfile(*session, profile); !st)
            return ctx.fail(st.error());
    }
    if (ctx.json) {
        QJsonArray problems;
        for (const auto &p : s.problems)
            problems.append(QJsonObject{{QStringLiteral("row"), p.row},
                                        {QStringLiteral("column"), p.column},
                                        {QStringLiteral("value"), p.value},
                                        {QStringLiteral("reason"), p.reason}});
        ctx.printJson({{QStringLiteral("batch"), s.batch},
                       {QStringLiteral("rows"), s.rows},
                       {QStringLiteral("created"), s.created},
                       {QStringLiteral("updated"), s.updated},
                       {QStringLiteral("skipped"), s.skipped},
                       {QStringLiteral("rejected"), s.rejected},
                       {QStringLiteral("warnings"), s.warnings},
                       {QStringLiteral("seconds"), s.seconds},
                       {QStringLiteral("dry_run"), options.dryRun},
                       {QStringLiteral("matching_profile"), matching},
                       {QStringLiteral("mapping"), s.mapping.toJson(s.header)},
                       {QStringLiteral("problems"), problems}});
        return Success;
    }
    QTextStream &out = *ctx.out;
    out << (options.dryRun ? tr("Dry run (nothing was changed):") : tr("Import %1:").arg(s.batch)) << Qt::endl;
    out << tr("%1 rows: %2 created, %3 updated, %4 skipped, %5 rejected in %6 s")
               .arg(s.rows).arg(s.created).arg(s.updated).arg(s.skipped).arg(s.rejected).arg(s.seconds, 0, 'f', 2)
        << Qt::endl;
    if (s.warnings > 0) // rows imported with a part left out: listed with the problems below
        out << QCoreApplication::translate("kontorctl", "%n photo(s) could not be kept; those contacts were imported without them.",
                                           nullptr, int(s.warnings))
            << Qt::endl;
    for (const auto &p : s.problems.mid(0, 20))
        out << QStringLiteral("  ") << p.toString() << Qt::endl;
    if (s.problems.size() > 20)
        out << tr("  ... and more; use --rejects FILE to get every rejected row") << Qt::endl;
    if (!matching.isEmpty())
        out << tr("The saved mapping profile \"%1\" was made for these columns; --mapping \"%1\" uses it.").arg(matching)
            << Qt::endl;
    return Success;
}

int runUndoImport(Context &ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(tr("undo-import needs the BATCH number (see: kontorctl imports list)"));
    bool ok = false;
    const qint64 batch = ctx.args.first().toLongLong(&ok);
    if (!ok || batch <= 0)
        return ctx.usage(tr("A batch is a positive whole number, not \"%1\"").arg(ctx.args.first()));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    if (auto st = undoImport(*session, batch); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("batch"), batch}, {QStringLiteral("status"), QStringLiteral("undone")}});
    else
        *ctx.out << tr("Import %1 undone.").arg(batch) << Qt::endl;
    return Success;
}

int runImports(Context &ctx)
{
    if (ctx.args.value(0, QStringLiteral("list")) != QLatin1String("list") || ctx.args.size() > 1)
        return ctx.usage(tr("imports takes one subcommand: list"));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto list = listImports(*session);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray items;
        for (const auto &b : *list)
            items.append(QJsonObject{{QStringLiteral("batch"), b.id},
                                     {QStringLiteral("entity"), b.entity},
                                     {QStringLiteral("file"), b.sourceName},
                                     {QStringLiteral("format"), b.format},
                                     {QStringLiteral("status"), b.status},
                                     {QStringLiteral("created"), b.created},
                                     {QStringLiteral("updated"), b.updated},
                                     {QStringLiteral("skipped"), b.skipped},
                                     {QStringLiteral("rejected"), b.rejected},
                                     {QStringLiteral("started_at"), b.startedAt.toUTC().toString(Qt::ISODate)}});
        ctx.printJson({{QStringLiteral("imports"), items}});
        return Success;
    }
    for (const auto &b : *list) {
        *ctx.out << QStringLiteral("%1  %2  %3  %4  +%5 ~%6 =%7 !%8  %9")
                        .arg(b.id)
                        .arg(b.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.status, b.entity)
                        .arg(b.created)
                        .arg(b.updated)
                        .arg(b.skipped)
                        .arg(b.rejected)
                        .arg(b.sourceName)
                 << Qt::endl;
    }
    return Success;
}

// import-profiles list | remove NAME: the mapping profiles saved by the wizard or --save-profile.
int runImportProfiles(Context &ctx)
{
    const QString sub = ctx.args.value(0, QStringLiteral("list"));
    if (!((sub == QLatin1String("list") && ctx.args.size() <= 1) || (sub == QLatin1String("remove") && ctx.args.size() == 2)))
        return ctx.usage(tr("import-profiles takes: list | remove NAME"));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    if (sub == QLatin1String("remove")) {
        if (auto st = removeProfile(*session, ctx.args.at(1)); !st)
            return ctx.fail(st.error());
        if (ctx.json)
            ctx.printJson({{QStringLiteral("removed"), ctx.args.at(1)}});
        else
            *ctx.out << tr("Mapping profile \"%1\" removed.").arg(ctx.args.at(1)) << Qt::endl;
        return Success;
    }
    auto list = listProfiles(*session);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray items;
        for (const MappingProfile &p : *list) {
            QJsonObject o = p.toJson();
            o.insert(QStringLiteral("name"), p.name);
            items.append(o);
        }
        ctx.printJson({{QStringLiteral("profiles"), items}});
        return Success;
    }
    for (const MappingProfile &p : *list) {
        QStringList columns;
        for (int i = 0; i < p.header.size(); ++i) {
            if (!p.fields.value(i).isEmpty())
                columns << QStringLiteral("%1 → %2").arg(p.header.at(i), p.fields.at(i));
        }
        *ctx.out << p.name << QStringLiteral("  (") << exchangeEntityName(p.entity) << QStringLiteral(")  ")
                 << columns.join(QStringLiteral(", ")) << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
