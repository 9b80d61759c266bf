// Rows -> contacts: validation of every mapped cell, matching, create / update / fill-empty.
#include "import/import_internal.h"

#include "import/contact_batch.h"
#include "import/contact_keys.h"
#include "import/import_bulk.h"

#include "contacts/phone.h"
#include "repo/audit.h"
#include "repo/contact_repository.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kontor::importing::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

struct Draft
{
    Contact contact;
    QString companyName;
    QString companyKey; // companyKey(companyName), made on the reading thread
    ContactRepository::RowKeys keys; // the contact row's folded name keys, likewise
    qint64 kontorId = 0;
    QHash<QString, QString> custom; // field name -> value
    QSet<QString> provided;         // field keys the row gave a value for
    QStringList emailNorms;         // normalized e-mails, in order
    QStringList digits;             // match digits of each phone, in order
};

struct ContactDraft : RowDraft
{
    Draft d;
    QList<ImportProblem> problems;
};

class ContactWriter : public RowWriter
{
public:
    explicit ContactWriter(const WriterContext &ctx)
        : m_ctx(ctx), m_repo(ctx.session), m_batch(ctx, &m_companies), m_keys(ctx), m_indexes(ctx), m_search(ctx)
    {
        m_match = ctx.options->match;
        if (m_match.isEmpty())
            m_match = {MatchKey::Email, MatchKey::Phone};
        // New contacts are written in batches when a queued one can only be matched by what
        // the batch can answer for (e-mail, phone), or when nothing is matched at all.
        m_batched = ctx.options->onDuplicate == DuplicatePolicy::Create
            || std::all_of(m_match.cbegin(), m_match.cend(),
                           [](MatchKey k) { return k == MatchKey::Email || k == MatchKey::Phone; });
    }

