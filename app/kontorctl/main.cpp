// kontorctl: scripting, cron jobs, support and tests against a Kontor database.
#include "util/app_identity.h"
#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

using namespace kontor;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same name as the GUI, so the default database is the same file.
    setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Context ctx;
    ctx.out = &out;
    ctx.err = &err;

    // Global options may stand before or after the command; everything else is the
    // command's business.
    const QStringList all = QCoreApplication::arguments().mid(1);
    bool help = false;
    for (int i = 0; i < all.size(); ++i) {
        const QString &a = all[i];
        if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= all.size())
                return ctx.usage(cli::tr("--db needs a database address"));
            ctx.db = all[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            ctx.db = a.mid(5);
        } else if (ctx.command.isEmpty()) {
            if (a.startsWith(QLatin1Char('-')))
                return ctx.usage(cli::tr("Unknown option: %1").arg(a));
            ctx.command = a;
        } else {
            ctx.args << a;
        }
    }

    if (ctx.command.isEmpty()) {
        if (help) {
            out << cli::globalUsage();
            return cli::Success;
        }
        return ctx.usage(cli::tr("No command given"));
    }
    const cli::Command *command = cli::findCommand(ctx.command);
    if (!command) {
        const QString unknown = ctx.command;
        ctx.command.clear();
        return ctx.usage(cli::tr("Unknown command: %1").arg(unknown));
    }
    if (help) {
        out << cli::commandUsage(*command);
        return cli::Success;
    }
    return command->run(ctx);
}
