// Bulk actions on selected contacts: tag, untag, owner, status; undo restores exactly.
#include "test_database.h"

#include "contacts/bulk_edit.h"
#include "contacts/contact_filter.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

qint64 make(const Session &s, const char *name)
{
    Contact c;
    c.firstName = QString::fromUtf8(name);
    auto id = ContactRepository(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

QList<qint64> tagged(const Session &s, const QString &tag)
{
    ContactQuery q;
    q.filter.tag = tag;
    q.sort = ContactQuery::Sort::Created;
    auto page = ContactRepository(s).list(q);
    REQUIRE(page.ok());
    QList<qint64> out;
    for (const Contact &c : page->items)
        out << c.id;
    return out;
}

} // namespace

TEST_CASE("Bulk tag, owner and status changes apply to the selection and undo exactly",
          "[bulk]")
{
    TestDatabase t;
    Session s = t.session();
    const qint64 a = make(s, "Ann");
    const qint64 b = make(s, "Bob");
    const qint64 c = make(s, "Cid");
    ContactBulkEditor bulk(s);

    SECTION("adding a tag some already have: undo takes it only from the others")
    {
        REQUIRE(bulk.addTag({a}, QStringLiteral("VIP")).ok());
        auto change = bulk.addTag({a, b}, QStringLiteral(" vip "));
        REQUIRE(change.ok());
        CHECK(change->changed == QList<qint64>{b});
        CHECK(tagged(s, QStringLiteral("VIP")) == QList<qint64>({a, b}));
        REQUIRE(bulk.undo(*change).ok());
        CHECK(tagged(s, QStringLiteral("VIP")) == QList<qint64>{a});
        REQUIRE(bulk.redo(*change).ok());
        CHECK(tagged(s, QStringLiteral("VIP")) == QList<qint64>({a, b}));
        CHECK(bulk.tagNames()->contains(QStringLiteral("VIP")));
    }

    SECTION("removing a tag, and undo puts it back")
    {
        REQUIRE(bulk.addTag({a, b, c}, QStringLiteral("Fair 2026")).ok());
        auto change = bulk.removeTag({a, c}, QStringLiteral("Fair 2026"));
        REQUIRE(change.ok());
        CHECK(tagged(s, QStringLiteral("Fair 2026")) == QList<qint64>{b});
        REQUIRE(bulk.undo(*change).ok());
        CHECK(tagged(s, QStringLiteral("Fair 2026")) == QList<qint64>({a, b, c}));
        CHECK_FALSE(bulk.removeTag({a}, QStringLiteral("Nope")).ok());
        CHECK_FALSE(bulk.addTag({a}, QStringLiteral("  ")).ok());
    }

    SECTION("status and owner, with the previous values restored by undo")
    {
        REQUIRE(bulk.setStatus({a}, QStringLiteral("customer")).ok());
        auto change = bulk.setStatus({a, b, c}, QStringLiteral("prospect"));
        REQUIRE(change.ok());
        CHECK(change->changed.size() == 3);
        CHECK(ContactRepository(s).get(b)->status == QStringLiteral("prospect"));
        REQUIRE(bulk.undo(*change).ok());
        CHECK(ContactRepository(s).get(a)->status == QStringLiteral("customer"));
        CHECK(ContactRepository(s).get(b)->status == QStringLiteral("lead"));
        CHECK_FALSE(bulk.setStatus({a}, QStringLiteral("friend")).ok());

        auto owner = bulk.setOwner({b, c}, 0);
        REQUIRE(owner.ok());
        CHECK(ContactRepository(s).get(b)->ownerId == 0);
        REQUIRE(bulk.undo(*owner).ok());
        CHECK(ContactRepository(s).get(b)->ownerId == s.userId);
    }

    SECTION("trashed contacts are left alone and every change is audited")
    {
        REQUIRE(ContactRepository(s).moveToTrash(c).ok());
        auto change = bulk.setStatus({b, c}, QStringLiteral("customer"));
        REQUIRE(change.ok());
        CHECK(change->changed == QList<qint64>{b});
        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("test"));
        auto n = q.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contact'"
                                         " AND entity_id = ? AND changes LIKE '%customer%'"),
                          {b});
        REQUIRE(n.ok());
        CHECK(n->toLongLong() == 1);
    }
}
