#include "photos/contact_photos.h"

#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ContactPhotos", text);
}

} // namespace

QString ContactPhotoRepository::imageType(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    return {};
}

Result<std::optional<ContactPhoto>> ContactPhotoRepository::get(const QSqlDatabase &conn, qint64 contactId)
{
    SqlStatement q(conn, tr("Cannot read the contact's photo"));
    if (auto st = q.run(QStringLiteral("SELECT bytes, mime_type FROM contact_photos WHERE contact_id = ?"),
                        {contactId});
        !st)
        return st.error();
    if (!q.next())
        return std::optional<ContactPhoto>();
    return std::optional<ContactPhoto>(ContactPhoto{q.value(0).toByteArray(), q.value(1).toString()});
}

Status ContactPhotoRepository::check(const QByteArray &bytes, const QString &context)
{
    // The size first: a file too large to keep is refused as that, whatever it holds.
    if (bytes.size() > MaxBytes) {
        return Error{Error::Kind::Invalid,
                     tr("The photo is larger than %1 MB.").arg(MaxBytes / (1024 * 1024)), context, {}};
    }
    if (imageType(bytes).isEmpty())
        return Error{Error::Kind::Invalid, tr("The photo is not a JPEG, PNG or GIF image."), context, {}};
    return {};
}

Status ContactPhotoRepository::set(const QSqlDatabase &conn, qint64 contactId, const QByteArray &bytes)
{
    if (auto st = check(bytes, tr("contact %1").arg(contactId)); !st)
        return st;
    SqlStatement q(conn, tr("Cannot save the contact's photo"));
    if (auto st = q.run(QStringLiteral("DELETE FROM contact_photos WHERE contact_id = ?"), {contactId}); !st)
        return st;
    return q.run(QStringLiteral("INSERT INTO contact_photos (contact_id, mime_type, bytes) VALUES (?, ?, ?)"),
                 {contactId, imageType(bytes), bytes});
}

Result<std::optional<ContactPhoto>> ContactPhotoRepository::get(qint64 contactId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    return get(*conn, contactId);
}

namespace {

// The audit row of a photo change: {"photo": [type before, type after]}, null for none. The
// bytes themselves stay out of the log (up to 4 MB each); the type says what happened.
Status auditPhoto(const QSqlDatabase &conn, qint64 userId, qint64 contactId,
                  const std::optional<ContactPhoto> &before, const QString &afterType)
{
    const QVariant was = before ? QVariant(before->mimeType) : QVariant();
    const QVariant now = afterType.isEmpty() ? QVariant() : QVariant(afterType);
    return audit::record(conn, userId, QStringLiteral("contact"), contactId, QStringLiteral("update"),
                         {{QStringLiteral("photo"), QVariantList{was, now}}});
}

} // namespace

Status ContactPhotoRepository::set(qint64 contactId, const QByteArray &bytes) const
{
    if (auto st = check(bytes, tr("contact %1").arg(contactId)); !st)
        return st; // before a transaction is opened for nothing
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    auto before = get(*conn, contactId);
    if (!before)
        return before.error();
    if (auto st = set(*conn, contactId, bytes); !st)
        return st;
    if (auto st = auditPhoto(*conn, m_session.userId, contactId, *before, imageType(bytes)); !st)
        return st;
    return tx.commit();
}

Status ContactPhotoRepository::remove(qint64 contactId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    auto before = get(*conn, contactId);
    if (!before)
        return before.error();
    if (!*before)
        return {}; // nothing to remove, nothing to log
    SqlStatement q(*conn, tr("Cannot remove the contact's photo"));
    if (auto st = q.run(QStringLiteral("DELETE FROM contact_photos WHERE contact_id = ?"), {contactId}); !st)
        return st;
    if (auto st = auditPhoto(*conn, m_session.userId, contactId, *before, {}); !st)
        return st;
    return tx.commit();
}

Migration contactPhotosMigration()
{
    Migration m{13, QStringLiteral("contact photos"), {}, {}, {}};
    m.statements = {QStringLiteral("CREATE TABLE contact_photos ("
                                   " contact_id {ID} PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,"
                                   " mime_type TEXT NOT NULL,"
                                   " bytes {BLOB} NOT NULL,"
                                   " created_at {TS} NOT NULL DEFAULT {NOW})")};
    return m;
}

} // namespace kontor
