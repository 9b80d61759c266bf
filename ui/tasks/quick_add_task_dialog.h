#pragma once

#include "session.h"
#include "tasks/task.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace kontor {

// "New task": title, type, due (or all day), duration, priority, reminder, repeat, who does
// it (several people make a group task) and notes. `prefill` carries what the caller knows:
// the contact / company / deal it is for (Ctrl+T on a card, the board's deal card) and their
// names for the header. Saving goes through TaskRepository::create; a refusal is shown in
// the dialog and nothing is saved. Other modules (the deal board) can open it directly.
class QuickAddTaskDialog : public QDialog
{
    Q_OBJECT
public:
    QuickAddTaskDialog(Session session, const Task &prefill, QWidget *parent = nullptr);

    QList<qint64> savedIds() const { return m_savedIds; }
    // The task as the fields say now (what accept() saves).
    Task collect() const;

    void accept() override;

private:
    void buildUi();
    void loadUsers();
    void updateEnabled();

    Session m_session;
    Task m_prefill;
    QList<qint64> m_savedIds;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_allDay = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_remind = nullptr;
    QComboBox *m_repeat = nullptr;
    QWidget *m_weekdays = nullptr;
    QList<QCheckBox *> m_weekdayBoxes;
    QListWidget *m_assignees = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

// The default due time of a new task: the next full hour, local.
QDateTime nextFullHour(const QDateTime &now);

} // namespace kontor
