#include "search/schema_search.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace kontor {

namespace {

// ---- SQLite (FTS5) ----------------------------------------------------------------------

// The FTS rows of the contacts selected by `where` (an expression on c): words in
// contact_fts, phone digits in contact_phone_fts. Phones have their own table with the
// trigram tokenizer, which matches any run of three or more digits inside a number
// (`"9161234"` finds 79161234567). An earlier design indexed every digit suffix as a
// word: ten unique words per phone made the index build of a million contacts take three
// times as long; digit trigrams are at most a thousand distinct words.
QStringList sqliteContactDocs(const QString &where)
{
    return {QStringLiteral(
               "INSERT INTO contact_fts (rowid, name, company, emails)"
               " SELECT c.id, c.first_name || ' ' || c.last_name,"
               " COALESCE((SELECT co.name FROM companies co WHERE co.id = c.company_id), ''),"
               " COALESCE((SELECT group_concat(e.email, ' ') FROM contact_emails e"
               "  WHERE e.contact_id = c.id), '')"
               " FROM contacts c WHERE %1")
                .arg(where),
            QStringLiteral(
               "INSERT INTO contact_phone_fts (rowid, digits)"
               " SELECT p.contact_id, group_concat(p.phone_digits, ' ') FROM contact_phones p"
               " JOIN contacts c ON c.id = p.contact_id WHERE %1 AND p.phone_digits <> ''"
               " GROUP BY p.contact_id")
                .arg(where)};
}

// The same as one trigger body fragment.
QString sqliteContactDocsBody(const QString &where)
{
    return sqliteContactDocs(where).join(QStringLiteral("; "));
}

QString sqliteRefreshContact(const QString &id)
{
    return QStringLiteral("DELETE FROM contact_fts WHERE rowid = %1;"
                          " DELETE FROM contact_phone_fts WHERE rowid = %1; ")
               .arg(id)
        + sqliteContactDocsBody(QStringLiteral("c.id = %1").arg(id)) + QLatin1Char(';');
}

QString sqliteCompanyDocs(const QString &where)
{
    return QStringLiteral("INSERT INTO company_fts (rowid, name, other)"
                          " SELECT co.id, co.name, COALESCE(co.legal_name, '') || ' ' ||"
                          " COALESCE(co.website, '') || ' ' || COALESCE(co.email, '') || ' ' ||"
                          " COALESCE(co.city, '') FROM companies co WHERE %1")
        .arg(where);
}

QString sqliteDealDocs(const QString &where)
{
    return QStringLiteral("INSERT INTO deal_fts (rowid, title) SELECT d.id, d.title"
                          " FROM deals d WHERE %1")
        .arg(where);
}

QStringList sqliteStatements()
{
    const QString tokenize = QStringLiteral("tokenize = 'unicode61 remove_diacritics 2'");
    QStringList s {
        QStringLiteral("CREATE VIRTUAL TABLE contact_fts USING fts5(name, company, emails, %1)")
            .arg(tokenize),
        QStringLiteral("CREATE VIRTUAL TABLE contact_phone_fts USING fts5(digits,"
                       " tokenize = 'trigram')"),
        QStringLiteral("CREATE VIRTUAL TABLE company_fts USING fts5(name, other, %1)")
            .arg(tokenize),
        QStringLiteral("CREATE VIRTUAL TABLE deal_fts USING fts5(title, %1)").arg(tokenize),
        // A name match counts more than a company, email or phone match.
        QStringLiteral("INSERT INTO contact_fts (contact_fts, rank)"
                       " VALUES ('rank', 'bm25(10.0, 3.0, 5.0)')"),
        QStringLiteral(
            "INSERT INTO company_fts (company_fts, rank) VALUES ('rank', 'bm25(10.0, 2.0)')"),

        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS contacts_search_ai AFTER INSERT ON contacts BEGIN ")
            + sqliteContactDocsBody(QStringLiteral("c.id = NEW.id")) + QStringLiteral("; END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS contacts_search_au AFTER UPDATE OF first_name, last_name,"
            " company_id ON contacts BEGIN ")
            + sqliteRefreshContact(QStringLiteral("NEW.id")) + QStringLiteral(" END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS contacts_search_ad AFTER DELETE ON contacts BEGIN"
            " DELETE FROM contact_fts WHERE rowid = OLD.id;"
            " DELETE FROM contact_phone_fts WHERE rowid = OLD.id; END"),
    };
    for (const char *table : {"contact_emails", "contact_phones"}) {
        const QString t = QLatin1String(table);
        s << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_search_ai AFTER INSERT ON %1 BEGIN ")
                    .arg(t)
                + sqliteRefreshContact(QStringLiteral("NEW.contact_id")) + QStringLiteral(" END")
          << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_search_ad AFTER DELETE ON %1 BEGIN ")
                    .arg(t)
                + sqliteRefreshContact(QStringLiteral("OLD.contact_id")) + QStringLiteral(" END")
          << QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_search_au AFTER UPDATE ON %1 BEGIN ")
                    .arg(t)
                + sqliteRefreshContact(QStringLiteral("OLD.contact_id"))
                + sqliteRefreshContact(QStringLiteral("NEW.contact_id")) + QStringLiteral(" END");
    }
    s << QStringLiteral(
             "CREATE TRIGGER IF NOT EXISTS companies_search_ai AFTER INSERT ON companies BEGIN ")
            + sqliteCompanyDocs(QStringLiteral("co.id = NEW.id")) + QStringLiteral("; END")
      << QStringLiteral(
             "CREATE TRIGGER IF NOT EXISTS companies_search_au AFTER UPDATE OF name, legal_name,"
             " website, email, city ON companies BEGIN"
             " DELETE FROM company_fts WHERE rowid = NEW.id; ")
            + sqliteCompanyDocs(QStringLiteral("co.id = NEW.id")) + QStringLiteral("; END")
      // A renamed company renames what its people are found by.
      << QStringLiteral("CREATE TRIGGER IF NOT EXISTS companies_search_rename AFTER UPDATE OF name "
                        "ON companies"
                        " WHEN OLD.name IS NOT NEW.name BEGIN"
                        " DELETE FROM contact_fts WHERE rowid IN"
                        " (SELECT id FROM contacts WHERE company_id = NEW.id);"
                        " DELETE FROM contact_phone_fts WHERE rowid IN"
                        " (SELECT id FROM contacts WHERE company_id = NEW.id); ")
            + sqliteContactDocsBody(QStringLiteral("c.company_id = NEW.id")) + QStringLiteral("; END")
      << QStringLiteral(
             "CREATE TRIGGER IF NOT EXISTS companies_search_ad AFTER DELETE ON companies BEGIN"
             " DELETE FROM company_fts WHERE rowid = OLD.id; END")
      << QStringLiteral("CREATE TRIGGER IF NOT EXISTS deals_search_ai AFTER INSERT ON deals BEGIN ")
            + sqliteDealDocs(QStringLiteral("d.id = NEW.id")) + QStringLiteral("; END")
      << QStringLiteral(
             "CREATE TRIGGER IF NOT EXISTS deals_search_au AFTER UPDATE OF title ON deals BEGIN"
             " DELETE FROM deal_fts WHERE rowid = NEW.id; ")
            + sqliteDealDocs(QStringLiteral("d.id = NEW.id")) + QStringLiteral("; END")
      << QStringLiteral("CREATE TRIGGER IF NOT EXISTS deals_search_ad AFTER DELETE ON deals BEGIN"
                        " DELETE FROM deal_fts WHERE rowid = OLD.id; END");
    return s;
}

QStringList sqliteRebuild()
{
    return QStringList {QStringLiteral("DELETE FROM contact_fts"),
                        QStringLiteral("DELETE FROM contact_phone_fts"),
                        QStringLiteral("DELETE FROM company_fts"),
                        QStringLiteral("DELETE FROM deal_fts")}
        + sqliteContactDocs(QStringLiteral("1 = 1"))
        + QStringList {sqliteCompanyDocs(QStringLiteral("1 = 1")),
                       sqliteDealDocs(QStringLiteral("1 = 1"))};
}

// ---- PostgreSQL (pg_trgm + unaccent) -------------------------------------------------------

QString pgContactDocs(const QString &where)
{
    return QStringLiteral(
               "INSERT INTO contact_search (contact_id, body, phones)"
               " SELECT c.id, kontor_search_text(concat_ws(' ', c.first_name, c.last_name,"
               " co.name, (SELECT string_agg(e.email, ' ') FROM contact_emails e"
               " WHERE e.contact_id = c.id))),"
               " COALESCE((SELECT string_agg(p.phone_digits, ' ') FROM contact_phones p"
               " WHERE p.contact_id = c.id), '')"
               " FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE %1"
               " ON CONFLICT (contact_id) DO UPDATE SET body = EXCLUDED.body,"
               " phones = EXCLUDED.phones")
        .arg(where);
}

QString pgCompanyDocs(const QString &where)
{
    return QStringLiteral("INSERT INTO company_search (company_id, body)"
                          " SELECT co.id, kontor_search_text(concat_ws(' ', co.name,"
                          " co.legal_name, co.website, co.email, co.city))"
                          " FROM companies co WHERE %1"
                          " ON CONFLICT (company_id) DO UPDATE SET body = EXCLUDED.body")
        .arg(where);
}

QString pgDealDocs(const QString &where)
{
    return QStringLiteral("INSERT INTO deal_search (deal_id, body)"
                          " SELECT d.id, kontor_search_text(d.title) FROM deals d WHERE %1"
                          " ON CONFLICT (deal_id) DO UPDATE SET body = EXCLUDED.body")
        .arg(where);
}

// The one trigger function behind PostgreSQL's search documents. It does nothing while the
// transaction has set kontor.defer_search (an import: SET LOCAL, so no other session is
// affected), which then writes the documents once per record at its end.
QString pgSearchTriggerFunction()
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION kontor_search_trg() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF current_setting('kontor.defer_search', true) = 'on' THEN RETURN NULL; END IF;"
                       " IF TG_TABLE_NAME = 'contacts' THEN"
                       "  PERFORM kontor_contact_search_refresh(NEW.id);"
                       " ELSIF TG_TABLE_NAME IN ('contact_emails', 'contact_phones') THEN"
                       "  IF TG_OP <> 'INSERT' THEN"
                       "   PERFORM kontor_contact_search_refresh(OLD.contact_id); END IF;"
                       "  IF TG_OP <> 'DELETE' THEN"
                       "   PERFORM kontor_contact_search_refresh(NEW.contact_id); END IF;"
                       " ELSIF TG_TABLE_NAME = 'companies' THEN ")
            + pgCompanyDocs(QStringLiteral("co.id = NEW.id"))
            + QStringLiteral(";  IF TG_OP = 'UPDATE' AND OLD.name IS DISTINCT FROM NEW.name THEN ")
            + pgContactDocs(QStringLiteral("c.company_id = NEW.id"))
            + QStringLiteral("; END IF;"
                             " ELSIF TG_TABLE_NAME = 'deals' THEN ")
            + pgDealDocs(QStringLiteral("d.id = NEW.id"))
            + QStringLiteral("; END IF; RETURN NULL; END $$");
}

