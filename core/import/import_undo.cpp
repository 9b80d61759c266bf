// Undo import and the import history.
#include "import/deal_stage_undo.h"
#include "import/import_job.h"

#include "repo/company_repository.h"
#include "repo/contact_repository.h"
#include "repo/deal_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kontor::importing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

void setAddress(Address &a, const QString &key, const QString &v)
{
    if (key == QLatin1String("street"))
        a.street = v;
    else if (key == QLatin1String("city"))
        a.city = v;
    else if (key == QLatin1String("region"))
        a.region = v;
    else if (key == QLatin1String("postal_code"))
        a.postalCode = v;
    else if (key == QLatin1String("country"))
        a.country = v;
}

// Sets one field of Contact::fields() back from its recorded value.
void setContactField(Contact &c, const QString &key, const QJsonValue &value)
{
    const QString v = value.toString();
    if (key == QLatin1String("first_name"))
        c.firstName = v;
    else if (key == QLatin1String("last_name"))
        c.lastName = v;
    else if (key == QLatin1String("title"))
        c.title = v;
    else if (key == QLatin1String("company_id"))
        c.companyId = value.toInteger();
    else if (key == QLatin1String("company_role_id"))
        c.companyRoleId = value.toInteger();
    else if (key == QLatin1String("birthday"))
        c.birthday = QDate::fromString(v, Qt::ISODate);
    else if (key == QLatin1String("source"))
        c.source = v;
    else if (key == QLatin1String("temperature"))
        c.temperature = v;
    else if (key == QLatin1String("status"))
        c.status = v;
    else if (key == QLatin1String("owner_id"))
        c.ownerId = value.toInteger();
    else if (key == QLatin1String("notes"))
        c.notes = v;
    else if (key == QLatin1String("emails")) {
        c.emails.clear();
        for (const auto &item : value.toArray())
            c.emails.append({0, item.toString().section(QLatin1Char(':'), 0, 0), item.toString().section(QLatin1Char(':'), 1)});
    } else if (key == QLatin1String("phones")) {
        c.phones.clear();
        for (const auto &item : value.toArray())
            c.phones.append({0, item.toString().section(QLatin1Char(':'), 0, 0), item.toString().section(QLatin1Char(':'), 1)});
    } else
        setAddress(c.address, key, v);
}

void setCompanyField(Company &c, const QString &key, const QJsonValue &value)
{
    const QString v = value.toString();
    if (key == QLatin1String("name"))
        c.name = v;
    else if (key == QLatin1String("legal_name"))
        c.legalName = v;
    else if (key == QLatin1String("website"))
        c.website = v;
    else if (key == QLatin1String("industry"))
        c.industry = v;
    else if (key == QLatin1String("phone"))
        c.phone = v;
    else if (key == QLatin1String("email"))
        c.email = v;
    else if (key == QLatin1String("source"))
        c.source = v;
    else if (key == QLatin1String("owner_id"))
        c.ownerId = value.toInteger();
    else if (key == QLatin1String("notes"))
        c.notes = v;
    else
        setAddress(c.address, key, v);
}

void setDealField(Deal &d, const QString &key, const QJsonValue &value)
{
    const QString v = value.toString();
    if (key == QLatin1String("title"))
        d.title = v;
    else if (key == QLatin1String("amount_minor"))
        d.amountMinor = value.toInteger();
    else if (key == QLatin1String("currency"))
        d.currency = v;
    else if (key == QLatin1String("probability"))
        d.probability = int(value.toInteger(-1));
    else if (key == QLatin1String("expected_close"))
        d.expectedClose = QDate::fromString(v, Qt::ISODate);
    else if (key == QLatin1String("contact_id"))
        d.contactId = value.toInteger();
    else if (key == QLatin1String("company_id"))
        d.companyId = value.toInteger();
    else if (key == QLatin1String("owner_id"))
        d.ownerId = value.toInteger();
    else if (key == QLatin1String("source"))
        d.source = v;
    else if (key == QLatin1String("lost_note"))
        d.lostNote = v;
    else if (key == QLatin1String("notes"))
        d.notes = v;
}

