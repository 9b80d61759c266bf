#include "test_database.h"

#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

Contact person(const QString &first, const QString &last, const QString &email = {}, const QString &phone = {})
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

qint64 count(const Session &s, const QString &sql)
{
    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("count"));
    return q.scalar(sql)->toLongLong();
}

qint64 mustCreate(const ContactRepository &repo, const Contact &c)
{
    auto id = repo.create(c);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("A contact is saved and read back with every email, phone and messenger", "[contacts]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    CompanyRepository companies(s);
    Company acme;
    acme.name = QStringLiteral("Мир Торг ООО");
    const qint64 companyId = *companies.create(acme);

    Contact c = person(QStringLiteral("Ирина"), QStringLiteral("Смирнова"), QStringLiteral("Irina@MirTorg.ru"),
                       QStringLiteral("+7 (916) 123-45-67"));
    c.emails.append({0, QStringLiteral("home"), QStringLiteral("irina.s@example.org")});
    c.messengers.append({0, QStringLiteral("telegram"), QStringLiteral("@irina_s")});
    c.companyId = companyId;
    c.title = QStringLiteral("Главный бухгалтер");
    c.birthday = QDate(1984, 2, 29);
    c.address.city = QStringLiteral("Москва");
    c.status = QStringLiteral("prospect");
    c.temperature = QStringLiteral("warm");
    c.source = QStringLiteral("referral");
    const qint64 id = mustCreate(repo, c);

    auto back = repo.get(id);
    REQUIRE(back.ok());
    CHECK(back->displayName() == QStringLiteral("Ирина Смирнова"));
    CHECK(back->companyName == QStringLiteral("Мир Торг ООО"));
    CHECK(back->title == QStringLiteral("Главный бухгалтер"));
    CHECK(back->birthday == QDate(1984, 2, 29));
    CHECK(back->address.city == QStringLiteral("Москва"));
    CHECK(back->status == QStringLiteral("prospect"));
    CHECK(back->temperature == QStringLiteral("warm"));
    CHECK(back->ownerId == s.userId); // new records belong to whoever created them
    REQUIRE(back->emails.size() == 2);
    CHECK(back->emails[0].email == QStringLiteral("Irina@MirTorg.ru")); // kept as typed
    CHECK(back->emails[1].label == QStringLiteral("home"));
    REQUIRE(back->phones.size() == 1);
    CHECK(back->phones[0].phone == QStringLiteral("+7 (916) 123-45-67"));
    REQUIRE(back->messengers.size() == 1);
    CHECK(back->messengers[0].handle == QStringLiteral("@irina_s"));
    CHECK(back->createdAt.isValid());
    CHECK(back->createdAt.timeSpec() == Qt::UTC);

    // Match keys are normalized for search and duplicate detection.
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_emails WHERE email_norm = 'irina@mirtorg.ru'")) == 1);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_phones WHERE phone_digits = '79161234567'")) == 1);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contact' AND action = 'create'")) == 1);
}

TEST_CASE("Invalid contacts are refused with the reason and nothing is written", "[contacts]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);

    auto noName = repo.create(Contact{});
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().kind == Error::Kind::Invalid);
    CHECK(noName.error().message.contains(QStringLiteral("name")));

    auto badEmail = repo.create(person(QStringLiteral("Juha"), QStringLiteral("Virtanen"), QStringLiteral("juha at firma")));
    REQUIRE_FALSE(badEmail.ok());
    CHECK(badEmail.error().message.contains(QStringLiteral("juha at firma")));

    auto badPhone = repo.create(person(QStringLiteral("Juha"), QStringLiteral("Virtanen"), {}, QStringLiteral("call me")));
    REQUIRE_FALSE(badPhone.ok());
    CHECK(badPhone.error().message.contains(QStringLiteral("call me")));

    Contact badStatus = person(QStringLiteral("Juha"), QStringLiteral("Virtanen"));
    badStatus.status = QStringLiteral("vip");
    CHECK_FALSE(repo.create(badStatus).ok());

    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contacts")) == 0);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_emails")) == 0);
}

TEST_CASE("Editing a contact replaces its sub-lists and records what changed", "[contacts]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    const qint64 id = mustCreate(repo, person(QStringLiteral("Amani"), QStringLiteral("Njoroge"),
                                              QStringLiteral("amani@duka.co.ke"), QStringLiteral("0712 345678")));
    Contact c = *repo.get(id);
    c.lastName = QStringLiteral("Njoroge-Kamau");
    c.phones.clear();
    c.phones.append({0, QStringLiteral("work"), QStringLiteral("+254 20 1234567")});
    REQUIRE(repo.update(c).ok());

    Contact back = *repo.get(id);
    CHECK(back.lastName == QStringLiteral("Njoroge-Kamau"));
    REQUIRE(back.phones.size() == 1);
    CHECK(back.phones[0].phone == QStringLiteral("+254 20 1234567"));
    CHECK(back.emails.size() == 1);

    auto conn = s.db->connection();
    SqlStatement q(*conn, QStringLiteral("audit"));
    REQUIRE(q.run(QStringLiteral("SELECT changes FROM audit_log WHERE entity = 'contact' AND entity_id = ?"
                                 " AND action = 'update'"),
                  {id})
                .ok());
    REQUIRE(q.next());
    const QString changes = q.value(0).toString();
    CHECK(changes.contains(QStringLiteral("Njoroge-Kamau")));
    CHECK(changes.contains(QStringLiteral("phones")));
    CHECK_FALSE(changes.contains(QStringLiteral("first_name"))); // unchanged fields are not logged

    // Saving it again unchanged logs nothing new.
    REQUIRE(repo.update(back).ok());
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update'")) == 1);
}

