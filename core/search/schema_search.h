#pragma once

#include "storage/dialect.h"
#include "storage/migrations.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace kontor {

// Schema step 3: the quick-search index over contacts (names, company, emails, phone
// digits), companies and deals, kept in sync by triggers inside the same transaction as
// every write, whoever writes (repositories, import, demo loader), and filled from the rows
// already there so a database upgraded from step 2 is searchable at once.
//   SQLite:     FTS5 tables contact_fts / company_fts / deal_fts (rowid = the record id),
//               unicode61 with diacritics removed; phone digits in contact_phone_fts with
//               the trigram tokenizer, so any run of 3+ digits finds the number.
//   PostgreSQL: tables contact_search / company_search / deal_search holding lower-cased,
//               unaccented text with trigram (pg_trgm) GIN indexes.
Migration searchMigration();

// Schema step 5: moves SQLite's phone digits out of contact_fts into contact_phone_fts.
Migration searchPhoneTrigramMigration();

// Schema step 19 (PostgreSQL): the search trigger function returns at once while the
// transaction has set kontor.defer_search (pauseSearchForImport()).
Migration searchDeferMigration();

// For a bulk load (demo data, a big import): drops the search triggers so each written row
// does not update the index one by one (about 3x the load time for a million contacts).
// Call inside the load's transaction and end with rebuildSearchIndex() before committing;
// a rollback brings the triggers back by itself.
Status suspendSearchIndex(const QSqlDatabase &conn, const Dialect &dialect);

// Puts the search triggers back (if suspended) and empties and refills the index from the
// data tables in one pass. For bulk loaders and for repair. Runs inside the caller's
// transaction when there is one.
Status rebuildSearchIndex(const QSqlDatabase &conn, const Dialect &dialect);

// For a big import on SQLite: the triggers that rewrite a contact's or a company's search
// documents for every row of contacts, contact_emails, contact_phones and companies are
// dropped inside the caller's transaction (FTS5 also writes a new index segment at every
// savepoint, and an import takes one per row), and resumeSearchAfterImport() writes the
// documents of the records the import touched, once each, and puts the triggers back (a
// rollback brings them back too). On PostgreSQL no DDL (which would lock the tables for the
// whole team): the transaction sets kontor.defer_search (SET LOCAL), the trigger function
// returns at once for it alone, and resume writes the documents the same way.
// `createdAbove`: every contact with a greater id is new (ids only grow: AUTOINCREMENT and
// sequences) and
// gets its documents in one pass over that id range, so `contacts` need only list the others
// the import wrote; -1 for none.
Status pauseSearchForImport(const QSqlDatabase &conn, const Dialect &dialect);
Status resumeSearchAfterImport(const QSqlDatabase &conn, const Dialect &dialect,
                               const QList<qint64> &contacts, const QList<qint64> &companies,
                               qint64 createdAbove = -1);

} // namespace kontor
