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

// The stages of one pipeline: add, edit (name, win probability, kind, rot days), reorder
// and delete. Renaming and reordering never touch deals; deleting a stage that holds deals
// asks where to move them, and the move writes their stage history.
class PipelineSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PipelineSettingsDialog(Session session, qint64 pipelineId, QWidget *parent = nullptr);

    // Asks which stage receives the deals of `doomed`; 0 = cancel. Tests replace it.
    using MovePrompt = std::function<qint64(const Stage &doomed, const QList<Stage> &targets)>;
    void setMovePrompt(MovePrompt prompt) { m_askTarget = std::move(prompt); }

    const QList<Stage> &stages() const { return m_pipeline.stages; }
    void selectStage(int row);
    void addStage();
    void saveSelected();
    void moveSelected(int delta);
    void removeSelected();

signals:
    void stagesChanged();

private:
    void reload(int selectRow);
    void showSelected();
    bool check(const Status &status);

    Session m_session;
    Pipeline m_pipeline;
    MovePrompt m_askTarget;
    QListWidget *m_list;
    QLineEdit *m_name;
    QSpinBox *m_probability;
    QComboBox *m_kind;
    QSpinBox *m_rotDays;
    QLabel *m_error;
};

} // namespace kontor
