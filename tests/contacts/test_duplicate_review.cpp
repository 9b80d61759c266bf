// The duplicate review behind the GUI screen: candidate pairs, "not a duplicate", the
// field-by-field merge preview and per-field winners, on both back ends.
#include "test_database.h"

#include "contacts/duplicate_review.h"
#include "contacts/duplicates.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

void exec(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("test"));
    auto st = q.run(sql, binds);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

Contact person(const QString &first, const QString &last, const QString &email,
               const QString &phone = {})
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

const MergeFieldPreview *field(const MergePreview &p, const char *name)
{
    for (const MergeFieldPreview &f : p.fields) {
        if (f.field == QLatin1String(name))
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The review lists each pair once with every reason; dismissed pairs stay away",
          "[duplicates]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    // Same email and same phone: one pair, two reasons
    const qint64 a = *repo.create(person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                                         QStringLiteral("anna@acme.example"),
                                         QStringLiteral("+358 40 111 2222")));
    const qint64 b = *repo.create(person(QStringLiteral("Anna"), QStringLiteral("B."),
                                         QStringLiteral("ANNA@acme.example"),
                                         QStringLiteral("+358401112222")));
    // Three people sharing one address: three pairs
    const qint64 c = *repo.create(person(QStringLiteral("Info"), QStringLiteral("One"),
                                         QStringLiteral("info@shop.example")));
    const qint64 d = *repo.create(person(QStringLiteral("Info"), QStringLiteral("Two"),
                                         QStringLiteral("info@shop.example")));
    const qint64 e = *repo.create(person(QStringLiteral("Info"), QStringLiteral("Three"),
                                         QStringLiteral("info@shop.example")));

    DuplicateReview review(s);
    auto pairs = review.candidates();
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 4);
    const DuplicatePair &ab = pairs->at(0);
    CHECK(ab.keepId == a);
    CHECK(ab.otherId == b);
    CHECK(ab.keepName == QStringLiteral("Anna Berg"));
    CHECK(ab.otherName == QStringLiteral("Anna B."));
    CHECK(ab.reasons == QStringList {QStringLiteral("email"), QStringLiteral("phone")});
    CHECK(ab.keys.first() == QStringLiteral("anna@acme.example"));
    QList<QPair<qint64, qint64>> ids;
    for (const DuplicatePair &p : *pairs)
        ids << qMakePair(p.keepId, p.otherId);
    CHECK(ids.contains(qMakePair(c, d)));
    CHECK(ids.contains(qMakePair(c, e)));
    CHECK(ids.contains(qMakePair(d, e)));

    // When the user says (e, c) is not a duplicate (either order)
    REQUIRE(review.dismiss(e, c).ok());
    REQUIRE(review.dismiss(c, e).ok()); // twice is harmless
    pairs = review.candidates();
    REQUIRE(pairs.ok());
    ids.clear();
    for (const DuplicatePair &p : *pairs)
        ids << qMakePair(p.keepId, p.otherId);
    CHECK(ids.size() == 3);
    CHECK_FALSE(ids.contains(qMakePair(c, e)));
    CHECK(ids.contains(qMakePair(d, e))); // the others of the group are still proposed
    CHECK_FALSE(review.dismiss(a, a).ok());
    CHECK_FALSE(review.dismiss(a, 999999).ok());

    // Undo of the dismissal proposes the pair again
    REQUIRE(review.undismiss(c, e).ok());
    pairs = review.candidates();
    REQUIRE(pairs.ok());
    CHECK(pairs->size() == 4);

    // A group larger than the cap is reviewed among its first members only
    pairs = review.candidates(1000, 2);
    REQUIRE(pairs.ok());
    CHECK(pairs->size() == 2); // (a, b) and (c, d)
}

