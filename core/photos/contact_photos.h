#pragma once

#include "session.h"
#include "storage/migrations.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QSqlDatabase; // the connection-level calls are for core; ui/ never sees QtSql

namespace kontor {

// A contact's picture: the image file's bytes as they came (JPEG, PNG or GIF) and its type.
struct ContactPhoto
{
    QByteArray bytes;
    QString mimeType; // image/jpeg, image/png, image/gif
};

// contact_photos: at most one photo per contact; it goes when the contact is deleted for good
// (ON DELETE CASCADE). The image's type is read from its bytes, never trusted from a label.
class ContactPhotoRepository
{
public:
    explicit ContactPhotoRepository(Session session) : m_session(std::move(session)) {}

    // The contact's photo, or none.
    Result<std::optional<ContactPhoto>> get(qint64 contactId) const;
    // Sets (or replaces) the photo. Bytes that are no JPEG, PNG or GIF, or larger than
    // MaxBytes, are refused with a message saying which (check()). Both write an audit row
    // for the contact ("photo": the image types before and after) in the same transaction.
    Status set(qint64 contactId, const QByteArray &bytes) const;
    Status remove(qint64 contactId) const;

    // The same on a connection inside the caller's transaction (imports, which record what
    // they change in their own batch instead of the audit log).
    static Result<std::optional<ContactPhoto>> get(const QSqlDatabase &conn, qint64 contactId);
    static Status set(const QSqlDatabase &conn, qint64 contactId, const QByteArray &bytes);

    // image/jpeg, image/png or image/gif by the file's signature; empty for anything else.
    static QString imageType(const QByteArray &bytes);
    // The one check every photo passes before it is stored, wherever it came from (a vCard,
    // a web address, a file picked on the card): an image of one of those types, at most
    // MaxBytes. The error's message says which, its context is `context`.
    static Status check(const QByteArray &bytes, const QString &context = {});
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

private:
    Session m_session;
};

// Schema step 13: the contact_photos table.
Migration contactPhotosMigration();

} // namespace kontor
