#include "import/contact_updates.h"

#include "import/batch_writing.h"

#include "repo/audit.h"
#include "storage/bulk_load.h"
#include "storage/fold_keys.h"
#include "storage/sql.h"

#include <QJsonDocument>

namespace kontor::importing::detail {

namespace {
// A chunk of the row pipeline is 256 rows, and the writer flushes before each chunk's
// look-ups, so this is only reached by imports that write without the pipeline.
constexpr size_t kBatchRows = 1000;

// Whether `stored` is the start of `next` (an import only appends e-mails and phones).
template<typename Item, typename Same>
bool startsWith(const QList<Item> &next, const QList<Item> &stored, Same same)
{
    if (next.size() < stored.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (!same(stored[i], next[i]))
            return false;
    }
    return true;
}
} // namespace

ContactUpdateBatch::ContactUpdateBatch(const WriterContext &ctx)
    : m_ctx(ctx)
    , m_repo(ctx.session)
{
}

ContactUpdateBatch::~ContactUpdateBatch() = default;

bool ContactUpdateBatch::queueable(const Contact &contact, const Contact &stored)
{
    const auto sameEmail = [](const ContactEmail &a, const ContactEmail &b) {
        return a.label == b.label && a.email.trimmed() == b.email.trimmed();
    };
    const auto samePhone = [](const ContactPhone &a, const ContactPhone &b) {
        return a.label == b.label && a.phone.trimmed() == b.phone.trimmed();
    };
    const auto sameMessenger = [](const ContactMessenger &a, const ContactMessenger &b) {
        return a.kind == b.kind && a.handle.trimmed() == b.handle.trimmed();
    };
    return startsWith(contact.emails, stored.emails, sameEmail)
        && startsWith(contact.phones, stored.phones, samePhone)
        && contact.messengers.size() == stored.messengers.size()
        && startsWith(contact.messengers, stored.messengers, sameMessenger);
}

void ContactUpdateBatch::add(qint64 row, const Contact &contact, const Contact &stored,
                             const QStringList &digits, const QVariantMap &changes,
                             const QJsonObject &beforeValues, const QList<CustomValue> &custom)
{
    for (qsizetype i = stored.emails.size(); i < contact.emails.size(); ++i)
        m_addedKeys.insert(ContactRepository::normalizeEmail(contact.emails[i].email));
    for (qsizetype i = stored.phones.size(); i < contact.phones.size(); ++i) {
        if (!digits.value(i).isEmpty())
            m_addedKeys.insert(digits.value(i));
    }
    m_ids.insert(contact.id);
    m_queue.push_back(Queued {row, contact, stored, digits, changes, beforeValues, custom});
}

bool ContactUpdateBatch::adds(const QStringList &emailNorms, const QStringList &phoneDigits) const
{
    if (m_addedKeys.isEmpty())
        return false;
    for (const QStringList *keys : {&emailNorms, &phoneDigits}) {
        for (const QString &k : *keys) {
            if (m_addedKeys.contains(k))
                return true;
        }
    }
    return false;
}

bool ContactUpdateBatch::full() const
{
    return m_queue.size() >= kBatchRows;
}

Status ContactUpdateBatch::flush()
{
    if (m_queue.empty())
        return {};
    prepareInserters();
    const Status st = writeInSavepoint(
        m_ctx, [this] { return writeQueued(); },
        [this] {
            for (auto &[columns, updater] : m_updaters)
                updater->discard();
            discardAll({m_emailRows.get(), m_phoneRows.get(), m_auditRows.get(), m_itemRows.get(),
                        m_customRows.get(), m_renamedKeys.get()});
        },
        [this] { return writeOneByOne(); });
    m_queue.clear();
    m_ids.clear();
    m_addedKeys.clear();
    return st;
}

void ContactUpdateBatch::prepareInserters()
{
    if (m_itemRows)
        return;
    const QSqlDatabase &conn = m_ctx.conn;
    const Dialect &dialect = m_ctx.session.db->dialect();
    const int rows = int(kBatchRows);
    m_emailRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("contact_emails"),
                                                  ContactRepository::emailColumns(), false, rows);
    m_phoneRows = std::make_unique<BatchInserter>(conn, dialect, QStringLiteral("contact_phones"),
                                                  ContactRepository::phoneColumns(), false, rows);
    m_auditRows = auditRows(m_ctx, rows);
    m_itemRows = batchItemRows(m_ctx, true, rows);
    // A contact is queued once per batch (the writer flushes before a row of a queued one),
    // so no statement names a (field, contact) twice.
    m_customRows = customValueRows(m_ctx, rows);
    m_customRows->replaceOnConflict({QStringLiteral("field_id"), QStringLiteral("entity_id")});
    // A rename that keeps a folded key ("Ivan" -> "IVAN") has it cleared by the stale-key
    // trigger (see fold_keys.h); these put the keys back after the batch's updates, as
    // ContactRepository::update() does with keepKeyAfterRename() for one contact.
    m_renamedKeys = std::make_unique<BatchInserter>(
        conn, dialect, QStringLiteral("contacts"),
        QStringList {QStringLiteral("id"), QStringLiteral("name_fold"), QStringLiteral("surname_key")}, false, rows);
    m_renamedKeys->updateByKey(QStringLiteral("t.deleted_at IS NULL"));
}

