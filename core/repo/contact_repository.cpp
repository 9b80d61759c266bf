#include "repo/contact_repository.h"

#include "contacts/phone.h"
#include "repo/audit.h"
#include "repo/trash.h"
#include "search/search_sql.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ContactRepository", text);
}

QString contactContext(qint64 id)
{
    return id ? tr("contact %1").arg(id) : tr("new contact");
}

Error invalid(const QString &message, const Contact &c)
{
    return Error{Error::Kind::Invalid, message, contactContext(c.id), {}};
}

// Columns read for a full contact and for list rows, in this order.
const char *const kColumns =
    "c.id, c.first_name, c.last_name, c.title, c.company_id, co.name, c.company_role_id, c.birthday,"
    " c.street, c.city, c.region, c.postal_code, c.country, c.source, c.temperature, c.status,"
    " c.owner_id, c.notes, c.last_contacted_at, c.created_at, c.updated_at, c.deleted_at";

Contact readContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    c.title = q.value(3).toString();
    c.companyId = q.value(4).toLongLong();
    c.companyName = q.value(5).toString();
    c.companyRoleId = q.value(6).toLongLong();
    c.birthday = toDate(q.value(7));
    c.address = {q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
                 q.value(11).toString(), q.value(12).toString()};
    c.source = q.value(13).toString();
    c.temperature = q.value(14).toString();
    c.status = q.value(15).toString();
    c.ownerId = q.value(16).toLongLong();
    c.notes = q.value(17).toString();
    c.lastContactedAt = toDateTime(q.value(18));
    c.createdAt = toDateTime(q.value(19));
    c.updatedAt = toDateTime(q.value(20));
    c.deletedAt = toDateTime(q.value(21));
    return c;
}

} // namespace

QString ContactRepository::normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString ContactRepository::phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar ch : phone) {
        if (ch.isDigit())
            digits += QChar(QLatin1Char('0' + ch.digitValue()));
    }
    return digits;
}

Status ContactRepository::validate(const Contact &c)
{
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty() && c.emails.isEmpty())
        return invalid(tr("A contact needs a name or an email address"), c);
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const ContactEmail &e : c.emails) {
        if (!emailRe.match(e.email.trimmed()).hasMatch())
            return invalid(tr("\"%1\" is not an email address").arg(e.email), c);
    }
    for (const ContactPhone &p : c.phones) {
        if (auto st = phone::check(p.phone, contactContext(c.id)); !st)
            return st;
    }
    if (!contactStatuses().contains(c.status))
        return invalid(tr("Unknown status \"%1\"").arg(c.status), c);
    if (!c.temperature.isEmpty() && !contactTemperatures().contains(c.temperature))
        return invalid(tr("Unknown temperature \"%1\"").arg(c.temperature), c);
    return {};
}

Result<qint64> ContactRepository::create(const Contact &c, std::optional<audit::ImportOrigin> origin) const
{
    if (auto st = validate(c); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();

    SqlStatement q(*conn, tr("Cannot save the new contact"));
    const QStringList columns = insertColumns();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    auto id = q.scalar(QStringLiteral("INSERT INTO contacts (%1) VALUES (%2) RETURNING id")
                           .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                       insertValues(c));
    if (!id)
        return id.error();
    const qint64 newId = id->toLongLong();
    if (auto st = writeChildren(*conn, c, newId); !st)
        return st.error();
    if (auto st = audit::recordCreated(*conn, m_session.userId, QStringLiteral("contact"), newId, c.fields(), origin);
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return newId;
}

QStringList ContactRepository::insertColumns()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("title"),
            QStringLiteral("company_id"), QStringLiteral("company_role_id"),
            QStringLiteral("birthday"), QStringLiteral("street"), QStringLiteral("city"),
            QStringLiteral("region"), QStringLiteral("postal_code"), QStringLiteral("country"),
            QStringLiteral("source"), QStringLiteral("temperature"), QStringLiteral("status"),
            QStringLiteral("owner_id"), QStringLiteral("notes"), QStringLiteral("name_fold"),
            QStringLiteral("surname_key")};
}

