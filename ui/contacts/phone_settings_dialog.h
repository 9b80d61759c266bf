#pragma once

#include "session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace kontor {

class BackgroundQueue;

// Settings → Phone Numbers: the region a number typed without a country code belongs to
// (search and duplicate detection compare numbers in their international form), and reading
// the phones already stored again with it — on a worker thread, since a big base holds a
// million of them. What was typed is never changed, only the match key.
class PhoneSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PhoneSettingsDialog(Session session, QWidget *parent = nullptr);

public slots:
    // Closing waits for a re-read under way: it runs in one transaction that must finish.
    void reject() override;

signals:
    // Stored phones were read again: search and duplicates may find other records.
    void phonesRenormalized();

private:
    void save();
    void showStatus(const QString &text, bool error = false);
    void setRunning(bool running);

    Session m_session;
    QComboBox *m_region = nullptr;
    QCheckBox *m_renormalize = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    bool m_running = false;
    BackgroundQueue *m_worker = nullptr;
};

} // namespace kontor
