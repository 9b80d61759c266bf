#pragma once

#include "contacts/contact_filter.h"
#include "customfields/custom_columns.h"
#include "model/contact.h"
#include "repo/audit.h"
#include "repo/paging.h"
#include "session.h"
#include "util/result.h"

#include <optional>

namespace kontor {

struct ContactQuery
{
    // Every column of the contact list; each is ordered in SQL with keyset paging, records
    // without a value last in either direction (see PagePart).
    enum class Sort { Name, Created, Updated, Company, Title, Email, Phone, Status, City };

    QString text;          // quick search: names, company, emails, phone digits (indexed)
    qint64 companyId = 0;  // 0 = any
    qint64 ownerId = 0;    // 0 = any
    QString status;        // "" = any
    bool trashed = false;  // list the trash instead of live contacts
    ContactFilter filter;  // owner, tag, dates, deals, products, custom field (segments)
    Sort sort = Sort::Name;
    bool descending = false;
    CustomColumns custom; // custom-field values to read with each row; sort by one of them
};

// The only place that writes SQL for contacts and their emails, phones and messengers.
class ContactRepository
{
public:
    explicit ContactRepository(Session session) : m_session(std::move(session)) {}

    // `origin`: the import that creates it; its audit row then names the batch and row rather
    // than every field (audit::importedText).
    Result<qint64> create(const Contact &contact, std::optional<audit::ImportOrigin> origin = {}) const;
    // Live contacts only, unless `includeTrashed`.
    Result<Contact> get(qint64 id, bool includeTrashed = false) const;
    // Live contacts by id, with their lists, a few statements for many ids (missing ids and
    // trashed contacts are left out).
    Result<QHash<qint64, Contact>> getMany(const QList<qint64> &ids) const;
    Status update(const Contact &contact) const;
    // The same when the caller has just read the contact as stored (`stored`, in the same
    // transaction): not read a second time. An import updating row by row read each twice.
    Status update(const Contact &contact, const Contact &stored) const;
    Status moveToTrash(qint64 id) const;
    Status restore(qint64 id) const;

    // A page of the list: names, company name, primary email and phone (not every sub-list).
    Result<Page<Contact>> list(const ContactQuery &query, const PageRequest &page = {}) const;
    Result<qint64> count(const ContactQuery &query) const;

    // Checks a contact before it is written; the error names the field.
    static Status validate(const Contact &contact);
    static QString normalizeEmail(const QString &email);
    static QString phoneDigits(const QString &phone);

    // What create() writes: the contacts row (created_at / updated_at take their defaults)
    // and the rows of its e-mails and phones (`digits`: phone_digits of each phone, in
    // order). Bulk imports write the same rows in batches.
    static QStringList insertColumns();
    QVariantList insertValues(const Contact &contact) const;
    // The folded name keys of the row (fold_keys.h). Folding is not free (Unicode
    // normalization): an import makes them on its reading thread and passes them in.
    struct RowKeys
    {
        QString name;
        QString surname;
    };
    static RowKeys rowKeys(const Contact &contact);
    QVariantList insertValues(const Contact &contact, const RowKeys &keys) const;
    static QStringList emailColumns();
    static QVariantList emailValues(qint64 contactId, const ContactEmail &email, int position);
    static QStringList phoneColumns();
    static QVariantList phoneValues(qint64 contactId, const ContactPhone &phone,
                                    const QString &digits, int position);
    // What update(contact, stored) sets in the contacts row besides updated_at: the columns
    // whose stored value differs, with their new values. Bulk imports update in batches.
    static QList<std::pair<QString, QVariant>> changedColumns(const Contact &contact, const Contact &stored);
    // Whether the update changes the name (its folded keys then need keepKeyAfterRename()).
    static bool isRenamed(const Contact &contact, const Contact &stored);

private:
    // `stored`: the contact's lists as they are now (an update): a list that stays the same is
    // not rewritten. None: a new contact.
    Status writeChildren(const QSqlDatabase &conn, const Contact &contact, qint64 id,
                         const Contact *stored = nullptr) const;
    Status setTrashed(qint64 id, bool trashed) const;
    QString whereClause(const ContactQuery &query, QVariantList *binds) const;
    static void setOrder(ContactQuery::Sort sort, PageQuery *query);

    Session m_session;
};

} // namespace kontor
