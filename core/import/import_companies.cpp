// Rows -> companies: validation, matching by name or Kontor ID, create / update / fill-empty.
#include "import/import_internal.h"

#include "import/batch_writing.h"
#include "import/company_batch.h"
#include "import/company_updates.h"
#include "import/import_lookups.h"

#include "contacts/phone.h"
#include "repo/audit.h"
#include "repo/company_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor::importing::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

// The company fields that are plain text, by import key.
QString *textField(Company &c, const QString &key)
{
    if (key == QLatin1String("name"))
        return &c.name;
    if (key == QLatin1String("legal_name"))
        return &c.legalName;
    if (key == QLatin1String("website"))
        return &c.website;
    if (key == QLatin1String("industry"))
        return &c.industry;
    if (key == QLatin1String("phone"))
        return &c.phone;
    if (key == QLatin1String("email"))
        return &c.email;
    if (key == QLatin1String("street"))
        return &c.address.street;
    if (key == QLatin1String("city"))
        return &c.address.city;
    if (key == QLatin1String("region"))
        return &c.address.region;
    if (key == QLatin1String("postal_code"))
        return &c.address.postalCode;
    if (key == QLatin1String("country"))
        return &c.address.country;
    if (key == QLatin1String("source"))
        return &c.source;
    if (key == QLatin1String("notes"))
        return &c.notes;
    return nullptr;
}

class CompanyWriter : public RowWriter
{
    // Its messages are looked up under the context lupdate files them in (the class).
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::detail::CompanyWriter)

