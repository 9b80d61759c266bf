// Rows -> contacts: validation of every mapped cell, matching, create / update / fill-empty.
#include "import/import_internal.h"

#include "import/contact_batch.h"
#include "import/contact_draft.h"
#include "import/contact_keys.h"
#include "import/contact_updates.h"
#include "import/import_bulk.h"
#include "import/import_lookups.h"

#include "contacts/phone.h"
#include "repo/audit.h"
#include "repo/contact_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kontor::importing::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}


struct ContactDraft : RowDraft
{
    Draft d;
    QList<ImportProblem> problems;
};

class ContactWriter : public RowWriter
{
    // Its messages are looked up under the context lupdate files them in (the class).
    Q_DECLARE_TR_FUNCTIONS(kontor::importing::detail::ContactWriter)

public:
    explicit ContactWriter(const WriterContext &ctx)
        : m_ctx(ctx), m_repo(ctx.session), m_batch(ctx, &m_companies), m_updates(ctx), m_keys(ctx), m_indexes(ctx)
        , m_search(ctx)
    {
        m_match = ctx.options->match;
        if (m_match.isEmpty())
            m_match = {MatchKey::Email, MatchKey::Phone};
        // New contacts are written in batches: a later row that may match a queued one (by
        // e-mail, phone or name) has the batch written first.
        m_batched = !ctx.options->rowByRow;
        m_byName = m_match.contains(MatchKey::Name) || m_match.contains(MatchKey::NameCompany);
        // Updates too, unless rows are matched by name: a queued update must not change what a
        // later row is matched by (a queued new company would).
        m_customMapped = std::any_of(ctx.mapping.fields.cbegin(), ctx.mapping.fields.cend(),
                                     [](const QString &f) { return f.startsWith(QLatin1String("custom:")); });
        m_batchUpdates = m_batched && !m_byName
            && (ctx.options->onDuplicate == DuplicatePolicy::Update
                || ctx.options->onDuplicate == DuplicatePolicy::FillEmpty);
    }

    Status finish() override
    {
        if (auto st = m_batch.flush(); !st)
            return st;
        if (auto st = m_updates.flush(); !st)
            return st;
        if (auto st = m_indexes.end(); !st)
            return st;
        return m_search.resume(m_touched);
    }

    // The e-mails and phones of the next chunk of rows, looked up together (see contact_keys.h).
    Status lookAhead(const std::vector<const RowDraft *> &drafts) override
    {
        if (m_ctx.options->onDuplicate == DuplicatePolicy::Create)
            return {};
        // The look-ups and reads below see what the queued updates write.
        if (auto st = m_updates.flush(); !st)
            return st;
        QStringList emails, phones;
        for (const RowDraft *r : drafts) {
            const auto *draft = static_cast<const ContactDraft *>(r);
            if (!draft->problems.isEmpty())
                continue;
            emails += draft->d.emailNorms;
            phones += draft->d.digits;
        }
        if (m_match.contains(MatchKey::Email)) {
            if (auto st = m_keys.lookUp(ContactKeyCache::Email, emails, m_batch.queuedEmails()); !st)
                return st;
        }
        if (m_match.contains(MatchKey::Phone)) {
            if (auto st = m_keys.lookUp(ContactKeyCache::Phone, phones, m_batch.queuedPhones()); !st)
                return st;
        }
        // The contacts these rows will update, read together rather than one by one.
        if (m_ctx.options->onDuplicate != DuplicatePolicy::Skip) {
            auto found = m_repo.getMany(m_keys.foundIds());
            if (!found)
                return found.error();
            m_read = std::move(*found);
            if (m_customMapped) {
                auto values = customValuesOf(m_ctx.conn, QStringLiteral("contact"), m_read.keys());
                if (!values)
                    return values.error();
                m_readCustom = std::move(*values);
            }
        }
        return {};
    }

