// Duplicates across the base, merge with a field-by-field choice, and undo of a merge.
#include "test_database.h"

#include "contacts/duplicates.h"
#include "customfields/custom_field_repository.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

qint64 scalar(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    return kontor::test::sqlValue(s, sql, binds).toLongLong();
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

// The folded name key of a contact (NULL: none) and the look-ups' fill of missing keys: a
// merge and its undo write names past the repository, so a trigger drops a key the new name
// makes stale and the fill puts the new one.
QVariant nameKey(const Session &s, qint64 id)
{
    return test::sqlValue(s, QStringLiteral("SELECT name_fold FROM contacts WHERE id = ?"), {id});
}

void fillKeys(const Session &s)
{
    auto conn = s.db->connection();
    REQUIRE(conn.ok());
    REQUIRE(fillMissingFoldKeys(*conn).ok());
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
    CHECK(nameKey(s, keep).isNull()); // "anna berg" no longer: an import must not find her by it
    fillKeys(s);
    CHECK(nameKey(s, keep).toString() == contactNameKey(QStringLiteral("Anna-Maria"), QStringLiteral("Berg")));
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
    CHECK(nameKey(s, keep).isNull());
    fillKeys(s);
    CHECK(nameKey(s, keep).toString() == QStringLiteral("anna berg"));
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

TEST_CASE("A merge carries custom-field values by choice; undo restores both records' values",
          "[merge][customfields]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    CustomFieldRepository fields(s);
    auto field = [&](const char *name, CustomField::Kind kind, QStringList options = {}) {
        CustomField f;
        f.entity = QStringLiteral("contact");
        f.name = QLatin1String(name);
        f.kind = kind;
        f.options = options;
        auto id = fields.addField(f);
        INFO((id ? QString() : id.error().toString()).toStdString());
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 region = field("Region", CustomField::Kind::Text);
    const qint64 budget = field("Budget", CustomField::Kind::Number);
    const qint64 since = field("Client since", CustomField::Kind::Date);
    const qint64 langs = field("Languages", CustomField::Kind::MultiChoice,
                               {QStringLiteral("EN"), QStringLiteral("DE"), QStringLiteral("FI")});
    const qint64 vip = field("VIP", CustomField::Kind::Bool);
    const qint64 keep = *repo.create(person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                                            QStringLiteral("anna@x.org"), {}));
    const qint64 other = *repo.create(person(QStringLiteral("Anna"), QStringLiteral("Berg"),
                                             QStringLiteral("a.berg@x.org"), {}));
    // Region: both set (kept wins by default). Budget: only the other (taken by default).
    // Client since: both set, the other's chosen. Languages: only the kept, the other's
    // (empty) chosen, so it is cleared. VIP: only the other, but the kept (empty) chosen.
    REQUIRE(fields.setValues(QStringLiteral("contact"), keep,
                             {{region, QStringLiteral("North")},
                              {since, QStringLiteral("2020-01-31")},
                              {langs, CustomField::joinMulti({QStringLiteral("EN"),
                                                              QStringLiteral("FI")})}})
                .ok());
    REQUIRE(fields.setValues(QStringLiteral("contact"), other,
                             {{region, QStringLiteral("South")},
                              {budget, QStringLiteral("2500")},
                              {since, QStringLiteral("2018-06-01")},
                              {vip, QStringLiteral("true")}})
                .ok());
    auto valuesOf = [&](qint64 id) {
        QMap<qint64, QString> out;
        auto values = fields.values(QStringLiteral("contact"), id);
        REQUIRE(values.ok());
        for (const CustomValue &v : *values)
            out.insert(v.field.id, v.value);
        return out;
    };
    const QMap<qint64, QString> keptBefore = valuesOf(keep);
    const QMap<qint64, QString> otherBefore = valuesOf(other);

    // A custom field of companies, or one that does not exist, cannot be chosen
    CustomField tier;
    tier.entity = QStringLiteral("company");
    tier.name = QStringLiteral("Tier");
    tier.kind = CustomField::Kind::Text;
    const qint64 tierId = *fields.addField(tier);
    ContactMerger merger(s);
    CHECK_FALSE(merger.merge(keep, other, {{QStringLiteral("custom:%1").arg(tierId), other}}).ok());
    CHECK_FALSE(merger.merge(keep, other, {{QStringLiteral("custom:99999"), other}}).ok());
    CHECK(valuesOf(keep) == keptBefore); // nothing was written by the refused merges

    const QMap<QString, qint64> winners {{QStringLiteral("custom:%1").arg(since), other},
                                         {QStringLiteral("custom:%1").arg(langs), other},
                                         {QStringLiteral("custom:%1").arg(vip), keep}};
    auto merged = merger.merge(keep, other, winners);
    INFO((merged ? QString() : merged.error().toString()).toStdString());
    REQUIRE(merged.ok());
    const QMap<qint64, QString> after = valuesOf(keep);
    CHECK(after.value(region) == QStringLiteral("North"));
    CHECK(after.value(budget) == QStringLiteral("2500"));
    CHECK(after.value(since) == QStringLiteral("2018-06-01"));
    CHECK(after.value(langs).isEmpty());
    CHECK(after.value(vip).isEmpty());
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM custom_values WHERE entity_id = ? AND"
                                   " field_id = ?"),
                 {keep, langs})
          == 0);

    // Undo: both records have exactly the values they had
    REQUIRE(merger.undo(keep, other).ok());
    CHECK(valuesOf(keep) == keptBefore);
    CHECK(valuesOf(other) == otherBefore);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM custom_values WHERE entity_id = ? AND"
                                   " field_id = ?"),
                 {keep, budget})
          == 0);

    // Without choices: each field keeps the kept value, or takes the other's where empty
    REQUIRE(merger.merge(keep, other).ok());
    const QMap<qint64, QString> byDefault = valuesOf(keep);
    CHECK(byDefault.value(region) == QStringLiteral("North"));
    CHECK(byDefault.value(since) == QStringLiteral("2020-01-31"));
    CHECK(byDefault.value(budget) == QStringLiteral("2500"));
    CHECK(byDefault.value(vip) == QStringLiteral("true"));
    CHECK(byDefault.value(langs) == keptBefore.value(langs));
}
