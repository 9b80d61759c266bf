// Contact filters ("not contacted for 90 days", "bought product X", ...) and segments.
#include "test_database.h"

#include "contacts/contact_filter.h"
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

QList<qint64> ids(const Session &s, const QString &expression)
{
    auto f = ContactFilter::parse(expression);
    INFO(expression.toStdString());
    REQUIRE(f.ok());
    ContactQuery q;
    q.filter = *f;
    q.sort = ContactQuery::Sort::Created;
    auto page = ContactRepository(s).list(q);
    REQUIRE(page.ok());
    QList<qint64> out;
    for (const Contact &c : page->items)
        out << c.id;
    CHECK(*ContactRepository(s).count(q) == out.size());
    return out;
}

} // namespace

TEST_CASE("Contact filters narrow the list by owner, tag, dates, deals, products and fields",
          "[filters]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    auto make = [&](const char *name, const char *status) {
        Contact c;
        c.firstName = QString::fromUtf8(name);
        c.status = QLatin1String(status);
        auto id = repo.create(c);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 a = make("Ann", "customer");
    const qint64 b = make("Bob", "lead");
    const qint64 c = make("Cid", "lead");
    const qint64 day = 86400;
    exec(s, QStringLiteral("UPDATE contacts SET last_contacted_at = ? WHERE id = ?"),
         {nowSecs() - 200 * day, a});
    exec(s, QStringLiteral("UPDATE contacts SET last_contacted_at = ? WHERE id = ?"),
         {nowSecs() - 5 * day, b});
    exec(s, QStringLiteral("UPDATE contacts SET created_at = ? WHERE id = ?"),
         {QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch(), c});
    exec(s, QStringLiteral("INSERT INTO tags (name) VALUES ('VIP')"));
    exec(s,
         QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id)"
                        " SELECT ?, id FROM tags WHERE name = 'VIP'"),
         {b});
    exec(s, QStringLiteral("INSERT INTO products (name, sku) VALUES ('Licence', 'LIC-1')"));
    const QString deal = QStringLiteral(
        "INSERT INTO deals (title, pipeline_id, stage_id, status, contact_id)"
        " SELECT ?, pipeline_id, id, ?, ? FROM stages WHERE kind = ? ORDER BY id LIMIT 1");
    exec(s, deal, {QStringLiteral("Won"), QStringLiteral("won"), a, QStringLiteral("won")});
    exec(s, deal, {QStringLiteral("Open"), QStringLiteral("open"), c, QStringLiteral("open")});
    exec(s,
         QStringLiteral("INSERT INTO deal_items (deal_id, product_id, name)"
                        " SELECT d.id, p.id, p.name FROM deals d, products p"
                        " WHERE d.title = 'Won' AND p.sku = 'LIC-1'"));
    exec(s,
         QStringLiteral("INSERT INTO custom_fields (entity, name, kind)"
                        " VALUES ('contact', 'Region', 'text')"));
    exec(s,
         QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value)"
                        " SELECT id, ?, 'North' FROM custom_fields WHERE name = 'Region'"),
         {c});

    // "not contacted for 90 days" includes the never-contacted
    CHECK(ids(s, QStringLiteral("not-contacted=90")) == QList<qint64> {c, a});
    CHECK(ids(s, QStringLiteral("contacted=30")) == QList<qint64> {b});
    CHECK(ids(s, QStringLiteral("tag=VIP")) == QList<qint64> {b});
    CHECK(ids(s, QStringLiteral("status=lead")) == QList<qint64> {c, b});
    CHECK(ids(s, QStringLiteral("bought=LIC-1")) == QList<qint64> {a});
    CHECK(ids(s, QStringLiteral("bought=Licence")) == QList<qint64> {a});
    CHECK(ids(s, QStringLiteral("open-deal=yes")) == QList<qint64> {c});
    CHECK(ids(s, QStringLiteral("open-deal=no")).size() == 2);
    CHECK(ids(s, QStringLiteral("custom:Region=North")) == QList<qint64> {c});
    CHECK(ids(s, QStringLiteral("created-to=2024-12-31")) == QList<qint64> {c});
    CHECK(ids(s, QStringLiteral("owner=%1 status=lead tag=VIP").arg(s.userId))
          == QList<qint64> {b});
    CHECK(ids(s, QStringLiteral("tag=Nobody")).isEmpty());

    // Bad filters are refused with the reason
    CHECK_FALSE(ContactFilter::parse(QStringLiteral("status=vip")).ok());
    CHECK_FALSE(ContactFilter::parse(QStringLiteral("not-contacted=soon")).ok());
    CHECK_FALSE(ContactFilter::parse(QStringLiteral("colour=red")).ok());
    CHECK_FALSE(ContactFilter::parse(QStringLiteral("tag")).ok());
    // Quoted values keep their spaces; an unclosed quote is refused, not guessed
    auto quoted = ContactFilter::parse(
        QStringLiteral("tag=\"Trade fair\" 'custom:Region=North East' source=\"a \\\"b\\\"\""));
    INFO((quoted ? QString() : quoted.error().toString()).toStdString());
    REQUIRE(quoted.ok());
    CHECK(quoted->tag == QStringLiteral("Trade fair"));
    CHECK(quoted->source == QStringLiteral("a \"b\""));
    REQUIRE(quoted->custom.size() == 1);
    CHECK(quoted->custom.at(0).field == QStringLiteral("Region"));
    CHECK(quoted->custom.at(0).value == QStringLiteral("North East"));
    auto unclosed = ContactFilter::parse(QStringLiteral("tag=\"Trade fair"));
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().message.contains(QStringLiteral("quote")));
}

