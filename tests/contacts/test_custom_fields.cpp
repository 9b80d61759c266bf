// Custom fields: definitions for contacts, companies and deals, values checked by kind,
// changes audited, and the contact filter on a custom field.
#include "test_database.h"

#include "contacts/contact_filter.h"
#include "customfields/custom_field_repository.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

qint64 addField(const CustomFieldRepository &repo, const QString &entity, const QString &name,
                CustomField::Kind kind, const QStringList &options = {})
{
    CustomField f;
    f.entity = entity;
    f.name = name;
    f.kind = kind;
    f.options = options;
    auto id = repo.addField(f);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 newContact(const Session &s, const char *name)
{
    Contact c;
    c.firstName = QString::fromUtf8(name);
    auto id = ContactRepository(s).create(c);
    REQUIRE(id.ok());
    return *id;
}

QString valueOf(const CustomFieldRepository &repo, const QString &entity, qint64 id,
                const QString &field)
{
    auto values = repo.values(entity, id);
    REQUIRE(values.ok());
    for (const CustomValue &v : *values) {
        if (v.field.name == field)
            return v.value;
    }
    FAIL("no field " << field.toStdString());
    return {};
}

} // namespace

TEST_CASE("Values are checked against their field's kind and stored in one form",
          "[customfields]")
{
    CustomField number;
    number.name = QStringLiteral("Budget");
    number.kind = CustomField::Kind::Number;
    CHECK(*number.canonical(QStringLiteral(" 12,50 ")) == QStringLiteral("12.5"));
    CHECK(*number.canonical(QStringLiteral("-3")) == QStringLiteral("-3"));
    auto text = number.canonical(QStringLiteral("a lot"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().kind == Error::Kind::Invalid);
    CHECK(text.error().message.contains(QStringLiteral("not a number")));
    CHECK(text.error().context.contains(QStringLiteral("Budget")));

    CustomField date;
    date.name = QStringLiteral("Renewal");
    date.kind = CustomField::Kind::Date;
    CHECK(*date.canonical(QStringLiteral("2026-03-31")) == QStringLiteral("2026-03-31"));
    CHECK_FALSE(date.canonical(QStringLiteral("2026-02-30")).ok());

    CustomField yes;
    yes.kind = CustomField::Kind::Bool;
    CHECK(*yes.canonical(QStringLiteral("Yes")) == QStringLiteral("true"));
    CHECK(*yes.canonical(QStringLiteral("0")) == QStringLiteral("false"));
    CHECK_FALSE(yes.canonical(QStringLiteral("maybe")).ok());

    CustomField choice;
    choice.name = QStringLiteral("Region");
    choice.kind = CustomField::Kind::Choice;
    choice.options = {QStringLiteral("North"), QStringLiteral("South")};
    CHECK(*choice.canonical(QStringLiteral("north")) == QStringLiteral("North"));
    auto wrong = choice.canonical(QStringLiteral("East"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("North, South")));

    CustomField multi = choice;
    multi.kind = CustomField::Kind::MultiChoice;
    // Kept in the order of the options, whatever order they were picked in.
    CHECK(*multi.canonical(QStringLiteral("south; North")) == QStringLiteral("[\"North\",\"South\"]"));
    CHECK(multi.displayText(*multi.canonical(QStringLiteral("South,North")))
          == QStringLiteral("North, South"));
    CHECK_FALSE(multi.canonical(QStringLiteral("North; West")).ok());
    CHECK(*multi.canonical(QString()) == QString());
}

TEST_CASE("Custom fields for contacts, companies and deals keep their values", "[customfields]")
{
    TestDatabase t;
    Session s = t.session();
    CustomFieldRepository repo(s);
    const qint64 budget = addField(repo, QStringLiteral("contact"), QStringLiteral("Budget"),
                                   CustomField::Kind::Number);
    const qint64 region = addField(repo, QStringLiteral("contact"), QStringLiteral("Region"),
                                   CustomField::Kind::Choice,
                                   {QStringLiteral("North"), QStringLiteral("South")});
    addField(repo, QStringLiteral("company"), QStringLiteral("Budget"), CustomField::Kind::Text);
    addField(repo, QStringLiteral("deal"), QStringLiteral("Signed"), CustomField::Kind::Bool);

    SECTION("fields are listed per entity in the order they were added")
    {
        auto contactFields = repo.fields(QStringLiteral("contact"));
        REQUIRE(contactFields.ok());
        REQUIRE(contactFields->size() == 2);
        CHECK(contactFields->at(0).name == QStringLiteral("Budget"));
        CHECK(contactFields->at(1).options == QStringList{QStringLiteral("North"), QStringLiteral("South")});
        CHECK(repo.fields(QStringLiteral("company"))->size() == 1);
        CHECK(repo.fields(QStringLiteral("deal"))->at(0).kind == CustomField::Kind::Bool);
    }

    SECTION("a second field with the same name on the same entity is refused")
    {
        CustomField again;
        again.entity = QStringLiteral("contact");
        again.name = QStringLiteral("budget");
        auto id = repo.addField(again);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().kind == Error::Kind::Conflict);
    }

    SECTION("a choice field without options is refused")
    {
        CustomField empty;
        empty.entity = QStringLiteral("deal");
        empty.name = QStringLiteral("Tier");
        empty.kind = CustomField::Kind::Choice;
        CHECK_FALSE(repo.addField(empty).ok());
    }

    SECTION("values are written, read back, cleared and audited")
    {
        const qint64 ann = newContact(s, "Ann");
        REQUIRE(repo.setValues(QStringLiteral("contact"), ann,
                               {{budget, QStringLiteral("1500")}, {region, QStringLiteral("south")}})
                    .ok());
        CHECK(valueOf(repo, QStringLiteral("contact"), ann, QStringLiteral("Budget")) == QStringLiteral("1500"));
        CHECK(valueOf(repo, QStringLiteral("contact"), ann, QStringLiteral("Region")) == QStringLiteral("South"));

        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("test"));
        auto audited = q.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'contact'"
                                               " AND entity_id = ? AND action = 'update'"
                                               " ORDER BY id DESC LIMIT 1"),
                                {ann});
        REQUIRE(audited.ok());
        CHECK(audited->toString().contains(QStringLiteral("Region")));

        REQUIRE(repo.setValues(QStringLiteral("contact"), ann, {{budget, QString()}}).ok());
        CHECK(valueOf(repo, QStringLiteral("contact"), ann, QStringLiteral("Budget")).isEmpty());
        CHECK(valueOf(repo, QStringLiteral("contact"), ann, QStringLiteral("Region")) == QStringLiteral("South"));
    }

    SECTION("text in a number field is rejected and nothing of the batch is written")
    {
        const qint64 bob = newContact(s, "Bob");
        auto st = repo.setValues(QStringLiteral("contact"), bob,
                                 {{budget, QStringLiteral("lots")}, {region, QStringLiteral("North")}});
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("not a number")));
        CHECK(valueOf(repo, QStringLiteral("contact"), bob, QStringLiteral("Region")).isEmpty());
    }

    SECTION("company and deal values are kept apart from contact values")
    {
        Company co;
        co.name = QStringLiteral("Acme");
        auto acme = CompanyRepository(s).create(co);
        REQUIRE(acme.ok());
        REQUIRE(repo.setValue(QStringLiteral("company"), *acme, QStringLiteral("Budget"),
                              QStringLiteral("big"))
                    .ok());
        CHECK(valueOf(repo, QStringLiteral("company"), *acme, QStringLiteral("Budget")) == QStringLiteral("big"));
        auto byId = repo.valuesFor(QStringLiteral("contact"), {*acme});
        REQUIRE(byId.ok());
        CHECK(byId->value(*acme).isEmpty());
        CHECK_FALSE(repo.setValue(QStringLiteral("company"), 999999, QStringLiteral("Budget"),
                                  QStringLiteral("x"))
                        .ok());
    }

    SECTION("the kind cannot change under stored values; an option in use stays")
    {
        const qint64 cid = newContact(s, "Cid");
        REQUIRE(repo.setValue(QStringLiteral("contact"), cid, QStringLiteral("Region"),
                              QStringLiteral("North"))
                    .ok());
        CustomField f = *repo.field(region);
        f.options = {QStringLiteral("South")};
        auto st = repo.updateField(f);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(QStringLiteral("North")));
        f.options = {QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("East")};
        f.kind = CustomField::Kind::Text;
        CHECK_FALSE(repo.updateField(f).ok());
        f.kind = CustomField::Kind::Choice;
        f.name = QStringLiteral("Sales region");
        REQUIRE(repo.updateField(f).ok());
        CHECK(repo.field(region)->name == QStringLiteral("Sales region"));
        CHECK(repo.field(region)->options.size() == 3);
    }

    SECTION("a removed field disappears with its values and its name can be used again")
    {
        const qint64 dan = newContact(s, "Dan");
        REQUIRE(repo.setValue(QStringLiteral("contact"), dan, QStringLiteral("Budget"),
                              QStringLiteral("7"))
                    .ok());
        REQUIRE(repo.removeField(budget).ok());
        CHECK(repo.fields(QStringLiteral("contact"))->size() == 1);
        CHECK(repo.valuesFor(QStringLiteral("contact"), {dan})->value(dan).isEmpty());
        const qint64 again = addField(repo, QStringLiteral("contact"), QStringLiteral("Budget"),
                                      CustomField::Kind::Text);
        CHECK(again != budget);
        CHECK(valueOf(repo, QStringLiteral("contact"), dan, QStringLiteral("Budget")).isEmpty());
    }

    SECTION("the contact filter finds contacts by a custom field value")
    {
        const qint64 eve = newContact(s, "Eve");
        const qint64 fay = newContact(s, "Fay");
        REQUIRE(repo.setValue(QStringLiteral("contact"), eve, QStringLiteral("Region"),
                              QStringLiteral("North"))
                    .ok());
        REQUIRE(repo.setValue(QStringLiteral("contact"), fay, QStringLiteral("Region"),
                              QStringLiteral("South"))
                    .ok());
        auto f = ContactFilter::parse(QStringLiteral("custom:Region=North"));
        REQUIRE(f.ok());
        ContactQuery q;
        q.filter = *f;
        auto page = ContactRepository(s).list(q);
        REQUIRE(page.ok());
        REQUIRE(page->items.size() == 1);
        CHECK(page->items.at(0).id == eve);
    }
}

TEST_CASE("A multiple-choice value matches a filter on any one of its choices", "[customfields]")
{
    TestDatabase t;
    Session s = t.session();
    CustomFieldRepository repo(s);
    addField(repo, QStringLiteral("contact"), QStringLiteral("Interests"),
             CustomField::Kind::MultiChoice,
             {QStringLiteral("CRM"), QStringLiteral("ERP"), QStringLiteral("BI")});
    const qint64 gus = newContact(s, "Gus");
    newContact(s, "Hal");
    REQUIRE(repo.setValue(QStringLiteral("contact"), gus, QStringLiteral("Interests"),
                          QStringLiteral("BI, CRM"))
                .ok());
    ContactQuery q;
    q.filter = *ContactFilter::parse(QStringLiteral("custom:Interests=BI"));
    REQUIRE(ContactRepository(s).count(q).ok());
    CHECK(*ContactRepository(s).count(q) == 1);
    q.filter = *ContactFilter::parse(QStringLiteral("custom:Interests=ERP"));
    CHECK(*ContactRepository(s).count(q) == 0);
}
