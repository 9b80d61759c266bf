// Every report (and the dashboard) on the 1,000,000-contact / 200,000-deal demo database,
// against the very same SQL run in the sqlite3 shell (the reference, measured in the same
// run). Budget: each report under 1 s.
//
//   bench_reports [--db FILE] [--sqlite3 PATH] [--runs N]
// FILE (default /tmp/kontor-bench-1m.sqlite) is created with the demo data (1,000,000
// contacts, 100,000 companies, 200,000 deals) when it does not exist, and reused after.
#include "demo/demo_generator.h"
#include "reports/report_engine.h"
#include "session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace kontor;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

// The statement with its values written in, for the shell.
QString inlined(const QString &sql, const QVariantList &binds)
{
    QString out;
    int next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted) {
            out += c;
            continue;
        }
        const QVariant v = binds.value(next++);
        if (v.isNull())
            out += QStringLiteral("NULL");
        else if (v.typeId() == QMetaType::QString)
            out += QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        else
            out += v.toString();
    }
    return out;
}

// Seconds the shell reports for the statements (".timer on"), summed.
double shellSeconds(const QString &sqlite3, const QString &db, const QStringList &statements)
{
    QString script = QStringLiteral(".timer on\n");
    for (const QString &s : statements)
        script += s + QStringLiteral(";\n");
    QProcess p;
    p.start(sqlite3, {db});
    if (!p.waitForStarted(10000))
        return -1;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600000);
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    double total = 0;
    auto it = timer.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        total += it.next().captured(1).toDouble();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("SQLite file"), QStringLiteral("file"),
                        QStringLiteral("/tmp/kontor-bench-1m.sqlite")},
                       {QStringLiteral("sqlite3"), QStringLiteral("sqlite3 shell"), QStringLiteral("path"),
                        QStringLiteral("sqlite3")},
                       {QStringLiteral("runs"), QStringLiteral("runs per report"), QStringLiteral("n"),
                        QStringLiteral("3")}});
    parser.process(app);
    const QString file = parser.value(QStringLiteral("db"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const bool fresh = !QFile::exists(file);
    auto session = Session::open(DatabaseUrl::sqlite(file));
    if (!session) {
        fprintf(stderr, "%s\n", qPrintable(session.error().toString()));
        return 1;
    }
    if (fresh) {
        DemoOptions options;
        options.contacts = 1000000;
        options.companies = 100000;
        options.deals = 200000;
        options.seed = 7;
        printf("building the demo database %s ...\n", qPrintable(file));
        fflush(stdout);
        auto st = DemoGenerator(*session, options).run();
        if (!st) {
            fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
            return 1;
        }
    }

    ReportEngine engine(*session);
    printf("database %s; %d runs per report, median; reference: the same SQL in the sqlite3 shell\n\n",
           qPrintable(file), runs);
    printf("| %-13s | %6s | %10s | %10s | %6s | %s\n", "report", "rows", "Kontor ms", "sqlite3 ms",
           "ratio", "budget");
    printf("|---------------|--------|------------|------------|--------|-------\n");
    QStringList names;
    for (const ReportInfo &i : ReportEngine::reports())
        names << i.name;
    names << QStringLiteral("dashboard");
    double worst = 0;
    for (const QString &name : std::as_const(names)) {
        ReportFilter filter; // the default period: the last 12 months (forecast: 6 ahead)
        QList<double> times;
        ReportEngine::QueryLog log;
        int rows = 0;
        for (int r = 0; r < runs; ++r) {
            ReportEngine::recordQueries(r == 0 ? &log : nullptr);
            QElapsedTimer t;
            t.start();
            auto result = name == QLatin1String("dashboard") ? engine.dashboard(filter)
                                                              : engine.run(name, filter);
            times << double(t.nsecsElapsed()) / 1e6;
            ReportEngine::recordQueries(nullptr);
            if (!result) {
                fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(result.error().toString()));
                return 1;
            }
            rows = int(result->rows.size() + (name == QLatin1String("dashboard") ? result->figures.size() : 0));
        }
        QStringList statements;
        for (const auto &q : std::as_const(log))
            statements << inlined(q.first, q.second);
        const double shell = shellSeconds(parser.value(QStringLiteral("sqlite3")), file, statements) * 1000.0;
        const double ours = median(times);
        worst = std::max(worst, ours);
        printf("| %-13s | %6d | %10.1f | %10.1f | %5.2fx | %s\n", qPrintable(name), rows, ours, shell,
               shell > 0 ? ours / shell : 0.0, ours < 1000.0 ? "< 1 s ok" : "OVER 1 s");
        fflush(stdout);
    }
    printf("\nslowest report: %.1f ms (budget 1000 ms)\n", worst);
    return worst < 1000.0 ? 0 : 1;
}