TEST_CASE("An edit writes only what changed: untouched lists and columns stay as stored", "[contacts]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    Contact made = person(QStringLiteral("Aino"), QStringLiteral("Virtanen"), QStringLiteral("aino@pohjola.fi"),
                          QStringLiteral("+358 40 1234567"));
    made.emails.append({0, QStringLiteral("home"), QStringLiteral("aino@koti.fi")});
    made.messengers.append({0, QStringLiteral("telegram"), QStringLiteral("@aino")});
    made.address.city = QStringLiteral("Turku");
    const qint64 id = mustCreate(repo, made);
    const Contact first = *repo.get(id);
    const auto rowIds = [&](const char *table) {
        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("ids"));
        REQUIRE(q.run(QStringLiteral("SELECT id FROM %1 WHERE contact_id = ? ORDER BY position").arg(QLatin1String(table)),
                      {id})
                    .ok());
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    };
    const QList<qint64> emailIds = rowIds("contact_emails");
    const QList<qint64> phoneIds = rowIds("contact_phones");
    REQUIRE(emailIds.size() == 2);

    // A new title: the lists are not rewritten (same row ids), the other columns keep their values.
    Contact c = first;
    c.title = QStringLiteral("CFO");
    REQUIRE(repo.update(c).ok());
    Contact back = *repo.get(id);
    CHECK(back.title == QStringLiteral("CFO"));
    CHECK(back.address.city == QStringLiteral("Turku"));
    CHECK(back.firstName == QStringLiteral("Aino"));
    CHECK(rowIds("contact_emails") == emailIds);
    CHECK(rowIds("contact_phones") == phoneIds);
    CHECK(back.messengers.size() == 1);

    // The e-mails swapped: that list alone is written again, in the new order, found by search key.
    c = back;
    std::swap(c.emails[0], c.emails[1]);
    c.address.city.clear();
    REQUIRE(repo.update(c).ok());
    back = *repo.get(id);
    REQUIRE(back.emails.size() == 2);
    CHECK(back.emails[0].email == QStringLiteral("aino@koti.fi"));
    CHECK(back.emails[1].email == QStringLiteral("aino@pohjola.fi"));
    CHECK(rowIds("contact_emails") != emailIds);
    CHECK(rowIds("contact_phones") == phoneIds);
    CHECK(back.address.city.isEmpty());
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE city IS NULL")) == 1);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_emails WHERE email_norm = 'aino@koti.fi' AND position = 0")) == 1);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_phones WHERE phone_digits = '358401234567'")) == 1);

    // A renamed contact gets its folded keys again; its phone list, replaced, its digits.
    c = back;
    c.firstName = QStringLiteral("Aina");
    c.phones = {{0, QStringLiteral("work"), QStringLiteral("+358 9 7654321")}};
    REQUIRE(repo.update(c).ok());
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE name_fold = '%1'")
                       .arg(contactNameKey(QStringLiteral("Aina"), QStringLiteral("Virtanen"))))
          == 1);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_phones WHERE phone_digits = '35897654321'")) == 1);
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM contact_phones")) == 1);
}

TEST_CASE("A contact's folded name key follows its name through the repository", "[contacts][fold]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    auto key = [&](qint64 id) {
        auto conn = s.db->connection();
        REQUIRE(conn.ok());
        SqlStatement q(*conn, QStringLiteral("key"));
        auto v = q.scalar(QStringLiteral("SELECT name_fold FROM contacts WHERE id = ?"), {id});
        REQUIRE(v.ok());
        return v->isNull() ? QStringLiteral("<null>") : v->toString();
    };
    const qint64 id = mustCreate(repo, person(QStringLiteral(" Иван "), QStringLiteral("Петров")));
    CHECK(key(id) == QStringLiteral("иван петров"));

    Contact c = *repo.get(id);
    c.firstName = QStringLiteral("Åsa");
    c.lastName = QStringLiteral("Straße");
    REQUIRE(repo.update(c).ok());
    CHECK(key(id) == QStringLiteral("åsa strasse"));
    CHECK(key(id) == contactNameKey(QStringLiteral("ÅSA"), QStringLiteral("STRASSE")));

    // A rename that keeps the key: the stale-key trigger clears it, the repository puts it back.
    c.firstName = QStringLiteral("ÅSA");
    REQUIRE(repo.update(c).ok());
    CHECK(key(id) == QStringLiteral("åsa strasse"));
    // A rename written past the repository (a merge, an import's undo) drops the key ...
    {
        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("raw"));
        REQUIRE(q.run(QStringLiteral("UPDATE contacts SET last_name = ? WHERE id = ?"),
                      {QStringLiteral("Berg"), id})
                    .ok());
        CHECK(key(id) == QStringLiteral("<null>"));
        // ... which the look-ups' fill puts back.
        REQUIRE(fillMissingFoldKeys(*conn).ok());
    }
    CHECK(key(id) == QStringLiteral("åsa berg"));
    // Trash and restore keep it.
    REQUIRE(repo.moveToTrash(id).ok());
    REQUIRE(repo.restore(id).ok());
    CHECK(key(id) == QStringLiteral("åsa berg"));
}

