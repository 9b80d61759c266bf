// kontorctl activities log: record a call, email, meeting or note on a client's timeline.
#include "cli.h"

#include "activities/activity_repository.h"

#include <QTimeZone>

namespace kontor::cli {

int runActivities(Context &ctx)
{
    const QString action = ctx.args.value(0);
    if (action != QLatin1String("log"))
        return ctx.usage(tr("Say what to do with activities: log"));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QString value = QStringLiteral("VALUE");
    parser.addOptions({{QStringLiteral("contact"), {}, value}, {QStringLiteral("company"), {}, value},
                       {QStringLiteral("deal"), {}, value}, {QStringLiteral("kind"), {}, value},
                       {QStringLiteral("subject"), {}, value}, {QStringLiteral("body"), {}, value},
                       {QStringLiteral("duration"), {}, value}, {QStringLiteral("direction"), {}, value},
                       {QStringLiteral("outcome"), {}, value}, {QStringLiteral("at"), {}, value}});
    ctx.args = ctx.args.mid(1);
    if (!ctx.parse(parser))
        return UsageError;
    Activity a;
    if (!parser.isSet(QStringLiteral("kind")))
        return ctx.usage(tr("activities log needs --kind call|email|meeting|note"));
    a.kind = parser.value(QStringLiteral("kind"));
    if (!activityKinds().contains(a.kind))
        return ctx.usage(tr("--kind is call, email, meeting or note, not \"%1\"").arg(a.kind));
    qint64 n = 0;
    if (!ctx.number(parser, QStringLiteral("contact"), std::numeric_limits<qint64>::max(), &a.contactId)
        || !ctx.number(parser, QStringLiteral("company"), std::numeric_limits<qint64>::max(), &a.companyId)
        || !ctx.number(parser, QStringLiteral("deal"), std::numeric_limits<qint64>::max(), &a.dealId)
        || !ctx.number(parser, QStringLiteral("duration"), 60 * 24, &n))
        return UsageError;
    a.durationMin = int(n);
    if (!a.contactId && !a.companyId && !a.dealId)
        return ctx.usage(tr("activities log needs --contact, --company or --deal: whose timeline?"));
    a.direction = parser.value(QStringLiteral("direction"));
    if (!a.direction.isEmpty() && a.direction != QLatin1String("in") && a.direction != QLatin1String("out"))
        return ctx.usage(tr("--direction is in or out, not \"%1\"").arg(a.direction));
    a.subject = parser.value(QStringLiteral("subject"));
    a.body = parser.value(QStringLiteral("body"));
    a.outcome = parser.value(QStringLiteral("outcome"));
    if (a.subject.trimmed().isEmpty() && a.body.trimmed().isEmpty())
        a.subject = a.outcome.trimmed().isEmpty() ? QString() : a.outcome;
    if (parser.isSet(QStringLiteral("at"))) {
        a.occurredAt = QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODate);
        if (!a.occurredAt.isValid())
            return ctx.usage(tr("--at needs a date and time such as 2026-06-10T09:30Z, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("at"))));
        a.occurredAt = a.occurredAt.toUTC();
    }

    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto session = Session::open(*url);
    if (!session)
        return ctx.fail(session.error());
    auto id = ActivityRepository(*session).log(a);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("id"), *id}, {QStringLiteral("kind"), a.kind}});
    else
        *ctx.out << tr("Logged %1 %2.").arg(a.kind).arg(*id) << Qt::endl;
    return Success;
}

} // namespace kontor::cli
