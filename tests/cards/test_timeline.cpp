#include "test_database.h"

#include "activities/activity_repository.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "repo/pipeline_repository.h"
#include "timeline/lookups.h"
#include "timeline/timeline_repository.h"
#include "timeline/trash_listing.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

template<typename T> T require(Result<T> r)
{
    INFO((r ? QString() : r.error().toString()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

void require(const Status &st)
{
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

QStringList kinds(const QList<TimelineEntry> &entries)
{
    QStringList out;
    for (const TimelineEntry &e : entries)
        out << e.kind;
    return out;
}

const TimelineEntry *find(const QList<TimelineEntry> &entries, const QString &kind)
{
    for (const TimelineEntry &e : entries) {
        if (e.kind == kind)
            return &e;
    }
    return nullptr;
}

// The signed-in user's display name: "Me" on SQLite, the server role on PostgreSQL.
QString myName(const Session &s)
{
    for (const NamedId &u : require(Lookups(s).users())) {
        if (u.id == s.userId)
            return u.name;
    }
    FAIL("the signed-in user is not in the user list");
    return {};
}

// A company with one person, a deal moved one stage on and a logged call.
struct Story
{
    qint64 companyId = 0;
    qint64 contactId = 0;
    qint64 colleagueId = 0;
    qint64 dealId = 0;
};

Story tellStory(const Session &s)
{
    Story st;
    Company acme;
    acme.name = QStringLiteral("Acme");
    st.companyId = require(CompanyRepository(s).create(acme));
    Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Berg");
    anna.companyId = st.companyId;
    const ContactRepository contacts(s);
    st.contactId = require(contacts.create(anna));
    Contact bo = anna;
    bo.firstName = QStringLiteral("Bo");
    st.colleagueId = require(contacts.create(bo));

    anna.id = st.contactId;
    anna.title = QStringLiteral("Buyer");
    require(contacts.update(anna));

    const Pipeline sales = require(PipelineRepository(s).list()).first();
    Deal deal;
    deal.title = QStringLiteral("Acme licence");
    deal.stageId = sales.stages.at(0).id;
    deal.contactId = st.contactId;
    deal.companyId = st.companyId;
    const DealRepository deals(s);
    st.dealId = require(deals.create(deal));
    require(deals.moveToStage(st.dealId, sales.stages.at(1).id));

    Activity call;
    call.subject = QStringLiteral("Pricing call");
    call.contactId = st.contactId;
    call.occurredAt = QDateTime::currentDateTimeUtc().addDays(1); // newest of all
    require(ActivityRepository(s).log(call));
    Activity meeting;
    meeting.kind = QStringLiteral("meeting");
    meeting.subject = QStringLiteral("Site visit");
    meeting.contactId = st.colleagueId;
    meeting.occurredAt = QDateTime::currentDateTimeUtc().addDays(-3);
    require(ActivityRepository(s).log(meeting));
    return st;
}

} // namespace

TEST_CASE("A contact's timeline holds activities, deals, stage moves and field changes",
          "[timeline]")
{
    TestDatabase t;
    const Session s = t.session();
    const Story story = tellStory(s);
    const TimelineRepository timeline(s);

    const auto page = require(timeline.forContact(story.contactId));
    const QStringList k = kinds(page.items);
    // The call happened "tomorrow", so it leads; the colleague's meeting is not here.
    REQUIRE(!k.isEmpty());
    CHECK(k.first() == QStringLiteral("call"));
    CHECK(k.contains(QStringLiteral("deal")));
    CHECK(k.contains(QStringLiteral("stage")));
    CHECK(k.count(QStringLiteral("change")) == 2); // created, then the title edit
    CHECK_FALSE(k.contains(QStringLiteral("meeting")));
    CHECK(require(timeline.countForContact(story.contactId)) == k.size());

    const TimelineEntry *stage = find(page.items, QStringLiteral("stage"));
    REQUIRE(stage);
    CHECK(stage->title == QStringLiteral("Acme licence"));
    CHECK(stage->detail == QStringLiteral("Lead in → Qualified"));

    // The edit is recorded with the old and the new value and who made it
    bool sawTitle = false;
    for (const TimelineEntry &e : page.items) {
        if (e.kind == QLatin1String("change") && e.title == QLatin1String("update")) {
            const QVariantList change = e.changes.value(QStringLiteral("title")).toList();
            REQUIRE(change.size() == 2);
            CHECK(change.at(1).toString() == QStringLiteral("Buyer"));
            CHECK(e.userName == myName(s));
            sawTitle = true;
        }
    }
    CHECK(sawTitle);

    // Newest first all the way down
    for (int i = 1; i < page.items.size(); ++i)
        CHECK(page.items.at(i - 1).at >= page.items.at(i).at);
}

TEST_CASE("The timeline pages without losing or repeating an entry", "[timeline][paging]")
{
    TestDatabase t;
    const Session s = t.session();
    const Story story = tellStory(s);
    const ActivityRepository activities(s);
    // Many notes in the same second: only the key's kind and id keep them apart
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 7; ++i) {
        Activity note;
        note.kind = QStringLiteral("note");
        note.body = QStringLiteral("Note %1").arg(i);
        note.contactId = story.contactId;
        note.occurredAt = when;
        require(activities.log(note));
    }
    const TimelineRepository timeline(s);
    const qint64 total = require(timeline.countForContact(story.contactId));
    QSet<QString> seen;
    PageRequest request{3, {}};
    int pages = 0;
    for (;;) {
        const auto page = require(timeline.forContact(story.contactId, request));
        for (const TimelineEntry &e : page.items)
            seen.insert(e.kind + QString::number(e.id));
        ++pages;
        if (!page.hasMore)
            break;
        request.after = page.nextAfter;
        REQUIRE(pages < 20);
    }
    CHECK(seen.size() == total);
    CHECK(pages == int((total + 2) / 3));
}

TEST_CASE("A company's timeline merges its own history with its people's activities",
          "[timeline]")
{
    TestDatabase t;
    const Session s = t.session();
    const Story story = tellStory(s);
    const auto page = require(TimelineRepository(s).forCompany(story.companyId));
    const QStringList k = kinds(page.items);
    CHECK(k.contains(QStringLiteral("call")));    // Anna's
    CHECK(k.contains(QStringLiteral("meeting"))); // Bo's
    CHECK(k.contains(QStringLiteral("deal")));
    CHECK(k.contains(QStringLiteral("stage")));
    CHECK(k.count(QStringLiteral("change")) == 1); // the company's creation only

    // Deals of the company, for the card's deal list
    const auto deals = require(Lookups(s).dealsOfCompany(story.companyId));
    REQUIRE(deals.size() == 1);
    CHECK(deals.first().stageName == QStringLiteral("Qualified"));
    CHECK(require(Lookups(s).dealsOfContact(story.colleagueId)).isEmpty());
}

TEST_CASE("The trash lists contacts, companies and deals with who deleted them",
          "[trash]")
{
    TestDatabase t;
    const Session s = t.session();
    const Story story = tellStory(s);
    const TrashListing trash(s);
    CHECK(require(trash.count({})) == 0);

    require(ContactRepository(s).moveToTrash(story.contactId));
    require(DealRepository(s).moveToTrash(story.dealId));
    require(CompanyRepository(s).moveToTrash(story.companyId));

    const auto page = require(trash.list({}));
    REQUIRE(page.items.size() == 3);
    QStringList names;
    for (const TrashItem &item : page.items) {
        names << item.kind + QLatin1Char(':') + item.name;
        CHECK(item.deletedBy == myName(s));
        CHECK(item.deletedAt.isValid());
    }
    names.sort();
    CHECK(names
          == QStringList{QStringLiteral("company:Acme"), QStringLiteral("contact:Anna Berg"),
                         QStringLiteral("deal:Acme licence")});
    CHECK(require(trash.count(QStringLiteral("acme"))) == 2);
    CHECK(require(trash.list(QStringLiteral("Anna"))).items.size() == 1);

    // Restored records leave the trash
    require(ContactRepository(s).restore(story.contactId));
    CHECK(require(trash.count({})) == 2);
}

TEST_CASE("The choosers list company roles and users", "[lookups]")
{
    TestDatabase t;
    const Lookups lookups(t.session());
    const auto roles = require(lookups.companyRoles());
    REQUIRE(roles.size() == 6);
    CHECK(roles.first().name == QStringLiteral("Director"));
    const auto users = require(lookups.users());
    REQUIRE(!users.isEmpty());
    QStringList names;
    for (const NamedId &u : users)
        names << u.name;
    CHECK(names.contains(QStringLiteral("Me"))); // the local user every database has
}