TEST_CASE("Deleting moves a contact to the trash, from where it can be restored", "[contacts][trash]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    const qint64 id = mustCreate(repo, person(QStringLiteral("Sara"), QStringLiteral("Karimi")));
    mustCreate(repo, person(QStringLiteral("Other"), QStringLiteral("Person")));

    REQUIRE(repo.moveToTrash(id).ok());
    auto gone = repo.get(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    CHECK(repo.get(id, true).ok());
    CHECK(*repo.count({}) == 1);
    ContactQuery trash;
    trash.trashed = true;
    auto inTrash = repo.list(trash);
    REQUIRE(inTrash->items.size() == 1);
    CHECK(inTrash->items[0].id == id);
    CHECK(inTrash->items[0].deletedAt.isValid());

    // Deleting twice is an error, not a silent success.
    CHECK_FALSE(repo.moveToTrash(id).ok());

    REQUIRE(repo.restore(id).ok());
    CHECK(repo.get(id).ok());
    CHECK(*repo.count({}) == 2);
    CHECK_FALSE(repo.restore(id).ok());
    CHECK(count(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('delete', 'restore')")) == 2);
}

TEST_CASE("The contact list pages through every row exactly once, in order", "[contacts][paging]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    // 25 people, several sharing a last name so the key needs first name and id as tie-breakers.
    for (int i = 0; i < 25; ++i) {
        mustCreate(repo, person(QStringLiteral("P%1").arg(i % 3), QStringLiteral("Name%1").arg(i % 7, 2, 10, QLatin1Char('0'))));
    }

    for (bool descending : {false, true}) {
        DYNAMIC_SECTION((descending ? "descending" : "ascending"))
        {
            ContactQuery query;
            query.descending = descending;
            PageRequest page;
            page.limit = 10;
            QList<Contact> all;
            int pages = 0;
            for (;;) {
                auto result = repo.list(query, page);
                REQUIRE(result.ok());
                all += result->items;
                ++pages;
                if (!result->hasMore)
                    break;
                page.after = result->nextAfter;
                REQUIRE(pages < 10);
            }
            CHECK(pages == 3);
            REQUIRE(all.size() == 25);
            QSet<qint64> ids;
            for (int i = 0; i < all.size(); ++i) {
                ids.insert(all[i].id);
                if (i > 0) {
                    const auto key = [](const Contact &c) { return std::make_tuple(c.lastName, c.firstName, c.id); };
                    CHECK((descending ? key(all[i - 1]) > key(all[i]) : key(all[i - 1]) < key(all[i])));
                }
            }
            CHECK(ids.size() == 25);
        }
    }
}

TEST_CASE("Searching the list matches names, emails and phone digits", "[contacts][search]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository repo(s);
    mustCreate(repo, person(QStringLiteral("Mikko"), QStringLiteral("Mäkelä"), QStringLiteral("mikko@paja.fi"),
                            QStringLiteral("+358 40 123 4567")));
    mustCreate(repo, person(QStringLiteral("Georgi"), QStringLiteral("Ivanov"), QStringLiteral("g.ivanov@firma.bg"),
                            QStringLiteral("+359 2 987 6543")));
    mustCreate(repo, person(QStringLiteral("100%"), QStringLiteral("Literal_Name")));

    auto names = [&](const QString &text) {
        ContactQuery q;
        q.text = text;
        QStringList out;
        const auto page = repo.list(q);
        REQUIRE(page.ok());
        for (const Contact &c : page->items)
            out << c.lastName;
        return out;
    };
    CHECK(names(QStringLiteral("Mäk")) == QStringList{QStringLiteral("Mäkelä")});
    CHECK(names(QStringLiteral("geor")) == QStringList{QStringLiteral("Ivanov")});
    CHECK(names(QStringLiteral("G.IVANOV@")) == QStringList{QStringLiteral("Ivanov")});
    CHECK(names(QStringLiteral("040 123-45")).isEmpty());
    CHECK(names(QStringLiteral("40 123 45")) == QStringList{QStringLiteral("Mäkelä")});
    // Punctuation separates words (as in the search index); it is never a wildcard.
    CHECK(names(QStringLiteral("100%")) == QStringList{QStringLiteral("Literal_Name")});
    CHECK(names(QStringLiteral("Literal_")) == QStringList{QStringLiteral("Literal_Name")});
    ContactQuery q;
    q.text = QStringLiteral("ivan");
    CHECK(*repo.count(q) == 1);
}
