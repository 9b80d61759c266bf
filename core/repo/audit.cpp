#include "repo/audit.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kontor::audit {

QVariantMap diff(const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old != it.value())
            changes.insert(it.key(), QVariantList{old, it.value()});
    }
    return changes;
}

QString changesText(const QVariantMap &changes)
{
    if (changes.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(changes)).toJson(QJsonDocument::Compact));
}

Status record(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
              const QString &action, const QVariantMap &changes)
{
    SqlStatement q(conn, QCoreApplication::translate("Audit", "Cannot write the audit log"));
    const QString json = changesText(changes);
    return q.run(QStringLiteral("INSERT INTO audit_log (user_id, entity, entity_id, action, changes)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {nullIfZero(userId), entity, entityId, action, nullIfEmpty(json)});
}

} // namespace kontor::audit
