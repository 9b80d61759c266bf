#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kontor {

// A setting whose key and default are declared together, so a typo in a key or two different
// defaults for the same key cannot happen (the pattern of Tiled's Preference<T>).
template<typename T> class Setting
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(key)
        , m_default(std::move(defaultValue))
    {
    }

    QString key() const { return QString::fromLatin1(m_key); }
    T value() const
    {
        return QSettings().value(key(), QVariant::fromValue(m_default)).template value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(key(), QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(key()); }

private:
    const char *m_key;
    T m_default;
};

// Every setting the GUI keeps. Passwords are never here: they go to the OS keychain.
namespace settings {
extern const Setting<QByteArray> windowGeometry;
extern const Setting<QByteArray> windowState;
extern const Setting<QString> currentModule;
extern const Setting<QStringList> recentDatabases; // URLs only, most recent first
extern const Setting<QString> lastServerUrl; // prefill of "Connect to server"
constexpr int maxRecentDatabases = 8;
} // namespace settings

} // namespace kontor
