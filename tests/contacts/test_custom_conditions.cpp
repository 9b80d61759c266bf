// Several custom-field conditions in one contact filter, each with an operator that suits the
// field's kind: numbers and dates compared, text contained, set / empty, not-equal.
#include "test_database.h"

#include "contacts/contact_filter.h"
#include "customfields/custom_field_repository.h"
#include "repo/contact_repository.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;
using Op = CustomCondition::Op;

namespace {

void addField(const Session &s, const char *name, CustomField::Kind kind,
              const QStringList &options = {})
{
    CustomField f;
    f.entity = QStringLiteral("contact");
    f.name = QString::fromUtf8(name);
    f.kind = kind;
    f.options = options;
    auto id = CustomFieldRepository(s).addField(f);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
}

qint64 person(const Session &s, const char *name, const QList<QPair<const char *, const char *>> &values)
{
    Contact c;
    c.firstName = QString::fromUtf8(name);
    auto id = ContactRepository(s).create(c);
    REQUIRE(id.ok());
    for (const auto &v : values) {
        auto st = CustomFieldRepository(s).setValue(QStringLiteral("contact"), *id,
                                                    QString::fromUtf8(v.first),
                                                    QString::fromUtf8(v.second));
        INFO((st ? QString() : st.error().toString()).toStdString());
        REQUIRE(st.ok());
    }
    return *id;
}

// The contacts (by first name, in creation order) a typed filter finds, after checking its
// conditions against the fields as the command line does.
QString names(const Session &s, const QString &expression)
{
    INFO(expression.toStdString());
    auto f = ContactFilter::parse(expression);
    INFO((f ? QString() : f.error().toString()).toStdString());
    REQUIRE(f.ok());
    auto st = f.value().resolveCustomFields(s);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
    ContactQuery q;
    q.filter = *f;
    q.sort = ContactQuery::Sort::Created;
    auto page = ContactRepository(s).list(q);
    REQUIRE(page.ok());
    QStringList out;
    for (const Contact &c : page->items)
        out << c.firstName;
    CHECK(*ContactRepository(s).count(q) == out.size());
    return out.join(QStringLiteral(", "));
}

QString refusal(const Session &s, const QString &expression)
{
    auto f = ContactFilter::parse(expression);
    if (!f)
        return f.error().message;
    auto st = f.value().resolveCustomFields(s);
    return st ? QString() : st.error().message;
}

} // namespace

