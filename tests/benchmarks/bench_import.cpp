// Import of a contacts CSV with every check on (mapping, validation, phone normalisation,
// duplicates by email and phone, one transaction, search index kept by the triggers) against
// the sqlite3 shell doing the bare minimum of the same job in the same run: `.import` into a
// table plus an FTS5 index over name, email, phone and company. Then an .xlsx of the same
// rows (written by Kontor's exporter) against `xlsx2csv` on that file. Each step runs as its
// own process, so its peak memory (getrusage / wait4) is its own. Two more rows show where the
// time goes: the sqlite3 shell building Kontor's search index alone, storing everything the
// Kontor import stored (the floor of any import into this schema; see floorScript()), and
// storing the least any design that meets the other issues would (floorScript(leastDesign)).
//
//   bench_import [--rows 100000,1000000] [--kontorctl PATH] [--sqlite3 PATH] [--dir DIR]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Measured
{
    double seconds = 0;
    long peakKb = 0;
    int exitCode = -1;
};

// Runs argv with stdin from `input` (may be empty) and stdout/stderr to /dev/null.
Measured run(const QStringList &argv, const QString &input = {})
{
    std::vector<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char *> args;
    for (auto &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    const QByteArray in = QFile::encodeName(input);
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        if (!in.isEmpty()) {
            const int fd = open(in.constData(), O_RDONLY);
            dup2(fd, 0);
        }
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Measured m;
    m.seconds = double(clock.nsecsElapsed()) / 1e9;
    m.peakKb = usage.ru_maxrss;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

// Deterministic people in several scripts; every 50th row repeats an earlier email so the
// duplicate check has work to do.
void writeCsv(const QString &path, qint64 rows)
{
    static const char *const first[] = {"Anna", "Ivan", "Мария", "Георги", "Aino", "Juma", "Sara", "ສົມພອນ", "Zoë", "Amir"};
    static const char *const last[] = {"Smith", "Petrov", "Волкова", "Иванов", "Virtanen", "Mwangi", "Rahimi", "ພິລາວົງ", "Müller", "Karimi"};
    static const char *const company[] = {"Acme", "Globex", "Рога и копыта", "Nordlicht GmbH", "Simba Ltd", "Pohjola Oy"};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&f);
    out << "First name,Last name,Email,Phone,Company\n";
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 e = (i % 50 == 49) ? i - 10 : i;
        out << QString::fromUtf8(first[i % 10]) << ',' << QString::fromUtf8(last[(i / 10) % 10]) << " " << i << ','
            << "person" << e << "@example.com" << ','
            << "+1 512 " << QString::number(2000000 + i % 7000000).insert(3, QLatin1Char(' ')) << ','
            << QString::fromUtf8(company[i % 6]) << ' ' << (i % 997) << '\n';
    }
}