public:
    explicit CompanyWriter(const WriterContext &ctx)
        : m_ctx(ctx)
        , m_repo(ctx.session)
        , m_queue(ctx)
        , m_updates(ctx, [this](const CompanyChange &c) { return writeChange(c); })
        , m_readAhead(ctx)
    {
        m_match = ctx.options->match;
        if (m_match.isEmpty())
            m_match = {MatchKey::Id, MatchKey::Name};
    }

    std::unique_ptr<RowDraft> prepare(qint64 row, const QStringList &cells) const override
    {
        Q_UNUSED(row);
        return CompanyReadAhead::keysOf(m_ctx, cells);
    }

    // The companies the chunk's rows may match by name, read together (CompanyReadAhead),
    // when a batched import matches by name.
    Status lookAhead(const std::vector<const RowDraft *> &drafts) override
    {
        if (m_ctx.options->rowByRow || m_ctx.options->onDuplicate == DuplicatePolicy::Create
            || !(m_match.contains(MatchKey::Name) || m_match.contains(MatchKey::NameCompany)))
            return {};
        return m_readAhead.read(drafts);
    }

    Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems) override
    {
        const qsizetype start = problems->size();
        Company c;
        QSet<QString> provided;
        QHash<QString, QString> custom;
        qint64 kontorId = 0;
        for (int col = 0; col < m_ctx.mapping.fields.size(); ++col) {
            const QString key = m_ctx.mapping.fields.at(col);
            const QString v = cellText(cells, col);
            if (key.isEmpty() || v.isEmpty())
                continue;
            provided.insert(key);
            if (key == QLatin1String("email") && !isEmail(v))
                problems->append({row, m_ctx.header.value(col), v, tr("not an email address")});
            else if (key == QLatin1String("phone")) {
                if (auto st = phone::check(v, {}); !st)
                    problems->append({row, m_ctx.header.value(col), v, st.error().message});
            } else if (key == QLatin1String("id")) {
                bool ok = false;
                kontorId = v.toLongLong(&ok);
                if (!ok || kontorId <= 0)
                    problems->append({row, m_ctx.header.value(col), v, tr("not a record id")});
            } else if (key.startsWith(QLatin1String("custom:"))) {
                if (auto refused = customCellProblem(m_ctx, row, col, key.mid(7), v))
                    problems->append(*refused);
                else
                    custom.insert(key.mid(7), v);
            }
            if (QString *f = textField(c, key))
                *f = v;
        }
        if (c.name.isEmpty() && problems->size() == start)
            problems->append({row, {}, {}, tr("no company name")});
        if (problems->size() > start)
            return Outcome::Rejected;

        // A row that may match a queued company has the queue written first: the database
        // answers, as row by row.
        const DuplicatePolicy policy = m_ctx.options->onDuplicate;
        const QStringList keys = policy == DuplicatePolicy::Create ? QStringList() : queueKeys(c);
        if (m_queue.queued().size() >= kBatchRows
            || std::any_of(keys.cbegin(), keys.cend(), [this](const QString &k) { return m_queuedKeys.contains(k); })) {
            if (auto st = flush(); !st)
                return st.error();
        }
        // The same for a name or e-mail a queued update gives or takes away.
        if (m_updates.changesKey(keys)) {
            if (auto st = flushUpdates(); !st)
                return st.error();
        }
        qint64 existing = 0;
        if (policy != DuplicatePolicy::Create) {
            auto found = findExisting(c, kontorId);
            if (!found)
                return found.error();
            existing = *found;
        }
        if (existing && policy == DuplicatePolicy::Skip)
            return Outcome::Skipped;
        // A company a queued update changes is read as changed.
        if (m_updates.full() || (existing && m_updates.holds(existing))) {
            if (auto st = flushUpdates(); !st)
                return st.error();
        }
        if (existing && !m_ctx.options->rowByRow) {
            // Queued with the next update batch: nothing is written now, so no savepoint.
            auto change = changeOf(row, c, provided, custom, existing);
            if (!change) {
                if (change.error().kind != Error::Kind::Invalid)
                    return change.error();
                problems->append({row, {}, {}, change.error().message});
                return Outcome::Rejected;
            }
            if (!*change)
                return Outcome::Skipped;
            const QStringList before = queueKeys((*change)->stored);
            const QStringList after = queueKeys((*change)->company);
            m_updates.add(std::move(**change), before == after ? QStringList() : before + after);
            return Outcome::Updated;
        }
        if (!existing && !m_ctx.options->rowByRow) {
            if (auto st = CompanyRepository::validate(c); !st) {
                problems->append({row, {}, {}, st.error().message});
                return Outcome::Rejected;
            }
            // Checked (and a missing field created) now: a queued row can no longer be rejected.
            auto values = resolveCustomValues(m_ctx, QStringLiteral("company"), custom, &m_fields);
            if (!values) {
                if (values.error().kind != Error::Kind::Invalid)
                    return values.error();
                problems->append({row, {}, {}, values.error().message});
                return Outcome::Rejected;
            }
            m_queue.add(row, c, *values);
            for (const QString &k : keys)
                m_queuedKeys.insert(k);
            return Outcome::Created;
        }

        m_readAhead.forget(); // this row may write a company
        Transaction tx(m_ctx.conn, m_ctx.session.db->dialect());
        if (!tx.ok())
            return tx.error();
        auto outcome = store(row, c, provided, custom, existing);
        if (!outcome) {
            m_fields.clear(); // a custom field this row created is rolled back with it
            if (outcome.error().kind == Error::Kind::Invalid || outcome.error().kind == Error::Kind::Conflict) {
                problems->append({row, {}, {}, outcome.error().message});
                return Outcome::Rejected;
            }
            return outcome.error();
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        return *outcome;
    }

    Status finish() override
    {
        if (auto st = flush(); !st)
            return st;
        return flushUpdates();
    }

private:
    static constexpr size_t kBatchRows = 1000;

    // What a later row would match a queued company by (see findExisting()): its folded name,
    // its e-mail in lower case (at least what the database's lower() folds).
    QStringList queueKeys(const Company &c) const
    {
        QStringList keys;
        if (m_match.contains(MatchKey::Name) || m_match.contains(MatchKey::NameCompany))
            keys << QLatin1Char('n') + foldKey(c.name);
        if (m_match.contains(MatchKey::Email) && !c.email.trimmed().isEmpty())
            keys << QLatin1Char('e') + c.email.trimmed().toLower();
        return keys;
    }

    // Writes the queued new companies in a savepoint: all or, on an error, none; then one by
    // one, so the error names the row (the import stops).
    Status flush()
    {
        if (m_queue.empty())
            return {};
        m_readAhead.forget(); // new names find companies now
        const std::vector<CompanyBatch::Queued> queued = m_queue.queued();
        std::vector<qint64> ids;
        const Status st = writeInSavepoint(
            m_ctx, [&] { return m_queue.write(&ids); }, [this] { m_queue.clear(); },
            [&]() -> Status {
                for (const CompanyBatch::Queued &q : queued) {
                    if (auto one = storeNew(q.row, q.company, q.custom); !one)
                        return atRow(one.error(), q.row);
                }
                return {};
            });
        m_queue.clear();
        m_queuedKeys.clear();
        return st;
    }

    Status flushUpdates()
    {
        if (m_updates.empty())
            return {};
        m_readAhead.forget(); // the companies read ahead are read again after any write
        return m_updates.flush();
    }

    // A new company alone: the row, its custom values (resolveCustomValues()) and the undo record.
    Status storeNew(qint64 row, const Company &draft, const QList<CustomValue> &custom)
    {
        auto id = m_repo.create(draft, audit::ImportOrigin {m_ctx.batchId, row});
        if (!id)
            return id.error();
        if (auto st = writeCustomValues(m_ctx.conn, *id, custom, nullptr, false); !st)
            return st;
        return recordItem(m_ctx, QStringLiteral("company"), *id, QStringLiteral("created"), {}, row);
    }

    Result<qint64> findExisting(const Company &c, qint64 kontorId)
    {
        for (MatchKey key : std::as_const(m_match)) {
            Result<qint64> found = qint64(0);
            if (key == MatchKey::Id && kontorId)
                found = lookUpId(m_ctx.conn, &m_lookUps[0],
                                 QStringLiteral("SELECT id FROM companies WHERE id = ? AND deleted_at IS NULL"), {kontorId});
            else if ((key == MatchKey::Name || key == MatchKey::NameCompany)
                     && m_readAhead.byName(foldKey(c.name)))
                found = *m_readAhead.byName(foldKey(c.name));
            else if (key == MatchKey::Name || key == MatchKey::NameCompany)
                found = lookUpId(m_ctx.conn, &m_lookUps[1],
                                 QStringLiteral("SELECT id FROM companies WHERE name_fold = ? AND deleted_at IS NULL"
                                                " ORDER BY id LIMIT 1"),
                                 {foldKey(c.name)}); // any script, both back ends: see fold_keys.h
            else if (key == MatchKey::Email && !c.email.isEmpty())
                found = lookUpId(m_ctx.conn, &m_lookUps[2],
                                 QStringLiteral("SELECT id FROM companies WHERE lower(email) = lower(?) AND deleted_at IS NULL"
                                                " ORDER BY id LIMIT 1"),
                                 {c.email.trimmed()});
            if (!found || *found)
                return found;
        }
        return qint64(0);
    }

    // A row written alone (it updates `existing`, or rows go one by one).
    Result<Outcome> store(qint64 row, const Company &draft, const QSet<QString> &provided,
                          const QHash<QString, QString> &custom, qint64 existing)
    {
        if (!existing || m_ctx.options->onDuplicate == DuplicatePolicy::Create) {
            auto values = resolveCustomValues(m_ctx, QStringLiteral("company"), custom, &m_fields);
            if (!values)
                return values.error();
            if (auto st = storeNew(row, draft, *values); !st)
                return st.error();
            return Outcome::Created;
        }
        auto change = changeOf(row, draft, provided, custom, existing);
        if (!change)
            return change.error();
        if (!*change)
            return Outcome::Skipped;
        if (auto st = writeChange(**change); !st)
            return st.error();
        return Outcome::Updated;
    }

    // What the row changes in company `existing` (policy update or fill-empty): nothing (the
    // row is then skipped), or the company as it will be, its custom values and the undo
    // record. Reads, writes nothing but a custom field it creates.
    Result<std::optional<CompanyChange>> changeOf(qint64 row, const Company &draft, const QSet<QString> &provided,
                                                  const QHash<QString, QString> &custom, qint64 existing)
    {
        const bool fillOnly = m_ctx.options->onDuplicate == DuplicatePolicy::FillEmpty;
        auto current = m_readAhead.get(existing);
        if (!current)
            return current.error();
        CompanyChange change;
        change.row = row;
        change.stored = *current;
        Company &c = change.company;
        c = *current;
        Company source = draft;
        for (const QString &key : provided) {
            QString *target = textField(c, key);
            QString *value = textField(source, key);
            if (!target || !value || (fillOnly && !target->isEmpty()))
                continue;
            *target = *value;
        }
        if (auto st = CompanyRepository::validate(c); !st)
            return st.error();
        change.changes = audit::diff(current->fields(), c.fields());
        for (auto it = change.changes.begin(); it != change.changes.end(); ++it)
            change.beforeValues.insert(it.key(), QJsonValue::fromVariant(current->fields().value(it.key())));
        auto values = resolveCustomValues(m_ctx, QStringLiteral("company"), custom, &m_fields);
        if (!values)
            return values.error();
        auto customSet = customChanges(m_ctx.conn, existing, *values, nullptr, &change.beforeValues, fillOnly);
        if (!customSet)
            return customSet.error();
        change.custom = *customSet;
        if (change.beforeValues.isEmpty())
            return std::optional<CompanyChange>();
        change.beforeValues.insert(QStringLiteral("updated_at"), current->updatedAt.toSecsSinceEpoch());
        return std::optional<CompanyChange>(std::move(change));
    }

    // A change written alone (rows go one by one, or a batch the database refused).
    Status writeChange(const CompanyChange &change)
    {
        if (!change.changes.isEmpty()) {
            if (auto st = m_repo.update(change.company); !st)
                return st;
        }
        if (auto st = writeCustomValues(m_ctx.conn, change.company.id, change.custom, nullptr, false); !st)
            return st;
        return recordItem(m_ctx, QStringLiteral("company"), change.company.id, QStringLiteral("updated"),
                          change.beforeValues, change.row);
    }

    WriterContext m_ctx;
    CompanyRepository m_repo;
    QList<MatchKey> m_match;
    QHash<QString, CustomField> m_fields;
    CompanyBatch m_queue;
    CompanyUpdateBatch m_updates;
    CompanyReadAhead m_readAhead;
    QSet<QString> m_queuedKeys; // queueKeys() of the queued companies
    std::unique_ptr<SqlStatement> m_lookUps[3]; // by id, name, e-mail
};

} // namespace

std::unique_ptr<RowWriter> makeCompanyWriter(const WriterContext &ctx)
{
    return std::make_unique<CompanyWriter>(ctx);
}

} // namespace kontor::importing::detail
