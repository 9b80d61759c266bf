// The trash: who deleted what and when, restore, and emptying it for good.
#include "test_database.h"

#include "contacts/trash_bin.h"
#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "tasks/task_repository.h"
#include "storage/sql.h"

#include <catch2/catch.hpp>

using namespace kontor;
using kontor::test::TestDatabase;

namespace {

qint64 scalar(const Session &s, const QString &sql, const QVariantList &binds = {})
{
    return kontor::test::sqlValue(s, sql, binds).toLongLong();
}

} // namespace

TEST_CASE("The trash lists who deleted what, restores it and purges it for good", "[trash]")
{
    TestDatabase t;
    Session s = t.session();
    ContactRepository contacts(s);
    CompanyRepository companies(s);
    Company co;
    co.name = QStringLiteral("Gone Ltd");
    const qint64 coId = *companies.create(co);
    Contact c;
    c.firstName = QStringLiteral("Tiina");
    c.lastName = QStringLiteral("Laine");
    c.emails.append({0, QStringLiteral("work"), QStringLiteral("tiina@laine.example")});
    c.companyId = coId;
    const qint64 old = *contacts.create(c);
    c.firstName = QStringLiteral("Pekka");
    c.emails.clear();
    const qint64 recent = *contacts.create(c);
    Contact keep;
    keep.firstName = QStringLiteral("Stays");
    const qint64 kept = *contacts.create(keep);

    REQUIRE(contacts.moveToTrash(old).ok());
    REQUIRE(contacts.moveToTrash(recent).ok());
    REQUIRE(companies.moveToTrash(coId).ok());
    TrashBin bin(s);
    auto items = bin.list();
    REQUIRE(items.ok());
    REQUIRE(items->size() == 3);
    for (const TrashedItem &item : *items) {
        CHECK(item.deletedAt.isValid());
        CHECK(item.deletedBy == s.userId);
        CHECK_FALSE(item.deletedByName.isEmpty());
    }
    CHECK(items->at(0).title.size() > 0);

    // Restore puts a record back in the list
    REQUIRE(bin.restore(QStringLiteral("company"), coId).ok());
    CHECK(bin.list()->size() == 2);
    CHECK_FALSE(bin.restore(QStringLiteral("invoice"), 1).ok());

    // Given one contact trashed 40 days ago
    scalar(s, QStringLiteral("SELECT 1"));
    {
        auto conn = s.db->connection();
        SqlStatement q(*conn, QStringLiteral("age"));
        REQUIRE(q.run(QStringLiteral("UPDATE contacts SET deleted_at = ? WHERE id = ?"),
                      {nowSecs() - 40 * 86400, old})
                    .ok());
    }
    // When the trash is purged of what is older than 30 days
    auto purged = bin.purge(30);
    REQUIRE(purged.ok());
    CHECK(*purged == 1);
    // Then only that one is gone, with its emails and its search entry
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id = ?"), {old}) == 0);
    CHECK(
        scalar(s, QStringLiteral("SELECT COUNT(*) FROM contact_emails WHERE contact_id = ?"), {old})
        == 0);
    CHECK(scalar(s,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'contact'"
                                " AND entity_id = ? AND action = 'purge'"),
                 {old})
          == 1);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id = ?"), {recent}) == 1);

    // Purging everything leaves live records alone
    auto all = bin.purge();
    REQUIRE(all.ok());
    CHECK(*all == 1);
    CHECK(bin.list()->isEmpty());
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id = ?"), {kept}) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM companies WHERE id = ?"), {coId}) == 1);
    CHECK_FALSE(bin.purge(-1).ok());
}

TEST_CASE("A deleted task waits in the trash with the records, and comes back", "[trash][tasks]")
{
    TestDatabase t;
    Session s = t.session();
    TaskRepository tasks(s);
    Task task;
    task.title = QStringLiteral("Send the contract");
    task.dueAt = QDateTime::currentDateTimeUtc().addDays(2);
    const auto created = tasks.create(task);
    REQUIRE(created.ok());
    const qint64 id = created->first();
    Contact c;
    c.firstName = QStringLiteral("Ola");
    const qint64 contact = *ContactRepository(s).create(c);

    REQUIRE(tasks.moveToTrash(id).ok());
    REQUIRE(ContactRepository(s).moveToTrash(contact).ok());
    TrashBin bin(s);
    auto items = bin.list();
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    bool listed = false;
    for (const TrashedItem &item : *items) {
        if (item.entity == QStringLiteral("task")) {
            listed = true;
            CHECK(item.id == id);
            CHECK(item.title == QStringLiteral("Send the contract"));
            CHECK(item.deletedBy == s.userId);
        }
    }
    CHECK(listed);

    // Restored, it is a live task again
    REQUIRE(bin.restore(QStringLiteral("task"), id).ok());
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = ? AND deleted_at IS NULL"), {id}) == 1);

    // Deleted again and purged, it is gone for good and the audit log says so
    REQUIRE(tasks.moveToTrash(id).ok());
    auto purged = bin.purge();
    REQUIRE(purged.ok());
    CHECK(*purged == 2);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = ?"), {id}) == 0);
    CHECK(scalar(s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'task' AND entity_id = ?"
                                   " AND action = 'purge'"),
                 {id})
          == 1);
}