QStringList postgresStatements()
{
    return {
        // Creating an extension needs a privileged role; say so in words an admin can act on.
        QStringLiteral(
            "DO $$ BEGIN"
            " CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;"
            " EXCEPTION WHEN insufficient_privilege THEN RAISE EXCEPTION"
            " 'Kontor search needs the PostgreSQL extensions pg_trgm and unaccent. Ask the"
            " database administrator to run CREATE EXTENSION pg_trgm; CREATE EXTENSION unaccent;"
            " in this database, then open it again.'; END $$"),
        QStringLiteral("CREATE FUNCTION kontor_search_text(t text) RETURNS text"
                       " LANGUAGE sql STABLE AS $$ SELECT lower(unaccent(coalesce(t, ''))) $$"),
        QStringLiteral("CREATE TABLE contact_search ("
                       " contact_id BIGINT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
                       " body TEXT NOT NULL, phones TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE company_search ("
                       " company_id BIGINT PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE deal_search ("
                       " deal_id BIGINT PRIMARY KEY REFERENCES deals(id) ON DELETE CASCADE,"
                       " body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX contact_search_body ON contact_search"
                       " USING gin (body gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX contact_search_phones ON contact_search"
                       " USING gin (phones gin_trgm_ops)"),
        QStringLiteral("CREATE INDEX company_search_body ON company_search"
                       " USING gin (body gin_trgm_ops)"),
        QStringLiteral(
            "CREATE INDEX deal_search_body ON deal_search USING gin (body gin_trgm_ops)"),
        QStringLiteral("CREATE FUNCTION kontor_contact_search_refresh(cid BIGINT) RETURNS void"
                       " LANGUAGE sql AS $$ ")
            + pgContactDocs(QStringLiteral("c.id = cid")) + QStringLiteral(" $$"),
        pgSearchTriggerFunction(),
        QStringLiteral(
            "CREATE OR REPLACE TRIGGER contacts_search AFTER INSERT OR UPDATE OF first_name,"
            " last_name, company_id ON contacts"
            " FOR EACH ROW EXECUTE FUNCTION kontor_search_trg()"),
        QStringLiteral(
            "CREATE OR REPLACE TRIGGER contact_emails_search AFTER INSERT OR UPDATE OR DELETE"
            " ON contact_emails FOR EACH ROW EXECUTE FUNCTION kontor_search_trg()"),
        QStringLiteral(
            "CREATE OR REPLACE TRIGGER contact_phones_search AFTER INSERT OR UPDATE OR DELETE"
            " ON contact_phones FOR EACH ROW EXECUTE FUNCTION kontor_search_trg()"),
        QStringLiteral(
            "CREATE OR REPLACE TRIGGER companies_search AFTER INSERT OR UPDATE OF name, legal_name,"
            " website, email, city ON companies"
            " FOR EACH ROW EXECUTE FUNCTION kontor_search_trg()"),
        QStringLiteral(
            "CREATE OR REPLACE TRIGGER deals_search AFTER INSERT OR UPDATE OF title ON deals"
            " FOR EACH ROW EXECUTE FUNCTION kontor_search_trg()"),
    };
}

