#pragma once

#include "repo/pipeline_repository.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kontor {

// Asks why a deal was lost: a reason from the list (required) and an optional note.
class LostReasonDialog : public QDialog
{
    Q_OBJECT
public:
    LostReasonDialog(const QString &dealTitle, const QList<LostReason> &reasons,
                     QWidget *parent = nullptr);

    qint64 reasonId() const;
    QString note() const;

private:
    QComboBox *m_reasons;
    QLineEdit *m_note;
};

} // namespace kontor
