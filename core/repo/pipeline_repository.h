#pragma once

#include "model/pipeline.h"
#include "session.h"
#include "util/result.h"

namespace kontor {

struct LostReason
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

// The only place that writes SQL for pipelines, their stages and lost reasons.
class PipelineRepository
{
public:
    explicit PipelineRepository(Session session) : m_session(std::move(session)) {}

    // Live pipelines in display order, each with its live stages in order.
    Result<QList<Pipeline>> list() const;
    Result<Pipeline> get(qint64 id) const;
    // By id (digits) or by exact name, case-insensitively.
    Result<Pipeline> find(const QString &idOrName) const;

    // Creates a pipeline with the given stages (ids and pipelineId of `stages` are ignored).
    Result<qint64> create(const QString &name, const QList<Stage> &stages) const;
    Status rename(qint64 id, const QString &name) const;
    Status moveToTrash(qint64 id) const;
    // Deletes a pipeline from the settings: refused (Conflict) while it holds live deals,
    // which would vanish from every board, and for the last pipeline.
    Status removePipeline(qint64 id) const;

    Result<Stage> stage(qint64 stageId) const;
    Result<qint64> addStage(const Stage &stage) const;
    Status updateStage(const Stage &stage) const; // name, probability, kind, rot days
    // New order of a pipeline's stages: every live stage id exactly once.
    Status reorderStages(qint64 pipelineId, const QList<qint64> &stageIds) const;
    // Deletes a stage. Deals in it (in the trash too, so a restore finds a live stage) move
    // to `moveToStageId` of the same pipeline, each with a stage-history row, in the same
    // transaction; with 0 the delete is refused while live deals sit in the stage.
    Status removeStage(qint64 stageId, qint64 moveToStageId = 0) const;
    // A stage of the pipeline by id (digits) or exact name, case-insensitively.
    Result<Stage> findStage(qint64 pipelineId, const QString &idOrName) const;

    // The reasons a deal can be lost for, in display order.
    Result<QList<LostReason>> lostReasons(bool activeOnly = true) const;
    // By id (digits) or exact name, case-insensitively.
    Result<LostReason> findLostReason(const QString &idOrName) const;
    Result<qint64> addLostReason(const QString &name) const;
    // Renames it or stops offering it (deals lost for it keep it).
    Status updateLostReason(const LostReason &reason) const;

    static Status validateStage(const Stage &stage);

private:
    Session m_session;
};

} // namespace kontor