QStringList postgresRebuild()
{
    return {
        QStringLiteral("DELETE FROM contact_search"), QStringLiteral("DELETE FROM company_search"),
        QStringLiteral("DELETE FROM deal_search"),    pgContactDocs(QStringLiteral("TRUE")),
        pgCompanyDocs(QStringLiteral("TRUE")),        pgDealDocs(QStringLiteral("TRUE"))};
}

} // namespace

Migration searchMigration()
{
    Migration m {3, QStringLiteral("quick search index"), {}, {}, {}};
    m.sqliteOnly = sqliteStatements() + sqliteRebuild();
    m.postgresOnly = postgresStatements() + postgresRebuild();
    return m;
}

namespace {

// The statements of step 3 that create triggers; they are idempotent (IF NOT EXISTS /
// OR REPLACE) so a rebuild can run them again.
QStringList triggerStatements(const Dialect &dialect)
{
    QStringList out;
    for (const QString &s : dialect.isSqlite() ? sqliteStatements() : postgresStatements()) {
        if (s.startsWith(QLatin1String("CREATE TRIGGER"))
            || s.startsWith(QLatin1String("CREATE OR REPLACE TRIGGER")))
            out << s;
    }
    return out;
}

} // namespace

Migration searchDeferMigration()
{
    Migration m {19, QStringLiteral("search documents deferred during an import (PostgreSQL)"), {}, {}, {}};
    m.postgresOnly << pgSearchTriggerFunction();
    return m;
}

