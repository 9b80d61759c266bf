// Duplicates across the base, merge with a field-by-field choice, and undo of a merge.
#include "test_database.h"

#include "contacts/duplicates.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

qint64 scalar(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("test"));
    auto v = q.scalar(sql, binds);
    INFO((v ? QString() : v.error().toString()).toStdString());
    REQUIRE(v.ok());
    return v->toLongLong();
}

void exec(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("test"));
    auto st = q.run(sql, binds);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

Contact person(const QString &first, const QString &last, const QString &email,
               const QString &phone)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    if (!email.isEmpty())
        c.emails.append({0, QStringLiteral("work"), email});
    if (!phone.isEmpty())
        c.phones.append({0, QStringLiteral("mobile"), phone});
    return c;
}

} // namespace

TEST_CASE("Duplicates are found by email, E.164 phone and name in the same company", "[merge]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    const qint64 coId = *CompanyRepository(s).create([] {
        Company c;
        c.name = QStringLiteral("Acme");
        return c;
    }());
    const qint64 a = *repo.create(person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                                         QStringLiteral("Anna@Acme.example"), {}));
    const qint64 b = *repo.create(person(QStringLiteral("A."), QStringLiteral("Berg"),
                                         QStringLiteral(" anna@acme.example"), {}));
    // The same number written two ways
    const qint64 c = *repo.create(person(QStringLiteral("Olga"), QStringLiteral("Kim"), {},
                                         QStringLiteral("+7 916 555-12-34")));
    const qint64 d = *repo.create(
        person(QStringLiteral("O."), QStringLiteral("Kim"), {}, QStringLiteral("+7(916)5551234")));
    Contact j1 = person(QStringLiteral("John"), QStringLiteral("Smith"), {}, {});
    j1.companyId = coId;
    Contact j2 = person(QStringLiteral("J"), QStringLiteral("smith"), {}, {});
    j2.companyId = coId;
    const qint64 e = *repo.create(j1);
    const qint64 f = *repo.create(j2);
    const qint64 loner = *repo.create(person(QStringLiteral("Solo"), QStringLiteral("Person"),
                                             QStringLiteral("solo@x.example"), {}));

    auto groups = DuplicateFinder(s).find();
    REQUIRE(groups.ok());
    QMap<QString, QList<qint64>> byReason;
    for (const DuplicateGroup &g : *groups)
        byReason.insert(g.reason, g.contactIds);
    CHECK(byReason.value(QStringLiteral("email")) == QList<qint64> {a, b});
    CHECK(byReason.value(QStringLiteral("phone")) == QList<qint64> {c, d});
    CHECK(byReason.value(QStringLiteral("name")) == QList<qint64> {e, f});
    for (const DuplicateGroup &g : *groups)
        CHECK_FALSE(g.contactIds.contains(loner));

    // A trashed contact is no one's duplicate
    REQUIRE(repo.moveToTrash(b).ok());
    groups = DuplicateFinder(s).find();
    for (const DuplicateGroup &g : *groups)
        CHECK(g.reason != QStringLiteral("email"));
}

TEST_CASE("Merging keeps every email, phone, activity, deal, task and tag; undo splits them",
          "[merge]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    Contact keepC = person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                           QStringLiteral("anna@acme.example"), QStringLiteral("+358 40 111 2222"));
    const qint64 keep = *repo.create(keepC);
    Contact otherC
        = person(QStringLiteral("Anna-Maria"), QStringLiteral("Berg"),
                 QStringLiteral("anna@acme.example"), QStringLiteral("+358 50 333 4444"));
    otherC.emails.append({0, QStringLiteral("home"), QStringLiteral("am@home.example")});
    otherC.title = QStringLiteral("CFO");
    otherC.messengers.append({0, QStringLiteral("telegram"), QStringLiteral("@annam")});
    const qint64 other = *repo.create(otherC);

    exec(s,
         QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, contact_id)"
                        " VALUES ('call', 'Intro', 1700000000, ?)"),
         {other});
    exec(s, QStringLiteral("INSERT INTO tasks (title, contact_id) VALUES ('Call back', ?)"),
         {other});
    const qint64 stage = scalar(s, QStringLiteral("SELECT MIN(id) FROM stages"));
    const qint64 pipeline
        = scalar(s, QStringLiteral("SELECT pipeline_id FROM stages WHERE id = ?"), {stage});
    exec(s,
         QStringLiteral("INSERT INTO deals (title, pipeline_id, stage_id, contact_id)"
                        " VALUES ('Big deal', ?, ?, ?)"),
         {pipeline, stage, other});
    exec(s, QStringLiteral("INSERT INTO tags (name) VALUES ('VIP')"));
    exec(s,
         QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id)"
                        " SELECT ?, id FROM tags WHERE name = 'VIP'"),
         {other});

    // When merged, taking the first name from the other
    ContactMerger merger(s);
    auto merged = merger.merge(keep, other, {{QStringLiteral("first_name"), other}});
    INFO((merged ? QString() : merged.error().toString()).toStdString());
    REQUIRE(merged.ok());

    // Then the kept contact has everything, without doubling the shared email
    auto after = repo.get(keep);
    REQUIRE(after.ok());
    CHECK(after->firstName == QStringLiteral("Anna-Maria"));
    CHECK(after->title == QStringLiteral("CFO")); // was empty: filled from the other
    CHECK(after->emails.size() == 2);
    CHECK(after->phones.size() == 2);
    CHECK(after->messengers.size() == 1);
    const QString countFor = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE contact_id = ?");
    for (const char *table : {"activities", "tasks", "deals", "contact_tags"}) {
        INFO(table);
        CHECK(scalar(s, countFor.arg(QLatin1String(table)), {keep}) == 1);
        CHECK(scalar(s, countFor.arg(QLatin1String(table)), {other})
              == (QLatin1String(table) == QLatin1String("contact_tags") ? 1 : 0));
    }
    CHECK_FALSE(repo.get(other).ok()); // in the trash
    CHECK(scalar(s,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merge'"
                                " AND entity_id = ?"),
                 {keep})
          == 1);
    CHECK_FALSE(merger.merge(keep, keep).ok());
    CHECK_FALSE(merger.merge(keep, other).ok()); // the other is in the trash now

    // When the merge is undone
    auto undone = merger.undo(keep, other);
    INFO((undone ? QString() : undone.error().toString()).toStdString());
    REQUIRE(undone.ok());
    // Then both are back as they were
    auto k = repo.get(keep);
    auto o = repo.get(other);
    REQUIRE(k.ok());
    REQUIRE(o.ok());
    CHECK(k->firstName == QStringLiteral("Anna"));
    CHECK(k->title.isEmpty());
    CHECK(k->emails.size() == 1);
    CHECK(k->phones.size() == 1);
    CHECK(k->messengers.isEmpty());
    CHECK(o->emails.size() == 2);
    CHECK(o->phones.size() == 1);
    CHECK(o->messengers.size() == 1);
    for (const char *table : {"activities", "tasks", "deals", "contact_tags"}) {
        INFO(table);
        CHECK(scalar(s, countFor.arg(QLatin1String(table)), {keep}) == 0);
        CHECK(scalar(s, countFor.arg(QLatin1String(table)), {other}) == 1);
    }
    // A merge is undone once
    CHECK_FALSE(merger.undo(keep, other).ok());
}
