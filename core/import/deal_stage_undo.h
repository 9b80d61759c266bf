#pragma once
// A deals import that moves a deal to another stage does it through DealRepository::
// moveToStage() (stage history, stage_entered_at, the stays the funnel report reads); these
// keep what undo needs to put the deal back exactly as it was. Not a public API.

#include "storage/migrations.h"
#include "util/result.h"

#include <QJsonObject>

class QSqlDatabase;

namespace kontor {

// Schema step 14: deals.external_id, the id a deal has in the system it was imported from, so
// a second import of the same file updates the deals instead of adding them again.
Migration dealExternalIdMigration();

namespace importing::detail {

// Adds the deal's stage columns and its last stage-history row to `before`, under "stage:*"
// keys (read before the move).
Status rememberStage(const QSqlDatabase &conn, qint64 dealId, QJsonObject *before);
// When `before` holds "stage:*" keys: deletes the history rows written since, puts the stage
// columns back and rewrites the deal's stays. Nothing otherwise.
Status restoreStage(const QSqlDatabase &conn, qint64 dealId, const QJsonObject &before);

} // namespace importing::detail

} // namespace kontor