Migration searchPhoneTrigramMigration()
{
    // Databases made before this step index phone digits as suffix words in contact_fts.
    // Dropping every search trigger and FTS table and running step 3's statements again
    // gives them today's layout (on a database created with today's step 3 it redoes the
    // same, on tables that are still empty). PostgreSQL's layout did not change.
    Migration m {5, QStringLiteral("phone search by digit trigrams"), {}, {}, {}};
    static const QRegularExpression sqliteName(QStringLiteral("IF NOT EXISTS (\\w+)"));
    for (const QString &create : triggerStatements(Dialect(Backend::Sqlite)))
        m.sqliteOnly << QStringLiteral("DROP TRIGGER IF EXISTS %1")
                            .arg(sqliteName.match(create).captured(1));
    for (const char *table : {"contact_fts", "contact_phone_fts", "company_fts", "deal_fts"})
        m.sqliteOnly << QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table));
    m.sqliteOnly << sqliteStatements() << sqliteRebuild();
    return m;
}

Status suspendSearchIndex(const QSqlDatabase &conn, const Dialect &dialect)
{
    const QString what = QCoreApplication::translate("Search", "Cannot pause the search index");
    static const QRegularExpression sqliteName(QStringLiteral("IF NOT EXISTS (\\w+)"));
    static const QRegularExpression pgName(
        QStringLiteral("OR REPLACE TRIGGER (\\w+) .* ON (\\w+) FOR EACH ROW"));
    for (const QString &create : triggerStatements(dialect)) {
        QString drop;
        if (dialect.isSqlite()) {
            drop = QStringLiteral("DROP TRIGGER IF EXISTS %1")
                       .arg(sqliteName.match(create).captured(1));
        } else {
            const auto m = pgName.match(create);
            drop = QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                       .arg(m.captured(1), m.captured(2));
        }
        SqlStatement q(conn, what);
        if (auto st = q.run(drop); !st)
            return st;
    }
    return {};
}

