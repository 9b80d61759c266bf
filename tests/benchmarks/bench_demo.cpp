// Times DemoGenerator against the sqlite3 shell doing the bare minimum of the same job:
// the same companies / contacts / deals tables (schema made by Migrator) filled with the
// same number of rows by WITH RECURSIVE ... INSERT ... SELECT, in the same run.
//
//   bench_demo [--contacts N] [--companies N] [--deals N] [--seed S] [--sqlite3 PATH]
#include "demo/demo_generator.h"
#include "session.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace kontor;

namespace {

struct Row
{
    QString step;
    qint64 rows = 0;
    double seconds = 0;
    double cpuSeconds = 0; // CPU time of the whole process: comparable on a busy machine
    double reference = 0; // seconds of the sqlite3 shell for the same rows, 0 = none
};

QString referenceSql(const QString &table, qint64 n, qint64 companies, qint64 contacts)
{
    // Values are shaped like the demo's (text of similar length, random foreign keys) so
    // both sides store and index about the same bytes.
    const QString head = QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"
                                        " PRAGMA synchronous=NORMAL; BEGIN IMMEDIATE;\n"
                                        "INSERT INTO %1 ")
                             .arg(table);
    const QString rows = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                                        " FROM n WHERE i < %1) ")
                             .arg(n);
    QString body;
    if (table == QLatin1String("companies")) {
        body = QStringLiteral(
                   "(name, legal_name, website, industry, phone, email, city, country, source,"
                   " owner_id, created_at, updated_at) %1"
                   "SELECT 'Company ' || i, 'Company ' || i || ' Ltd', 'https://www.company' || i "
                   "|| '.com',"
                   " 'Software', '+44 20 7946 ' || (i % 10000), 'info@company' || i || '.com', "
                   "'London',"
                   " 'GB', 'website', 1, 1600000000 + i, 1600000000 + i FROM n;\n")
                   .arg(rows);
    } else if (table == QLatin1String("contacts")) {
        body = QStringLiteral("(first_name, last_name, title, company_id, company_role_id, "
                              "birthday, city, country,"
                              " source, temperature, status, owner_id, last_contacted_at, "
                              "created_at, updated_at) %1"
                              "SELECT 'First' || abs(random() % 200), 'Last' || abs(random() % "
                              "300), 'Sales Manager',"
                              " 1 + abs(random() % %2), 1, '1980-01-01', 'London', 'GB', 'email', "
                              "'warm', 'lead', 1,"
                              " 1650000000 + i, 1600000000 + i, 1650000000 + i FROM n;\n")
                   .arg(rows)
                   .arg(std::max<qint64>(1, companies));
    } else {
        body
            = QStringLiteral(
                  "(title, pipeline_id, stage_id, status, amount_minor, currency, expected_close,"
                  " contact_id, company_id, owner_id, source, stage_entered_at, last_activity_at,"
                  " board_position, closed_at, created_at, updated_at) %1"
                  "SELECT 'Company ' || (i % 1000) || ' - Annual licence', 1, 1, 'open',"
                  " 100000 * (1 + abs(random() % 100)), 'EUR', '2025-01-01', 1 + abs(random() % "
                  "%2),"
                  " 1 + abs(random() % %3), 1, 'website', 1650000000 + i, 1650000000 + i, i, NULL,"
                  " 1600000000 + i, 1650000000 + i FROM n;\n")
                  .arg(rows)
                  .arg(std::max<qint64>(1, contacts))
                  .arg(std::max<qint64>(1, companies));
    }
    return head + body + QStringLiteral("COMMIT;\n");
}