// Runs the sqlite3 shell on `db` with `sql` and returns what it printed (one value per line).
QStringList ask(const QString &sqlite3, const QString &db, const QString &sql)
{
    QProcess p;
    p.start(sqlite3, {db, sql});
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The sqlite3 shell storing what a Kontor import stored, from the imported database into a new
// one made by `kontorctl init`: the same rows of the same tables (INSERT ... SELECT, WHERE
// keeps SQLite from copying records undecoded), the secondary indexes of contacts, e-mails and
// phones dropped and built again, the search index filled in one pass, one transaction. No
// file to read, no checks, no look-ups: what any import into this schema needs at least.
//
// With `leastDesign`, what any design that still meets the other issues would store: contacts,
// their e-mails and phones in tables of their own with the two keys duplicates are matched by
// (normalized e-mail, phone digits) and their contact ids, one FTS5 index over name, company,
// e-mails and phone digits with diacritics folded, contentless (no copy of the text; SQLite
// 3.40 could then not even delete a row from it, so this is less than a real design). No
// audit or undo rows, no indexes for the list's sorts and filters, no phone trigrams, no
// company search. If this alone takes more than 1.5x the reference, no schema change reaches
// the import budget.
QString floorScript(const QString &sqlite3, const QString &emptyDb, const QString &imported,
                    bool leastDesign = false)
{
    const QString tables = QStringLiteral("('contacts','contact_emails','contact_phones','companies')");
    QStringList sql {QStringLiteral("ATTACH '%1' AS src;").arg(imported), QStringLiteral("BEGIN;")};
    for (const QString &t : ask(sqlite3, emptyDb,
                                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                               " AND name LIKE '%search%' AND tbl_name IN %1").arg(tables)))
        sql << QStringLiteral("DROP TRIGGER %1;").arg(t);
    const QStringList indexes = ask(sqlite3, emptyDb,
                                    QStringLiteral("SELECT name || '|' || sql FROM sqlite_master WHERE type = 'index'"
                                                   " AND sql IS NOT NULL AND tbl_name IN %1").arg(tables));
    for (const QString &i : indexes)
        sql << QStringLiteral("DROP INDEX %1;").arg(i.section(QLatin1Char('|'), 0, 0));
    QStringList copied {QStringLiteral("users"), QStringLiteral("import_batches"), QStringLiteral("companies"),
                        QStringLiteral("contacts"), QStringLiteral("contact_emails"), QStringLiteral("contact_phones")};
    if (!leastDesign)
        copied << QStringLiteral("audit_log") << QStringLiteral("import_batch_items");
    for (const QString &t : std::as_const(copied))
        sql << QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1 WHERE id > (SELECT COALESCE(MAX(id), 0) FROM main.%1);")
                   .arg(t);
    for (const QString &i : indexes) {
        const QString create = i.section(QLatin1Char('|'), 1);
        if (!leastDesign || create.contains(QLatin1String("(contact_id)"))
            || create.contains(QLatin1String("(email_norm)")) || create.contains(QLatin1String("(phone_digits)")))
            sql << create + QLatin1Char(';');
    }
    if (leastDesign) {
        sql << QStringLiteral("DROP TABLE contact_fts;")
            << QStringLiteral("CREATE VIRTUAL TABLE contact_fts USING fts5(name, company, emails, phones,"
                              " tokenize = 'unicode61 remove_diacritics 2', content = '');")
            << QStringLiteral(
                   "INSERT INTO contact_fts (rowid, name, company, emails, phones) SELECT c.id,"
                   " c.first_name || ' ' || c.last_name,"
                   " COALESCE((SELECT co.name FROM companies co WHERE co.id = c.company_id), ''),"
                   " COALESCE((SELECT group_concat(e.email, ' ') FROM contact_emails e WHERE e.contact_id = c.id), ''),"
                   " COALESCE((SELECT group_concat(p.phone_digits, ' ') FROM contact_phones p"
                   " WHERE p.contact_id = c.id), '') FROM contacts c;")
            << QStringLiteral("COMMIT;");
        return sql.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    sql << QStringLiteral(
        "INSERT INTO contact_fts (rowid, name, company, emails) SELECT c.id, c.first_name || ' ' || c.last_name,"
        " COALESCE((SELECT co.name FROM companies co WHERE co.id = c.company_id), ''),"
        " COALESCE((SELECT group_concat(e.email, ' ') FROM contact_emails e WHERE e.contact_id = c.id), '')"
        " FROM contacts c;")
        << QStringLiteral("INSERT INTO contact_phone_fts (rowid, digits) SELECT contact_id, group_concat(phone_digits, ' ')"
                          " FROM contact_phones WHERE phone_digits <> '' GROUP BY contact_id;")
        << QStringLiteral("INSERT INTO company_fts (rowid, name, other) SELECT co.id, co.name, COALESCE(co.legal_name, '')"
                          " || ' ' || COALESCE(co.website, '') || ' ' || COALESCE(co.email, '') || ' ' ||"
                          " COALESCE(co.city, '') FROM companies co;")
        << QStringLiteral("COMMIT;");
    return sql.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void row(const QString &what, const Measured &m, const QString &note = {})
{
    printf("| %-46s | %8.1f | %8.1f | %s\n", qPrintable(what), m.seconds, m.peakKb / 1024.0, qPrintable(note));
    fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("rows"), QStringLiteral("row counts, comma-separated"), QStringLiteral("N,M"),
                        QStringLiteral("100000,1000000")},
                       {QStringLiteral("kontorctl"), QStringLiteral("kontorctl to run"), QStringLiteral("PATH"),
                        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/kontorctl/kontorctl")},
                       {QStringLiteral("sqlite3"), QStringLiteral("sqlite3 shell"), QStringLiteral("PATH"),
                        QStringLiteral("sqlite3")},
                       {QStringLiteral("dir"), QStringLiteral("work folder"), QStringLiteral("DIR"),
                        QStringLiteral("/tmp/kontor-bench-import")}});
    parser.process(app);
    const QString kontorctl = parser.value(QStringLiteral("kontorctl"));
    const QString sqlite3 = parser.value(QStringLiteral("sqlite3"));
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);

    printf("| %-46s | %8s | %8s | %s\n", "step", "seconds", "peak MB", "note");
    printf("|%s|%s|%s|------\n", QByteArray(48, '-').constData(), QByteArray(10, '-').constData(),
           QByteArray(10, '-').constData());
    for (const QString &n : parser.value(QStringLiteral("rows")).split(QLatin1Char(','))) {
        const qint64 rows = n.toLongLong();
        const QString csv = QStringLiteral("%1/contacts-%2.csv").arg(dir).arg(rows);
        if (!QFile::exists(csv))
            writeCsv(csv, rows);

        const QString refDb = QStringLiteral("%1/ref-%2.sqlite").arg(dir).arg(rows);
        QFile::remove(refDb);
        const QString script = QStringLiteral("%1/ref.sql").arg(dir);
        {
            QFile f(script);
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral(".mode csv\n.import %1 people\n"
                                   "CREATE VIRTUAL TABLE people_fts USING fts5(name, email, phone, company);\n"
                                   "INSERT INTO people_fts SELECT \"First name\" || ' ' || \"Last name\", Email, Phone,"
                                   " Company FROM people;\n")
                        .arg(csv)
                        .toUtf8());
        }
        const Measured ref = run({sqlite3, refDb}, script);
        row(QStringLiteral("sqlite3 .import + FTS5, %1 rows").arg(rows), ref, QStringLiteral("reference"));

        const QString db = QStringLiteral("sqlite:%1/kontor-%2.sqlite").arg(dir).arg(rows);
        QFile::remove(db.mid(7));
        run({kontorctl, QStringLiteral("--db"), db, QStringLiteral("init")});
        const Measured k = run({kontorctl, QStringLiteral("--db"), db, QStringLiteral("import"), csv});
        row(QStringLiteral("kontorctl import (all checks), %1 rows").arg(rows), k,
            k.exitCode ? QStringLiteral("FAILED (exit %1)").arg(k.exitCode)
                       : QStringLiteral("%1x the reference, %2 rows/s")
                             .arg(k.seconds / ref.seconds, 0, 'f', 1)
                             .arg(qRound(rows / k.seconds)));

        // What Kontor's own search index costs by itself: the sqlite3 shell builds the same two
        // FTS5 tables (schema_search.cpp: names, company and e-mails with unicode61 and
        // diacritics removed; phone digits with the trigram tokenizer, so any 3 digits find a
        // number) from the contacts just imported, then rolls back. The reference indexes
        // one table with the default tokenizer; this floor is part of the ratio above.
        if (!k.exitCode) {
            const QString indexScript = QStringLiteral("%1/index.sql").arg(dir);
            QFile f(indexScript);
            f.open(QIODevice::WriteOnly);
            f.write("BEGIN;\n"
                    "CREATE VIRTUAL TABLE b_fts USING fts5(name, company, emails,"
                    " tokenize = 'unicode61 remove_diacritics 2');\n"
                    "INSERT INTO b_fts (rowid, name, company, emails) SELECT c.id, c.first_name || ' ' || c.last_name,"
                    " COALESCE((SELECT co.name FROM companies co WHERE co.id = c.company_id), ''),"
                    " COALESCE((SELECT group_concat(e.email, ' ') FROM contact_emails e WHERE e.contact_id = c.id), '')"
                    " FROM contacts c;\n"
                    "CREATE VIRTUAL TABLE b_phone_fts USING fts5(digits, tokenize = 'trigram');\n"
                    "INSERT INTO b_phone_fts (rowid, digits) SELECT contact_id, group_concat(phone_digits, ' ')"
                    " FROM contact_phones WHERE phone_digits <> '' GROUP BY contact_id;\n"
                    "ROLLBACK;\n");
            f.close();
            const Measured idx = run({sqlite3, db.mid(7)}, indexScript);
            row(QStringLiteral("sqlite3: Kontor's search index only, %1").arg(rows), idx,
                QStringLiteral("%1x the reference by itself").arg(idx.seconds / ref.seconds, 0, 'f', 1));

            const QString floorDb = QStringLiteral("%1/floor-%2.sqlite").arg(dir).arg(rows);
            QFile::remove(floorDb);
            run({kontorctl, QStringLiteral("--db"), QStringLiteral("sqlite:") + floorDb, QStringLiteral("init")});
            const QString floorSql = QStringLiteral("%1/floor.sql").arg(dir);
            QFile fs(floorSql);
            fs.open(QIODevice::WriteOnly);
            fs.write(floorScript(sqlite3, floorDb, db.mid(7)).toUtf8());
            fs.close();
            const Measured fl = run({sqlite3, floorDb}, floorSql);
            const bool same = ask(sqlite3, floorDb, QStringLiteral("SELECT COUNT(*) FROM contacts"))
                == ask(sqlite3, db.mid(7), QStringLiteral("SELECT COUNT(*) FROM contacts"));
            row(QStringLiteral("sqlite3: storing what Kontor stored, %1").arg(rows), fl,
                fl.exitCode || !same ? QStringLiteral("FAILED (exit %1, same contacts: %2)").arg(fl.exitCode).arg(same)
                                     : QStringLiteral("%1x the reference; Kontor %2x this")
                                           .arg(fl.seconds / ref.seconds, 0, 'f', 1)
                                           .arg(k.seconds / fl.seconds, 0, 'f', 1));

            QFile::remove(floorDb);
            run({kontorctl, QStringLiteral("--db"), QStringLiteral("sqlite:") + floorDb, QStringLiteral("init")});
            const QString leastSql = QStringLiteral("%1/least.sql").arg(dir);
            QFile fl2(leastSql);
            fl2.open(QIODevice::WriteOnly);
            fl2.write(floorScript(sqlite3, floorDb, db.mid(7), true).toUtf8());
            fl2.close();
            const Measured least = run({sqlite3, floorDb}, leastSql);
            const bool leastSame = ask(sqlite3, floorDb, QStringLiteral("SELECT COUNT(*) FROM contact_fts_docsize"))
                == ask(sqlite3, db.mid(7), QStringLiteral("SELECT COUNT(*) FROM contacts"));
            row(QStringLiteral("sqlite3: least any design stores, %1").arg(rows), least,
                least.exitCode || !leastSame
                    ? QStringLiteral("FAILED (exit %1, same contacts: %2)").arg(least.exitCode).arg(leastSame)
                    : QStringLiteral("%1x the reference").arg(least.seconds / ref.seconds, 0, 'f', 1));
        }

        if (rows <= 100000) {
            const QString xlsx = QStringLiteral("%1/contacts-%2.xlsx").arg(dir).arg(rows);
            const Measured exp = run({kontorctl, QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--entity"),
                                      QStringLiteral("contacts"), QStringLiteral("--out"), xlsx});
            row(QStringLiteral("kontorctl export .xlsx, %1 contacts").arg(rows), exp);
            const QString db2 = QStringLiteral("sqlite:%1/kontor-xlsx-%2.sqlite").arg(dir).arg(rows);
            QFile::remove(db2.mid(7));
            run({kontorctl, QStringLiteral("--db"), db2, QStringLiteral("init")});
            const Measured kx = run({kontorctl, QStringLiteral("--db"), db2, QStringLiteral("import"), xlsx});
            const QString xlsx2csv = QStandardPaths::findExecutable(QStringLiteral("xlsx2csv"));
            if (xlsx2csv.isEmpty()) {
                row(QStringLiteral("kontorctl import .xlsx, %1 rows").arg(rows), kx,
                    QStringLiteral("xlsx2csv not installed: no reference (apt install xlsx2csv)"));
            } else {
                const Measured x = run({xlsx2csv, xlsx});
                row(QStringLiteral("xlsx2csv, %1 rows").arg(rows), x, QStringLiteral("reference (conversion only)"));
                row(QStringLiteral("kontorctl import .xlsx, %1 rows").arg(rows), kx,
                    QStringLiteral("%1x xlsx2csv").arg(kx.seconds / x.seconds, 0, 'f', 1));
            }
        }
    }
    return 0;
}
