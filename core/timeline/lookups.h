#pragma once

#include "model/deal.h"
#include "session.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace kontor {

struct NamedId
{
    qint64 id = 0;
    QString name;
};

// Short read-only lists the cards offer in their choosers. Each is small by nature (a few
// roles, a team's users, one company's deals), so they are read whole.
class Lookups
{
public:
    explicit Lookups(Session session) : m_session(std::move(session)) {}

    // Roles a person can hold at a company, in the admin's order.
    Result<QList<NamedId>> companyRoles() const;
    // Active users by display name (the owner chooser).
    Result<QList<NamedId>> users() const;
    // Live deals of a company (or of a contact), newest first, at most `limit`.
    Result<QList<Deal>> dealsOfCompany(qint64 companyId, int limit = 200) const;
    Result<QList<Deal>> dealsOfContact(qint64 contactId, int limit = 200) const;

private:
    Result<QList<NamedId>> namedIds(const QString &sql, const QString &what) const;
    Result<QList<Deal>> deals(const QString &column, qint64 id, int limit) const;

    Session m_session;
};

} // namespace kontor
