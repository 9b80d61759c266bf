#include "cli.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define KONTOR_ISATTY _isatty
#define KONTOR_FILENO _fileno
#else
#include <unistd.h>
#define KONTOR_ISATTY isatty
#define KONTOR_FILENO fileno
#endif

namespace kontor::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontorctl", text);
}

bool Context::stderrIsTerminal()
{
    return KONTOR_ISATTY(KONTOR_FILENO(stderr)) != 0;
}

Result<DatabaseUrl> Context::databaseUrl() const
{
    if (!db.isEmpty())
        return DatabaseUrl::parse(db);
    return DatabaseUrl::defaultUrl(); // KONTOR_DB, else the local file
}

int Context::fail(const Error &error) const
{
    *err << tr("kontorctl %1: %2").arg(command, error.toString()) << Qt::endl;
    return RuntimeError;
}

int Context::usage(const QString &message) const
{
    *err << QStringLiteral("kontorctl: ") << message << Qt::endl;
    if (const Command *c = findCommand(command))
        *err << commandUsage(*c);
    else
        *err << globalUsage();
    err->flush();
    return UsageError;
}

void Context::printJson(const QJsonObject &object) const
{
    *out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

bool Context::parse(QCommandLineParser &parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("kontorctl")} + args)) {
        usage(parser.errorText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usage(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return false;
    }
    return true;
}

bool Context::number(const QCommandLineParser &parser, const QString &name, qint64 max,
                     qint64 *value) const
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || n > max) {
        usage(
            tr("--%1 needs a whole number from 0 to %2, not \"%3\"").arg(name).arg(max).arg(text));
        return false;
    }
    *value = n;
    return true;
}

} // namespace kontor::cli
