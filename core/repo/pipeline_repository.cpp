#include "repo/pipeline_repository.h"

#include "repo/audit.h"
#include "repo/trash.h"
#include "reports/stage_stays.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::PipelineRepository", text);
}

Stage readStage(const QSqlQuery &q, int at)
{
    Stage s;
    s.id = q.value(at).toLongLong();
    s.pipelineId = q.value(at + 1).toLongLong();
    s.name = q.value(at + 2).toString();
    s.position = q.value(at + 3).toInt();
    s.probability = q.value(at + 4).toInt();
    Stage::kindFromName(q.value(at + 5).toString(), &s.kind);
    s.rotDays = q.value(at + 6).toInt();
    return s;
}

const char *const kStageColumns = "s.id, s.pipeline_id, s.name, s.position, s.probability, s.kind, s.rot_days";

} // namespace

Status PipelineRepository::validateStage(const Stage &s)
{
    const QString context = s.name.isEmpty() ? tr("new stage") : tr("stage \"%1\"").arg(s.name);
    if (s.name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A stage needs a name"), context, {}};
    if (s.probability < 0 || s.probability > 100)
        return Error{Error::Kind::Invalid, tr("The win probability must be between 0 and 100 %"), context, {}};
    if (s.rotDays < 0)
        return Error{Error::Kind::Invalid, tr("Days before a deal rots cannot be negative"), context, {}};
    return {};
}

Result<QList<Pipeline>> PipelineRepository::list() const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the pipelines"));
    if (auto st = q.run(QStringLiteral("SELECT p.id, p.name, p.position, %1 FROM pipelines p"
                                       " LEFT JOIN stages s ON s.pipeline_id = p.id AND s.deleted_at IS NULL"
                                       " WHERE p.deleted_at IS NULL ORDER BY p.position, p.id, s.position, s.id")
                            .arg(QLatin1String(kStageColumns)));
        !st)
        return st.error();
    QList<Pipeline> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id)
            out.append(Pipeline{id, q.value(1).toString(), q.value(2).toInt(), {}});
        if (!q.value(3).isNull())
            out.last().stages.append(readStage(q.query(), 3));
    }
    return out;
}

Result<Pipeline> PipelineRepository::get(qint64 id) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Pipeline &p : std::as_const(*all)) {
        if (p.id == id)
            return p;
    }
    return Error{Error::Kind::NotFound, tr("This pipeline does not exist"), tr("pipeline %1").arg(id), {}};
}

Result<Pipeline> PipelineRepository::find(const QString &idOrName) const
{
    auto all = list();
    if (!all)
        return all.error();
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    for (const Pipeline &p : std::as_const(*all)) {
        if ((isNumber && p.id == id) || p.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return Error{Error::Kind::NotFound, tr("There is no pipeline called \"%1\"").arg(idOrName), {}, {}};
}

Result<qint64> PipelineRepository::create(const QString &name, const QList<Stage> &stages) const
{
    if (name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A pipeline needs a name"), tr("new pipeline"), {}};
    for (const Stage &s : stages) {
        if (auto st = validateStage(s); !st)
            return st.error();
    }
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const QString what = tr("Cannot create the pipeline \"%1\"").arg(name);
    SqlStatement q(*conn, what);
    auto id = q.scalar(QStringLiteral("INSERT INTO pipelines (name, position)"
                                      " SELECT ?, COALESCE(MAX(position), 0) + 1 FROM pipelines RETURNING id"),
                       {name.trimmed()});
    if (!id)
        return id.error();
    const qint64 pipelineId = id->toLongLong();
    for (int i = 0; i < stages.size(); ++i) {
        const Stage &s = stages.at(i);
        if (auto st = q.run(QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind, rot_days)"
                                           " VALUES (?, ?, ?, ?, ?, ?)"),
                            {pipelineId, s.name.trimmed(), i + 1, s.probability, Stage::kindName(s.kind),
                             s.rotDays > 0 ? QVariant(s.rotDays) : QVariant(QMetaType::fromType<int>())});
            !st)
            return st.error();
    }
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("pipeline"), pipelineId,
                                QStringLiteral("create"), {{QStringLiteral("name"), QVariantList{QVariant(), name}}});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return pipelineId;
}

Status PipelineRepository::rename(qint64 id, const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A pipeline needs a name"), tr("pipeline %1").arg(id), {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot rename pipeline %1").arg(id));
    if (auto st = q.run(QStringLiteral("UPDATE pipelines SET name = ? WHERE id = ? AND deleted_at IS NULL"),
                        {name.trimmed(), id});
        !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("This pipeline does not exist"), tr("pipeline %1").arg(id), {}};
    return {};
}