Status rebuildSearchIndex(const QSqlDatabase &conn, const Dialect &dialect)
{
    const QString what = QCoreApplication::translate("Search", "Cannot rebuild the search index");
    QStringList statements = triggerStatements(dialect);
    if (dialect.isSqlite()) {
        // FTS5 writes a new index segment each time its in-memory term table reaches
        // 'hashsize' (1 MB by default) and keeps merging them; for a million contacts a bigger
        // table means far fewer segments to write and merge (the phone trigram index builds in
        // two thirds of the time). The setting is stored with the table, so it goes back to
        // the default afterwards: ordinary edits flush at every commit anyway.
        const QStringList tables = {QStringLiteral("contact_fts"),
                                    QStringLiteral("contact_phone_fts")};
        const QString hashSize = QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2)");
        for (const QString &t : tables)
            statements << hashSize.arg(t).arg(64 << 20);
        statements << sqliteRebuild();
        for (const QString &t : tables)
            statements << hashSize.arg(t).arg(1 << 20);
    } else {
        statements << postgresRebuild();
    }
    for (const QString &sql : std::as_const(statements)) {
        SqlStatement q(conn, what);
        if (auto st = q.run(sql); !st)
            return st;
    }
    return {};
}

namespace {

// Step 3's triggers that refresh contact and company documents row by row (not the one
// that re-indexes a renamed company's people: an import renames nothing).
QStringList importTriggerStatements(const Dialect &dialect)
{
    QStringList out;
    for (const QString &create : triggerStatements(dialect)) {
        if (create.contains(QLatin1String("companies_search_rename")))
            continue;
        for (const char *table : {" ON contacts ", " ON contact_emails ", " ON contact_phones ",
                                  " ON companies "}) {
            if (create.contains(QLatin1String(table)))
                out << create;
        }
    }
    return out;
}

// Runs `make(list)` for the ids in chunks of 500, `list` being "1,2,3".
Status forIdChunks(const QSqlDatabase &conn, const QList<qint64> &ids,
                   const std::function<QStringList(const QString &)> &make)
{
    const QString what = QCoreApplication::translate("Search", "Cannot update the search index");
    for (const QString &list : idLists(ids)) {
        for (const QString &sql : make(list)) {
            SqlStatement q(conn, what);
            if (auto st = q.run(sql); !st)
                return st;
        }
    }
    return {};
}

// PostgreSQL's side of resumeSearchAfterImport(): the triggers work again, and the documents
// the import deferred are written once each (an upsert: a contact another session created
// meanwhile with an id in the range gets the document it already has).
Status resumePostgresSearch(const QSqlDatabase &conn, const QList<qint64> &contacts,
                            const QList<qint64> &companies, qint64 createdAbove)
{
    const QString what = QCoreApplication::translate("Search", "Cannot update the search index");
    QStringList statements {QStringLiteral("SELECT set_config('kontor.defer_search', 'off', true)")};
    if (createdAbove >= 0)
        statements << pgContactDocs(QStringLiteral("c.id > %1").arg(createdAbove));
    for (const QString &sql : std::as_const(statements)) {
        SqlStatement q(conn, what);
        if (auto st = q.run(sql); !st)
            return st;
    }
    Status st = forIdChunks(conn, contacts, [](const QString &list) {
        return QStringList {pgContactDocs(QStringLiteral("c.id IN (%1)").arg(list))};
    });
    if (st)
        st = forIdChunks(conn, companies, [](const QString &list) {
            return QStringList {pgCompanyDocs(QStringLiteral("co.id IN (%1)").arg(list))};
        });
    return st;
}

} // namespace

