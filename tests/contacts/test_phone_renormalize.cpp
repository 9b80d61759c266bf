// Phones typed without a country code read again after the default region changed, so
// search and duplicate detection match them with their E.164 twins; both back ends.
#include "test_database.h"

#include "contacts/duplicates.h"
#include "contacts/phone.h"
#include "contacts/phone_region.h"
#include "contacts/phone_renormalize.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

void setRegion(const Session &s, const QString &region)
{
    auto st = phone::setDefaultRegion(s, region);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
}

QString digitsOf(const Session &s, qint64 contactId)
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("test"));
    auto v = q.scalar(QStringLiteral("SELECT phone_digits FROM contact_phones WHERE"
                                     " contact_id = ?"),
                      {contactId});
    REQUIRE(v.ok());
    return v->toString();
}

qint64 withPhone(const ContactRepository &repo, const QString &last, const QString &phone)
{
    Contact c;
    c.firstName = QStringLiteral("Test");
    c.lastName = last;
    c.phones.append({0, QStringLiteral("mobile"), phone});
    auto id = repo.create(c);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("Phones are re-normalized with the new default region", "[phone]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    // Given a Finnish mobile typed without a country code while the region was the US
    setRegion(s, QStringLiteral("US"));
    const qint64 local = withPhone(repo, QStringLiteral("Local"), QStringLiteral("040 123 4567"));
    const qint64 intl
        = withPhone(repo, QStringLiteral("Intl"), QStringLiteral("+358 40 123 4567"));
    const qint64 junk = withPhone(repo, QStringLiteral("Junk"), QStringLiteral("5-5-5"));
    const QString before = digitsOf(s, local);
    CHECK(before != QStringLiteral("358401234567"));
    // ... so the two are not seen as the same number
    auto groups = DuplicateFinder(s).find();
    REQUIRE(groups.ok());
    for (const DuplicateGroup &g : *groups)
        CHECK(g.reason != QStringLiteral("phone"));

    // When the region becomes Finland, a dry run says what would change and changes nothing
    setRegion(s, QStringLiteral("FI"));
    auto dry = renormalizePhones(s, true);
    REQUIRE(dry.ok());
    CHECK(dry->region == QStringLiteral("FI"));
    CHECK(dry->checked == 3);
    CHECK(dry->changed == 1);
    CHECK(digitsOf(s, local) == before);

    // Then the real run rewrites the match key, names what it cannot read, and is idempotent
    auto done = renormalizePhones(s);
    INFO((done ? QString() : done.error().toString()).toStdString());
    REQUIRE(done.ok());
    CHECK(done->changed == 1);
    CHECK(done->contacts == 1);
    REQUIRE(done->unreadable.size() == 1);
    CHECK(done->unreadable.first().contactId == junk);
    CHECK(done->unreadable.first().phone == QStringLiteral("5-5-5"));
    CHECK(digitsOf(s, local) == QStringLiteral("358401234567"));
    CHECK(digitsOf(s, intl) == QStringLiteral("358401234567"));
    CHECK(repo.get(local)->phones.first().phone == QStringLiteral("040 123 4567")); // as typed
    groups = DuplicateFinder(s).find();
    REQUIRE(groups.ok());
    bool paired = false;
    for (const DuplicateGroup &g : *groups)
        paired = paired
            || (g.reason == QStringLiteral("phone") && g.contactIds == QList<qint64> {local, intl});
    CHECK(paired);
    auto again = renormalizePhones(s);
    REQUIRE(again.ok());
    CHECK(again->changed == 0);
}

TEST_CASE("The default phone region is stored checked, audited and cleared", "[phone]")
{
    TestDatabase t;
    Session s = t.session();
    // Given nothing stored: the system's region is used
    CHECK(phone::storedDefaultRegion(s).value().isEmpty());
    // When a known code is set in any case, it is stored as written by libphonenumber
    REQUIRE(phone::setDefaultRegion(s, QStringLiteral(" de ")).ok());
    CHECK(phone::storedDefaultRegion(s).value() == QStringLiteral("DE"));
    CHECK(phone::defaultRegion(*s.db->connection()) == QStringLiteral("DE"));
    // An unknown code is refused, naming it, and the stored one stays
    auto bad = phone::setDefaultRegion(s, QStringLiteral("XY"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("XY")));
    CHECK(phone::storedDefaultRegion(s).value() == QStringLiteral("DE"));
    // The change is in the audit log with the old and new value
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("test"));
    auto changes = q.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'setting'"
                                           " ORDER BY id DESC LIMIT 1"));
    REQUIRE(changes.ok());
    CHECK(changes->toString().contains(QStringLiteral("DE")));
    // Cleared: the locale decides again
    REQUIRE(phone::setDefaultRegion(s, QString()).ok());
    CHECK(phone::storedDefaultRegion(s).value().isEmpty());
    // The list offered in Settings holds the regions with their calling codes
    bool finland = false;
    for (const phone::Region &r : phone::supportedRegions())
        finland = finland || (r.code == QStringLiteral("FI") && r.callingCode == 358);
    CHECK(finland);
}
