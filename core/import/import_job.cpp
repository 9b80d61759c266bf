// The import runner: one transaction around reading, validating, matching and writing.
#include "import/import_internal.h"
#include "import/import_bulk.h"
#include "import/photo_prefetch.h"
#include "import/row_pipeline.h"

#include "contacts/phone.h"
#include "customfields/custom_field_repository.h"
#include "exchange/csv_writer.h"
#include "import/vcard_reader.h"
#include "repo/company_repository.h"
#include "storage/bulk_load.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace kontor::importing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

// Rows from a CSV / .xlsx sheet or, for a vCard file, one row per card with fixed columns.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual QString format() const = 0;
    virtual QStringList header() const = 0;
    virtual Result<bool> next(TabularRow &row) = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 bytesTotal() const = 0;
    // vCard columns map themselves; tabular files use the options or a suggestion.
    virtual std::optional<ImportMapping> fixedMapping() const { return std::nullopt; }
};

class TabularSource : public RowSource
{
public:
    explicit TabularSource(std::unique_ptr<TabularReader> r) : m_r(std::move(r)) {}
    QString format() const override { return m_r->format(); }
    QStringList header() const override { return m_r->header(); }
    Result<bool> next(TabularRow &row) override { return m_r->next(row); }
    qint64 bytesRead() const override { return m_r->bytesRead(); }
    qint64 bytesTotal() const override { return m_r->bytesTotal(); }

private:
    std::unique_ptr<TabularReader> m_r;
};

class VCardSource : public RowSource
{
public:
    Status open(const QString &path, const QString &encoding) { return m_r.open(path, {false, encoding}); }
    QString format() const override { return QStringLiteral("vcard"); }
    QStringList header() const override
    {
        return {tr("First name"), tr("Last name"), tr("Full name"), tr("Company"), tr("Job title"),
                tr("Email"), tr("Phone"), tr("Mobile phone"), tr("Birthday"), tr("Street"), tr("City"),
                tr("Region"), tr("Postal code"), tr("Country"), tr("Notes")};
    }
    std::optional<ImportMapping> fixedMapping() const override
    {
        return ImportMapping{{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("full_name"),
                              QStringLiteral("company"), QStringLiteral("title"), QStringLiteral("email"),
                              QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("birthday"),
                              QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("region"),
                              QStringLiteral("postal_code"), QStringLiteral("country"), QStringLiteral("notes")}};
    }
    Result<bool> next(TabularRow &row) override
    {
        VCardContact c;
        auto more = m_r.next(c);
        if (!more || !*more)
            return more;
        row.cells = detail::vcardRowCells(c);
        row.sourceRow = c.sourceLine;
        row.problem = c.problem;
        return true;
    }
    qint64 bytesRead() const override { return m_r.bytesRead(); }
    qint64 bytesTotal() const override { return m_r.bytesTotal(); }

private:
    VCardReader m_r;
};

Result<std::unique_ptr<RowSource>> openSource(const QString &path, const ImportOptions &options)
{
    if (detectFileFormat(path) == FileFormat::VCard) {
        if (options.entity != ExchangeEntity::Contacts)
            return Error{Error::Kind::Invalid, tr("A vCard file holds contacts; import it as contacts."), path, {}};
        auto v = std::make_unique<VCardSource>();
        if (auto st = v->open(path, options.tabular.encoding); !st)
            return st.error();
        return std::unique_ptr<RowSource>(std::move(v));
    }
    auto r = openTabular(path, options.tabular);
    if (!r)
        return r.error();
    return std::unique_ptr<RowSource>(std::make_unique<TabularSource>(std::move(r).value()));
}

