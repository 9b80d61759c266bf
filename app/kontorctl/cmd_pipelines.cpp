// kontorctl pipelines list: the pipelines with their ordered stages.
#include "cli.h"

#include "repo/pipeline_repository.h"

#include <QJsonArray>

namespace kontor::cli {

int runPipelines(Context &ctx)
{
    if (ctx.args.value(0) != QLatin1String("list"))
        return ctx.usage(tr("Say what to do with pipelines: list"));
    ctx.args.removeFirst();
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return UsageError;
    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    auto pipelines = PipelineRepository(*session).list();
    if (!pipelines)
        return ctx.fail(pipelines.error());

    if (ctx.json) {
        QJsonArray list;
        for (const Pipeline &p : std::as_const(*pipelines)) {
            QJsonArray stages;
            for (const Stage &s : p.stages) {
                stages.append(QJsonObject {{QStringLiteral("id"), s.id},
                                           {QStringLiteral("name"), s.name},
                                           {QStringLiteral("position"), s.position},
                                           {QStringLiteral("probability"), s.probability},
                                           {QStringLiteral("kind"), Stage::kindName(s.kind)},
                                           {QStringLiteral("rot_days"), s.rotDays}});
            }
            list.append(QJsonObject {{QStringLiteral("id"), p.id},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("position"), p.position},
                                     {QStringLiteral("stages"), stages}});
        }
        ctx.printJson({{QStringLiteral("pipelines"), list}});
        return Success;
    }
    for (const Pipeline &p : std::as_const(*pipelines)) {
        *ctx.out << QStringLiteral("%1  %2").arg(p.id).arg(p.name) << Qt::endl;
        for (const Stage &s : p.stages) {
            *ctx.out << QStringLiteral("    %1  %2  %3 %  %4")
                            .arg(s.id, 4)
                            .arg(s.name, -20)
                            .arg(s.probability, 3)
                            .arg(Stage::kindName(s.kind))
                     << Qt::endl;
        }
    }
    return Success;
}

} // namespace kontor::cli