ContactRepository::RowKeys ContactRepository::rowKeys(const Contact &c)
{
    return {contactNameKey(c.firstName, c.lastName), // matching by name: see fold_keys.h
            contactSurnameKey(c.firstName, c.lastName)}; // the duplicate review's name rule
}

QVariantList ContactRepository::insertValues(const Contact &c) const
{
    return insertValues(c, rowKeys(c));
}

QVariantList ContactRepository::insertValues(const Contact &c, const RowKeys &keys) const
{
    return {emptyIfNull(c.firstName.trimmed()), emptyIfNull(c.lastName.trimmed()), nullIfEmpty(c.title), nullIfZero(c.companyId),
            nullIfZero(c.companyRoleId), fromDate(c.birthday), nullIfEmpty(c.address.street),
            nullIfEmpty(c.address.city), nullIfEmpty(c.address.region), nullIfEmpty(c.address.postalCode),
            nullIfEmpty(c.address.country), nullIfEmpty(c.source), nullIfEmpty(c.temperature), c.status,
            nullIfZero(c.ownerId ? c.ownerId : m_session.userId), nullIfEmpty(c.notes),
            keys.name, keys.surname};
}

QStringList ContactRepository::emailColumns()
{
    return {QStringLiteral("contact_id"), QStringLiteral("label"), QStringLiteral("email"),
            QStringLiteral("email_norm"), QStringLiteral("position")};
}

QVariantList ContactRepository::emailValues(qint64 contactId, const ContactEmail &e, int position)
{
    return {contactId, emptyIfNull(e.label), e.email.trimmed(), normalizeEmail(e.email), position};
}

QStringList ContactRepository::phoneColumns()
{
    return {QStringLiteral("contact_id"), QStringLiteral("label"), QStringLiteral("phone"),
            QStringLiteral("phone_digits"), QStringLiteral("position")};
}

QVariantList ContactRepository::phoneValues(qint64 contactId, const ContactPhone &p,
                                            const QString &digits, int position)
{
    return {contactId, emptyIfNull(p.label), p.phone.trimmed(), digits, position};
}

namespace {
// Whether two lists would be stored the same (values as emailValues() etc. store them).
template<typename Item, typename Key>
bool sameList(const QList<Item> &stored, const QList<Item> &next, Key key)
{
    if (stored.size() != next.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (key(stored[i]) != key(next[i]))
            return false;
    }
    return true;
}
} // namespace

