#pragma once

#include "repo/paging.h"
#include "session.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace kontor {

// One thing that happened with a person or a company, newest first on the card.
struct TimelineEntry
{
    // call, email, meeting, note (activities); deal (created); stage (a deal moved);
    // task; change (audit log: create, update, delete, restore in `action`).
    QString kind;
    qint64 id = 0; // of the activity, deal, stage-history row, task or audit row
    QDateTime at;
    QString title;   // subject, deal title, task title, audit action
    QString detail;  // body, "Qualified → Proposal sent", task state
    QString userName; // who did it, "" when unknown
    QVariantMap changes; // kind "change": {field: [old, new]}
    bool done = false;   // kind "task": done already
};

// Read-only: every SQL that gathers a card's history, paged newest first.
class TimelineRepository
{
public:
    explicit TimelineRepository(Session session) : m_session(std::move(session)) {}

    // Activities with the person, their deals and stage changes, tasks about them and
    // changes to the contact itself.
    Result<Page<TimelineEntry>> forContact(qint64 contactId, const PageRequest &page = {}) const;
    // The company's own history merged with the activities of the people working there.
    Result<Page<TimelineEntry>> forCompany(qint64 companyId, const PageRequest &page = {}) const;
    // A deal's activities, tasks, stage moves and changes (a move shows once, as a move).
    Result<Page<TimelineEntry>> forDeal(qint64 dealId, const PageRequest &page = {}) const;
    Result<qint64> countForContact(qint64 contactId) const;
    Result<qint64> countForDeal(qint64 dealId) const;
    Result<qint64> countForCompany(qint64 companyId) const;

private:
    Result<Page<TimelineEntry>> fetch(const QString &from, const QVariantList &binds,
                                      const PageRequest &page) const;
    Result<qint64> count(const QString &from, const QVariantList &binds) const;

    Session m_session;
};

} // namespace kontor
