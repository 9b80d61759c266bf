// kontorctl tasks export-ics FILE / import-ics FILE: iCalendar in and out.
#include "cli.h"

#include "tasks/icalendar.h"
#include "tasks/task_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

namespace kontor::cli {

int runTasksIcs(Context &ctx, const QString &action)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QString value = QStringLiteral("VALUE");
    if (action == QLatin1String("export-ics"))
        parser.addOptions({{QStringLiteral("assignee"), {}, value}, QCommandLineOption(QStringLiteral("with-done"))});
    else
        parser.addOption({QStringLiteral("tz"), {}, value});
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args.mid(1)))
        return ctx.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usage(tr("tasks %1 needs one FILE").arg(action));
    const QString path = positional.first();
    QTimeZone floating = QTimeZone::systemTimeZone();
    if (parser.isSet(QStringLiteral("tz"))) {
        floating = QTimeZone(parser.value(QStringLiteral("tz")).toUtf8());
        if (!floating.isValid())
            return ctx.usage(tr("--tz needs an IANA time zone such as Europe/Berlin, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("tz"))));
    }

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    const TaskRepository repo(*session);

    if (action == QLatin1String("export-ics")) {
        TaskScope scope = TaskScope::mine();
        const QString who = parser.value(QStringLiteral("assignee"));
        if (who == QLatin1String("all") || who == QLatin1String("everyone")) {
            scope = TaskScope::everyone();
        } else if (!who.isEmpty() && who != QLatin1String("me")) {
            auto id = repo.findUser(who);
            if (!id)
                return ctx.fail(id.error());
            scope = TaskScope::user(*id);
        }
        auto tasks = repo.all(scope, parser.isSet(QStringLiteral("with-done")));
        if (!tasks)
            return ctx.fail(tasks.error());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(writeICalendar(*tasks, QDateTime::currentDateTimeUtc())) < 0 || !file.commit())
            return ctx.fail(Error {Error::Kind::Storage, tr("Cannot write the calendar file"), path,
                                   file.errorString()});
        if (ctx.json)
            ctx.printJson({{QStringLiteral("file"), path}, {QStringLiteral("tasks"), tasks->size()}});
        else
            *ctx.out << tr("Wrote %1 tasks to %2").arg(tasks->size()).arg(path) << Qt::endl;
        return Success;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error {Error::Kind::NotFound, tr("Cannot open the calendar file"), path,
                               file.errorString()});
    auto parsed = parseICalendar(file.readAll(), floating);
    if (!parsed)
        return ctx.fail(Error {parsed.error().kind, parsed.error().message,
                               parsed.error().context.isEmpty()
                                   ? path
                                   : path + QStringLiteral(", ") + parsed.error().context,
                               {}});
    auto result = importICalendar(*session, *parsed);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json) {
        QJsonArray problems;
        for (const QString &p : std::as_const(result->problems))
            problems.append(p);
        ctx.printJson({{QStringLiteral("created"), result->created},
                       {QStringLiteral("skipped_existing"), result->skippedExisting},
                       {QStringLiteral("problems"), problems}});
    } else {
        *ctx.out << tr("Imported %1 meetings; %2 were already there.")
                        .arg(result->created)
                        .arg(result->skippedExisting)
                 << Qt::endl;
        for (const QString &p : std::as_const(result->problems))
            *ctx.err << path << QStringLiteral(": ") << p << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