TEST_CASE("Custom-field conditions compare by the field's kind and combine", "[filters][customfields]")
{
    TestDatabase t;
    Session s = t.session();
    using K = CustomField::Kind;
    addField(s, "Budget", K::Number);
    addField(s, "Renewal", K::Date);
    addField(s, "Notes", K::Text);
    addField(s, "Partner", K::Bool);
    addField(s, "Region", K::Choice, {QStringLiteral("North"), QStringLiteral("South")});
    addField(s, "Interests", K::MultiChoice,
             {QStringLiteral("CRM"), QStringLiteral("ERP"), QStringLiteral("BI")});
    person(s, "Ann", {{"Budget", "900"}, {"Renewal", "2026-12-31"}, {"Notes", "Called twice"},
                      {"Region", "North"}, {"Interests", "CRM, BI"}});
    person(s, "Bob", {{"Budget", "12500.5"}, {"Renewal", "2027-03-01"}, {"Partner", "yes"},
                      {"Region", "South"}, {"Interests", "ERP"}});
    person(s, "Cid", {{"Budget", "5000"}, {"Notes", "prefers e-mail"}});
    person(s, "Dee", {});

    // Numbers compare as numbers (12500.5 > 5000 although "1..." < "5..." as text)
    CHECK(names(s, QStringLiteral("custom:Budget>=5000")) == QStringLiteral("Bob, Cid"));
    CHECK(names(s, QStringLiteral("custom:Budget>5000")) == QStringLiteral("Bob"));
    CHECK(names(s, QStringLiteral("custom:Budget<5000")) == QStringLiteral("Ann"));
    CHECK(names(s, QStringLiteral("custom:Budget<=5000")) == QStringLiteral("Ann, Cid"));
    CHECK(names(s, QStringLiteral("custom:Budget=5000.00")) == QStringLiteral("Cid"));
    // ... and a range is two conditions on one field
    CHECK(names(s, QStringLiteral("custom:Budget>=500 custom:Budget<10000"))
          == QStringLiteral("Ann, Cid"));
    // Dates before / after, compared as ISO dates
    CHECK(names(s, QStringLiteral("custom:Renewal<2027-01-01")) == QStringLiteral("Ann"));
    CHECK(names(s, QStringLiteral("custom:Renewal>=2026-12-31")) == QStringLiteral("Ann, Bob"));
    // Text contains, ignoring case; equals is the whole value
    CHECK(names(s, QStringLiteral("custom:Notes~CALL")) == QStringLiteral("Ann"));
    CHECK(names(s, QStringLiteral("custom:Notes=Called")) == QString());
    // Has a value / has none
    CHECK(names(s, QStringLiteral("custom:Renewal=*")) == QStringLiteral("Ann, Bob"));
    CHECK(names(s, QStringLiteral("custom:Renewal!=*")) == QStringLiteral("Cid, Dee"));
    // "is not" includes the people without a value
    CHECK(names(s, QStringLiteral("custom:Region!=North")) == QStringLiteral("Bob, Cid, Dee"));
    // Yes/no as typed ("yes") finds the stored "true"
    CHECK(names(s, QStringLiteral("custom:Partner=yes")) == QStringLiteral("Bob"));
    // Multiple choice: includes / does not include one option
    CHECK(names(s, QStringLiteral("custom:Interests=BI")) == QStringLiteral("Ann"));
    CHECK(names(s, QStringLiteral("custom:Interests!=BI")) == QStringLiteral("Bob, Cid, Dee"));
    // All conditions hold together, with the other filters
    CHECK(names(s, QStringLiteral("custom:Budget>100 custom:Region=South"))
          == QStringLiteral("Bob"));
    // Field names ignore case
    CHECK(names(s, QStringLiteral("custom:budget>100 custom:region=south")) == QStringLiteral("Bob"));

    // Refused with the reason, never run as a guess
    CHECK(refusal(s, QStringLiteral("custom:Budget>lots")).contains(QStringLiteral("number")));
    CHECK(refusal(s, QStringLiteral("custom:Budget=")).contains(QStringLiteral("value")));
    CHECK(refusal(s, QStringLiteral("custom:Budget~9")).contains(QStringLiteral("Budget")));
    CHECK(refusal(s, QStringLiteral("custom:Region=West")).contains(QStringLiteral("West")));
    CHECK(refusal(s, QStringLiteral("custom:Colour=red")).contains(QStringLiteral("Colour")));
    CHECK(refusal(s, QStringLiteral("custom:Budget!100")).contains(QStringLiteral("comparison")));
}

TEST_CASE("A segment keeps several custom-field conditions and counts by them",
          "[filters][customfields]")
{
    TestDatabase t;
    Session s = t.session();
    addField(s, "Budget", CustomField::Kind::Number);
    person(s, "Ann", {{"Budget", "900"}});
    person(s, "Bob", {{"Budget", "12000"}});
    person(s, "Cid", {{"Budget", "7000"}});

    auto f = ContactFilter::parse(QStringLiteral("custom:Budget>=5000 custom:Budget<10000"));
    REQUIRE(f.ok());
    REQUIRE(f.value().resolveCustomFields(s).ok());
    REQUIRE(SegmentRepository(s).save(QStringLiteral("Mid budget"), *f, true).ok());
    auto seg = SegmentRepository(s).byName(QStringLiteral("Mid budget"));
    REQUIRE(seg.ok());
    CHECK(seg->count == 1);
    REQUIRE(seg->filter.custom.size() == 2);
    CHECK(seg->filter.custom.at(0).op == Op::GreaterOrEqual);
    CHECK(seg->filter.custom.at(1).op == Op::Less);
    // The text form reads back into the same conditions
    CHECK(seg->filter.custom.at(1).toText() == QStringLiteral("Budget<10000"));

    // A segment stored by an earlier version ("custom:Budget": "900") still reads
    auto legacy = ContactFilter::fromJson(
        QJsonObject {{QStringLiteral("custom:Budget"), QStringLiteral("900")}});
    REQUIRE(legacy.ok());
    REQUIRE(legacy->custom.size() == 1);
    CHECK(legacy->custom.at(0).op == Op::Equals);
    CHECK(SegmentRepository(s).count(*legacy).value() == 1);
}