// The singular entity names of import_batch_items and custom_fields, with their table.
QString tableOf(const QString &entity)
{
    if (entity == QLatin1String("contact"))
        return QStringLiteral("contacts");
    if (entity == QLatin1String("deal"))
        return QStringLiteral("deals");
    if (entity == QLatin1String("activity"))
        return QStringLiteral("activities");
    return QStringLiteral("companies");
}

struct Item
{
    QString entity, action;
    qint64 id = 0;
    QJsonObject before;
};

Status restoreCustom(const QSqlDatabase &conn, const QString &entity, qint64 id, const QJsonObject &before)
{
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("custom:")))
            continue;
        SqlStatement q(conn, tr("Cannot restore a custom value"));
        auto field = q.scalar(QStringLiteral("SELECT id FROM custom_fields WHERE entity = ? AND name = ?"),
                              {entity, it.key().mid(7)});
        if (!field)
            return field.error();
        q.finish();
        if (auto st = q.run(QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?"),
                            {*field, id});
            !st)
            return st;
        if (!it.value().isNull()) {
            if (auto st = q.run(QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?)"),
                                {*field, id, it.value().toString()});
                !st)
                return st;
        }
    }
    return {};
}

Status restoreUpdated(const Session &session, const QSqlDatabase &conn, const Item &item)
{
    const QString table = tableOf(item.entity);
    bool scalarChanged = false;
    for (auto it = item.before.begin(); it != item.before.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("custom:")) && it.key() != QLatin1String("updated_at"))
            scalarChanged = true;
    }
    if (scalarChanged && item.entity == QLatin1String("contact")) {
        ContactRepository repo(session);
        auto got = repo.get(item.id);
        if (!got)
            return got.error();
        Contact c = got.value();
        for (auto it = item.before.begin(); it != item.before.end(); ++it)
            setContactField(c, it.key(), it.value());
        if (auto st = repo.update(c); !st)
            return st;
    } else if (scalarChanged && item.entity == QLatin1String("deal")) {
        // The stage first (history rows the import added go, the stays are rewritten), then
        // the external id, then the fields through the repository.
        if (auto st = detail::restoreStage(conn, item.id, item.before); !st)
            return st;
        if (item.before.contains(QStringLiteral("external_id"))) {
            SqlStatement q(conn, tr("Cannot restore the deal's external id"));
            const QJsonValue old = item.before.value(QStringLiteral("external_id"));
            if (auto st = q.run(QStringLiteral("UPDATE deals SET external_id = ? WHERE id = ?"),
                                {old.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(old.toString()),
                                 item.id});
                !st)
                return st;
        }
        DealRepository repo(session);
        auto got = repo.get(item.id);
        if (!got)
            return got.error();
        Deal d = got.value();
        for (auto it = item.before.begin(); it != item.before.end(); ++it)
            setDealField(d, it.key(), it.value());
        if (auto st = repo.update(d); !st)
            return st;
    } else if (scalarChanged) {
        CompanyRepository repo(session);
        auto got = repo.get(item.id);
        if (!got)
            return got.error();
        Company c = got.value();
        for (auto it = item.before.begin(); it != item.before.end(); ++it)
            setCompanyField(c, it.key(), it.value());
        if (auto st = repo.update(c); !st)
            return st;
    }
    if (auto st = restoreCustom(conn, item.entity, item.id, item.before); !st)
        return st;
    SqlStatement q(conn, tr("Cannot restore the record"));
    return q.run(QStringLiteral("UPDATE %1 SET updated_at = ? WHERE id = ?").arg(table),
                 {item.before.value(QStringLiteral("updated_at")).toInteger(), item.id});
}

// An imported activity moved its contact's "last contacted" (and its deal's "last activity")
// forward; put back what was there unless something newer has moved it since.
Status restoreLastTimes(const QSqlDatabase &conn, const Item &item)
{
    SqlStatement q(conn, tr("Cannot restore when the contact was last contacted"));
    const QVariant occurred = item.before.value(QStringLiteral("occurred_at")).toInteger();
    auto old = [&item](const char *key) {
        const QJsonValue v = item.before.value(QLatin1String(key));
        return v.isNull() || v.isUndefined() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v.toInteger());
    };
    if (item.before.contains(QStringLiteral("contact_id"))) {
        if (auto st = q.run(QStringLiteral("UPDATE contacts SET last_contacted_at = ? WHERE id = ? AND last_contacted_at = ?"),
                            {old("last_contacted_at"), item.before.value(QStringLiteral("contact_id")).toInteger(), occurred});
            !st)
            return st;
    }
    if (item.before.contains(QStringLiteral("deal_id"))) {
        if (auto st = q.run(QStringLiteral("UPDATE deals SET last_activity_at = ? WHERE id = ? AND last_activity_at = ?"),
                            {old("last_activity_at"), item.before.value(QStringLiteral("deal_id")).toInteger(), occurred});
            !st)
            return st;
    }
    return {};
}

