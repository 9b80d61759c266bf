#pragma once
// Runs the real kontorctl executable as a process, for the command-line tests of every suite.

#include "test_database.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kontor::test {

struct CtlRun
{
    int code = -1; // exit code; -1 when the process crashed
    QString out;
    QString err;
};

CtlRun kontorctl(const QStringList &args,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// With --db URL in front.
CtlRun kontorctl(const QString &url, const QStringList &args);
CtlRun kontorctl(const TestDatabase &db, const QStringList &args);

// The JSON object on stdout of a run that must have succeeded (fails the test otherwise,
// showing both streams).
QJsonObject json(const CtlRun &r);

} // namespace kontor::test
