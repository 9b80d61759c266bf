#pragma once

#include "storage/database_url.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace kontor::cli {

enum ExitCode { Success = 0, RuntimeError = 1, UsageError = 2 };

// What every command gets: its own arguments (global options already removed), the global
// options, and the two output streams.
struct Context
{
    QString command;
    QStringList args; // after the command name
    bool json = false;
    QString db; // --db, empty when not given
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;

    // --db, else KONTOR_DB, else the default local database.
    Result<DatabaseUrl> databaseUrl() const;

    // Prints `error` on stderr and returns RuntimeError.
    int fail(const Error &error) const;
    // Prints `message` and the command's usage on stderr and returns UsageError.
    int usage(const QString &message) const;
    // Prints a JSON object on stdout (one line).
    void printJson(const QJsonObject &object) const;

    // Parses args with `parser` (options the command declared); on failure prints why.
    bool parse(QCommandLineParser &parser) const;
    // A non-negative whole number option; prints a usage error and returns false when bad.
    bool number(const QCommandLineParser &parser, const QString &name, qint64 max,
                qint64 *value) const;
    // Whether stderr is a terminal: progress is for a person watching, while scripts and
    // tests read stdout and the exit code.
    static bool stderrIsTerminal();
};

using CommandFunction = int (*)(Context &);

struct Command
{
    const char *name;
    const char *synopsis; // arguments, untranslated syntax
    const char *summary; // translated through the "kontorctl" context
    CommandFunction run;
};

// The table of commands. Adding one = a cmd_*.cpp with a function plus one row here.
const std::vector<Command> &commands();
const Command *findCommand(const QString &name);
QString globalUsage();
QString commandUsage(const Command &command);

QString tr(const char *text);

int runVersion(Context &ctx);
int runInit(Context &ctx);
int runDemo(Context &ctx);

} // namespace kontor::cli
