// kontorctl duplicates [--limit N] | duplicates dismiss|undismiss ID1 ID2 | duplicates dismissed
// kontorctl merge KEEP OTHER [--take FIELD]... [--undo]
#include "cli.h"

#include "contacts/duplicate_review.h"
#include "contacts/duplicates.h"

#include <QJsonArray>

namespace kontor::cli {

namespace {

// Two contact ids after a subcommand ("dismiss 12 40"); false after printing the usage error.
bool twoIds(Context &ctx, const QStringList &args, qint64 *a, qint64 *b)
{
    if (args.size() != 2) {
        ctx.usage(tr("Give the ids of the two contacts"));
        return false;
    }
    bool ok1 = false;
    bool ok2 = false;
    *a = args.at(0).toLongLong(&ok1);
    *b = args.at(1).toLongLong(&ok2);
    if (!ok1 || !ok2 || *a <= 0 || *b <= 0) {
        ctx.usage(tr("Contact ids are positive whole numbers, not \"%1\"")
                      .arg(args.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

// "Not a duplicate": the same dismissals the review screen writes and reads.
int runDismissals(Context &ctx, const QString &action, const QStringList &args)
{
    qint64 a = 0;
    qint64 b = 0;
    if (action != QLatin1String("dismissed") && !twoIds(ctx, args, &a, &b))
        return UsageError;
    if (action == QLatin1String("dismissed") && !args.isEmpty())
        return ctx.usage(tr("\"duplicates dismissed\" takes no arguments"));
    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    const DuplicateReview review(*session);
    if (action == QLatin1String("dismissed")) {
        auto pairs = review.dismissals();
        if (!pairs)
            return ctx.fail(pairs.error());
        QJsonArray array;
        for (const DuplicateDismissal &d : *pairs) {
            if (ctx.json) {
                array.append(QJsonObject {
                    {QStringLiteral("contacts"), QJsonArray {d.contactA, d.contactB}},
                    {QStringLiteral("names"), QJsonArray {d.nameA, d.nameB}},
                    {QStringLiteral("dismissed_at"), d.dismissedAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("dismissed_by"), d.dismissedBy}});
            } else {
                *ctx.out << d.contactA << '\t' << d.contactB << '\t' << d.nameA << '\t'
                         << d.nameB << '\t' << d.dismissedAt.toUTC().toString(Qt::ISODate)
                         << Qt::endl;
            }
        }
        if (ctx.json)
            ctx.printJson({{QStringLiteral("dismissed"), array}});
        else if (pairs->isEmpty())
            *ctx.out << tr("No pair is marked as not a duplicate") << Qt::endl;
        return Success;
    }
    const bool dismiss = action == QLatin1String("dismiss");
    if (auto st = dismiss ? review.dismiss(a, b) : review.undismiss(a, b); !st)
        return ctx.fail(st.error());
    if (ctx.json) {
        ctx.printJson({{dismiss ? QStringLiteral("dismissed") : QStringLiteral("undismissed"),
                        QJsonArray {qMin(a, b), qMax(a, b)}}});
    } else if (dismiss) {
        *ctx.out << tr("Contacts %1 and %2 are not duplicates: they will not be proposed again"
                       " (undo: kontorctl duplicates undismiss %1 %2)")
                        .arg(qMin(a, b))
                        .arg(qMax(a, b))
                 << Qt::endl;
    } else {
        *ctx.out << tr("Contacts %1 and %2 may be proposed as duplicates again")
                        .arg(qMin(a, b))
                        .arg(qMax(a, b))
                 << Qt::endl;
    }
    return Success;
}

} // namespace

int runDuplicates(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("at most N groups per reason (default 1000)"),
                                   QStringLiteral("N"));
    parser.addOption(limit);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args))
        return ctx.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString action = positional.first();
        if (action != QLatin1String("dismiss") && action != QLatin1String("undismiss")
            && action != QLatin1String("dismissed")) {
            return ctx.usage(tr("Unknown duplicates action \"%1\" (dismiss, undismiss or"
                                " dismissed)")
                                 .arg(action));
        }
        if (parser.isSet(limit))
            return ctx.usage(tr("--limit lists groups; it does not go with \"%1\"").arg(action));
        return runDismissals(ctx, action, positional.mid(1));
    }
    qint64 n = 1000;
    if (!ctx.number(parser, QStringLiteral("limit"), 100000, &n))
        return UsageError;
    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    auto groups = DuplicateFinder(*session).find(int(qMax<qint64>(1, n)));
    if (!groups)
        return ctx.fail(groups.error());
    QJsonArray array;
    for (const DuplicateGroup &g : *groups) {
        QJsonArray ids;
        QStringList text;
        for (qint64 id : g.contactIds) {
            ids.append(id);
            text << QString::number(id);
        }
        if (ctx.json) {
            array.append(QJsonObject {{QStringLiteral("reason"), g.reason},
                                      {QStringLiteral("key"), g.key},
                                      {QStringLiteral("contacts"), ids}});
        } else {
            *ctx.out << g.reason << '\t' << g.key << '\t' << text.join(QLatin1Char(' '))
                     << Qt::endl;
        }
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("groups"), array}});
    else if (groups->isEmpty())
        *ctx.out << tr("No duplicates found") << Qt::endl;
    return Success;
}

int runMerge(Context &ctx)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption take(QStringLiteral("take"),
                                  tr("take this field from OTHER (repeatable): %1")
                                      .arg(ContactMerger::fields().join(QStringLiteral(", "))),
                                  QStringLiteral("FIELD"));
    const QCommandLineOption undo(QStringLiteral("undo"), tr("undo the merge of OTHER into KEEP"));
    parser.addOptions({take, undo});
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + ctx.args))
        return ctx.usage(parser.errorText());
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 2)
        return ctx.usage(tr("Give two contact ids: the one to keep, then the other"));
    qint64 keep = 0;
    qint64 other = 0;
    bool ok1 = false;
    bool ok2 = false;
    keep = ids.at(0).toLongLong(&ok1);
    other = ids.at(1).toLongLong(&ok2);
    if (!ok1 || !ok2 || keep <= 0 || other <= 0)
        return ctx.usage(tr("Contact ids are positive whole numbers, not \"%1\"")
                             .arg(ids.join(QLatin1Char(' '))));
    QMap<QString, qint64> winners;
    for (const QString &f : parser.values(take)) {
        if (!ContactMerger::fields().contains(f))
            return ctx.usage(tr("--take: unknown field \"%1\"").arg(f));
        winners.insert(f, other);
    }
    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    ContactMerger merger(*session);
    if (parser.isSet(undo)) {
        if (auto st = merger.undo(keep, other); !st)
            return ctx.fail(st.error());
        if (ctx.json)
            ctx.printJson({{QStringLiteral("unmerged"), other}, {QStringLiteral("kept"), keep}});
        else
            *ctx.out << tr("Contact %1 is separate from contact %2 again").arg(other).arg(keep)
                     << Qt::endl;
        return Success;
    }
    auto merged = merger.merge(keep, other, winners);
    if (!merged)
        return ctx.fail(merged.error());
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("kept"), keep},
                       {QStringLiteral("merged"), other},
                       {QStringLiteral("audit_id"), *merged}});
    } else {
        *ctx.out << tr("Merged contact %1 into contact %2 (undo: kontorctl merge %2 %1 --undo)")
                        .arg(other)
                        .arg(keep)
                 << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