// Buffers the first rows (for content-based mapping) and replays them.
class Lookahead
{
public:
    explicit Lookahead(RowSource *s) : m_s(s) {}
    Status fill(int n)
    {
        TabularRow row;
        for (int i = 0; i < n; ++i) {
            auto more = m_s->next(row);
            if (!more)
                return more.error();
            if (!*more) {
                m_done = true;
                break;
            }
            m_buffer.append(row);
        }
        return {};
    }
    QList<QStringList> sample() const
    {
        QList<QStringList> out;
        for (const auto &r : m_buffer)
            out << r.cells;
        return out;
    }
    Result<bool> next(TabularRow &row)
    {
        if (m_at < m_buffer.size()) {
            row = m_buffer.at(m_at++);
            return true;
        }
        if (m_done)
            return false;
        return m_s->next(row);
    }

private:
    RowSource *m_s;
    QList<TabularRow> m_buffer;
    qsizetype m_at = 0;
    bool m_done = false;
};

// custom_fields.entity of what is imported; empty for activities, which have no custom fields.
QString customFieldEntity(ExchangeEntity entity)
{
    if (entity == ExchangeEntity::Activities)
        return {};
    return entity == ExchangeEntity::Companies ? QStringLiteral("company")
        : entity == ExchangeEntity::Deals      ? QStringLiteral("deal")
                                               : QStringLiteral("contact");
}

QStringList customFieldNames(const QSqlDatabase &conn, ExchangeEntity entity)
{
    const QString e = customFieldEntity(entity);
    if (e.isEmpty())
        return {};
    QStringList names;
    SqlStatement q(conn, tr("Cannot read the custom fields"));
    if (q.run(QStringLiteral("SELECT name FROM custom_fields WHERE entity = ? AND deleted_at IS NULL"), {e})) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

} // namespace

QString ImportProblem::toString() const
{
    if (column.isEmpty())
        return tr("row %1: %2").arg(row).arg(reason);
    return tr("row %1, column %2, \"%3\": %4").arg(row).arg(column, value, reason);
}

std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    if (n == QLatin1String("update"))
        return DuplicatePolicy::Update;
    if (n == QLatin1String("fill-empty") || n == QLatin1String("fill"))
        return DuplicatePolicy::FillEmpty;
    if (n == QLatin1String("create"))
        return DuplicatePolicy::Create;
    return std::nullopt;
}

std::optional<MatchKey> matchKeyFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("email"))
        return MatchKey::Email;
    if (n == QLatin1String("phone"))
        return MatchKey::Phone;
    if (n == QLatin1String("name+company") || n == QLatin1String("name-company"))
        return MatchKey::NameCompany;
    if (n == QLatin1String("name"))
        return MatchKey::Name;
    if (n == QLatin1String("id"))
        return MatchKey::Id;
    if (n == QLatin1String("external-id") || n == QLatin1String("external_id"))
        return MatchKey::ExternalId;
    return std::nullopt;
}

namespace detail {

Status recordItem(const WriterContext &ctx, const QString &entity, qint64 id, const QString &action,
                  const QJsonObject &before, qint64 row)
{
    SqlStatement q(
        ctx.conn,
        QCoreApplication::translate("kontor::importing::detail", "Cannot record the import"));
    return q.run(QStringLiteral("INSERT INTO import_batch_items (batch_id, entity, entity_id, action, before_values,"
                                " source_row) VALUES (?, ?, ?, ?, ?, ?)"),
                 {ctx.batchId, entity, id, action,
                  before.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact))),
                  row});
}

QString companyKey(const QString &name)
{
    return foldKey(name); // any script, both back ends: see fold_keys.h
}

Result<qint64> findCompanyByName(const WriterContext &ctx, const QString &name, QHash<QString, qint64> *cache)
{
    return findCompanyByKey(ctx, companyKey(name), cache);
}

