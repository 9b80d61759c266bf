#pragma once

#include "storage/database_url.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kontor {

// "Connect to server": where the team's PostgreSQL database is and who signs in. The
// password is used for this connection and, if the user agrees and a keychain runs, kept
// in the OS keychain; the dialog says plainly when it will have to be typed each time.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setUrl(const DatabaseUrl &url);
    void setPassword(const QString &password);
    void setKeychainAvailable(bool available);
    // Shown above the form, e.g. why the dialog came back after a failed attempt.
    void setMessage(const QString &message);

    DatabaseUrl url() const;
    QString password() const;
    bool rememberPassword() const;

    void accept() override;

private:
    void buildUi();
    QString validationError() const;

    QLabel *m_message = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kontor