TEST_CASE("Segments are saved filters with a count of matching contacts", "[filters]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    for (const char *status : {"lead", "lead", "customer"}) {
        Contact c;
        c.firstName = QStringLiteral("X");
        c.status = QLatin1String(status);
        REQUIRE(repo.create(c).ok());
    }
    SegmentRepository segments(s);
    auto leads = segments.save(QStringLiteral("Leads"),
                               *ContactFilter::parse(QStringLiteral("status=lead")), true);
    REQUIRE(leads.ok());
    auto cold = segments.save(QStringLiteral("Cold"),
                              *ContactFilter::parse(QStringLiteral("temperature=cold")), false);
    REQUIRE(cold.ok());
    auto list = segments.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).name == QStringLiteral("Cold"));
    CHECK(list->at(0).count == 0);
    CHECK(list->at(1).name == QStringLiteral("Leads"));
    CHECK(list->at(1).count == 2);
    CHECK(list->at(1).shared);
    auto byName = segments.byName(QStringLiteral("Leads"));
    REQUIRE(byName.ok());
    CHECK(byName->filter.status == QStringLiteral("lead"));
    REQUIRE(segments.remove(*cold).ok());
    CHECK(segments.list()->size() == 1);
    CHECK_FALSE(segments.byName(QStringLiteral("Cold")).ok());
    CHECK_FALSE(segments.save(QStringLiteral(" "), {}, false).ok());
}

TEST_CASE("A segment whose values hold spaces is stored and read back whole", "[filters]")
{
    TestDatabase t;
    Session s = t.session();
    ContactFilter f;
    f.tag = QStringLiteral("Trade fair 2026");
    f.boughtProduct = QStringLiteral("CRM Pro licence");
    f.custom << CustomCondition {QStringLiteral("Home region"), CustomCondition::Op::Equals,
                                 QStringLiteral("North East")}
             << CustomCondition {QStringLiteral("Budget"), CustomCondition::Op::GreaterOrEqual,
                                 QStringLiteral("5000")}
             << CustomCondition {QStringLiteral("Renewal"), CustomCondition::Op::IsEmpty, {}};
    f.hasOpenDeal = 0;
    const auto back = ContactFilter::fromJson(f.toJson());
    REQUIRE(back.ok());
    CHECK(back->tag == f.tag);
    CHECK(back->boughtProduct == f.boughtProduct);
    CHECK(back->custom == f.custom);
    CHECK(back->hasOpenDeal == 0);

    SegmentRepository segments(s);
    REQUIRE(segments.save(QStringLiteral("Fair visitors"), f, false).ok());
    const auto listed = segments.byName(QStringLiteral("Fair visitors"));
    REQUIRE(listed.ok());
    CHECK(listed->filter.tag == QStringLiteral("Trade fair 2026"));
    CHECK(listed->count == 0);
    // A stored value is still checked like typed text
    QJsonObject broken = f.toJson();
    broken.insert(QStringLiteral("status"), QStringLiteral("vip"));
    CHECK_FALSE(ContactFilter::fromJson(broken).ok());
}