BatchInserter &ContactUpdateBatch::columnUpdater(const QList<std::pair<QString, QVariant>> &changes)
{
    QStringList columns {QStringLiteral("id")};
    for (const auto &change : changes)
        columns << change.first;
    columns << QStringLiteral("updated_at");
    const QString key = columns.join(QLatin1Char(','));
    for (auto &[known, updater] : m_updaters) {
        if (known == key)
            return *updater;
    }
    auto updater = std::make_unique<BatchInserter>(m_ctx.conn, m_ctx.session.db->dialect(), QStringLiteral("contacts"),
                                                   columns, false, int(kBatchRows));
    updater->updateByKey(QStringLiteral("t.deleted_at IS NULL")); // as update() does
    m_updaters.emplace_back(key, std::move(updater));
    return *m_updaters.back().second;
}

Status ContactUpdateBatch::writeQueued()
{
    const qint64 now = nowSecs();
    const QString contact = QStringLiteral("contact");
    const QVariant user = nullIfZero(m_ctx.session.userId);
    for (const Queued &q : m_queue) {
        const qint64 id = q.contact.id;
        const auto changes = ContactRepository::changedColumns(q.contact, q.stored);
        if (!q.changes.isEmpty()) { // as update() does: updated_at also for an added e-mail or phone
            BatchInserter &updater = columnUpdater(changes);
            updater << id;
            for (const auto &change : changes)
                updater << change.second;
            updater << now;
            if (auto st = updater.endRow(); !st)
                return st;
        }
        if (ContactRepository::isRenamed(q.contact, q.stored)) {
            *m_renamedKeys << id << contactNameKey(q.contact.firstName, q.contact.lastName)
                           << contactSurnameKey(q.contact.firstName, q.contact.lastName);
            if (auto st = m_renamedKeys->endRow(); !st)
                return st;
        }
        for (qsizetype e = q.stored.emails.size(); e < q.contact.emails.size(); ++e) {
            for (const QVariant &v : ContactRepository::emailValues(id, q.contact.emails[e], int(e)))
                *m_emailRows << v;
            if (auto st = m_emailRows->endRow(); !st)
                return st;
        }
        for (qsizetype p = q.stored.phones.size(); p < q.contact.phones.size(); ++p) {
            for (const QVariant &v : ContactRepository::phoneValues(id, q.contact.phones[p], q.digits.value(p), int(p)))
                *m_phoneRows << v;
            if (auto st = m_phoneRows->endRow(); !st)
                return st;
        }
        if (!q.changes.isEmpty()) { // as update() records it
            *m_auditRows << user << contact << id << QStringLiteral("update") << audit::changesText(q.changes);
            if (auto st = m_auditRows->endRow(); !st)
                return st;
        }
        // as recordItem() stores it
        *m_itemRows << m_ctx.batchId << contact << id << QStringLiteral("updated")
                    << QString::fromUtf8(QJsonDocument(q.beforeValues).toJson(QJsonDocument::Compact)) << q.row;
        if (auto st = m_itemRows->endRow(); !st)
            return st;
        if (auto st = addCustomValues(*m_customRows, id, q.custom); !st)
            return st;
    }
    for (auto &[columns, updater] : m_updaters) {
        if (auto st = updater->finish(); !st)
            return st;
    }
    return finishAll({m_renamedKeys.get(), m_emailRows.get(), m_phoneRows.get(), m_auditRows.get(),
                      m_itemRows.get(), m_customRows.get()});
}

Status ContactUpdateBatch::writeOneByOne()
{
    // Slow, and only after the database refused a batch of validated rows: finds the row.
    for (const Queued &q : m_queue) {
        // As the writer does row by row: the contact's columns if they change, its custom values.
        Status st = q.changes.isEmpty() ? Status() : m_repo.update(q.contact, q.stored);
        if (st)
            st = writeCustomValues(m_ctx.conn, q.contact.id, q.custom, nullptr, false);
        if (st)
            st = recordItem(m_ctx, QStringLiteral("contact"), q.contact.id, QStringLiteral("updated"),
                            q.beforeValues, q.row);
        if (!st)
            return atRow(st.error(), q.row);
    }
    return {};
}

} // namespace kontor::importing::detail