Status ContactRepository::writeChildren(const QSqlDatabase &conn, const Contact &c, qint64 id,
                                        const Contact *stored) const
{
    const QString what = tr("Cannot save the emails and phones of %1").arg(contactContext(id));
    const auto emailKey = [](const ContactEmail &e) { return std::pair(e.label, e.email.trimmed()); };
    const auto phoneKey = [](const ContactPhone &p) { return std::pair(p.label, p.phone.trimmed()); };
    const auto messengerKey = [](const ContactMessenger &m) { return std::pair(m.kind, m.handle.trimmed()); };
    const bool emails = !stored || !sameList(stored->emails, c.emails, emailKey);
    const bool phones = !stored || !sameList(stored->phones, c.phones, phoneKey);
    const bool messengers = !stored || !sameList(stored->messengers, c.messengers, messengerKey);
    if (stored) {
        SqlStatement del(conn, what);
        for (const auto &[table, rewrite] : {std::pair("contact_emails", emails), std::pair("contact_phones", phones),
                                            std::pair("contact_messengers", messengers)}) {
            if (!rewrite)
                continue;
            if (auto st = del.run(QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(QLatin1String(table)), {id});
                !st)
                return st;
        }
    }
    SqlStatement q(conn, what);
    if (emails) {
        const QString insertEmail = QStringLiteral("INSERT INTO contact_emails (%1) VALUES (?, ?, ?, ?, ?)")
                                        .arg(emailColumns().join(QStringLiteral(", ")));
        for (int i = 0; i < c.emails.size(); ++i) {
            if (auto st = q.run(insertEmail, emailValues(id, c.emails.at(i), i)); !st)
                return st;
        }
    }
    if (phones && !c.phones.isEmpty()) {
        // Phones are matched (search, duplicates) by their E.164 digits; `phone` keeps what
        // the user typed.
        const QString region = phone::defaultRegion(conn);
        const QString insertPhone = QStringLiteral("INSERT INTO contact_phones (%1) VALUES (?, ?, ?, ?, ?)")
                                        .arg(phoneColumns().join(QStringLiteral(", ")));
        for (int i = 0; i < c.phones.size(); ++i) {
            const ContactPhone &p = c.phones.at(i);
            if (auto st = q.run(insertPhone, phoneValues(id, p, phone::matchDigits(p.phone, region), i)); !st)
                return st;
        }
    }
    if (messengers) {
        for (int i = 0; i < c.messengers.size(); ++i) {
            const ContactMessenger &m = c.messengers.at(i);
            if (auto st = q.run(QStringLiteral("INSERT INTO contact_messengers (contact_id, kind, handle, position)"
                                               " VALUES (?, ?, ?, ?)"),
                                {id, emptyIfNull(m.kind), emptyIfNull(m.handle.trimmed()), i});
                !st)
                return st;
        }
    }
    return {};
}

Result<Contact> ContactRepository::get(qint64 id, bool includeTrashed) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    const QString what = tr("Cannot read %1").arg(contactContext(id));
    SqlStatement q(*conn, what);
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
                                       " WHERE c.id = ?")
                            .arg(QLatin1String(kColumns)),
                        {id});
        !st)
        return st.error();
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("This contact does not exist"), contactContext(id), {}};
    Contact c = readContact(q.query());
    if (c.deletedAt.isValid() && !includeTrashed)
        return Error{Error::Kind::NotFound, tr("This contact is in the trash"), contactContext(id), {}};

    SqlStatement sub(*conn, what);
    if (auto st = sub.run(QStringLiteral("SELECT id, label, email FROM contact_emails WHERE contact_id = ? ORDER BY position"), {id}); !st)
        return st.error();
    while (sub.next())
        c.emails.append({sub.value(0).toLongLong(), sub.value(1).toString(), sub.value(2).toString()});
    if (auto st = sub.run(QStringLiteral("SELECT id, label, phone FROM contact_phones WHERE contact_id = ? ORDER BY position"), {id}); !st)
        return st.error();
    while (sub.next())
        c.phones.append({sub.value(0).toLongLong(), sub.value(1).toString(), sub.value(2).toString()});
    if (auto st = sub.run(QStringLiteral("SELECT id, kind, handle FROM contact_messengers WHERE contact_id = ? ORDER BY position"), {id}); !st)
        return st.error();
    while (sub.next())
        c.messengers.append({sub.value(0).toLongLong(), sub.value(1).toString(), sub.value(2).toString()});
    return c;
}