    Status finish() override
    {
        if (auto st = m_batch.flush(); !st)
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
        }
        return {};
    }

    std::unique_ptr<RowDraft> prepare(qint64 row, const QStringList &cells) const override
    {
        auto draft = std::make_unique<ContactDraft>();
        parse(row, cells, &draft->d, &draft->problems);
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
            // Only when new contacts go in batches: row-by-row matching by name reads the
            // contacts' indexes.
            if (m_batched) {
                if (auto st = m_indexes.begin(m_ctx.options->onDuplicate != DuplicatePolicy::Create); !st)
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
        const bool skipsQueued = policy == DuplicatePolicy::Skip
            && m_batch.holds(m_match.contains(MatchKey::Email) ? d.emailNorms : QStringList(),
                             m_match.contains(MatchKey::Phone) ? d.digits : QStringList());
        if (m_batch.full()
            || (policy != DuplicatePolicy::Create && policy != DuplicatePolicy::Skip
                && m_batch.holds(d.emailNorms, d.digits))) {
            if (auto st = m_batch.flush(); !st)
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
        // From here on the row writes (or queues) its keys: later rows must ask the database.
        m_keys.changed(ContactKeyCache::Email, d.emailNorms);
        m_keys.changed(ContactKeyCache::Phone, d.digits);
        if (!existing && m_batched && d.custom.isEmpty()) {
            Contact c = d.contact;
            c.companyId = companyId;
            m_batch.add(row, c, d.digits, d.keys, companyIsNew ? d.companyName : QString(), d.companyKey);
            return Outcome::Created;
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
        auto outcome = store(row, d, existing);
        if (!outcome) {
            if (outcome.error().kind == Error::Kind::Invalid || outcome.error().kind == Error::Kind::Conflict) {
                problems->append({row, {}, {}, outcome.error().message});
                m_companies.clear(); // a company this row created is rolled back with it
                return Outcome::Rejected;
            }
            return outcome.error();
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        return *outcome;
    }

private:
    // Runs on the pipeline's thread (see prepare()): reads only m_ctx.
    void parse(qint64 row, const QStringList &cells, Draft *d, QList<ImportProblem> *problems) const
    {
        const qsizetype start = problems->size();
        Contact &c = d->contact;
        c.emails.clear();
        c.phones.clear();
        auto problem = [&](int col, const QString &value, const QString &reason) {
            problems->append({row, m_ctx.header.value(col), value, reason});
        };
        for (int col = 0; col < m_ctx.mapping.fields.size(); ++col) {
            const QString key = m_ctx.mapping.fields.at(col);
            if (key.isEmpty())
                continue;
            const QString v = cellText(cells, col);
            if (v.isEmpty())
                continue;
            d->provided.insert(key);
            if (key == QLatin1String("first_name"))
                c.firstName = v;
            else if (key == QLatin1String("last_name"))
                c.lastName = v;
            else if (key == QLatin1String("full_name"))
                splitName(v, &c);
            else if (key == QLatin1String("title"))
                c.title = v;
            else if (key == QLatin1String("company"))
                d->companyName = v;
            else if (key == QLatin1String("email")) {
                static const QRegularExpression separators(QStringLiteral("[;,]")); // compiled once
                for (const QString &part : v.split(separators, Qt::SkipEmptyParts)) {
                    const QString e = part.trimmed();
                    if (!isEmail(e))
                        problem(col, e, tr("not an email address"));
                    else if (!hasEmail(c, e))
                        c.emails.append({0, QStringLiteral("work"), e});
                }
            } else if (key == QLatin1String("phone") || key == QLatin1String("mobile")) {
                for (const QString &part : v.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    const QString p = part.trimmed();
                    auto digits = phone::checkedMatchDigits(p, m_ctx.region, {});
                    if (!digits) {
                        problem(col, p, digits.error().message);
                    } else {
                        d->digits << *digits;
                        c.phones.append({0, key == QLatin1String("mobile") ? QStringLiteral("mobile") : QStringLiteral("work"), p});
                    }
                }
            } else if (key == QLatin1String("birthday")) {
                const ParsedDate date = parseDate(v, m_ctx.options->dateOrder);
                if (!date.problem.isEmpty())
                    problem(col, v, date.problem);
                else if (date.date > QDate::currentDate())
                    problem(col, v, tr("a birthday in the future"));
                else
                    c.birthday = date.date;
            } else if (key == QLatin1String("street"))
                c.address.street = v;
            else if (key == QLatin1String("city"))
                c.address.city = v;
            else if (key == QLatin1String("region"))
                c.address.region = v;
            else if (key == QLatin1String("postal_code"))
                c.address.postalCode = v;
            else if (key == QLatin1String("country"))
                c.address.country = v;
            else if (key == QLatin1String("source"))
                c.source = v;
            else if (key == QLatin1String("notes"))
                c.notes = v;
            else if (key == QLatin1String("status")) {
                if (!contactStatuses().contains(v.toLower()))
                    problem(col, v, tr("must be one of: %1").arg(contactStatuses().join(QStringLiteral(", "))));
                else
                    c.status = v.toLower();
            } else if (key == QLatin1String("temperature")) {
                if (!contactTemperatures().contains(v.toLower()))
                    problem(col, v, tr("must be one of: %1").arg(contactTemperatures().join(QStringLiteral(", "))));
                else
                    c.temperature = v.toLower();
            } else if (key == QLatin1String("id")) {
                bool ok = false;
                d->kontorId = v.toLongLong(&ok);
                if (!ok || d->kontorId <= 0)
                    problem(col, v, tr("not a record id"));
            } else if (key.startsWith(QLatin1String("custom:"))) {
                d->custom.insert(key.mid(7), v);
            }
        }
        if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.emails.isEmpty()
            && problems->size() == start)
            problems->append({row, {}, {}, tr("no name and no email address")});
        for (const auto &e : c.emails)
            d->emailNorms << ContactRepository::normalizeEmail(e.email);
        if (!d->companyName.isEmpty())
            d->companyKey = companyKey(d->companyName);
        d->keys = ContactRepository::rowKeys(c);
    }

    static void splitName(const QString &full, Contact *c)
    {
        if (full.contains(QLatin1Char(','))) { // "Smith, John"
            c->lastName = full.section(QLatin1Char(','), 0, 0).trimmed();
            c->firstName = full.section(QLatin1Char(','), 1).trimmed();
            return;
        }
        const QStringList parts = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 1) {
            c->firstName = parts.first();
            return;
        }
        c->lastName = parts.last();
        c->firstName = parts.mid(0, parts.size() - 1).join(QLatin1Char(' '));
    }

    static bool hasEmail(const Contact &c, const QString &email)
    {
        const QString n = ContactRepository::normalizeEmail(email);
        for (const auto &e : c.emails) {
            if (ContactRepository::normalizeEmail(e.email) == n)
                return true;
        }
        return false;
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

    // The usual look-up (one e-mail, one phone) runs a statement prepared once per import.
    Result<qint64> findOne(std::unique_ptr<SqlStatement> *cached, const QString &sql, const QVariant &key)
    {
        if (!*cached) {
            *cached = std::make_unique<SqlStatement>(m_ctx.conn, tr("Cannot look for duplicates"));
            if (auto st = (*cached)->prepare(sql); !st)
                return st.error();
        }
        SqlStatement &q = **cached;
        if (auto st = q.bind(key).exec(); !st)
            return st.error();
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }

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
                auto id = findOne(&m_byEmail,
                                  QStringLiteral("SELECT e.contact_id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
                                                 " WHERE e.email_norm = ? AND c.deleted_at IS NULL ORDER BY e.contact_id LIMIT 1"),
                                  d.emailNorms.first());
                if (!id || *id)
                    return id;
                continue;
            }
            if (key == MatchKey::Phone && d.digits.size() == 1) {
                auto id = findOne(&m_byPhone,
                                  QStringLiteral("SELECT p.contact_id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id"
                                                 " WHERE p.phone_digits = ? AND c.deleted_at IS NULL ORDER BY p.contact_id LIMIT 1"),
                                  d.digits.first());
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
                if (key == MatchKey::NameCompany) {
                    sql += companyId ? QStringLiteral(" AND company_id = ?") : QStringLiteral(" AND company_id IS NULL");
                    if (companyId)
                        binds << companyId;
                }
                st = q.run(sql + QStringLiteral(" ORDER BY id LIMIT 1"), binds);
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
    // contact created alone (it has custom values, or matching needs it in the database at
    // once) or `existing` updated.
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
        auto current = read != m_read.end() ? Result<Contact>(*read) : m_repo.get(id);
        if (read != m_read.end())
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
            bool sameName = false;
            if (c.companyId) {
                SqlStatement q(m_ctx.conn, tr("Cannot look up the company"));
                auto found = q.scalar(QStringLiteral("SELECT COUNT(*) FROM companies WHERE id = ? AND name_fold = ?"),
                                      {c.companyId, foldKey(d.companyName)});
                if (!found)
                    return found.error();
                sameName = found->toLongLong() > 0;
            }
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
        const qsizetype customBefore = beforeValues.size();
        if (auto st = writeCustomValues(m_ctx, QStringLiteral("contact"), id, d.custom, &m_fields, &beforeValues, fillOnly); !st)
            return st.error();
        if (changes.isEmpty() && beforeValues.size() == customBefore)
            return Outcome::Skipped; // nothing new in this row
        if (!changes.isEmpty()) {
            if (auto st = m_repo.update(c, before); !st)
                return st.error();
            m_touched.append(id);
        }
        beforeValues.insert(QStringLiteral("updated_at"), before.updatedAt.toSecsSinceEpoch());
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
    ContactKeyCache m_keys;
    ImportIndexes m_indexes;
    ImportSearch m_search;
    bool m_batched = false;
    QList<qint64> m_touched; // contacts written one by one while search was suspended
    QHash<qint64, Contact> m_read; // contacts the chunk's look-ups found, as read then
    QHash<QString, QString> m_digits; // typed phone -> match digits
    std::unique_ptr<SqlStatement> m_byEmail;
    std::unique_ptr<SqlStatement> m_byPhone;
};

} // namespace

std::unique_ptr<RowWriter> makeContactWriter(const WriterContext &ctx)
{
    return std::make_unique<ContactWriter>(ctx);
}

} // namespace kontor::importing::detail
