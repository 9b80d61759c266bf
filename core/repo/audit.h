#pragma once

#include "model/contact.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QVariantMap>

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
// changesText(diff({}, contact.fields())), the change set of a new contact, written straight
// from the contact: a large import writes one per row, and the two maps cost more than the
// text (test_audit_json compares the two).
QString createdText(const Contact &contact);

Status record(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
              const QString &action, const QVariantMap &changes = {});

} // namespace audit
} // namespace kontor
