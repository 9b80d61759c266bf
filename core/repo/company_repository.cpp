#include "repo/company_repository.h"

#include "repo/audit.h"
#include "repo/trash.h"
#include "search/search_sql.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::CompanyRepository", text);
}

QString companyContext(qint64 id)
{
    return id ? tr("company %1").arg(id) : tr("new company");
}

const char *const kColumns =
    "co.id, co.name, co.legal_name, co.website, co.industry, co.phone, co.email, co.street, co.city,"
    " co.region, co.postal_code, co.country, co.source, co.owner_id, co.notes, co.created_at,"
    " co.updated_at, co.deleted_at";

Company readCompany(const QSqlQuery &q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.legalName = q.value(2).toString();
    c.website = q.value(3).toString();
    c.industry = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.email = q.value(6).toString();
    c.address = {q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                 q.value(10).toString(), q.value(11).toString()};
    c.source = q.value(12).toString();
    c.ownerId = q.value(13).toLongLong();
    c.notes = q.value(14).toString();
    c.createdAt = toDateTime(q.value(15));
    c.updatedAt = toDateTime(q.value(16));
    c.deletedAt = toDateTime(q.value(17));
    return c;
}

QVariantList companyValues(const Company &c)
{
    return {c.name.trimmed(), nullIfEmpty(c.legalName), nullIfEmpty(c.website), nullIfEmpty(c.industry),
            nullIfEmpty(c.phone), nullIfEmpty(c.email), nullIfEmpty(c.address.street),
            nullIfEmpty(c.address.city), nullIfEmpty(c.address.region), nullIfEmpty(c.address.postalCode),
            nullIfEmpty(c.address.country), nullIfEmpty(c.source), nullIfZero(c.ownerId), nullIfEmpty(c.notes)};
}

} // namespace

Status CompanyRepository::validate(const Company &c)
{
    if (c.name.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, tr("A company needs a name"), companyContext(c.id), {}};
    return {};
}

QStringList CompanyRepository::insertColumns()
{
    return {QStringLiteral("name"), QStringLiteral("legal_name"), QStringLiteral("website"),
            QStringLiteral("industry"), QStringLiteral("phone"), QStringLiteral("email"),
            QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("region"),
            QStringLiteral("postal_code"), QStringLiteral("country"), QStringLiteral("source"),
            QStringLiteral("owner_id"), QStringLiteral("notes"), QStringLiteral("name_fold")};
}

QVariantList CompanyRepository::updateValues(const Company &c)
{
    return companyValues(c) + QVariantList {foldKey(c.name)}; // see fold_keys.h
}

QVariantList CompanyRepository::insertValues(const Company &input) const
{
    Company c = input;
    if (!c.ownerId)
        c.ownerId = m_session.userId;
    return updateValues(c);
}

Result<qint64> CompanyRepository::create(const Company &input, std::optional<audit::ImportOrigin> origin) const
{
    Company c = input;
    if (!c.ownerId)
        c.ownerId = m_session.userId;
    if (auto st = validate(c); !st)
        return st.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the new company"));
    auto newId = q.scalar(QStringLiteral("INSERT INTO companies (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                         " RETURNING id")
                              .arg(insertColumns().join(QStringLiteral(", "))),
                          insertValues(c));
    if (!newId)
        return newId.error();
    const qint64 id = newId->toLongLong();
    if (auto st = audit::recordCreated(*conn, m_session.userId, QStringLiteral("company"), id, c.fields(), origin);
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<Company> CompanyRepository::get(qint64 id, bool includeTrashed) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read %1").arg(companyContext(id)));
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM companies co WHERE co.id = ?").arg(QLatin1String(kColumns)), {id}); !st)
        return st.error();
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("This company does not exist"), companyContext(id), {}};
    Company c = readCompany(q.query());
    if (c.deletedAt.isValid() && !includeTrashed)
        return Error{Error::Kind::NotFound, tr("This company is in the trash"), companyContext(id), {}};
    return c;
}

Result<QHash<qint64, Company>> CompanyRepository::getMany(const QList<qint64> &ids) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QHash<qint64, Company> companies;
    for (const QString &list : idLists(ids)) { // numbers formatted here
        SqlStatement q(*conn, tr("Cannot read the companies"));
        if (auto st
            = q.run(QStringLiteral(
                        "SELECT %1 FROM companies co WHERE co.id IN (%2) AND co.deleted_at IS NULL")
                        .arg(QLatin1String(kColumns), list));
            !st)
            return st.error();
        while (q.next()) {
            Company c = readCompany(q.query());
            companies.insert(c.id, c);
        }
    }
    return companies;
}