Status pauseSearchForImport(const QSqlDatabase &conn, const Dialect &dialect)
{
    const QString what = QCoreApplication::translate("Search", "Cannot pause the search index");
    if (!dialect.isSqlite()) {
        // For this transaction only (is_local): other sessions keep their triggers.
        SqlStatement q(conn, what);
        return q.run(QStringLiteral("SELECT set_config('kontor.defer_search', 'on', true)"));
    }
    static const QRegularExpression name(QStringLiteral("IF NOT EXISTS (\\w+)"));
    for (const QString &create : importTriggerStatements(dialect)) {
        SqlStatement q(conn, what);
        if (auto st = q.run(QStringLiteral("DROP TRIGGER IF EXISTS %1")
                                .arg(name.match(create).captured(1)));
            !st)
            return st;
    }
    return {};
}

Status resumeSearchAfterImport(const QSqlDatabase &conn, const Dialect &dialect,
                               const QList<qint64> &contacts, const QList<qint64> &companies,
                               qint64 createdAbove)
{
    if (!dialect.isSqlite())
        return resumePostgresSearch(conn, contacts, companies, createdAbove);
    Status st;
    if (createdAbove >= 0) {
        // The new contacts in one pass each over contacts and their phones, by their id
        // range rather than lists of ids (the id is a number formatted here).
        const QString what = QCoreApplication::translate("Search", "Cannot update the search index");
        const QString where = QStringLiteral("c.id > %1").arg(createdAbove);
        const QStringList statements =
            QStringList {QStringLiteral("DELETE FROM contact_fts WHERE rowid > %1").arg(createdAbove),
                         QStringLiteral("DELETE FROM contact_phone_fts WHERE rowid > %1").arg(createdAbove)}
            + sqliteContactDocs(where);
        for (const QString &sql : statements) {
            SqlStatement q(conn, what);
            if (st = q.run(sql); !st)
                return st;
        }
    }
    st = forIdChunks(conn, contacts, [](const QString &list) {
        return QStringList {QStringLiteral("DELETE FROM contact_fts WHERE rowid IN (%1)").arg(list),
                            QStringLiteral("DELETE FROM contact_phone_fts WHERE rowid IN (%1)")
                                .arg(list)}
            + sqliteContactDocs(QStringLiteral("c.id IN (%1)").arg(list));
    });
    if (st)
        st = forIdChunks(conn, companies, [](const QString &list) {
            return QStringList {QStringLiteral("DELETE FROM company_fts WHERE rowid IN (%1)").arg(list),
                                sqliteCompanyDocs(QStringLiteral("co.id IN (%1)").arg(list))};
        });
    if (!st)
        return st;
    const QString what = QCoreApplication::translate("Search", "Cannot update the search index");
    for (const QString &create : importTriggerStatements(dialect)) {
        SqlStatement q(conn, what);
        if (auto st = q.run(create); !st)
            return st;
    }
    return {};
}

} // namespace kontor
