#pragma once

#include "storage/migrations.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace kontor {

// Case-insensitive look-ups of a company by name and a deal by title that work for every
// script on both back ends: SQLite's lower() folds ASCII letters only ("РОГА" never found
// "Рога"), and a custom SQL function would make the file unreadable to the sqlite3 shell
// and other tools. So each row stores its name folded by Qt (companies.name_fold,
// deals.title_fold, indexed, schema step 12) and a look-up compares with foldKey(text).
//
// The repositories fill the key when they write a name. Writers that do not (bulk loads,
// raw updates such as an import's undo) leave it NULL: a trigger clears a key whose name
// changed without it, and fillMissingFoldKeys() folds what is missing before look-ups.
QString foldKey(const QString &text);

// Folds every NULL name_fold / title_fold (none after a repository write; all of them once
// after a bulk load). Run it in the transaction that looks names up.
Status fillMissingFoldKeys(const QSqlDatabase &conn);

// Schema step 12: the two key columns, their indexes, the triggers that clear a stale key,
// and the backfill of every existing row.
Migration foldKeysMigration();

} // namespace kontor
