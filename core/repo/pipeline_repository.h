#pragma once

#include "model/pipeline.h"
#include "session.h"
#include "util/result.h"

namespace kontor {

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

    Result<Stage> stage(qint64 stageId) const;
    Result<qint64> addStage(const Stage &stage) const;
    Status updateStage(const Stage &stage) const; // name, probability, kind, rot days
    // New order of a pipeline's stages: every live stage id exactly once.
    Status reorderStages(qint64 pipelineId, const QList<qint64> &stageIds) const;
    // Refused while live deals sit in the stage (they must be moved first).
    Status removeStage(qint64 stageId) const;

    static Status validateStage(const Stage &stage);

private:
    Session m_session;
};

} // namespace kontor
