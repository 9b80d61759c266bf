#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace kontor {

// Server passwords in the OS keychain (Secret Service, KWallet, Keychain, Credential Manager)
// through QtKeychain: service "Kontor", key = the database URL. Never in a settings file: the
// insecure plain-text fallback of QtKeychain stays off. Where no keychain service runs (a
// bare desktop, CI, offscreen), every call reports "unavailable" and the caller asks the
// user for the password each time.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit PasswordStore(QObject *parent = nullptr);

    // Known after the first keychain call has answered (the constructor starts a probe).
    Availability availability() const { return m_availability; }

    // `done` gets the stored password, or nothing when there is none or no keychain.
    void read(const QString &key, std::function<void(std::optional<QString>)> done);
    // `done` gets an empty string on success, else why the password was not stored.
    void write(const QString &key, const QString &password,
               std::function<void(QString error)> done = {});
    void remove(const QString &key);

    static QString service() { return QStringLiteral("Kontor"); }

signals:
    void availabilityChanged(Availability availability);

private:
    void noteAvailability(int keychainError);

    Availability m_availability = Availability::Unknown;
};

} // namespace kontor
