#include "shell/password_store.h"

#include <qt6keychain/keychain.h>

namespace kontor {

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
    // Ask once for a key that never exists: "not found" proves a keychain answers.
    read(QStringLiteral("kontor-availability-probe"), [](std::optional<QString>) {});
}

void PasswordStore::noteAvailability(int keychainError)
{
    Availability now = m_availability;
    switch (keychainError) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::AccessDeniedByUser:
        now = Availability::Available;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
        now = Availability::Unavailable;
        break;
    default:
        break;
    }
    if (now != m_availability) {
        m_availability = now;
        emit availabilityChanged(now);
    }
}

void PasswordStore::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        noteAvailability(j->error());
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            done(readJob->textData());
        else
            done(std::nullopt);
    });
    job->start();
}

void PasswordStore::write(const QString &key, const QString &password,
                          std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        noteAvailability(j->error());
        if (done)
            done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void PasswordStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this](QKeychain::Job *j) { noteAvailability(j->error()); });
    job->start();
}

} // namespace kontor