Result<QHash<qint64, Contact>> ContactRepository::getMany(const QList<qint64> &ids) const
{
    QHash<qint64, Contact> out;
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the contacts"));
    for (const QString &list : idLists(ids)) {
        if (auto st = q.run(QStringLiteral("SELECT %1 FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
                                           " WHERE c.id IN (%2) AND c.deleted_at IS NULL")
                                .arg(QLatin1String(kColumns), list));
            !st)
            return st.error();
        while (q.next()) {
            Contact c = readContact(q.query());
            out.insert(c.id, std::move(c));
        }
        // Each list: contact id, item id and its two texts, in the contacts' order.
        const auto readList = [&](const QString &columns, const char *table,
                                  const std::function<void(Contact &, qint64, const QString &, const QString &)> &add)
            -> Status {
            if (auto st = q.run(QStringLiteral("SELECT contact_id, id, %1 FROM %2 WHERE contact_id IN (%3)"
                                               " ORDER BY contact_id, position")
                                    .arg(columns, QLatin1String(table), list));
                !st)
                return st;
            while (q.next()) {
                const auto it = out.find(q.value(0).toLongLong());
                if (it != out.end()) // not trashed
                    add(*it, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString());
            }
            return {};
        };
        Status st = readList(QStringLiteral("label, email"), "contact_emails",
                             [](Contact &c, qint64 id, const QString &label, const QString &email) {
                                 c.emails.append({id, label, email});
                             });
        if (st)
            st = readList(QStringLiteral("label, phone"), "contact_phones",
                          [](Contact &c, qint64 id, const QString &label, const QString &phone) {
                              c.phones.append({id, label, phone});
                          });
        if (st)
            st = readList(QStringLiteral("kind, handle"), "contact_messengers",
                          [](Contact &c, qint64 id, const QString &kind, const QString &handle) {
                              c.messengers.append({id, kind, handle});
                          });
        if (!st)
            return st.error();
    }
    return out;
}

bool ContactRepository::isRenamed(const Contact &c, const Contact &stored)
{
    return stored.firstName != c.firstName.trimmed() || stored.lastName != c.lastName.trimmed();
}

QList<std::pair<QString, QVariant>> ContactRepository::changedColumns(const Contact &c, const Contact &stored)
{
    const Contact *before = &stored;
    const QString first = c.firstName.trimmed();
    const QString last = c.lastName.trimmed();
    const bool renamed = isRenamed(c, stored);
    // Only the columns that change: SQLite rewrites the entry of every index over a column in
    // the SET list, and contacts have a dozen (an import changing one field of 100,000
    // contacts spent a sixth of its time there). Unchanged columns keep what is stored.
    const struct
    {
        const char *column;
        bool changed;
        QVariant value;
    } columns[] = {
        {"first_name", before->firstName != first, emptyIfNull(first)},
        {"last_name", before->lastName != last, emptyIfNull(last)},
        {"title", before->title != c.title, nullIfEmpty(c.title)},
        {"company_id", before->companyId != c.companyId, nullIfZero(c.companyId)},
        {"company_role_id", before->companyRoleId != c.companyRoleId, nullIfZero(c.companyRoleId)},
        {"birthday", before->birthday != c.birthday, fromDate(c.birthday)},
        {"street", before->address.street != c.address.street, nullIfEmpty(c.address.street)},
        {"city", before->address.city != c.address.city, nullIfEmpty(c.address.city)},
        {"region", before->address.region != c.address.region, nullIfEmpty(c.address.region)},
        {"postal_code", before->address.postalCode != c.address.postalCode, nullIfEmpty(c.address.postalCode)},
        {"country", before->address.country != c.address.country, nullIfEmpty(c.address.country)},
        {"source", before->source != c.source, nullIfEmpty(c.source)},
        {"temperature", before->temperature != c.temperature, nullIfEmpty(c.temperature)},
        {"status", before->status != c.status, c.status},
        {"owner_id", before->ownerId != c.ownerId, nullIfZero(c.ownerId)},
        {"notes", before->notes != c.notes, nullIfEmpty(c.notes)},
        {"name_fold", renamed, renamed ? contactNameKey(c.firstName, c.lastName) : QString()}, // see fold_keys.h
        {"surname_key", renamed, renamed ? contactSurnameKey(c.firstName, c.lastName) : QString()},
    };
    QList<std::pair<QString, QVariant>> changed;
    for (const auto &col : columns) {
        if (col.changed)
            changed.append({QLatin1String(col.column), col.value});
    }
    return changed;
}

Status ContactRepository::update(const Contact &c) const
{
    auto stored = get(c.id);
    if (!stored)
        return stored.error();
    return update(c, *stored);
}

