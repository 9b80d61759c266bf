#include "storage/database_url.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace kontor {

namespace {
Error invalidUrl(const QString &text, const QString &why)
{
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("DatabaseUrl", "This is not a database address Kontor understands"),
                 text, why};
}
} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return url;
}

DatabaseUrl DatabaseUrl::postgres(const QString &user, const QString &host, int port,
                                  const QString &database)
{
    DatabaseUrl url;
    url.m_backend = Backend::Postgres;
    url.m_user = user;
    url.m_host = host;
    url.m_port = port;
    url.m_database = database;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalidUrl(text, QStringLiteral("empty address"));

    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        // Accept sqlite:///abs/path and sqlite://~/x as well as sqlite:/abs and sqlite:rel.
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        if (path.isEmpty())
            return invalidUrl(text, QStringLiteral("no file path after sqlite:"));
        return sqlite(path);
    }

    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return invalidUrl(text, url.errorString());
        if (!url.password().isEmpty())
            return invalidUrl(url.toString(QUrl::RemovePassword), QStringLiteral("a password must not be written into the address; "
                                                   "use the keychain, PGPASSWORD or ~/.pgpass"));
        QString db = url.path();
        if (db.startsWith(QLatin1Char('/')))
            db = db.mid(1);
        if (db.isEmpty() || db.contains(QLatin1Char('/')))
            return invalidUrl(text, QStringLiteral("the address must end with /database-name"));
        DatabaseUrl out = postgres(url.userName(), url.host().isEmpty() ? QStringLiteral("localhost") : url.host(),
                                   url.port(5432), db);
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            options << item.first + QLatin1Char('=') + item.second;
        out.m_options = options.join(QLatin1Char(';'));
        return out;
    }

    return invalidUrl(text, QStringLiteral("it must start with sqlite: or postgresql://"));
}

QString DatabaseUrl::defaultSqlitePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/Kontor");
    return dir + QStringLiteral("/kontor.sqlite");
}

Result<DatabaseUrl> DatabaseUrl::defaultUrl()
{
    const QString env = qEnvironmentVariable("KONTOR_DB");
    if (!env.isEmpty())
        return parse(env);
    return sqlite(defaultSqlitePath());
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + m_path;
    QString s = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        s += QString::fromUtf8(QUrl::toPercentEncoding(m_user)) + QLatin1Char('@');
    s += m_host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_database;
    if (!m_options.isEmpty()) {
        QString query = m_options;
        query.replace(QLatin1Char(';'), QLatin1Char('&'));
        s += QLatin1Char('?') + query;
    }
    return s;
}

QString DatabaseUrl::displayName() const
{
    if (m_backend == Backend::Sqlite)
        return QFileInfo(m_path).fileName();
    return (m_user.isEmpty() ? QString() : m_user + QLatin1Char('@')) + m_host + QLatin1Char('/') + m_database;
}

} // namespace kontor