    std::unique_ptr<RowDraft> prepare(qint64 row, const QStringList &cells) const override
    {
        auto draft = std::make_unique<ContactDraft>();
        parseContactRow(m_ctx, row, cells, &draft->d, &draft->problems);
        return draft;
    }

    Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems) override
    {
        const std::unique_ptr<RowDraft> draft = prepare(row, cells);
        return write(row, cells, problems, draft.get());
    }

    Result<Outcome> write(qint64 row, const QStringList &cells, QList<ImportProblem> *problems,
                          RowDraft *prepared) override
    {
        if (!m_search.paused()) {
            // Search documents are written once per contact at the end (finish()), not
            // three times per row by the triggers; the import's transaction covers both.
            if (auto st = m_search.pause(); !st)
                return st.error();
            // Only when new contacts go in batches (one by one, each row would update every index).
            if (m_batched) {
                const bool matches = m_ctx.options->onDuplicate != DuplicatePolicy::Create;
                if (auto st = m_indexes.begin(matches, matches && m_byName); !st)
                    return st.error();
            }
        }
        std::unique_ptr<RowDraft> own;
        if (!prepared) {
            own = prepare(row, cells);
            prepared = own.get();
        }
        auto *draft = static_cast<ContactDraft *>(prepared);
        if (!draft->problems.isEmpty()) {
            problems->append(draft->problems);
            return Outcome::Rejected;
        }
        const Draft &d = draft->d;
        // The batch is written outside the row's savepoint (a rejected row must not take the
        // batch with it), when it is full or holds a contact this row may match and update.
        // A row that would only be skipped leaves the batch as it is: it matches the queued
        // contact (or an older one) just the same, and a file with a repeat every few rows
        // would otherwise be written in small batches.
        const DuplicatePolicy policy = m_ctx.options->onDuplicate;
        const QStringList names = policy == DuplicatePolicy::Create ? QStringList() : nameKeys(d);
        const bool skipsQueued = policy == DuplicatePolicy::Skip
            && (m_batch.holds(m_match.contains(MatchKey::Email) ? d.emailNorms : QStringList(),
                              m_match.contains(MatchKey::Phone) ? d.digits : QStringList())
                || m_batch.holdsName(names));
        if (m_batch.full()
            || (policy != DuplicatePolicy::Create && policy != DuplicatePolicy::Skip
                && (m_batch.holds(d.emailNorms, d.digits) || m_batch.holdsName(names)))) {
            if (auto st = m_batch.flush(); !st)
                return st.error();
        }
        // A row may match a contact by an e-mail or phone a queued update adds.
        if (m_updates.adds(d.emailNorms, d.digits)) {
            if (auto st = m_updates.flush(); !st)
                return st.error();
        }
        // Look-ups first, outside any savepoint: they decide whether the row only joins the batch.
        qint64 companyId = 0;
        bool companyIsNew = false; // no live company has the row's company name
        if (!d.companyName.isEmpty() && !m_batch.holdsCompany(d.companyKey)) {
            auto id = findCompanyByKey(m_ctx, d.companyKey, &m_companies);
            if (!id)
                return id.error();
            companyId = *id;
        }
        companyIsNew = !d.companyName.isEmpty() && companyId == 0;
        qint64 existing = 0;
        if (policy != DuplicatePolicy::Create) {
            // A contact cannot match by name and company when the company does not exist yet.
            auto found = findExisting(d, companyId, companyIsNew);
            if (!found)
                return found.error();
            existing = *found;
            if ((existing || skipsQueued) && policy == DuplicatePolicy::Skip)
                return Outcome::Skipped;
        }
        // A contact a queued update changes is read as changed. (Written here, not inside the
        // row's savepoint: a batch the database refuses stops the import, see
        // ContactUpdateBatch, and is never taken for this row's problem.)
        if (m_updates.full() || (existing && m_updates.holds(existing))) {
            if (auto st = m_updates.flush(); !st)
                return st.error();
        }
        // From here on the row writes (or queues) its keys: later rows must ask the database.
        m_keys.changed(ContactKeyCache::Email, d.emailNorms);
        m_keys.changed(ContactKeyCache::Phone, d.digits);
        if (!existing && m_batched) {
            // Custom values are checked (and a missing field created) now: a queued row can
            // no longer be rejected.
            auto custom = resolveCustomValues(m_ctx, QStringLiteral("contact"), d.custom, &m_fields);
            if (!custom)
                return rejectRefused(row, Result<Outcome>(custom.error()), problems);
            Contact c = d.contact;
            c.companyId = companyId;
            m_batch.add(row, c, d.digits, d.keys, companyIsNew ? d.companyName : QString(), d.companyKey, names,
                        *custom);
            return Outcome::Created;
        }
        if (existing && m_batchUpdates && !companyIsNew) {
            // Queued with the next update batch (or written alone by ContactRepository, which
            // takes its own savepoint): a rejected row has written nothing, no savepoint.
            return rejectRefused(row, update(row, existing, d, companyId, policy == DuplicatePolicy::FillEmpty),
                                 problems);
        }
        if (companyIsNew && m_batch.holdsCompany(d.companyKey)) {
            // The company is queued with the batch: written first, so this row finds it.
            if (auto st = m_batch.flush(); !st)
                return st.error();
        }

        // Each row in its own savepoint: a row the database refuses is rejected alone.
        Transaction tx(m_ctx.conn, m_ctx.session.db->dialect());
        if (!tx.ok())
            return tx.error();
        auto outcome = rejectRefused(row, store(row, d, existing), problems);
        if (!outcome || *outcome == Outcome::Rejected) {
            // A company or custom field this row created is rolled back with it.
            m_companies.clear();
            m_fields.clear();
            return outcome;
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        return *outcome;
    }

private:
    // A row the database refuses (invalid, in conflict) is rejected alone; other errors stop.
    static Result<Outcome> rejectRefused(qint64 row, Result<Outcome> outcome, QList<ImportProblem> *problems)
    {
        if (!outcome
            && (outcome.error().kind == Error::Kind::Invalid || outcome.error().kind == Error::Kind::Conflict)) {
            problems->append({row, {}, {}, outcome.error().message});
            return Outcome::Rejected;
        }
        return outcome;
    }

    // phone::matchDigits() runs libphonenumber (tens of microseconds); a row asks for the
    // same number several times (match, duplicate check, write).
    QString digitsOf(const QString &typed)
    {
        auto it = m_digits.constFind(typed);
        if (it != m_digits.constEnd())
            return *it;
        const QString digits = phone::matchDigits(typed, m_ctx.region);
        rememberDigits(typed, digits);
        return digits;
    }

    void rememberDigits(const QString &typed, const QString &digits)
    {
        if (m_digits.size() > 10000)
            m_digits.clear();
        m_digits.insert(typed, digits);
    }

    bool hasPhone(const Contact &c, const QString &p)
    {
        const QString n = digitsOf(p);
        for (const auto &x : c.phones) {
            if (digitsOf(x.phone) == n)
                return true;
        }
        return false;
    }

    // What a queued contact is found by when rows are matched by name (ContactBatch::holdsName):
    // its folded name key, with the folded company name for "name and company" (a company
    // found by that name, or queued with the batch, is the same for both rows).
    QStringList nameKeys(const Draft &d) const
    {
        QStringList keys;
        if (!m_byName || (d.contact.firstName + d.contact.lastName).isEmpty())
            return keys;
        if (m_match.contains(MatchKey::Name))
            keys << QLatin1Char('n') + d.keys.name;
        if (m_match.contains(MatchKey::NameCompany))
            keys << QStringLiteral("c%1\x1f%2").arg(d.keys.name, d.companyKey);
        return keys;
    }

    // The live contact the row matches, key by key in the user's order (0: none). The usual
    // look-ups (one e-mail, one phone, a name) run statements prepared once (lookUpId).
    Result<qint64> findExisting(const Draft &d, qint64 companyId, bool companyIsNew)
    {
        for (MatchKey key : std::as_const(m_match)) {
            // Answered by the chunk's look-up when no key of the row changed since.
            if (key == MatchKey::Email && !d.emailNorms.isEmpty()) {
                if (auto known = m_keys.answer(ContactKeyCache::Email, d.emailNorms)) {
                    if (*known)
                        return *known;
                    continue;
                }
            }
            if (key == MatchKey::Phone && !d.digits.isEmpty()) {
                if (auto known = m_keys.answer(ContactKeyCache::Phone, d.digits)) {
                    if (*known)
                        return *known;
                    continue;
                }
            }
            if (key == MatchKey::Email && d.emailNorms.size() == 1) {
                auto id = lookUpId(m_ctx.conn, &m_byEmail,
                                  QStringLiteral("SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
                                                 " WHERE e.email_norm = ? AND c.deleted_at IS NULL ORDER BY e.contact_id LIMIT 1"),
                                  {d.emailNorms.first()});
                if (!id || *id)
                    return id;
                continue;
            }
            if (key == MatchKey::Phone && d.digits.size() == 1) {
                auto id = lookUpId(m_ctx.conn, &m_byPhone,
                                  QStringLiteral("SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id"
                                                 " WHERE p.phone_digits = ? AND c.deleted_at IS NULL ORDER BY p.contact_id LIMIT 1"),
                                  {d.digits.first()});
                if (!id || *id)
                    return id;
                continue;
            }
            SqlStatement q(m_ctx.conn, tr("Cannot look for duplicates"));
            Status st;
            if (key == MatchKey::Id && d.kontorId) {
                st = q.run(QStringLiteral("SELECT id FROM contacts WHERE id = ? AND deleted_at IS NULL"), {d.kontorId});
            } else if (key == MatchKey::Email && !d.contact.emails.isEmpty()) {
                QVariantList norms;
                QStringList marks;
                for (const auto &e : d.contact.emails) {
                    norms << ContactRepository::normalizeEmail(e.email);
                    marks << QStringLiteral("?");
                }
                st = q.run(QStringLiteral("SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
                                          " WHERE e.email_norm IN (%1) AND c.deleted_at IS NULL ORDER BY e.contact_id LIMIT 1")
                               .arg(marks.join(QLatin1Char(','))),
                           norms);
            } else if (key == MatchKey::Phone && !d.contact.phones.isEmpty()) {
                QVariantList digits;
                QStringList marks;
                for (const auto &p : d.contact.phones) {
                    digits << digitsOf(p.phone);
                    marks << QStringLiteral("?");
                }
                st = q.run(QStringLiteral("SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id"
                                          " WHERE p.phone_digits IN (%1) AND c.deleted_at IS NULL ORDER BY p.contact_id LIMIT 1")
                               .arg(marks.join(QLatin1Char(','))),
                           digits);
            } else if (key == MatchKey::NameCompany && companyIsNew) {
                continue; // nobody works at a company that does not exist yet
            } else if ((key == MatchKey::NameCompany || key == MatchKey::Name)
                       && !(d.contact.firstName + d.contact.lastName).isEmpty()) {
                // The folded key (any script, both back ends, indexed: see fold_keys.h), not SQLite's
                // lower(), which folds ASCII only and made every row read every contact.
                QString sql = QStringLiteral("SELECT id FROM contacts WHERE name_fold = ? AND deleted_at IS NULL");
                QVariantList binds{d.keys.name};
                int variant = 0; // of the statement, each prepared once
                if (key == MatchKey::NameCompany) {
                    sql += companyId ? QStringLiteral(" AND company_id = ?") : QStringLiteral(" AND company_id IS NULL");
                    if (companyId)
                        binds << companyId;
                    variant = companyId ? 1 : 2;
                }
                auto id = lookUpId(m_ctx.conn, &m_nameQueries[variant], sql + QStringLiteral(" ORDER BY id LIMIT 1"), binds);
                if (!id || *id)
                    return id;
                continue;
            } else {
                continue;
            }
            if (!st)
                return st.error();
            if (q.next())
                return q.value(0).toLongLong();
        }
        return qint64(0);
    }

    // A row that does not just join the batch: its company is created if need be, then the
    // contact created alone (rows go one by one) or `existing` updated.
    Result<Outcome> store(qint64 row, const Draft &d, qint64 existing)
    {
        qint64 companyId = 0;
        if (!d.companyName.isEmpty()) {
            auto id = companyByName(m_ctx, d.companyName, row, &m_companies);
            if (!id)
                return id.error();
            companyId = *id;
        }
        if (!existing) {
            Contact c = d.contact;
            c.companyId = companyId;
            auto id = m_repo.create(c, audit::ImportOrigin {m_ctx.batchId, row});
            if (!id)
                return id.error();
            m_touched.append(*id);
            if (auto st = writeCustomValues(m_ctx, QStringLiteral("contact"), *id, d.custom, &m_fields, nullptr, false); !st)
                return st.error();
            if (auto st = recordItem(m_ctx, QStringLiteral("contact"), *id, QStringLiteral("created"), {}, row); !st)
                return st.error();
            return Outcome::Created;
        }
        return update(row, existing, d, companyId, m_ctx.options->onDuplicate == DuplicatePolicy::FillEmpty);
    }

    Result<Outcome> update(qint64 row, qint64 id, const Draft &d, qint64 companyId, bool fillOnly)
    {
        // Read with the chunk when a look-up found it; used once (a later row sees the update).
        const auto read = m_read.find(id);
        const bool readWithChunk = read != m_read.end();
        auto current = readWithChunk ? Result<Contact>(*read) : m_repo.get(id);
        // Its custom values were read with it (none stored: an empty list).
        const QHash<qint64, QString> storedCustom = readWithChunk ? m_readCustom.take(id) : QHash<qint64, QString>();
        if (readWithChunk)
            m_read.erase(read);
        if (!current)
            return current.error();
        const Contact before = *current;
        Contact c = before;
        auto take = [&](const char *key, QString *target, const QString &value) {
            if (!d.provided.contains(QLatin1String(key)) && !(QLatin1String(key) == QLatin1String("first_name")
                                                               && d.provided.contains(QStringLiteral("full_name")))
                && !(QLatin1String(key) == QLatin1String("last_name") && d.provided.contains(QStringLiteral("full_name"))))
                return;
            if (value.isEmpty() || (fillOnly && !target->isEmpty()))
                return;
            *target = value;
        };
        take("first_name", &c.firstName, d.contact.firstName);
        take("last_name", &c.lastName, d.contact.lastName);
        take("title", &c.title, d.contact.title);
        take("street", &c.address.street, d.contact.address.street);
        take("city", &c.address.city, d.contact.address.city);
        take("region", &c.address.region, d.contact.address.region);
        take("postal_code", &c.address.postalCode, d.contact.address.postalCode);
        take("country", &c.address.country, d.contact.address.country);
        take("source", &c.source, d.contact.source);
        take("notes", &c.notes, d.contact.notes);
        take("temperature", &c.temperature, d.contact.temperature);
        if (d.provided.contains(QStringLiteral("status")) && !fillOnly)
            c.status = d.contact.status;
        if (d.contact.birthday.isValid() && (!fillOnly || !c.birthday.isValid()))
            c.birthday = d.contact.birthday;
        if (companyId && c.companyId != companyId && (!fillOnly || !c.companyId)) {
            // Two companies may share a name: a contact already at one called so stays there.
            // (The contact was read with its company's name; name_fold is foldKey(name).)
            const bool sameName = c.companyId && companyKey(before.companyName) == d.companyKey;
            if (!sameName)
                c.companyId = companyId;
        }
        for (const auto &e : d.contact.emails) {
            if (!hasEmail(c, e.email))
                c.emails.append(e);
        }
        for (const auto &p : d.contact.phones) {
            if (!hasPhone(c, p.phone))
                c.phones.append(p);
        }
        const QVariantMap beforeFields = before.fields();
        const QVariantMap changes = audit::diff(beforeFields, c.fields());
        QJsonObject beforeValues;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            beforeValues.insert(it.key(), QJsonValue::fromVariant(beforeFields.value(it.key())));
        auto custom = resolveCustomValues(m_ctx, QStringLiteral("contact"), d.custom, &m_fields);
        if (!custom)
            return custom.error();
        auto customSet = customChanges(m_ctx.conn, id, *custom, readWithChunk ? &storedCustom : nullptr, &beforeValues,
                                       fillOnly);
        if (!customSet)
            return customSet.error();
        if (changes.isEmpty() && customSet->isEmpty())
            return Outcome::Skipped; // nothing new in this row
        beforeValues.insert(QStringLiteral("updated_at"), before.updatedAt.toSecsSinceEpoch());
        if (m_batchUpdates && ContactUpdateBatch::queueable(c, before)) {
            if (auto st = ContactRepository::validate(c); !st)
                return st.error();
            QStringList digits;
            for (const ContactPhone &p : std::as_const(c.phones))
                digits << (digits.size() < before.phones.size() ? QString() : digitsOf(p.phone));
            m_updates.add(row, c, before, digits, changes, beforeValues, *customSet);
            if (!changes.isEmpty())
                m_touched.append(id);
            return Outcome::Updated;
        }
        if (!changes.isEmpty()) {
            if (auto st = m_repo.update(c, before); !st)
                return st.error();
            m_touched.append(id);
        }
        if (auto st = writeCustomValues(m_ctx.conn, id, *customSet, nullptr, false); !st)
            return st.error();
        if (auto st = recordItem(m_ctx, QStringLiteral("contact"), id, QStringLiteral("updated"), beforeValues, row); !st)
            return st.error();
        return Outcome::Updated;
    }

    WriterContext m_ctx;
    ContactRepository m_repo;
    QList<MatchKey> m_match;
    QHash<QString, qint64> m_companies;
    QHash<QString, CustomField> m_fields;
    ContactBatch m_batch;
    ContactUpdateBatch m_updates;
    ContactKeyCache m_keys;
    ImportIndexes m_indexes;
    ImportSearch m_search;
    bool m_batched = false;
    bool m_batchUpdates = false; // rows that update a contact queue it in m_updates
    bool m_byName = false;       // rows are matched by name (alone or with the company)
    QList<qint64> m_touched; // contacts written one by one while search was suspended
    QHash<qint64, Contact> m_read; // contacts the chunk's look-ups found, as read then
    QHash<qint64, QHash<qint64, QString>> m_readCustom; // their custom values, when the file maps any
    bool m_customMapped = false;
    QHash<QString, QString> m_digits; // typed phone -> match digits
    std::unique_ptr<SqlStatement> m_byEmail;
    std::unique_ptr<SqlStatement> m_byPhone;
    std::unique_ptr<SqlStatement> m_nameQueries[3]; // name; name at a company; name at none
};

} // namespace

std::unique_ptr<RowWriter> makeContactWriter(const WriterContext &ctx)
{
    return std::make_unique<ContactWriter>(ctx);
}

} // namespace kontor::importing::detail
