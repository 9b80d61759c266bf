#include "photos/contact_photos.h"

#include "storage/sql.h"

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

Status ContactPhotoRepository::set(const QSqlDatabase &conn, qint64 contactId, const QByteArray &bytes)
{
    const QString type = imageType(bytes);
    if (type.isEmpty()) {
        return Error{Error::Kind::Invalid, tr("The photo is not a JPEG, PNG or GIF image."),
                     tr("contact %1").arg(contactId), {}};
    }
    if (bytes.size() > MaxBytes) {
        return Error{Error::Kind::Invalid,
                     tr("The photo is larger than %1 MB.").arg(MaxBytes / (1024 * 1024)),
                     tr("contact %1").arg(contactId), {}};
    }
    SqlStatement q(conn, tr("Cannot save the contact's photo"));
    if (auto st = q.run(QStringLiteral("DELETE FROM contact_photos WHERE contact_id = ?"), {contactId}); !st)
        return st;
    return q.run(QStringLiteral("INSERT INTO contact_photos (contact_id, mime_type, bytes) VALUES (?, ?, ?)"),
                 {contactId, type, bytes});
}

Result<std::optional<ContactPhoto>> ContactPhotoRepository::get(qint64 contactId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    return get(*conn, contactId);
}

Status ContactPhotoRepository::set(qint64 contactId, const QByteArray &bytes) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    return set(*conn, contactId, bytes);
}

Status ContactPhotoRepository::remove(qint64 contactId) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot remove the contact's photo"));
    return q.run(QStringLiteral("DELETE FROM contact_photos WHERE contact_id = ?"), {contactId});
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
