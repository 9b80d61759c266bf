#pragma once

#include "session.h"
#include "tasks/task_repository.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kontor {

// "Complete task": what came of it (the outcome), whether to log it on the client's
// timeline, and the next step, offered up front so no client or deal is left without one.
// The next step is pre-ticked when the task is for a deal or contact that would otherwise
// have no open task. Saving goes through TaskRepository::complete in one transaction.
class CompleteTaskDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteTaskDialog(Session session, const Task &task, QWidget *parent = nullptr);

    const CompletionResult &result() const { return m_result; }
    const Task &task() const { return m_task; }
    QString outcome() const;
    bool nextStepOffered() const;

    void accept() override;

private:
    void buildUi(bool offerNextStep);

    Session m_session;
    Task m_task;
    CompletionResult m_result;
    QPlainTextEdit *m_outcome = nullptr;
    QCheckBox *m_log = nullptr;
    QGroupBox *m_next = nullptr;
    QLineEdit *m_nextTitle = nullptr;
    QDateTimeEdit *m_nextDue = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kontor