Status PipelineRepository::moveToTrash(qint64 id) const
{
    return setTrashed(m_session, {QStringLiteral("pipelines"), QStringLiteral("pipeline"), tr("pipeline %1").arg(id)},
                      id, true);
}

Result<Stage> PipelineRepository::stage(qint64 stageId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read stage %1").arg(stageId));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM stages s WHERE s.id = ? AND s.deleted_at IS NULL")
                            .arg(QLatin1String(kStageColumns)),
                        {stageId});
        !st)
        return st.error();
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("This stage does not exist"), tr("stage %1").arg(stageId), {}};
    return readStage(q.query(), 0);
}

Result<qint64> PipelineRepository::addStage(const Stage &s) const
{
    if (auto st = validateStage(s); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot add the stage \"%1\"").arg(s.name));
    auto id = q.scalar(QStringLiteral("INSERT INTO stages (pipeline_id, name, position, probability, kind, rot_days)"
                                      " SELECT ?, ?, COALESCE(MAX(position), 0) + 1, ?, ?, ? FROM stages"
                                      " WHERE pipeline_id = ? RETURNING id"),
                       {s.pipelineId, s.name.trimmed(), s.probability, Stage::kindName(s.kind),
                        s.rotDays > 0 ? QVariant(s.rotDays) : QVariant(QMetaType::fromType<int>()), s.pipelineId});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status PipelineRepository::updateStage(const Stage &s) const
{
    if (auto st = validateStage(s); !st)
        return st;
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot save the stage \"%1\"").arg(s.name));
    if (auto st = q.run(QStringLiteral("UPDATE stages SET name = ?, probability = ?, kind = ?, rot_days = ?"
                                       " WHERE id = ? AND deleted_at IS NULL"),
                        {s.name.trimmed(), s.probability, Stage::kindName(s.kind),
                         s.rotDays > 0 ? QVariant(s.rotDays) : QVariant(QMetaType::fromType<int>()), s.id});
        !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("This stage does not exist"), tr("stage %1").arg(s.id), {}};
    return {};
}

Status PipelineRepository::reorderStages(qint64 pipelineId, const QList<qint64> &stageIds) const
{
    auto pipeline = get(pipelineId);
    if (!pipeline)
        return pipeline.error();
    QList<qint64> current;
    for (const Stage &s : std::as_const(pipeline->stages))
        current << s.id;
    QList<qint64> sortedNew = stageIds, sortedOld = current;
    std::sort(sortedNew.begin(), sortedNew.end());
    std::sort(sortedOld.begin(), sortedOld.end());
    if (sortedNew != sortedOld) {
        return Error{Error::Kind::Invalid, tr("The new order must list every stage of the pipeline once"),
                     tr("pipeline %1").arg(pipelineId), {}};
    }
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot reorder the stages"));
    for (int i = 0; i < stageIds.size(); ++i) {
        if (auto st = q.run(QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"), {i + 1, stageIds.at(i)}); !st)
            return st;
    }
    return tx.commit();
}

Status PipelineRepository::removeStage(qint64 stageId, qint64 moveToStageId) const
{
    auto doomed = stage(stageId);
    if (!doomed)
        return doomed.error();
    std::optional<Stage> target;
    if (moveToStageId) {
        auto t = stage(moveToStageId);
        if (!t)
            return t.error();
        if (t->pipelineId != doomed->pipelineId || t->id == stageId) {
            return Error{Error::Kind::Invalid,
                         tr("Deals can only move to another stage of the same pipeline"),
                         tr("stage %1").arg(stageId), tr("stage %1").arg(moveToStageId)};
        }
        if (t->kind == Stage::Kind::Lost) {
            return Error{Error::Kind::Invalid,
                         tr("Deals cannot be moved to a lost stage without a reason each"),
                         tr("stage %1").arg(stageId), {}};
        }
        target = *t;
    }
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot delete the stage \"%1\"").arg(doomed->name));
    if (!target) {
        auto deals = q.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE stage_id = ? AND deleted_at IS NULL"),
                              {stageId});
        if (!deals)
            return deals.error();
        q.finish();
        if (deals->toLongLong() > 0) {
            return Error{Error::Kind::Conflict,
                         QCoreApplication::translate("kontor::PipelineRepository",
                                                     "%n deal(s) are still in this stage; move them to another stage first",
                                                     nullptr, int(deals->toLongLong())),
                         tr("stage %1").arg(stageId), {}};
        }
    } else {
        // Set-based, so deleting a stage of thousands of deals stays one quick transaction:
        // first the history rows (from the old stage), then the move itself.
        const qint64 now = nowSecs();
        if (auto st = q.run(QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id,"
                                           " changed_by, changed_at) SELECT id, stage_id, ?, ?, ? FROM deals"
                                           " WHERE stage_id = ?"),
                            {target->id, nullIfZero(m_session.userId), now, stageId});
            !st)
            return st;
        if (auto st = reports::refreshStageStaysOfStage(*conn, stageId); !st)
            return st;
        const bool closing = target->kind != Stage::Kind::Open;
        if (auto st = q.run(QStringLiteral("UPDATE deals SET stage_id = ?, status = ?, stage_entered_at = ?,"
                                           " closed_at = ?, updated_at = ?, board_position = board_position"
                                           " + (SELECT COALESCE(MAX(board_position), 0) FROM deals WHERE stage_id = ?)"
                                           " WHERE stage_id = ?"),
                            {target->id, Stage::kindName(target->kind), now,
                             closing ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()), now,
                             target->id, stageId});
            !st)
            return st;
    }
    if (auto st = q.run(QStringLiteral("UPDATE stages SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
                        {nowSecs(), stageId});
        !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("This stage does not exist"), tr("stage %1").arg(stageId), {}};
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("stage"), stageId, QStringLiteral("delete"),
                                {{QStringLiteral("moved_to"), target ? QVariant(target->id) : QVariant()}});
        !st)
        return st;
    return tx.commit();
}

