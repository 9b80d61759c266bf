// kontorctl search TEXT [--limit N]: the global quick search.
#include "cli.h"

#include "search/search_repository.h"

#include <QJsonArray>

namespace kontor::cli {

int runSearch(Context &ctx)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N results (default 20)"),
                                   QStringLiteral("N"));
    parser.addOption(limit);
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args))
        return ctx.usage(parser.errorText());
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return ctx.usage(tr("Say what to search for"));
    qint64 n = 20;
    if (!ctx.number(parser, QStringLiteral("limit"), 500, &n))
        return UsageError;
    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    auto hits = SearchRepository(*session).search(text, int(qMax<qint64>(1, n)));
    if (!hits)
        return ctx.fail(hits.error());
    if (ctx.json) {
        QJsonArray items;
        for (const SearchHit &h : *hits) {
            items.append(QJsonObject {{QStringLiteral("kind"), SearchHit::kindName(h.kind)},
                                      {QStringLiteral("id"), h.id},
                                      {QStringLiteral("title"), h.title},
                                      {QStringLiteral("subtitle"), h.subtitle}});
        }
        ctx.printJson({{QStringLiteral("query"), text}, {QStringLiteral("results"), items}});
        return Success;
    }
    for (const SearchHit &h : *hits) {
        *ctx.out << SearchHit::kindName(h.kind) << '\t' << h.id << '\t' << h.title << '\t'
                 << h.subtitle << Qt::endl;
    }
    if (hits->isEmpty())
        *ctx.out << tr("Nothing found for \"%1\"").arg(text) << Qt::endl;
    return Success;
}

} // namespace kontor::cli
