#include "session.h"

#include "storage/migrations.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

Result<Session> Session::open(const DatabaseUrl &url, const QString &password)
{
    auto db = Database::open(url, password);
    if (!db)
        return db.error();
    auto version = Migrator(*db).migrate();
    if (!version)
        return version.error();

    auto conn = (*db)->connection();
    if (!conn)
        return conn.error();
    const QString login = url.isSqlite() || url.user().isEmpty() ? QStringLiteral("local") : url.user();
    const QString what = QCoreApplication::translate("Session", "Cannot sign in as %1").arg(login);

    Transaction tx(*conn, (*db)->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement find(*conn, what);
    if (auto st = find.run(QStringLiteral("SELECT id FROM users WHERE login = ?"), {login}); !st)
        return st.error();
    qint64 userId = 0;
    if (find.next()) {
        userId = find.value(0).toLongLong();
        find.finish();
    } else {
        SqlStatement add(*conn, what);
        auto id = add.scalar(QStringLiteral("INSERT INTO users (login, display_name, role) VALUES (?, ?, 'rep')"
                                            " RETURNING id"),
                             {login, login});
        if (!id)
            return id.error();
        userId = id->toLongLong();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return Session{*db, userId};
}

} // namespace kontor