Result<Stage> PipelineRepository::findStage(qint64 pipelineId, const QString &idOrName) const
{
    auto pipeline = get(pipelineId);
    if (!pipeline)
        return pipeline.error();
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    for (const Stage &s : std::as_const(pipeline->stages)) {
        if ((isNumber && s.id == id) || s.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return Error{Error::Kind::NotFound,
                 tr("The pipeline \"%1\" has no stage called \"%2\"").arg(pipeline->name, idOrName), {}, {}};
}

Result<QList<LostReason>> PipelineRepository::lostReasons(bool activeOnly) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the lost reasons"));
    if (auto st = q.run(QStringLiteral("SELECT id, name, active FROM lost_reasons WHERE active = 1 OR ? = 0"
                                       " ORDER BY position, id"),
                        {activeOnly ? 1 : 0});
        !st)
        return st.error();
    QList<LostReason> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0});
    return out;
}

Result<LostReason> PipelineRepository::findLostReason(const QString &idOrName) const
{
    auto all = lostReasons(false);
    if (!all)
        return all.error();
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    for (const LostReason &r : std::as_const(*all)) {
        if ((isNumber && r.id == id) || r.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    }
    return Error{Error::Kind::NotFound, tr("There is no lost reason called \"%1\"").arg(idOrName), {}, {}};
}

Result<qint64> PipelineRepository::addLostReason(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A lost reason needs a name"), {}, {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot add the lost reason \"%1\"").arg(name));
    auto id = q.scalar(QStringLiteral("INSERT INTO lost_reasons (name, position)"
                                      " SELECT ?, COALESCE(MAX(position), 0) + 1 FROM lost_reasons RETURNING id"),
                       {name.trimmed()});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status PipelineRepository::removePipeline(qint64 id) const
{
    auto all = list();
    if (!all)
        return all.error();
    const QString context = tr("pipeline %1").arg(id);
    const auto it = std::find_if(all->cbegin(), all->cend(), [id](const Pipeline &p) { return p.id == id; });
    if (it == all->cend())
        return Error{Error::Kind::NotFound, tr("This pipeline does not exist"), context, {}};
    if (all->size() == 1)
        return Error{Error::Kind::Conflict, tr("\"%1\" is the only pipeline; add another before deleting it").arg(it->name),
                     context, {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot delete the pipeline \"%1\"").arg(it->name));
    auto deals = q.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE pipeline_id = ? AND deleted_at IS NULL"), {id});
    if (!deals)
        return deals.error();
    q.finish();
    if (deals->toLongLong() > 0) {
        return Error{Error::Kind::Conflict,
                     tr("\"%1\" still holds %2 deal(s); move or delete them first").arg(it->name).arg(deals->toLongLong()),
                     context, {}};
    }
    return moveToTrash(id);
}

Status PipelineRepository::updateLostReason(const LostReason &reason) const
{
    const QString context = tr("lost reason %1").arg(reason.id);
    if (reason.name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A lost reason needs a name"), context, {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot save the lost reason \"%1\"").arg(reason.name));
    if (auto st = q.run(QStringLiteral("UPDATE lost_reasons SET name = ?, active = ? WHERE id = ?"),
                        {reason.name.trimmed(), reason.active ? 1 : 0, reason.id});
        !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error{Error::Kind::NotFound, tr("This lost reason does not exist"), context, {}};
    return {};
}

} // namespace kontor