Status deleteCreated(const QSqlDatabase &conn, const Item &item)
{
    SqlStatement q(conn, tr("Cannot remove what the import created"));
    if (item.entity == QLatin1String("custom_field"))
        return q.run(QStringLiteral("DELETE FROM custom_fields WHERE id = ?"), {item.id});
    if (item.entity == QLatin1String("contact_photo")) // entity_id is the contact's
        return q.run(QStringLiteral("DELETE FROM contact_photos WHERE contact_id = ?"), {item.id});
    if (item.entity == QLatin1String("activity")) {
        if (auto st = q.run(QStringLiteral("DELETE FROM activities WHERE id = ?"), {item.id}); !st)
            return st;
        return restoreLastTimes(conn, item);
    }
    if (auto st = q.run(QStringLiteral("DELETE FROM custom_values WHERE entity_id = ? AND field_id IN"
                                       " (SELECT id FROM custom_fields WHERE entity = ?)"),
                        {item.id, item.entity});
        !st)
        return st;
    // The deal's stage history, people and line items go with it (ON DELETE CASCADE).
    return q.run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(item.entity)), {item.id});
}

} // namespace

Status undoImport(const Session &session, qint64 batchId)
{
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const QString context = tr("import %1").arg(batchId);
    QList<Item> items;
    {
        SqlStatement q(*conn, tr("Cannot read the import"));
        auto status = q.scalar(QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {batchId});
        if (!status)
            return Error{Error::Kind::NotFound, tr("There is no such import."), context, {}};
        if (status->toString() != QLatin1String("committed"))
            return Error{Error::Kind::Conflict, tr("This import was already undone."), context, {}};
        q.finish();
        if (auto st = q.run(QStringLiteral("SELECT entity, entity_id, action, before_values FROM import_batch_items"
                                           " WHERE batch_id = ? ORDER BY id DESC"),
                            {batchId});
            !st)
            return st;
        while (q.next()) {
            items.append({q.value(0).toString(), q.value(2).toString(), q.value(1).toLongLong(),
                          QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
        }
    }
    for (const Item &item : std::as_const(items)) {
        const Status st = item.action == QLatin1String("created") ? deleteCreated(*conn, item)
                                                                  : restoreUpdated(session, *conn, item);
        if (!st) {
            Error e = st.error();
            e.context = context + QStringLiteral(", ") + item.entity + QLatin1Char(' ') + QString::number(item.id);
            return e;
        }
    }
    SqlStatement q(*conn, tr("Cannot mark the import as undone"));
    if (auto st = q.run(QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?"),
                        {nowSecs(), batchId});
        !st)
        return st;
    return tx.commit();
}

Result<QList<ImportBatchInfo>> listImports(const Session &session, int limit)
{
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the import history"));
    if (auto st = q.run(QStringLiteral("SELECT id, entity, source_name, format, status, created_count, updated_count,"
                                       " skipped_count, rejected_count, started_at, undone_at FROM import_batches"
                                       " WHERE status IN ('committed', 'undone') ORDER BY id DESC LIMIT ?"),
                        {qBound(1, limit, 10000)});
        !st)
        return st.error();
    QList<ImportBatchInfo> out;
    while (q.next()) {
        ImportBatchInfo b;
        b.id = q.value(0).toLongLong();
        b.entity = q.value(1).toString();
        b.sourceName = q.value(2).toString();
        b.format = q.value(3).toString();
        b.status = q.value(4).toString();
        b.created = q.value(5).toLongLong();
        b.updated = q.value(6).toLongLong();
        b.skipped = q.value(7).toLongLong();
        b.rejected = q.value(8).toLongLong();
        b.startedAt = toDateTime(q.value(9));
        b.undoneAt = toDateTime(q.value(10));
        out.append(b);
    }
    return out;
}

} // namespace kontor::importing
