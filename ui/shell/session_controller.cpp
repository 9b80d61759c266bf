#include "shell/session_controller.h"

#include "repo/contact_repository.h"
#include "shell/connect_dialog.h"
#include "shell/demo_data.h"
#include "shell/password_store.h"
#include "shell/settings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

namespace kontor {

SessionController::SessionController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_passwords(new PasswordStore(this))
{
}

QString SessionController::describe(const Error &error)
{
    QString text = error.message;
    if (!error.context.isEmpty())
        text += QStringLiteral(" (") + error.context + QLatin1Char(')');
    return text;
}

Status SessionController::open(const DatabaseUrl &url, const QString &password)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Session::open(url, password);
    QGuiApplication::restoreOverrideCursor();
    if (!session)
        return session.error();
    // Swap only now: the old session (and its connections) go when nothing uses them.
    m_session = std::move(*session);
    addRecent(url);
    emit sessionChanged();
    return {};
}

bool SessionController::openOrReport(const DatabaseUrl &url, const QString &password)
{
    const Status st = open(url, password);
    if (st)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Database"),
                    tr("Kontor could not open %1.").arg(url.displayName()), QMessageBox::Ok,
                    m_parent);
    box.setInformativeText(
        describe(st.error()) + QLatin1Char('\n')
        + (m_session ? tr("You are still working in %1.").arg(m_session->db->url().displayName())
                     : QString()));
    box.setDetailedText(st.error().detail);
    box.exec();
    return false;
}

void SessionController::newLocalDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_parent, tr("New Local Database"), dir + QStringLiteral("/customers.sqlite"),
        tr("Kontor databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never overwrite: the file may hold someone's customers.
        QMessageBox::information(m_parent, tr("New Local Database"),
                                 tr("%1 already exists. Use Open Local Database to open it, or "
                                    "choose another name.")
                                     .arg(QFileInfo(path).fileName()));
        return;
    }
    if (openOrReport(DatabaseUrl::sqlite(path), {}))
        offerDemoDataIfEmpty();
}

void SessionController::openLocalDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Open Local Database"), dir, tr("Kontor databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openOrReport(DatabaseUrl::sqlite(path), {});
}

void SessionController::connectToServer(const DatabaseUrl &prefill, const QString &message)
{
    ConnectDialog dialog(m_parent);
    DatabaseUrl initial = prefill;
    if (initial.isSqlite()) {
        auto last = DatabaseUrl::parse(settings::lastServerUrl.value());
        if (last)
            initial = *last;
    }
    dialog.setUrl(initial);
    dialog.setMessage(message);
    dialog.setKeychainAvailable(m_passwords->availability()
                                != PasswordStore::Availability::Unavailable);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DatabaseUrl url = dialog.url();
    settings::lastServerUrl.setValue(url.toString());
    if (!openOrReport(url, dialog.password()))
        return;
    if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
        m_passwords->write(url.toString(), dialog.password(), [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::information(m_parent, tr("Password Not Saved"),
                                         tr("The keychain did not store the password (%1). "
                                            "Kontor will ask for it next time.")
                                             .arg(error));
        });
    }
}

void SessionController::openRecent(const QString &urlText)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url) {
        QMessageBox::warning(m_parent, tr("Cannot Open Database"), describe(url.error()));
        return;
    }
    if (url->isSqlite()) {
        openOrReport(*url, {});
        return;
    }
    // A server: try the keychain first, then libpq's own PGPASSWORD / ~/.pgpass; ask only
    // when none of them gets us in.
    const DatabaseUrl target = *url;
    m_passwords->read(target.toString(), [this, target](std::optional<QString> password) {
        const Status st = open(target, password.value_or(QString()));
        if (st)
            return;
        connectToServer(target,
                        tr("Kontor could not sign in to %1: %2")
                            .arg(target.displayName(), describe(st.error())));
    });
}

void SessionController::offerDemoDataIfEmpty()
{
    if (!m_session)
        return;
    auto count = ContactRepository(*m_session).count({});
    if (!count || *count > 0)
        return;
    auto *offer = new DemoDataOffer(*m_session, m_parent);
    connect(offer, &DemoDataOffer::done, this, [this, offer](bool added) {
        offer->deleteLater();
        if (added)
            emit sessionChanged(); // the modules reload what is now there
    });
    if (!offer->ask())
        offer->deleteLater();
}

QStringList SessionController::recentDatabases() const
{
    return settings::recentDatabases.value();
}

void SessionController::clearRecentDatabases()
{
    settings::recentDatabases.reset();
    emit recentDatabasesChanged();
}

void SessionController::addRecent(const DatabaseUrl &url)
{
    QStringList recent = settings::recentDatabases.value();
    recent.removeAll(url.toString());
    recent.prepend(url.toString());
    while (recent.size() > settings::maxRecentDatabases)
        recent.removeLast();
    settings::recentDatabases.setValue(recent);
    emit recentDatabasesChanged();
}

} // namespace kontor
