#include "cli.h"

#include "demo/demo_generator.h"

#include <QDate>
#include <QJsonArray>

namespace kontor::cli {

int runDemo(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption contacts(QStringLiteral("contacts"), tr("contacts to create"),
                                      tr("N"));
    const QCommandLineOption companies(QStringLiteral("companies"), tr("companies to create"),
                                       tr("N"));
    const QCommandLineOption deals(QStringLiteral("deals"), tr("deals to create"), tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("random seed"), tr("S"));
    const QCommandLineOption anchor(QStringLiteral("anchor"), tr("last day of the history"),
                                    tr("YYYY-MM-DD"));
    parser.addOptions({contacts, companies, deals, seed, anchor});
    if (!ctx.parse(parser))
        return UsageError;

    DemoOptions options;
    qint64 n = options.contacts, c = options.companies, d = options.deals;
    qint64 s = qint64(options.seed);
    const qint64 limit = 100'000'000;
    if (!ctx.number(parser, QStringLiteral("contacts"), limit, &n)
        || !ctx.number(parser, QStringLiteral("companies"), limit, &c)
        || !ctx.number(parser, QStringLiteral("deals"), limit, &d)
        || !ctx.number(parser, QStringLiteral("seed"), std::numeric_limits<qint64>::max(), &s))
        return UsageError;
    options.contacts = int(n);
    options.companies = int(c);
    options.deals = int(d);
    options.seed = quint64(s);
    if (parser.isSet(anchor)) {
        options.anchor = QDate::fromString(parser.value(anchor), Qt::ISODate);
        if (!options.anchor.isValid())
            return ctx.usage(
                tr("--anchor needs a date like 2024-06-30, not \"%1\"").arg(parser.value(anchor)));
    }

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());

    // Progress only for a person watching: scripts and tests read stdout and the exit code.
    const bool showProgress = Context::stderrIsTerminal();
    QTextStream &err = *ctx.err;
    DemoGenerator::Progress progress;
    if (showProgress) {
        progress = [&err](int percent, const QString &step) {
            err << QStringLiteral("\r%1% %2").arg(percent, 3).arg(step, -40) << Qt::flush;
            return true;
        };
    }
    auto stats = DemoGenerator(*session, options).run(progress);
    if (showProgress)
        err << QLatin1Char('\n') << Qt::flush;
    if (!stats)
        return ctx.fail(stats.error());

    if (ctx.json) {
        QJsonArray steps;
        for (const DemoStep &step : stats->steps) {
            steps.append(QJsonObject {{QStringLiteral("step"), step.name},
                                      {QStringLiteral("rows"), step.rows},
                                      {QStringLiteral("seconds"), step.seconds}});
        }
        ctx.printJson({{QStringLiteral("database"), url->toString()},
                       {QStringLiteral("contacts"), stats->contacts},
                       {QStringLiteral("companies"), stats->companies},
                       {QStringLiteral("deals"), stats->deals},
                       {QStringLiteral("stage_changes"), stats->stageChanges},
                       {QStringLiteral("activities"), stats->activities},
                       {QStringLiteral("tasks"), stats->tasks},
                       {QStringLiteral("other_rows"), stats->otherRows},
                       {QStringLiteral("seconds"), stats->seconds},
                       {QStringLiteral("steps"), steps}});
    } else {
        *ctx.out << tr("Created %1 contacts, %2 companies, %3 deals (%4 stage changes), "
                       "%5 activities and %6 tasks in %7 s.")
                        .arg(stats->contacts)
                        .arg(stats->companies)
                        .arg(stats->deals)
                        .arg(stats->stageChanges)
                        .arg(stats->activities)
                        .arg(stats->tasks)
                        .arg(stats->seconds, 0, 'f', 1)
                 << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