Result<qint64> findCompanyByKey(const WriterContext &ctx, const QString &key, QHash<QString, qint64> *cache)
{
    if (auto it = cache->constFind(key); it != cache->constEnd())
        return *it;
    SqlStatement q(
        ctx.conn,
        QCoreApplication::translate("kontor::importing::detail", "Cannot look up the company"));
    if (auto st = q.run(QStringLiteral("SELECT id FROM companies WHERE name_fold = ? AND deleted_at IS NULL"
                                       " ORDER BY id LIMIT 1"),
                        {key});
        !st)
        return st.error();
    if (!q.next())
        return qint64(0); // misses are not cached: a later row may have created it
    const qint64 id = q.value(0).toLongLong();
    cache->insert(key, id);
    return id;
}

Result<qint64> companyByName(const WriterContext &ctx, const QString &name, qint64 row,
                             QHash<QString, qint64> *cache)
{
    auto found = findCompanyByName(ctx, name, cache);
    if (!found || *found)
        return found;
    Company c;
    c.name = name.trimmed();
    auto created = CompanyRepository(ctx.session).create(c, audit::ImportOrigin {ctx.batchId, row});
    if (!created)
        return created.error();
    const qint64 id = *created;
    if (auto st = recordItem(ctx, QStringLiteral("company"), id, QStringLiteral("created"), {}, row); !st)
        return st.error();
    cache->insert(companyKey(name), id);
    return id;
}

} // namespace detail

