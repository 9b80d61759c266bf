// kontorctl deals list / move / won / lost: the funnel from scripts.
#include "cli.h"

#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"

#include <QJsonArray>

namespace kontor::cli {

namespace {

QJsonObject dealJson(const Deal &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("amount"), formatMinor(d.amountMinor)},
            {QStringLiteral("amount_minor"), d.amountMinor},
            {QStringLiteral("currency"), d.currency},
            {QStringLiteral("stage"), d.stageName},
            {QStringLiteral("stage_id"), d.stageId},
            {QStringLiteral("pipeline_id"), d.pipelineId},
            {QStringLiteral("owner"), d.ownerName},
            {QStringLiteral("status"), d.status}};
}

void printDeal(const Context &ctx, const Deal &d)
{
    *ctx.out << QStringLiteral("%1  %2  %3 %4  %5  %6  %7")
                    .arg(d.id, 6)
                    .arg(d.title, -32)
                    .arg(formatMinor(d.amountMinor), 12)
                    .arg(d.currency)
                    .arg(d.stageName, -16)
                    .arg(d.status, -5)
                    .arg(d.ownerName)
             << Qt::endl;
}

int listDeals(Context &ctx, const Session &session, const QCommandLineParser &parser)
{
    DealQuery query;
    query.sort = DealQuery::Sort::Board;
    PipelineRepository pipelines(session);
    if (parser.isSet(QStringLiteral("pipeline"))) {
        auto p = pipelines.find(parser.value(QStringLiteral("pipeline")));
        if (!p)
            return ctx.fail(p.error());
        query.pipelineId = p->id;
    }
    if (parser.isSet(QStringLiteral("stage"))) {
        if (!query.pipelineId) {
            auto all = pipelines.list();
            if (!all)
                return ctx.fail(all.error());
            query.pipelineId = all->isEmpty() ? 0 : all->first().id;
        }
        auto s = pipelines.findStage(query.pipelineId, parser.value(QStringLiteral("stage")));
        if (!s)
            return ctx.fail(s.error());
        query.stageId = s->id;
    }
    if (parser.isSet(QStringLiteral("owner"))) {
        bool isId = false;
        const QString owner = parser.value(QStringLiteral("owner"));
        query.ownerId = owner.toLongLong(&isId);
        if (!isId)
            query.ownerLogin = owner;
    }
    query.status = parser.value(QStringLiteral("status"));
    DealRepository repo(session);
    QJsonArray list;
    PageRequest page;
    page.limit = 1000;
    for (;;) {
        auto deals = repo.list(query, page);
        if (!deals)
            return ctx.fail(deals.error());
        for (const Deal &d : std::as_const(deals->items)) {
            if (ctx.json)
                list.append(dealJson(d));
            else
                printDeal(ctx, d);
        }
        if (!deals->hasMore)
            break;
        page.after = deals->nextAfter;
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("deals"), list}});
    return Success;
}

} // namespace

int runDeals(Context &ctx)
{
    const QString action = ctx.args.value(0);
    const QStringList actions {QStringLiteral("list"), QStringLiteral("move"),
                               QStringLiteral("won"), QStringLiteral("lost")};
    if (!actions.contains(action))
        return ctx.usage(tr("Say what to do with deals: list, move, won or lost"));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QString value = QStringLiteral("VALUE");
    if (action == QLatin1String("list")) {
        parser.addOptions({{QStringLiteral("pipeline"), {}, value},
                           {QStringLiteral("stage"), {}, value},
                           {QStringLiteral("owner"), {}, value},
                           {QStringLiteral("status"), {}, value}});
    } else if (action == QLatin1String("move")) {
        parser.addOption({QStringLiteral("stage"), {}, value});
    } else if (action == QLatin1String("lost")) {
        parser.addOptions(
            {{QStringLiteral("reason"), {}, value}, {QStringLiteral("note"), {}, value}});
    }
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args.mid(1)))
        return ctx.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    qint64 dealId = 0;
    if (action == QLatin1String("list")) {
        if (!positional.isEmpty())
            return ctx.usage(tr("Unexpected argument: %1").arg(positional.first()));
    } else {
        bool ok = false;
        dealId = positional.value(0).toLongLong(&ok);
        if (positional.size() != 1 || !ok || dealId <= 0)
            return ctx.usage(tr("deals %1 needs one deal id").arg(action));
        if (action == QLatin1String("move") && !parser.isSet(QStringLiteral("stage")))
            return ctx.usage(tr("deals move needs --stage NAME_OR_ID"));
        if (action == QLatin1String("lost") && !parser.isSet(QStringLiteral("reason")))
            return ctx.usage(tr("deals lost needs --reason: why was the deal lost?"));
    }

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    if (action == QLatin1String("list"))
        return listDeals(ctx, *session, parser);

    DealRepository deals(*session);
    PipelineRepository pipelines(*session);
    auto deal = deals.get(dealId);
    if (!deal)
        return ctx.fail(deal.error());
    Status done;
    if (action == QLatin1String("move")) {
        auto stage = pipelines.findStage(deal->pipelineId, parser.value(QStringLiteral("stage")));
        if (!stage)
            return ctx.fail(stage.error());
        if (stage->kind == Stage::Kind::Lost)
            return ctx.usage(tr("To lose a deal use: deals lost ID --reason R"));
        done = deals.moveToStage(dealId, stage->id);
    } else if (action == QLatin1String("won")) {
        done = deals.markWon(dealId);
    } else {
        auto reason = pipelines.findLostReason(parser.value(QStringLiteral("reason")));
        if (!reason)
            return ctx.fail(reason.error());
        done = deals.markLost(dealId, reason->id, parser.value(QStringLiteral("note")));
    }
    if (!done)
        return ctx.fail(done.error());
    auto after = deals.get(dealId);
    if (!after)
        return ctx.fail(after.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("deal"), dealJson(*after)}});
    else
        printDeal(ctx, *after);
    return Success;
}

} // namespace kontor::cli