TEST_CASE("The merge preview shows both values per field and what the merged contact keeps",
          "[duplicates]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    const qint64 acme = *CompanyRepository(s).create([] {
        Company co;
        co.name = QStringLiteral("Acme");
        return co;
    }());
    Contact k = person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                       QStringLiteral("anna@acme.example"), QStringLiteral("+358 40 111 2222"));
    k.title = QStringLiteral("Buyer");
    const qint64 keep = *repo.create(k);
    Contact o = person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                       QStringLiteral("Anna@Acme.example"), QStringLiteral("+358 50 333 4444"));
    o.emails.append({0, QStringLiteral("home"), QStringLiteral("anna@home.example")});
    o.title = QStringLiteral("Head of Purchasing");
    o.companyId = acme;
    o.address.city = QStringLiteral("Turku");
    const qint64 other = *repo.create(o);
    exec(s, QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, contact_id)"
                           " VALUES ('call', 'Intro', 1700000000, ?), ('note', 'N', 1700000100,"
                           " ?), ('call', 'Mine', 1700000200, ?)"),
         {other, other, keep});
    exec(s, QStringLiteral("INSERT INTO tasks (title, contact_id) VALUES ('Call back', ?)"),
         {other});
    exec(s, QStringLiteral("INSERT INTO tags (name) VALUES ('VIP'), ('Fair 2026')"));
    exec(s, QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags"),
         {other});
    exec(s, QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags"
                           " WHERE name = 'VIP'"),
         {keep});

    auto p = DuplicateReview(s).preview(keep, other);
    INFO((p ? QString() : p.error().toString()).toStdString());
    REQUIRE(p.ok());
    REQUIRE(p->fields.size() == ContactMerger::fields().size());
    CHECK(field(*p, "title")->keepText == QStringLiteral("Buyer"));
    CHECK(field(*p, "title")->otherText == QStringLiteral("Head of Purchasing"));
    CHECK(field(*p, "company_id")->keepText.isEmpty());
    CHECK(field(*p, "company_id")->otherText == QStringLiteral("Acme")); // a name, not an id
    // Default winners: the kept value, the other's where the kept one is empty
    CHECK(p->defaultWinner(QStringLiteral("title")) == keep);
    CHECK(p->defaultWinner(QStringLiteral("city")) == other);
    CHECK(p->differs(QStringLiteral("title")));
    CHECK_FALSE(p->differs(QStringLiteral("first_name")));
    // Everything of both, the shared email once
    CHECK(p->emails
          == QStringList {QStringLiteral("anna@acme.example"), QStringLiteral("anna@home.example")});
    CHECK(p->phones.size() == 2);
    CHECK(p->tags == QStringList {QStringLiteral("Fair 2026"), QStringLiteral("VIP")});
    CHECK(p->moved.value(QStringLiteral("activities")) == qMakePair(1, 2));
    CHECK(p->moved.value(QStringLiteral("tasks")) == qMakePair(0, 1));
    CHECK(p->moved.value(QStringLiteral("deals")) == qMakePair(0, 0));

    CHECK_FALSE(DuplicateReview(s).preview(keep, keep).ok());
    CHECK_FALSE(DuplicateReview(s).preview(keep, 987654).ok());
}

TEST_CASE("Per-field winners: each field takes the chosen side's value, even an empty one",
          "[duplicates][merge]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    const qint64 acme = *CompanyRepository(s).create([] {
        Company co;
        co.name = QStringLiteral("Acme");
        return co;
    }());
    Contact k = person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                       QStringLiteral("anna@acme.example"));
    k.title = QStringLiteral("Buyer");
    k.status = QStringLiteral("lead");
    const qint64 keep = *repo.create(k);
    Contact o = person(QStringLiteral("Anna-Maria"), QStringLiteral("Berg"),
                       QStringLiteral("am@acme.example"));
    o.title = QStringLiteral("Head of Purchasing");
    o.status = QStringLiteral("customer");
    o.companyId = acme;
    o.address.city = QStringLiteral("Turku");
    o.notes = QStringLiteral("Prefers mornings");
    const qint64 other = *repo.create(o);

    // When the user takes the other's title, status and company, and keeps the kept
    // record's empty city (not the default, which would fill it from the other)
    ContactMerger merger(s);
    auto merged = merger.merge(keep, other,
                               {{QStringLiteral("title"), other},
                                {QStringLiteral("status"), other},
                                {QStringLiteral("company_id"), other},
                                {QStringLiteral("city"), keep},
                                {QStringLiteral("first_name"), keep}});
    INFO((merged ? QString() : merged.error().toString()).toStdString());
    REQUIRE(merged.ok());
    auto after = repo.get(keep);
    REQUIRE(after.ok());
    CHECK(after->title == QStringLiteral("Head of Purchasing"));
    CHECK(after->status == QStringLiteral("customer"));
    CHECK(after->companyId == acme);
    CHECK(after->address.city.isEmpty());
    CHECK(after->firstName == QStringLiteral("Anna"));
    CHECK(after->notes == QStringLiteral("Prefers mornings")); // default: filled from the other
    CHECK(after->emails.size() == 2);

    // A winner that is neither side, or a field that is not offered, is refused
    REQUIRE(merger.undo(keep, other).ok());
    CHECK_FALSE(merger.merge(keep, other, {{QStringLiteral("title"), 12345}}).ok());
    CHECK_FALSE(merger.merge(keep, other, {{QStringLiteral("id"), other}}).ok());
    auto back = repo.get(keep);
    REQUIRE(back.ok());
    CHECK(back->title == QStringLiteral("Buyer"));
    CHECK(back->status == QStringLiteral("lead"));
    CHECK(back->companyId == 0);
}