Result<ImportSummary> runImport(const Session &session, const QString &path, const ImportOptions &options,
                                const ImportProgressFunction &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    auto opened = openSource(path, options);
    if (!opened)
        return opened.error();
    RowSource &source = **opened;
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();

    ImportSummary summary;
    summary.format = source.format();
    summary.header = source.header();
    Lookahead rows(&source);
    if (auto st = rows.fill(50); !st)
        return st.error();
    if (auto fixed = source.fixedMapping())
        summary.mapping = *fixed;
    else if (options.mapping)
        summary.mapping = *options.mapping;
    else
        summary.mapping = suggestMapping(options.entity, summary.header, rows.sample(),
                                         customFieldNames(*conn, options.entity));
    while (summary.mapping.fields.size() < summary.header.size())
        summary.mapping.fields.append(QString());
    if (std::all_of(summary.mapping.fields.begin(), summary.mapping.fields.end(),
                    [](const QString &f) { return f.isEmpty(); }))
        return Error{Error::Kind::Invalid, tr("No column of the file is mapped to a field."), path, {}};

    // Photos by address are fetched now, while nothing is locked (photo_prefetch.h).
    std::shared_ptr<FetchedPhotos> photos = options.photos;
    if (options.keepPhotos && source.format() == QLatin1String("vcard")) {
        if (!photos)
            photos = std::make_shared<FetchedPhotos>();
        const qint64 bytesTotal = source.bytesTotal();
        auto fetching = [&progress, bytesTotal](int fetched, int total) {
            if (progress) {
                ImportProgress p;
                p.bytesTotal = bytesTotal;
                p.photosFetched = fetched;
                p.photosTotal = total;
                progress(p);
            }
        };
        if (auto st = photos->fetchFor(path, options.tabular.encoding, kImportPhotoTimeoutMs, cancel, fetching); !st)
            return st.error();
    }

    qint64 expectedRows = 0;
    {
        // The readers read ahead in big blocks, so the rows' own text gives the better size
        // per row (an .xlsx is compressed: fewer rows are expected than it has).
        const QList<QStringList> sample = rows.sample();
        qint64 sampleBytes = 0;
        for (const QStringList &cells : sample) {
            for (const QString &cell : cells)
                sampleBytes += cell.toUtf8().size() + 1;
        }
        if (sampleBytes > 0)
            expectedRows = source.bytesTotal() * sample.size() / sampleBytes;
    }
    auto rebuild = detail::rebuildIndexesFor(*conn, session.db->dialect(), options, expectedRows);
    if (!rebuild)
        return rebuild.error();
    // Before the transaction, which it outlives: see bulk_load.h. Only for an import that
    // sorts indexes: otherwise each row's savepoint journal would be a file write (a tenth of
    // a 100,000-company import's time).
    std::optional<TempStoreOnDisk> tempOnDisk;
    if (*rebuild)
        tempOnDisk.emplace(*conn, session.db->dialect());
    // A 16 MB page cache and no sorting threads for the import instead of the connection's 64
    // MB: measured no slower (a million new contacts; 100,000 into a million-contact base) and
    // 35-55 MB less memory; the index rebuild sorts in that much too.
    BulkLoadCache importCache(*conn, session.db->dialect(), 16384, 0);
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    if (!session.db->dialect().isSqlite()) {
        // Plan each look-up for the tables as they are now: a plan cached while they were
        // small (sequential scans) stays chosen as the import grows them, and each row then
        // scans every row written before it (40,000 contacts: 40 s → 31 s with this).
        SqlStatement q(*conn, tr("Cannot start the import"));
        if (auto st = q.run(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan")); !st)
            return st.error();
    }
    detail::WriterContext ctx;
    ctx.session = session;
    ctx.conn = *conn;
    ctx.options = &options;
    ctx.header = summary.header;
    ctx.mapping = summary.mapping;
    ctx.region = phone::defaultRegion(*conn);
    ctx.photos = photos.get();
    ctx.expectedRows = expectedRows;
    ctx.rebuildIndexes = *rebuild;
    if (const QString entity = customFieldEntity(options.entity); !entity.isEmpty()) {
        auto fields = CustomFieldRepository(session).fields(entity);
        if (!fields)
            return fields.error();
        for (const CustomField &f : std::as_const(*fields))
            ctx.customFields.insert(detail::customFieldKey(f.name), f);
    }
    if (auto st = fillMissingFoldKeys(*conn); !st) // names and titles looked up folded
        return st.error();
    {
        SqlStatement q(*conn, tr("Cannot start the import"));
        QJsonObject opts{{QStringLiteral("mapping"), summary.mapping.toJson(summary.header)}};
        auto id = q.scalar(QStringLiteral("INSERT INTO import_batches (entity, source_name, format, options, user_id)"
                                          " VALUES (?, ?, ?, ?, ?) RETURNING id"),
                           {exchangeEntityName(options.entity), QFileInfo(path).fileName(), summary.format,
                            QString::fromUtf8(QJsonDocument(opts).toJson(QJsonDocument::Compact)),
                            nullIfZero(session.userId)});
        if (!id)
            return id.error();
        ctx.batchId = id->toLongLong();
    }
    std::unique_ptr<detail::RowWriter> writer;
    switch (options.entity) {
    case ExchangeEntity::Contacts:
        writer = detail::makeContactWriter(ctx);
        break;
    case ExchangeEntity::Companies:
        writer = detail::makeCompanyWriter(ctx);
        break;
    case ExchangeEntity::Deals:
        writer = detail::makeDealWriter(ctx);
        break;
    case ExchangeEntity::Activities:
        writer = detail::makeActivityWriter(ctx);
        break;
    }

    // Rejected rows as read plus the reason, for the user to fix and import again.
    std::unique_ptr<QSaveFile> rejectsFile;
    std::unique_ptr<CsvWriter> rejects;
    if (!options.rejectsPath.isEmpty()) {
        rejectsFile = std::make_unique<QSaveFile>(options.rejectsPath);
        if (!rejectsFile->open(QIODevice::WriteOnly))
            return Error{Error::Kind::Storage, tr("Cannot create the problem rows file."), options.rejectsPath,
                         rejectsFile->errorString()};
        rejects = std::make_unique<CsvWriter>(rejectsFile.get());
        if (auto st = rejects->writeRow(summary.header + QStringList{tr("Problem")}); !st)
            return st.error();
    }

    QList<ImportProblem> rowProblems;
    detail::RowPipeline pipeline([&rows](TabularRow &r) { return rows.next(r); },
                                 [&source] { return source.bytesRead(); }, writer.get());
    detail::PipelineRow *next = nullptr;
    for (;;) {
        if (cancel && cancel->load())
            return Error{Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."), {}, {}};
        auto more = pipeline.next(&next);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const TabularRow &row = next->row;
        ++summary.rows;
        if (options.failAtRow && summary.rows == options.failAtRow)
            return Error{Error::Kind::Storage, tr("Forced failure for a test."), tr("row %1").arg(row.sourceRow), {}};
        rowProblems.clear();
        Result<detail::Outcome> outcome = detail::Outcome::Rejected;
        if (row.problem) {
            rowProblems.append({row.sourceRow, {}, {}, row.problem->message});
        } else {
            outcome = writer->write(row.sourceRow, row.cells, &rowProblems, next->draft.get());
            if (!outcome)
                return outcome.error();
        }
        switch (*outcome) {
        case detail::Outcome::Created:
            ++summary.created;
            break;
        case detail::Outcome::Updated:
            ++summary.updated;
            break;
        case detail::Outcome::Skipped:
            ++summary.skipped;
            break;
        case detail::Outcome::Rejected: {
            ++summary.rejected;
            QStringList reasons;
            for (const auto &p : std::as_const(rowProblems)) {
                reasons << (p.column.isEmpty() ? p.reason : QStringLiteral("%1 \"%2\": %3").arg(p.column, p.value, p.reason));
                if (summary.problems.size() < 1000)
                    summary.problems.append(p);
            }
            if (rejects) {
                if (auto st = rejects->writeRow(row.cells + QStringList{reasons.join(QStringLiteral("; "))}); !st)
                    return st.error();
            }
            if (summary.problemRows.size() < options.keepProblemRows)
                summary.problemRows.append({row.sourceRow, row.cells, rowProblems});
            break;
        }
        }
        if (progress && summary.rows % 500 == 0) {
            const double secs = clock.elapsed() / 1000.0;
            progress({summary.rows, pipeline.bytesRead(), source.bytesTotal(), secs > 0 ? summary.rows / secs : 0});
        }
    }
    if (auto st = writer->finish(); !st)
        return st.error();
    if (options.keepPhotos && source.format() == QLatin1String("vcard")) {
        if (auto st = detail::storeImportedPhotos(ctx, path, &summary, rejects.get(), cancel); !st)
            return st.error();
    }
    if (rejectsFile && !rejectsFile->commit())
        return Error{Error::Kind::Storage, tr("Cannot save the problem rows file."), options.rejectsPath,
                     rejectsFile->errorString()};
    if (options.allOrNothing && summary.rejected > 0) {
        Error e{Error::Kind::Invalid,
                QCoreApplication::translate("kontor::importing", "%n row(s) have problems, so nothing was imported.", nullptr, int(summary.rejected)), path, {}};
        if (!summary.problems.isEmpty())
            e.detail = summary.problems.first().toString();
        return e;
    }
    summary.seconds = clock.elapsed() / 1000.0;
    if (options.dryRun) {
        tx.rollback();
        return summary;
    }
    if (auto st = detail::analyzeAfterImport(*conn, session.db->dialect(), options.entity,
                                             summary.created + summary.updated);
        !st)
        return st.error();
    {
        SqlStatement q(*conn, tr("Cannot finish the import"));
        if (auto st = q.run(QStringLiteral("UPDATE import_batches SET status = 'committed', created_count = ?,"
                                           " updated_count = ?, skipped_count = ?, rejected_count = ?, finished_at = ?"
                                           " WHERE id = ?"),
                            {summary.created, summary.updated, summary.skipped, summary.rejected, nowSecs(), ctx.batchId});
            !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    summary.batch = ctx.batchId;
    summary.seconds = clock.elapsed() / 1000.0;
    if (progress)
        progress({summary.rows, source.bytesTotal(), source.bytesTotal(), summary.seconds > 0 ? summary.rows / summary.seconds : 0});
    return summary;
}

} // namespace kontor::importing