Result<qint64> CompanyRepository::findByName(const QString &name) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot look up the company \"%1\"").arg(name));
    if (auto st = q.run(QStringLiteral("SELECT id FROM companies WHERE name = ? AND deleted_at IS NULL ORDER BY id LIMIT 1"),
                        {name.trimmed()});
        !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status CompanyRepository::update(const Company &c) const
{
    if (auto st = validate(c); !st)
        return st;
    auto before = get(c.id);
    if (!before)
        return before.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save %1").arg(companyContext(c.id)));
    if (auto st = q.run(QStringLiteral(
                            "UPDATE companies SET name = ?, legal_name = ?, website = ?, industry = ?, phone = ?,"
                            " email = ?, street = ?, city = ?, region = ?, postal_code = ?, country = ?, source = ?,"
                            " owner_id = ?, notes = ?, name_fold = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                        updateValues(c) + QVariantList{nowSecs(), c.id});
        !st)
        return st;
    if (before->name != c.name) {
        // "Acme" -> "ACME": the trigger cleared the key it thought stale (see fold_keys.h).
        if (auto st = keepKeyAfterRename(*conn, QStringLiteral("companies"), QStringLiteral("name_fold"),
                                         c.id, foldKey(c.name));
            !st)
            return st;
    }
    const QVariantMap changes = audit::diff(before->fields(), c.fields());
    if (!changes.isEmpty()) {
        if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("company"), c.id,
                                    QStringLiteral("update"), changes);
            !st)
            return st;
    }
    return tx.commit();
}

Status CompanyRepository::moveToTrash(qint64 id) const
{
    return setTrashed(m_session, {QStringLiteral("companies"), QStringLiteral("company"), companyContext(id)}, id, true);
}

Status CompanyRepository::restore(qint64 id) const
{
    return setTrashed(m_session, {QStringLiteral("companies"), QStringLiteral("company"), companyContext(id)}, id, false);
}

QString CompanyRepository::whereClause(const CompanyQuery &query, QVariantList *binds) const
{
    QStringList where;
    where << (query.trashed ? QStringLiteral("co.deleted_at IS NOT NULL") : QStringLiteral("co.deleted_at IS NULL"));
    if (query.ownerId) {
        where << QStringLiteral("co.owner_id = ?");
        *binds << query.ownerId;
    }
    // Name, legal name, website, email and city through the search index.
    const search::Terms terms = search::parseTerms(query.text);
    if (!terms.isEmpty())
        where << search::companyCondition(m_session.db->dialect(), QStringLiteral("co.id"), terms, binds);
    return where.join(QStringLiteral(" AND "));
}

Result<Page<Company>> CompanyRepository::list(const CompanyQuery &query, const PageRequest &page) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    PageQuery pq;
    pq.what = tr("Cannot read the company list");
    pq.columns = QLatin1String(kColumns)
                 + QStringLiteral(", (SELECT COUNT(*) FROM contacts c WHERE c.company_id = co.id"
                                  " AND c.deleted_at IS NULL)");
    pq.columnCount = 19;
    pq.from = QStringLiteral("companies co");
    pq.where = whereClause(query, &pq.binds);
    pq.key.descending = query.descending;
    // A hundred thousand companies sort in well under a second without further indexes.
    const QString id = QStringLiteral("co.id");
    using Sort = CompanyQuery::Sort;
    switch (query.sort) {
    case Sort::Name: pq.key.columns = QStringList{QStringLiteral("co.name"), id}; break;
    case Sort::Created: pq.key.columns = QStringList{QStringLiteral("co.created_at"), id}; break;
    case Sort::Industry: pq.parts = valueThenEmpty(pq.from, QStringLiteral("co.industry"), id); break;
    case Sort::City: pq.parts = valueThenEmpty(pq.from, QStringLiteral("co.city"), id); break;
    case Sort::Country: pq.parts = valueThenEmpty(pq.from, QStringLiteral("co.country"), id); break;
    case Sort::Phone: pq.parts = valueThenEmpty(pq.from, QStringLiteral("co.phone"), id); break;
    case Sort::Website: // as the list shows it: "https://www.Example.com" as "example.com"
        pq.parts = valueThenEmpty(pq.from,
                                  QStringLiteral("REPLACE(REPLACE(REPLACE(LOWER(co.website),"
                                                 " 'https://', ''), 'http://', ''), 'www.', '')"),
                                  id);
        break;
    case Sort::People: // the count the People column shows
        pq.key.columns = QStringList{QStringLiteral("(SELECT COUNT(*) FROM contacts c WHERE c.company_id = co.id"
                                                    " AND c.deleted_at IS NULL)"),
                                     id};
        break;
    }
    if (auto st = applyCustomColumns(m_session, QStringLiteral("company"), QStringLiteral("co.id"),
                                     query.custom, query.descending, &pq);
        !st)
        return st.error();
    const CustomColumns custom = query.custom;
    return fetchPage<Company>(*conn, pq, page, [custom](const QSqlQuery &q) {
        Company c = readCompany(q);
        c.peopleCount = q.value(18).toInt();
        c.customColumns = readCustomColumns(q, 19, custom);
        return c;
    });
}

Result<qint64> CompanyRepository::count(const CompanyQuery &query) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    return countRows(*conn, tr("Cannot count companies"), QStringLiteral("companies co"), where, binds);
}

} // namespace kontor
