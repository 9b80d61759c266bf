#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace kontor {

// Writes the audit trail: who did what to which record and which fields changed.
// Called by repositories inside the same transaction as the change itself.
namespace audit {

// {field: [old, new]} for every field whose value differs. A field missing from `before` (all
// of them for a new record) counts only when `after` gives it a value: not when it is null,
// an empty text or an empty list (isBlank()).
bool isBlank(const QVariant &value);
QVariantMap diff(const QVariantMap &before, const QVariantMap &after);

// The text record() stores in audit_log.changes (empty for no changes); bulk writers that
// insert audit rows themselves store the same.
QString changesText(const QVariantMap &changes);
// The changes of the audit row ("import") of a record an import created in bulk:
// changesText({{"batch", batchId}, {"row", sourceRow}}), without the map. Not every field as a
// "create" lists them: at a million contacts those texts were a quarter of the database
// (281 MB) and a fifth of the import's time. The record's first values are its values now
// less the later "update" rows, and the batch names the file.
inline constexpr char kImportedAction[] = "import";
QString importedText(qint64 batchId, qint64 sourceRow);
// The import batch and file row that created a record (see importedText).
struct ImportOrigin
{
    qint64 batchId = 0;
    qint64 sourceRow = 0;
};

Status record(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
              const QString &action, const QVariantMap &changes = {});
// What a repository records for a record it created: action "create" with every field given
// a value (diff({}, fields)), or, when an import creates it (`origin`), action "import" with
// the batch and file line (importedText).
Status recordCreated(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
                     const QVariantMap &fields, const std::optional<ImportOrigin> &origin);
// The same with the changes already as text (changesText(), importedText()).
Status recordText(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
                  const QString &action, const QString &changes);

} // namespace audit
} // namespace kontor
