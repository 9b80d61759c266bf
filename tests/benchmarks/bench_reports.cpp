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
#include <ctime>

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

// Seconds the shell reports for the statements (".timer on"), summed: wall clock, and CPU
// (user + sys) in *cpu.
double shellSeconds(const QString &sqlite3, const QString &db, const QStringList &statements,
                    double *cpu)
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
    static const QRegularExpression timer(
        QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    double total = 0;
    *cpu = 0;
    auto it = timer.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext()) {
        const auto m = it.next();
        total += m.captured(1).toDouble();
        *cpu += m.captured(2).toDouble() + m.captured(3).toDouble();
    }
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
    printf("| %-13s | %5s | %9s | %9s | %9s | %9s | %6s | %s\n", "report", "rows", "Kontor ms",
           "CPU ms", "sqlite3", "CPU ms", "ratio", "budget (wall)");
    printf("|---------------|-------|-----------|-----------|-----------|-----------|--------|--------------\n");
    QStringList names;
    for (const ReportInfo &i : ReportEngine::reports())
        names << i.name;
    names << QStringLiteral("dashboard");
    double worst = 0;
    for (const QString &name : std::as_const(names)) {
        ReportFilter filter; // the default period: the last 12 months (forecast: 6 ahead)
        QList<double> times;
        QList<double> cpuTimes;
        ReportEngine::QueryLog log;
        int rows = 0;
        for (int r = 0; r < runs; ++r) {
            ReportEngine::recordQueries(r == 0 ? &log : nullptr);
            QElapsedTimer t;
            const std::clock_t cpuStart = std::clock();
            t.start();
            auto result = name == QLatin1String("dashboard") ? engine.dashboard(filter)
                                                              : engine.run(name, filter);
            times << double(t.nsecsElapsed()) / 1e6;
            cpuTimes << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
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
        double shellCpu = 0;
        const double shell = shellSeconds(parser.value(QStringLiteral("sqlite3")), file, statements,
                                          &shellCpu) * 1000.0;
        shellCpu *= 1000.0;
        const double ours = median(times);
        const double ourCpu = median(cpuTimes);
        worst = std::max(worst, ours);
        // The ratio compares CPU time, which a busy machine disturbs far less than wall time.
        printf("| %-13s | %5d | %9.1f | %9.1f | %9.1f | %9.1f | %5.2fx | %s\n", qPrintable(name), rows,
               ours, ourCpu, shell, shellCpu, shellCpu > 0 ? ourCpu / shellCpu : 0.0,
               ours < 1000.0 ? "< 1 s ok" : "OVER 1 s");
        fflush(stdout);
    }
    printf("\nslowest report: %.1f ms wall clock (budget 1000 ms)\n", worst);
    return worst < 1000.0 ? 0 : 1;
}
