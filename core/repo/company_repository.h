#pragma once

#include "customfields/custom_columns.h"
#include "model/company.h"
#include "repo/audit.h"
#include "repo/paging.h"
#include "session.h"
#include "util/result.h"

namespace kontor {

struct CompanyQuery
{
    // Every column of the company list, ordered in SQL with keyset paging, companies
    // without a value last in either direction (see PagePart).
    enum class Sort { Name, Created, Industry, City, Country, Phone, Website, People };

    QString text;         // words (prefixes) of the name, legal name, website, email, city
    qint64 ownerId = 0;   // 0 = any
    bool trashed = false;
    Sort sort = Sort::Name;
    bool descending = false;
    CustomColumns custom; // custom-field values to read with each row; sort by one of them
};

// The only place that writes SQL for companies.
class CompanyRepository
{
public:
    explicit CompanyRepository(Session session) : m_session(std::move(session)) {}

    // `origin`: the import that creates it (its audit row names the batch and line).
    Result<qint64> create(const Company &company, std::optional<audit::ImportOrigin> origin = {}) const;
    // What create() writes to the companies table (the owner defaults to the session's user;
    // an audit row goes with it). Bulk imports write the same rows in batches.
    static QStringList insertColumns();
    QVariantList insertValues(const Company &company) const;
    Result<Company> get(qint64 id, bool includeTrashed = false) const;
    // The live companies among `ids`, as get() reads them, a query per 500 (an import's chunk).
    Result<QHash<qint64, Company>> getMany(const QList<qint64> &ids) const;
    // A live company with exactly this name (case as stored), or 0.
    Result<qint64> findByName(const QString &name) const;
    Status update(const Company &company) const;
    // What update() writes to the columns insertColumns() names (every one of them; then
    // updated_at). Bulk imports write the same in batches.
    static QVariantList updateValues(const Company &company);
    Status moveToTrash(qint64 id) const;
    Status restore(qint64 id) const;
    Result<Page<Company>> list(const CompanyQuery &query, const PageRequest &page = {}) const;
    Result<qint64> count(const CompanyQuery &query) const;

    static Status validate(const Company &company);

private:
    QString whereClause(const CompanyQuery &query, QVariantList *binds) const;
    Session m_session;
};

} // namespace kontor
