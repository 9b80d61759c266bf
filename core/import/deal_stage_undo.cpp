#include "import/deal_stage_undo.h"

#include "reports/stage_stays.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

Migration dealExternalIdMigration()
{
    Migration m{14, QStringLiteral("external ids of imported deals"), {}, {}, {}};
    m.statements = {QStringLiteral("ALTER TABLE deals ADD COLUMN external_id TEXT"),
                    QStringLiteral("CREATE INDEX deals_by_external_id ON deals (external_id)")};
    return m;
}

namespace importing::detail {

namespace {

const char *const kColumns[] = {"stage_id", "status", "stage_entered_at", "closed_at",
                                "lost_reason_id", "board_position"};

// Looked up under the context lupdate files these messages in (the namespace's name).
QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing::detail", text);
}

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return v.toDouble(); // board_position
    return v.toLongLong();
}

QVariant variantOf(const QJsonValue &v, const QString &column)
{
    const bool text = column == QLatin1String("status");
    if (v.isNull() || v.isUndefined())
        return text ? QVariant(QMetaType::fromType<QString>()) : QVariant(QMetaType::fromType<qint64>());
    if (text)
        return v.toString();
    if (column == QLatin1String("board_position"))
        return v.toDouble();
    return v.toInteger();
}

} // namespace

Status rememberStage(const QSqlDatabase &conn, qint64 dealId, QJsonObject *before)
{
    SqlStatement q(conn, tr("Cannot read the deal's stage"));
    if (auto st = q.run(QStringLiteral("SELECT stage_id, status, stage_entered_at, closed_at, lost_reason_id,"
                                       " board_position, (SELECT COALESCE(MAX(id), 0) FROM deal_stage_history"
                                       "  WHERE deal_id = ?) FROM deals WHERE id = ?"),
                        {dealId, dealId});
        !st)
        return st;
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("The deal is gone."), tr("deal %1").arg(dealId), {}};
    for (int i = 0; i < 6; ++i)
        before->insert(QStringLiteral("stage:") + QLatin1String(kColumns[i]), jsonOf(q.value(i)));
    before->insert(QStringLiteral("stage:history_id"), q.value(6).toLongLong());
    return {};
}

Status restoreStage(const QSqlDatabase &conn, qint64 dealId, const QJsonObject &before)
{
    if (!before.contains(QStringLiteral("stage:stage_id")))
        return {};
    SqlStatement q(conn, tr("Cannot put the deal back in its stage"));
    if (auto st = q.run(QStringLiteral("DELETE FROM deal_stage_history WHERE deal_id = ? AND id > ?"),
                        {dealId, before.value(QStringLiteral("stage:history_id")).toInteger()});
        !st)
        return st;
    QVariantList binds;
    for (const char *column : kColumns) {
        binds << variantOf(before.value(QStringLiteral("stage:") + QLatin1String(column)),
                           QLatin1String(column));
    }
    binds << dealId;
    if (auto st = q.run(QStringLiteral("UPDATE deals SET stage_id = ?, status = ?, stage_entered_at = ?,"
                                       " closed_at = ?, lost_reason_id = ?, board_position = ? WHERE id = ?"),
                        binds);
        !st)
        return st;
    return reports::refreshStageStays(conn, dealId);
}

} // namespace importing::detail

} // namespace kontor
