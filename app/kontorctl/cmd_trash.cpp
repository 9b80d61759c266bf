// kontorctl trash list | restore ID [--entity E] | purge [--older-than DAYS].
#include "cli.h"

#include "contacts/trash_bin.h"

#include <QJsonArray>

namespace kontor::cli {

int runTrash(Context &ctx)
{
    const QString sub = ctx.args.value(0);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption entity(QStringLiteral("entity"),
                                    tr("contact (default), company, deal or task"), QStringLiteral("E"),
                                    QStringLiteral("contact"));
    const QCommandLineOption older(QStringLiteral("older-than"),
                                   tr("only what was trashed at least DAYS days ago"),
                                   QStringLiteral("DAYS"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("at most N rows (default 500)"),
                                   QStringLiteral("N"));
    if (sub == QLatin1String("list"))
        parser.addOption(limit);
    else if (sub == QLatin1String("restore"))
        parser.addOption(entity);
    else if (sub == QLatin1String("purge"))
        parser.addOption(older);
    else
        return ctx.usage(sub.isEmpty() ? tr("Say what to do: list, restore or purge")
                                       : tr("Unknown trash command: %1").arg(sub));
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args.mid(1)))
        return ctx.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const int wanted = sub == QLatin1String("restore") ? 1 : 0;
    if (positional.size() != wanted) {
        return ctx.usage(positional.size() < wanted
                             ? tr("Missing argument: the id to restore")
                             : tr("Unexpected argument: %1").arg(positional.value(wanted)));
    }
    qint64 id = 0;
    if (wanted) {
        bool ok = false;
        id = positional.constFirst().toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(tr("A record id is a positive whole number, not \"%1\"")
                                 .arg(positional.constFirst()));
    }
    qint64 n = 500;
    qint64 days = 0;
    if (sub == QLatin1String("list") && !ctx.number(parser, QStringLiteral("limit"), 5000, &n))
        return UsageError;
    if (sub == QLatin1String("purge")
        && !ctx.number(parser, QStringLiteral("older-than"), 100000, &days))
        return UsageError;

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    TrashBin bin(*session);

    if (sub == QLatin1String("list")) {
        auto items = bin.list(int(qMax<qint64>(1, n)));
        if (!items)
            return ctx.fail(items.error());
        QJsonArray array;
        for (const TrashedItem &t : *items) {
            const QString when = t.deletedAt.toString(Qt::ISODate);
            if (ctx.json) {
                array.append(QJsonObject {{QStringLiteral("entity"), t.entity},
                                          {QStringLiteral("id"), t.id},
                                          {QStringLiteral("title"), t.title},
                                          {QStringLiteral("deleted_at"), when},
                                          {QStringLiteral("deleted_by"), t.deletedByName}});
            } else {
                *ctx.out << t.entity << '\t' << t.id << '\t' << t.title << '\t' << when << '\t'
                         << t.deletedByName << Qt::endl;
            }
        }
        if (ctx.json)
            ctx.printJson({{QStringLiteral("trash"), array}});
        else if (items->isEmpty())
            *ctx.out << tr("The trash is empty") << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("restore")) {
        const QString kind = parser.value(entity);
        if (auto st = bin.restore(kind, id); !st)
            return ctx.fail(st.error());
        if (ctx.json)
            ctx.printJson({{QStringLiteral("restored"), kind}, {QStringLiteral("id"), id}});
        else
            *ctx.out << tr("Restored %1 %2").arg(kind).arg(id) << Qt::endl;
        return Success;
    }
    auto purged = bin.purge(int(days));
    if (!purged)
        return ctx.fail(purged.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("purged"), *purged}});
    else
        *ctx.out << tr("Deleted %1 records for good").arg(*purged) << Qt::endl;
    return Success;
}

} // namespace kontor::cli
