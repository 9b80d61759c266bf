#pragma once

#include "repo/paging.h"
#include "session.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace kontor {

// A record waiting in the trash.
struct TrashItem
{
    QString kind; // contact, company, deal
    qint64 id = 0;
    QString name;   // display name or deal title
    QString detail; // company of a contact, city of a company, stage of a deal
    QDateTime deletedAt;
    QString deletedBy; // display name, "" when unknown
};

// Read-only: the trashed contacts, companies and deals in one list, most recently deleted
// first. Restoring goes through each entity's repository, which writes the audit log.
class TrashListing
{
public:
    explicit TrashListing(Session session) : m_session(std::move(session)) {}

    // `text` narrows to names starting with it ("" = everything).
    Result<Page<TrashItem>> list(const QString &text, const PageRequest &page = {}) const;
    Result<qint64> count(const QString &text) const;

private:
    QString where(const QString &text, QVariantList *binds) const;
    Session m_session;
};

} // namespace kontor
