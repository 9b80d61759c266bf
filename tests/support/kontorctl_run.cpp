#include "kontorctl_run.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>

namespace kontor::test {

CtlRun kontorctl(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KONTORCTL_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    // Generous: PostgreSQL runs share two cores with the rest of the suite.
    REQUIRE(p.waitForFinished(120000));
    CtlRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CtlRun kontorctl(const QString &url, const QStringList &args)
{
    return kontorctl(QStringList {QStringLiteral("--db"), url} + args);
}

CtlRun kontorctl(const TestDatabase &db, const QStringList &args)
{
    return kontorctl(db.url().toString(), args);
}

QJsonObject json(const CtlRun &r)
{
    INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace kontor::test
