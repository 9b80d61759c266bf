#include "test_database.h"

#include "activities/activity_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

template<typename T> T require(Result<T> r)
{
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

qint64 scalar(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    return kontor::test::sqlValue(s, sql, binds).toLongLong();
}

qint64 newContact(const Session &s, const QString &last)
{
    Contact c;
    c.firstName = QStringLiteral("Ada");
    c.lastName = last;
    return require(ContactRepository(s).create(c));
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("Logging a call moves the contact's and the deal's last activity forward",
          "[activities]")
{
    // Given a contact with an open deal
    TestDatabase t;
    const Session s = t.session();
    const qint64 contactId = newContact(s, QStringLiteral("Lovelace"));
    const auto pipelines = require(PipelineRepository(s).list());
    Deal deal;
    deal.title = QStringLiteral("Engines");
    deal.stageId = pipelines.first().stages.first().id;
    deal.contactId = contactId;
    const qint64 dealId = require(DealRepository(s).create(deal));
    const ActivityRepository activities(s);

    // When a call of 1 March is logged
    Activity call;
    call.kind = QStringLiteral("call");
    call.subject = QStringLiteral("Intro call");
    call.occurredAt = at("2026-03-01T10:00:00Z");
    call.contactId = contactId;
    call.dealId = dealId;
    const qint64 id = require(activities.log(call));

    // Then the activity is saved, by the signed-in user, and both dates follow it
    CHECK(id > 0);
    CHECK(scalar(s, QStringLiteral("SELECT user_id FROM activities WHERE id = ?"), {id})
          == s.userId);
    const qint64 march = call.occurredAt.toSecsSinceEpoch();
    CHECK(require(ContactRepository(s).get(contactId)).lastContactedAt.toSecsSinceEpoch()
          == march);
    CHECK(scalar(s, QStringLiteral("SELECT last_activity_at FROM deals WHERE id = ?"), {dealId})
          == march);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'activity'"
                                   " AND entity_id = ? AND action = 'create'"),
                 {id})
          == 1);

    // When an older note is logged afterwards, "last contacted" does not move back
    Activity note;
    note.kind = QStringLiteral("note");
    note.body = QStringLiteral("Met at the fair last year");
    note.occurredAt = at("2025-06-01T10:00:00Z");
    note.contactId = contactId;
    require(activities.log(note));
    CHECK(require(ContactRepository(s).get(contactId)).lastContactedAt.toSecsSinceEpoch()
          == march);
}

TEST_CASE("An invalid activity is refused and changes nothing", "[activities]")
{
    TestDatabase t;
    const Session s = t.session();
    const qint64 contactId = newContact(s, QStringLiteral("Byron"));
    const ActivityRepository activities(s);

    Activity empty;
    empty.contactId = contactId; // no subject and no text
    auto r = activities.log(empty);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Invalid);

    Activity orphan;
    orphan.subject = QStringLiteral("Call with nobody");
    CHECK_FALSE(activities.log(orphan).ok());

    Activity odd;
    odd.kind = QStringLiteral("fax");
    odd.subject = QStringLiteral("Sent a fax");
    odd.contactId = contactId;
    CHECK_FALSE(activities.log(odd).ok());

    // A contact that does not exist: the foreign key refuses it, nothing half-written
    Activity ghost;
    ghost.subject = QStringLiteral("Call");
    ghost.contactId = 987654;
    CHECK_FALSE(activities.log(ghost).ok());

    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM activities")) == 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'activity'"))
          == 0);
    CHECK_FALSE(require(ContactRepository(s).get(contactId)).lastContactedAt.isValid());
}