Status ContactRepository::update(const Contact &c, const Contact &stored) const
{
    if (auto st = validate(c); !st)
        return st;
    const Contact *before = &stored;
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save %1").arg(contactContext(c.id)));
    QStringList set;
    QVariantList values;
    for (const auto &[column, value] : changedColumns(c, *before)) {
        set << column + QStringLiteral(" = ?");
        values << value;
    }
    set << QStringLiteral("updated_at = ?");
    values << nowSecs() << c.id;
    if (auto st = q.run(QStringLiteral("UPDATE contacts SET %1 WHERE id = ? AND deleted_at IS NULL")
                            .arg(set.join(QStringLiteral(", "))),
                        values);
        !st)
        return st;
    if (isRenamed(c, *before)) {
        const QString nameKey = contactNameKey(c.firstName, c.lastName); // see fold_keys.h
        const QString surnameKey = contactSurnameKey(c.firstName, c.lastName);
        // "Ivan" -> "IVAN": the trigger cleared the key it thought stale (see fold_keys.h).
        if (auto st = keepKeyAfterRename(*conn, QStringLiteral("contacts"), QStringLiteral("name_fold"),
                                         c.id, nameKey);
            !st)
            return st;
        // Its own trigger, same reason: "Anna Berg" -> "Anja Berg" keeps "berg a".
        if (auto st = keepKeyAfterRename(*conn, QStringLiteral("contacts"), QStringLiteral("surname_key"),
                                         c.id, surnameKey);
            !st)
            return st;
    }
    if (auto st = writeChildren(*conn, c, c.id, before); !st)
        return st;
    const QVariantMap changes = audit::diff(before->fields(), c.fields());
    if (!changes.isEmpty()) {
        if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("contact"), c.id,
                                    QStringLiteral("update"), changes);
            !st)
            return st;
    }
    return tx.commit();
}

Status ContactRepository::moveToTrash(qint64 id) const
{
    return setTrashed(id, true);
}

Status ContactRepository::restore(qint64 id) const
{
    return setTrashed(id, false);
}

Status ContactRepository::setTrashed(qint64 id, bool trashed) const
{
    return kontor::setTrashed(m_session, {QStringLiteral("contacts"), QStringLiteral("contact"), contactContext(id)},
                              id, trashed);
}

QString ContactRepository::whereClause(const ContactQuery &query, QVariantList *binds) const
{
    QStringList where;
    where << (query.trashed ? QStringLiteral("c.deleted_at IS NOT NULL") : QStringLiteral("c.deleted_at IS NULL"));
    if (query.companyId) {
        where << QStringLiteral("c.company_id = ?");
        *binds << query.companyId;
    }
    if (query.ownerId) {
        where << QStringLiteral("c.owner_id = ?");
        *binds << query.ownerId;
    }
    if (!query.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        *binds << query.status;
    }
    if (const QString f = query.filter.whereSql(binds); !f.isEmpty())
        where << f;
    // The search index (FTS5 / trigram), kept in sync by triggers; see search/schema_search.
    const search::Terms terms = search::parseTerms(query.text);
    if (!terms.isEmpty())
        where << search::contactCondition(m_session.db->dialect(), QStringLiteral("c.id"), terms, binds);
    return where.join(QStringLiteral(" AND "));
}