// Seconds the sqlite3 shell takes to run `sql` on `file`, or a negative value on failure.
double runSqlite3(const QString &shell, const QString &file, const QString &sql,
                  const QString &dir)
{
    const QString scriptPath = dir + QStringLiteral("/script.sql");
    QFile script(scriptPath);
    if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    script.write(sql.toUtf8());
    script.close();
    QProcess p;
    p.setStandardInputFile(scriptPath);
    QElapsedTimer t;
    t.start();
    p.start(shell, {file});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOpt(QStringLiteral("contacts"), QStringLiteral("contacts"),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption companiesOpt(QStringLiteral("companies"), QStringLiteral("companies"),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption dealsOpt(QStringLiteral("deals"), QStringLiteral("deals"),
                                      QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("seed"),
                                     QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption shellOpt(QStringLiteral("sqlite3"), QStringLiteral("sqlite3 shell"),
                                      QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    parser.addOptions({contactsOpt, companiesOpt, dealsOpt, seedOpt, shellOpt});
    parser.process(app);

    DemoOptions options;
    options.contacts = parser.value(contactsOpt).toInt();
    options.companies = parser.value(companiesOpt).toInt();
    options.deals = parser.value(dealsOpt).toInt();
    options.seed = parser.value(seedOpt).toULongLong();
    options.anchor = QDate(2025, 6, 30);

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    QTextStream out(stdout);

    // 1. Kontor's demo generator into a fresh file.
    Result<DemoStats> stats = Error {};
    {
        auto session
            = Session::open(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("demo.sqlite"))));
        if (!session) {
            fprintf(stderr, "%s\n", qPrintable(session.error().toString()));
            return 1;
        }
        stats = DemoGenerator(*session, options).run();
        if (!stats) {
            fprintf(stderr, "%s\n", qPrintable(stats.error().toString()));
            return 1;
        }
    }

    // 2. The sqlite3 shell: same schema, same main row counts, nothing else.
    const QString refFile = dir.filePath(QStringLiteral("reference.sqlite"));
    {
        auto db = Database::open(DatabaseUrl::sqlite(refFile));
        if (!db || !Migrator(*db).migrate()) {
            fprintf(stderr, "cannot create the reference schema\n");
            return 1;
        }
    }
    const QString shell = parser.value(shellOpt);
    auto reference = [&](const char *table, qint64 n) {
        return runSqlite3(
            shell, refFile,
            referenceSql(QLatin1String(table), n, options.companies, options.contacts),
            dir.path());
    };
    const double refCompanies = reference("companies", options.companies);
    const double refContacts = reference("contacts", options.contacts);
    const double refDeals = reference("deals", options.deals);

    QList<Row> rows;
    for (const DemoStep &s : stats->steps) {
        Row r {s.name, s.rows, s.seconds, s.cpuSeconds, 0};
        if (s.name == QLatin1String("Companies"))
            r.reference = refCompanies;
        else if (s.name == QLatin1String("Contacts"))
            r.reference = refContacts;
        else if (s.name == QLatin1String("Deals"))
            r.reference = refDeals;
        rows << r;
    }
    const qint64 allRows = stats->contacts + stats->companies + stats->deals + stats->stageChanges
        + stats->activities + stats->tasks + stats->otherRows;
    double allCpu = 0;
    for (const DemoStep &s : stats->steps)
        allCpu += s.cpuSeconds;
    rows << Row {QStringLiteral("demo total"), allRows, stats->seconds, allCpu,
                 refCompanies + refContacts + refDeals};

    out << QStringLiteral("DemoGenerator: %1 contacts, %2 companies, %3 deals (seed %4)\n")
               .arg(options.contacts)
               .arg(options.companies)
               .arg(options.deals)
               .arg(options.seed);
    out << QStringLiteral("sqlite3 reference: companies %1 s, contacts %2 s, deals %3 s"
                          " (main rows only, no e-mails/phones/history/activities)\n\n")
               .arg(refCompanies, 0, 'f', 2)
               .arg(refContacts, 0, 'f', 2)
               .arg(refDeals, 0, 'f', 2);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("step"), -32)
               .arg(QStringLiteral("rows"), 10)
               .arg(QStringLiteral("seconds"), 9)
               .arg(QStringLiteral("CPU s"), 7)
               .arg(QStringLiteral("rows/s"), 10)
               .arg(QStringLiteral("vs sqlite3"), 11);
    for (const Row &r : std::as_const(rows)) {
        const QString ratio = r.reference > 0
            ? QStringLiteral("%1x").arg(r.seconds / r.reference, 0, 'f', 2)
            : QStringLiteral("-");
        const double rate = r.seconds > 0 ? double(r.rows) / r.seconds : 0;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(r.step, -32)
                   .arg(r.rows, 10)
                   .arg(r.seconds, 9, 'f', 2)
                   .arg(r.cpuSeconds, 7, 'f', 1)
                   .arg(rate, 10, 'f', 0)
                   .arg(ratio, 11);
    }
    out << QStringLiteral("\nCompanies/Contacts/Deals include their side tables (tags, e-mails,"
                          " phones, messengers,\nstage history, line items); the reference"
                          " inserts only the main rows, into the indexed schema.\n"
                          "The demo rebuilds its secondary indexes in the step Indexes.\n"
                          "CPU s is the process's CPU time in the step (SQLite's sorter threads"
                          " included);\nwall seconds well above it mean the machine was busy.\n");
    return 0;
}
