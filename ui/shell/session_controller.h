#pragma once

#include "session.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QWidget;

namespace kontor {

class PasswordStore;

// Which database is open, and every way to open another: new / open local file, connect to
// a server, recent databases. A new Session replaces the old one only once it is fully open,
// so a failure leaves the previous database in use, never a half-open state.
class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(QWidget *dialogParent);

    const std::optional<Session> &session() const { return m_session; }
    PasswordStore *passwords() const { return m_passwords; }

    // Opens `url` without any dialog: on success it becomes current and first in the recent
    // list; on failure the current session stays and the error is returned.
    Status open(const DatabaseUrl &url, const QString &password = {});

    // Menu entry points: they ask what they need and show errors in plain words.
    void newLocalDatabase();
    void openLocalDatabase();
    void connectToServer(const DatabaseUrl &prefill = {}, const QString &message = {});
    void openRecent(const QString &urlText);
    // Offers demo data when the open database has no contacts (first start, new database).
    void offerDemoDataIfEmpty();

    QStringList recentDatabases() const;
    void clearRecentDatabases();

    // "Could not open the database: <message> (<context>)" for a dialog or a status bar.
    static QString describe(const Error &error);

signals:
    void sessionChanged();
    void recentDatabasesChanged();

private:
    bool openOrReport(const DatabaseUrl &url, const QString &password);
    void addRecent(const DatabaseUrl &url);

    QPointer<QWidget> m_parent;
    PasswordStore *m_passwords;
    std::optional<Session> m_session;
};

} // namespace kontor
