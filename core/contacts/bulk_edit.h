#pragma once

#include "session.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kontor {

// What a bulk change did, so it can be undone exactly: the ids it really changed and, for
// owner / status, each one's value before.
struct BulkChange
{
    enum class Kind { AddTag, RemoveTag, Owner, Status };

    Kind kind = Kind::AddTag;
    QString value; // tag name, owner id as text, status key
    QList<qint64> changed; // contacts that were changed (a tag they already had: not listed)
    QHash<qint64, QString> before; // owner / status: previous value per contact
};

// One change to many selected contacts at once, in one transaction, with an audit row per
// contact. Trashed contacts are left alone.
class ContactBulkEditor
{
public:
    explicit ContactBulkEditor(Session session)
        : m_session(std::move(session))
    {
    }

    // Tags are created on first use (names are trimmed; case is kept as first typed).
    Result<BulkChange> addTag(const QList<qint64> &ids, const QString &tag) const;
    Result<BulkChange> removeTag(const QList<qint64> &ids, const QString &tag) const;
    // ownerId 0 = nobody.
    Result<BulkChange> setOwner(const QList<qint64> &ids, qint64 ownerId) const;
    // lead, prospect or customer.
    Result<BulkChange> setStatus(const QList<qint64> &ids, const QString &status) const;

    // Reverses a change returned by one of the above.
    Status undo(const BulkChange &change) const;
    // Applies it again after an undo (same contacts, same value).
    Status redo(const BulkChange &change) const;

    // Tag names in use, for the chooser.
    Result<QStringList> tagNames() const;

private:
    Result<BulkChange> setColumn(BulkChange::Kind kind, const QList<qint64> &ids,
                                 const QVariant &value) const;

    Session m_session;
};

} // namespace kontor
