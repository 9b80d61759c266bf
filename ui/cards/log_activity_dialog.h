#pragma once

#include "activities/activity_repository.h"
#include "session.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kontor {

// "Log a call / email / meeting / note": what happened, when, and a few words. Saving goes
// through ActivityRepository::log, which also moves "last contacted" forward; a refusal is
// shown inside the dialog and nothing is saved.
class LogActivityDialog : public QDialog
{
    Q_OBJECT
public:
    // `base` names who it was with (contactId / companyId / dealId) and the kind.
    LogActivityDialog(Session session, const Activity &base, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }
    // What the undo history calls it: the subject, or the kind when there is none.
    QString subjectText() const;

    void accept() override;

private:
    void buildUi();
    void updateForKind();

    Session m_session;
    Activity m_base;
    qint64 m_savedId = 0;
    QDateTime m_initialWhen;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_direction = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kontor
