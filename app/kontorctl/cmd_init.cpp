#include "cli.h"

#include "storage/database.h"
#include "storage/migrations.h"

namespace kontor::cli {

int runInit(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return UsageError;
    auto url = ctx.databaseUrl();
    if (!url)
        return ctx.fail(url.error());
    auto db = Database::open(*url);
    if (!db)
        return ctx.fail(db.error());
    const Migrator migrator(*db);
    auto before = migrator.currentVersion();
    if (!before)
        return ctx.fail(before.error());
    // Refuses a newer schema with an Unsupported error that says so.
    auto after = migrator.migrate();
    if (!after)
        return ctx.fail(after.error());

    if (ctx.json) {
        ctx.printJson({{QStringLiteral("database"), url->toString()},
                       {QStringLiteral("previous"), *before},
                       {QStringLiteral("schema"), *after}});
    } else if (*before == *after) {
        *ctx.out
            << tr("Schema version %1 (already up to date): %2").arg(*after).arg(url->toString())
            << Qt::endl;
    } else {
        *ctx.out
            << tr("Schema version %1 (was %2): %3").arg(*after).arg(*before).arg(url->toString())
            << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
