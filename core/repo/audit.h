#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace kontor {

// Writes the audit trail: who did what to which record and which fields changed.
// Called by repositories inside the same transaction as the change itself.
namespace audit {

// {field: [old, new]} for every field whose value differs.
QVariantMap diff(const QVariantMap &before, const QVariantMap &after);

Status record(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
              const QString &action, const QVariantMap &changes = {});

} // namespace audit
} // namespace kontor
