#include "shell/connect_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    buildUi();
    setKeychainAvailable(true);
}

void ConnectDialog::buildUi()
{
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("hostField"));
    m_host->setPlaceholderText(tr("e.g. crm.example.com"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("portField"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("databaseField"));
    m_database->setText(QStringLiteral("kontor"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userField"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);

    m_remember = new QCheckBox(tr("Remember the password in the system keychain"));
    m_remember->setObjectName(QStringLiteral("rememberBox"));
    m_remember->setChecked(true);
    m_keychainNote = new QLabel;
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void ConnectDialog::setUrl(const DatabaseUrl &url)
{
    if (url.isSqlite())
        return;
    m_host->setText(url.host());
    m_port->setValue(url.port());
    m_database->setText(url.databaseName());
    m_user->setText(url.user());
}

void ConnectDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void ConnectDialog::setKeychainAvailable(bool available)
{
    m_remember->setVisible(available);
    m_keychainNote->setText(
        available ? tr("The password is kept in your system keychain, never in Kontor's settings.")
                  : tr("No password keychain is running on this computer, so Kontor will ask for "
                       "the password each time you connect. It is never saved in a file."));
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

DatabaseUrl ConnectDialog::url() const
{
    return DatabaseUrl::postgres(m_user->text().trimmed(), m_host->text().trimmed(),
                                 m_port->value(), m_database->text().trimmed());
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return !m_remember->isHidden() && m_remember->isChecked();
}

QString ConnectDialog::validationError() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the name or address of the server.");
    if (m_host->text().trimmed().contains(QLatin1Char(' ')))
        return tr("A server name cannot contain spaces.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the database on the server.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the user name you sign in with.");
    return {};
}

void ConnectDialog::accept()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return;
    QDialog::accept();
}

} // namespace kontor
