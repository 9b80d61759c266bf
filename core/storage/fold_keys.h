#pragma once

#include "storage/migrations.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kontor {

// Case- and normalization-insensitive look-ups of a company by name, a deal by title and a
// contact by name that work for every script on both back ends: SQLite's lower() folds ASCII
// letters only ("РОГА" never found "Рога"), and a custom SQL function would make the file
// unreadable to the sqlite3 shell and other tools. So each row stores its name folded in C++
// (companies.name_fold, deals.title_fold: schema step 12; contacts.name_fold: step 17; all
// indexed) and a look-up compares with foldKey(text) (contactNameKey() for a contact).
//
// The repositories fill the key when they write a name. Writers that do not (bulk loads,
// raw updates such as an import's undo or a merge) leave it NULL: a trigger clears a key
// whose name changed without it, and fillMissingFoldKeys() folds what is missing before
// look-ups.
//
// foldKey() is Unicode's NFKC_Casefold in effect: NFKC, full case folding (CaseFolding.txt,
// C + F entries), NFKC again, trimmed. NFKC makes a name typed with a combining accent
// ("Cafe" + U+0301, as macOS and some exports write it) the precomposed "Café", and
// full-width "ＡＣＭＥ" plain "ACME"; the folding makes ß, ẞ and "SS" all "ss", ﬁ "fi", final ς σ.
// It is the one place a name is folded: stored keys and looked-up keys must agree, so every
// comparison of names goes through it. Changing what it returns needs a schema step that
// refolds the stored keys (as steps 16 and 17 do).
QString foldKey(const QString &text);
// Two names that are the same but for case, Unicode normalization and surrounding spaces:
// "Straße" and "STRASSE", "Café" and "Cafe" + U+0301. For look-ups in memory (pipelines,
// stages, users) that must agree with the keys.
bool sameName(const QString &a, const QString &b);
// The key of contacts.name_fold: first and last name as one name, folded. One name rather
// than two keys, because a file's "Full name" column splits where the CRM may not ("Anna
// Maria" + "Berg" is "Anna" + "Maria Berg"); a first name alone is the same key as that
// name as a last name alone.
QString contactNameKey(const QString &firstName, const QString &lastName);
// The key of contacts.surname_key, by which the duplicate review groups contacts of one
// company: the folded last name, a space and the first letter of the folded first name
// ("ИВАНОВ Иван" and "Иванов И." are both "иванов и"; no first name: "иванов "). Empty, not
// NULL, when the last name is: NULL means "not computed yet" to fillMissingFoldKeys().
QString contactSurnameKey(const QString &firstName, const QString &lastName);

// For a repository's UPDATE that renamed row `id` and wrote its key: a rename that keeps the
// key ("Acme" -> "ACME", as an import's update writes it) looks to the stale-key trigger like
// a writer that forgot the key, and the trigger cleared it. This puts it back, as a look-up
// later in the same transaction (an import's next row) needs it. `table` and `keyColumn` are
// fixed by the caller.
Status keepKeyAfterRename(const QSqlDatabase &conn, const QString &table, const QString &keyColumn,
                          qint64 id, const QString &key);

// Folds every NULL name_fold / title_fold of companies, deals and contacts, and every NULL
// contacts.surname_key (none after a repository write; all of them once after a bulk load).
// Run it in the transaction that looks names up.
Status fillMissingFoldKeys(const QSqlDatabase &conn);

// Schema step 12: the two key columns, their indexes, the triggers that clear a stale key,
// and the backfill of every existing row.
Migration foldKeysMigration();

// Schema step 16: every stored key refolded after foldKey() moved from Qt's one-to-one
// folding to full folding (a "Straße" stored as "straße" becomes "strasse"). Its own step,
// self-contained, so renumbering it is a one-line change.
Migration fullCaseFoldMigration();

// Schema step 17: contacts.name_fold (indexed with company_id, for "name" and "name and
// company" matching), its trigger, and every key of the three tables refolded after
// foldKey() began to normalize (NFKC).
Migration contactNameKeysMigration();

// Schema step 18: contacts.surname_key (see contactSurnameKey()) for the duplicate review,
// which compared lower(last_name) and so never paired "ИВАНОВ" with "Иванов" on SQLite; its
// index, its stale-key trigger and the key of every existing contact.
Migration contactSurnameKeyMigration();

} // namespace kontor
