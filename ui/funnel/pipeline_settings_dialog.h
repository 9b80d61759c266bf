#pragma once

#include "repo/pipeline_repository.h"
#include "session.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace kontor {

// Pipelines and their stages, and the lost reasons: the funnel's settings. Pipelines are
// added, renamed and deleted (not while they hold deals); the stages of the chosen one are
// added, edited (name, win probability, kind, rot days), reordered and deleted. Renaming and
// reordering never touch deals; deleting a stage that holds deals asks where to move them,
// and the move writes their stage history. Lost reasons are added, renamed or retired.
class PipelineSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PipelineSettingsDialog(Session session, qint64 pipelineId, QWidget *parent = nullptr);

    // Asks which stage receives the deals of `doomed`; 0 = cancel. Tests replace it.
    using MovePrompt = std::function<qint64(const Stage &doomed, const QList<Stage> &targets)>;
    void setMovePrompt(MovePrompt prompt) { m_askTarget = std::move(prompt); }

    const QList<Stage> &stages() const { return m_pipeline.stages; }
    qint64 pipelineId() const { return m_pipeline.id; }
    const QList<LostReason> &lostReasons() const { return m_reasons; }

    void selectPipeline(qint64 id);
    bool addPipeline(const QString &name);
    bool renamePipeline(const QString &name);
    bool removePipeline();
    bool addLostReason(const QString &name);
    bool updateLostReason(int row, const QString &name, bool active);
    void selectStage(int row);
    void addStage();
    void saveSelected();
    void moveSelected(int delta);
    void removeSelected();

signals:
    void stagesChanged(); // stages, pipelines or lost reasons

private:
    void reload(int selectRow);
    void reloadPipelines();
    void reloadReasons(int selectRow);
    void showSelected();
    bool check(const Status &status);

    Session m_session;
    Pipeline m_pipeline;
    QList<LostReason> m_reasons;
    bool m_filling = false;
    MovePrompt m_askTarget;
    QComboBox *m_pipelines;
    QListWidget *m_reasonList;
    QListWidget *m_list;
    QLineEdit *m_name;
    QSpinBox *m_probability;
    QComboBox *m_kind;
    QSpinBox *m_rotDays;
    QLabel *m_error;
};

} // namespace kontor
