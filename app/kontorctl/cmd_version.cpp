#include "cli.h"

#include "storage/migrations.h"

namespace kontor::cli {

int runVersion(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return UsageError;
    const QString version = QStringLiteral(KONTOR_VERSION);
    const int schema = schemaMigrations().empty() ? 0 : schemaMigrations().back().version;
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("version"), version}, {QStringLiteral("schema"), schema}});
    } else {
        *ctx.out << tr("kontorctl %1 (database schema %2)").arg(version).arg(schema) << Qt::endl;
    }
    return Success;
}

} // namespace kontor::cli