void ContactRepository::setOrder(ContactQuery::Sort sort, PageQuery *pq)
{
    using Sort = ContactQuery::Sort;
    const QString id = QStringLiteral("c.id");
    switch (sort) {
    case Sort::Name: // contacts_by_name; names are never NULL
        pq->key.columns = QStringList{QStringLiteral("c.last_name"), QStringLiteral("c.first_name"), id};
        return;
    case Sort::Created:
        pq->key.columns = QStringList{QStringLiteral("c.created_at"), id};
        return;
    case Sort::Updated:
        pq->key.columns = QStringList{QStringLiteral("c.updated_at"), id};
        return;
    case Sort::Status: // NOT NULL; contacts_by_status
        pq->key.columns = QStringList{QStringLiteral("c.status"), id};
        return;
    case Sort::Title: // contacts_by_title (schema step 12)
        pq->parts = valueThenEmpty(pq->from, QStringLiteral("c.title"), id);
        return;
    case Sort::City: // contacts_by_city (schema step 12)
        pq->parts = valueThenEmpty(pq->from, QStringLiteral("c.city"), id);
        return;
    case Sort::Company:
        // Companies in name order (companies_by_name), each one's people through
        // contacts_by_company: one index walk, not a sort of every contact. Grouped by
        // company, so two companies of the same name do not interleave.
        pq->parts = {PagePart{QStringLiteral("companies co JOIN contacts c ON c.company_id = co.id"), {},
                              {QStringLiteral("co.name"), QStringLiteral("co.id"), id}},
                     PagePart{pq->from, QStringLiteral("c.company_id IS NULL"), {id}}};
        return;
    case Sort::Email:
    case Sort::Phone: {
        // The list shows a contact's first e-mail / phone (by position): walk those rows in
        // the order of their index (e-mails lower-cased, phones by their E.164 digits) and
        // keep each contact's first one only.
        const bool email = sort == Sort::Email;
        const QString table = email ? QStringLiteral("contact_emails") : QStringLiteral("contact_phones");
        const QString value = email ? QStringLiteral("email_norm") : QStringLiteral("phone_digits");
        const QString first = QStringLiteral("(SELECT f.%2 FROM %1 f WHERE f.contact_id = c.id"
                                             " ORDER BY f.position, f.id LIMIT 1)");
        pq->parts = {PagePart{QStringLiteral("%1 x JOIN contacts c ON c.id = x.contact_id"
                                             " LEFT JOIN companies co ON co.id = c.company_id")
                                  .arg(table),
                              QStringLiteral("x.%1 > '' AND x.id = %2")
                                  .arg(value, first.arg(table, QStringLiteral("id"))),
                              {QStringLiteral("x.") + value, QStringLiteral("x.id")}},
                     PagePart{pq->from,
                              QStringLiteral("COALESCE(%1, '') = ''").arg(first.arg(table, value)),
                              {id}}};
        return;
    }
    }
}

Result<Page<Contact>> ContactRepository::list(const ContactQuery &query, const PageRequest &page) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    PageQuery pq;
    pq.what = tr("Cannot read the contact list");
    pq.columns = QLatin1String(kColumns)
                 + QStringLiteral(", (SELECT e.email FROM contact_emails e WHERE e.contact_id = c.id"
                                  " ORDER BY e.position, e.id LIMIT 1),"
                                  " (SELECT p.phone FROM contact_phones p WHERE p.contact_id = c.id"
                                  " ORDER BY p.position, p.id LIMIT 1)");
    pq.columnCount = 24;
    pq.from = QStringLiteral("contacts c LEFT JOIN companies co ON co.id = c.company_id");
    pq.where = whereClause(query, &pq.binds);
    pq.key.descending = query.descending;
    setOrder(query.sort, &pq);
    if (auto st = applyCustomColumns(m_session, QStringLiteral("contact"), QStringLiteral("c.id"),
                                     query.custom, query.descending, &pq);
        !st)
        return st.error();
    const CustomColumns custom = query.custom;
    return fetchPage<Contact>(*conn, pq, page, [custom](const QSqlQuery &q) {
        Contact c = readContact(q);
        // The list shows the primary email and phone only; get() reads every one.
        if (!q.value(22).isNull())
            c.emails.append({0, QStringLiteral("work"), q.value(22).toString()});
        if (!q.value(23).isNull())
            c.phones.append({0, QStringLiteral("work"), q.value(23).toString()});
        c.customColumns = readCustomColumns(q, 24, custom);
        return c;
    });
}

Result<qint64> ContactRepository::count(const ContactQuery &query) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    return countRows(*conn, tr("Cannot count contacts"), QStringLiteral("contacts c"), where, binds);
}

} // namespace kontor
