#pragma once

#include "storage/migrations.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kontor {

// Case-insensitive look-ups of a company by name and a deal by title that work for every
// script on both back ends: SQLite's lower() folds ASCII letters only ("РОГА" never found
// "Рога"), and a custom SQL function would make the file unreadable to the sqlite3 shell
// and other tools. So each row stores its name folded in C++ (companies.name_fold,
// deals.title_fold, indexed, schema step 12) and a look-up compares with foldKey(text).
//
// The repositories fill the key when they write a name. Writers that do not (bulk loads,
// raw updates such as an import's undo) leave it NULL: a trigger clears a key whose name
// changed without it, and fillMissingFoldKeys() folds what is missing before look-ups.
//
// foldKey() is full case folding (Unicode's CaseFolding.txt, C + F entries): ß, ẞ and "SS"
// all become "ss", ﬁ becomes "fi", final ς becomes σ. It is the one place a name is folded:
// stored keys and looked-up keys must agree, so every comparison of names goes through it.
QString foldKey(const QString &text);
// Two names that are the same but for case (and surrounding spaces): "Straße" and
// "STRASSE". For look-ups in memory (pipelines, stages, users) that must agree with the keys.
bool sameName(const QString &a, const QString &b);

// Folds every NULL name_fold / title_fold (none after a repository write; all of them once
// after a bulk load). Run it in the transaction that looks names up.
Status fillMissingFoldKeys(const QSqlDatabase &conn);

// Schema step 12: the two key columns, their indexes, the triggers that clear a stale key,
// and the backfill of every existing row.
Migration foldKeysMigration();

// Schema step 16: every stored key refolded after foldKey() moved from Qt's one-to-one
// folding to full folding (a "Straße" stored as "straße" becomes "strasse"). Its own step,
// self-contained, so renumbering it is a one-line change.
Migration fullCaseFoldMigration();

} // namespace kontor
