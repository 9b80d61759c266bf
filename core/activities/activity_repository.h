#pragma once

#include "session.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kontor {

// A call, email, meeting or note that happened with a contact, company and/or deal.
struct Activity
{
    qint64 id = 0;
    QString kind = QStringLiteral("call"); // call, email, meeting, note
    QString subject;
    QString body;
    QDateTime occurredAt; // invalid = now
    int durationMin = 0;  // 0 = not given
    QString direction;    // "", in, out
    QString outcome;
    qint64 contactId = 0;
    qint64 companyId = 0;
    qint64 dealId = 0;
    qint64 userId = 0; // 0 = the signed-in user
};

QStringList activityKinds();

// The only place that writes SQL for activities. Logging one also moves the contact's
// "last contacted" and the deal's "last activity" forward in the same transaction, so the
// "not contacted for 90 days" filter and rotting deals never disagree with the timeline.
class ActivityRepository
{
public:
    explicit ActivityRepository(Session session) : m_session(std::move(session)) {}

    Result<qint64> log(const Activity &activity) const;
    Status moveToTrash(qint64 id) const;
    Status restore(qint64 id) const;

    static Status validate(const Activity &activity);

    // What log() writes, for bulk imports that write the same rows in batches: `activity` as
    // stored (the time defaults to now, the user to the session's), the activities row's
    // columns and values, and the fields its audit row lists.
    Activity completed(const Activity &activity) const;
    static QStringList insertColumns();
    static QVariantList insertValues(const Activity &activity);
    static QVariantMap auditFields(const Activity &activity);

private:
    Session m_session;
};

} // namespace kontor
