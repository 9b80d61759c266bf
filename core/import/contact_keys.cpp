#include "import/contact_keys.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor::importing::detail {

namespace {

// Keys per statement: one prepared statement with this many placeholders serves every
// chunk (the unused ones are bound to NULL, which IN never matches).
constexpr int kKeysPerQuery = 100;

// Reading a base key into the filter costs about a fifth of asking the database for one key
// of the file, and the file asks about two per row: the filter pays when the base has at most
// ten keys per row of the file. Small files ask directly.
constexpr qint64 kFilterMinRows = 1000;
constexpr qint64 kBaseKeysPerRow = 10;
constexpr int kProbes = 4; // with ~10 bits per key: ~1.2% false positives

// Two independent hashes of the key; probe i looks at h1 + i * h2 (double hashing).
std::pair<quint64, quint64> hashes(const QString &key)
{
    const quint64 h1 = qHash(key, size_t(0x9e3779b97f4a7c15ULL));
    const quint64 h2 = qHash(key, size_t(0xc2b2ae3d27d4eb4fULL)) | 1;
    return {h1, h2};
}

QString lookUpSql(ContactKeyCache::Kind kind)
{
    QStringList marks;
    for (int i = 0; i < kKeysPerQuery; ++i)
        marks << QStringLiteral("?");
    // The same rows as the per-row look-ups of import_contacts.cpp, grouped by key.
    return kind == ContactKeyCache::Email
        ? QStringLiteral("SELECT e.email_norm, MIN(e.contact_id) FROM contact_emails e"
                         " JOIN contacts c ON c.id = e.contact_id"
                         " WHERE c.deleted_at IS NULL AND e.email_norm IN (%1) GROUP BY e.email_norm")
              .arg(marks.join(QLatin1Char(',')))
        : QStringLiteral("SELECT p.phone_digits, MIN(p.contact_id) FROM contact_phones p"
                         " JOIN contacts c ON c.id = p.contact_id"
                         " WHERE c.deleted_at IS NULL AND p.phone_digits IN (%1) GROUP BY p.phone_digits")
              .arg(marks.join(QLatin1Char(',')));
}

} // namespace

KeyFilter::KeyFilter(qint64 keys)
{
    quint64 bits = 1 << 16;
    while (bits < quint64(std::max<qint64>(keys, 1)) * 10)
        bits <<= 1;
    m_words.assign(bits / 64, 0);
    m_mask = bits - 1;
}

void KeyFilter::add(const QString &key)
{
    const auto [h1, h2] = hashes(key);
    for (int i = 0; i < kProbes; ++i) {
        const quint64 bit = (h1 + quint64(i) * h2) & m_mask;
        m_words[bit >> 6] |= quint64(1) << (bit & 63);
    }
}

bool KeyFilter::mayContain(const QString &key) const
{
    const auto [h1, h2] = hashes(key);
    for (int i = 0; i < kProbes; ++i) {
        const quint64 bit = (h1 + quint64(i) * h2) & m_mask;
        if (!(m_words[bit >> 6] & (quint64(1) << (bit & 63))))
            return false;
    }
    return true;
}

Result<bool> ContactKeyCache::useFilter(Kind kind)
{
    if (m_filterChecked[kind])
        return m_filter[kind] != nullptr;
    m_filterChecked[kind] = true;
    if (m_ctx.expectedRows < kFilterMinRows)
        return false;
    const QString table = kind == Email ? QStringLiteral("contact_emails") : QStringLiteral("contact_phones");
    const QString column = kind == Email ? QStringLiteral("email_norm") : QStringLiteral("phone_digits");
    SqlStatement q(m_ctx.conn, QCoreApplication::translate("kontor::importing", "Cannot look for duplicates"));
    auto count = q.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    if (!count)
        return count.error();
    const qint64 baseKeys = count->toLongLong();
    if (baseKeys > m_ctx.expectedRows * kBaseKeysPerRow)
        return false;
    // Every key, of trashed contacts too: the filter may only err towards asking.
    auto filter = std::make_unique<KeyFilter>(baseKeys + 2 * m_ctx.expectedRows);
    if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2").arg(column, table)); !st)
        return st.error();
    while (q.next())
        filter->add(q.value(0).toString());
    m_filter[kind] = std::move(filter);
    return true;
}

Status ContactKeyCache::lookUp(Kind kind, const QStringList &keys, const QSet<QString> &stillQueued)
{
    m_found[kind].clear();
    m_asked[kind].clear();
    m_changed[kind].clear();
    auto filtered = useFilter(kind);
    if (!filtered)
        return filtered.error();
    const KeyFilter *filter = *filtered ? m_filter[kind].get() : nullptr;
    QStringList unique;
    unique.reserve(keys.size());
    for (const QString &k : keys) {
        if (!m_asked[kind].contains(k)) {
            m_asked[kind].insert(k); // answered: absent unless the database says otherwise
            // Only this chunk's keys are ever answered: those still queued are "changed"
            // (copying the whole queue's set for every chunk cost more than the look-ups).
            if (stillQueued.contains(k))
                m_changed[kind].insert(k);
            else if (!filter || filter->mayContain(k))
                unique << k;
        }
    }
    if (unique.isEmpty())
        return {};
    if (!m_query[kind]) {
        m_query[kind] = std::make_unique<SqlStatement>(
            m_ctx.conn, QCoreApplication::translate("kontor::importing", "Cannot look for duplicates"));
        if (auto st = m_query[kind]->prepare(lookUpSql(kind)); !st) {
            m_query[kind].reset();
            m_asked[kind].clear();
            return st;
        }
    }
    SqlStatement &q = *m_query[kind];
    const QVariant none(QMetaType::fromType<QString>());
    for (qsizetype from = 0; from < unique.size(); from += kKeysPerQuery) {
        for (qsizetype i = from; i < from + kKeysPerQuery; ++i)
            q.bind(i < unique.size() ? QVariant(unique[i]) : none);
        if (auto st = q.exec(); !st) {
            m_asked[kind].clear(); // every row asks the database itself
            return st;
        }
        while (q.next())
            m_found[kind].insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
    }
    return {};
}

std::optional<qint64> ContactKeyCache::answer(Kind kind, const QStringList &keys) const
{
    qint64 best = 0;
    for (const QString &k : keys) {
        if (!m_asked[kind].contains(k) || m_changed[kind].contains(k))
            return std::nullopt;
        const qint64 id = m_found[kind].value(k, 0);
        if (id && (!best || id < best))
            best = id;
    }
    return best;
}

QList<qint64> ContactKeyCache::foundIds() const
{
    QSet<qint64> ids;
    for (const auto &found : m_found) {
        for (qint64 id : found)
            ids.insert(id);
    }
    return ids.values();
}

void ContactKeyCache::changed(Kind kind, const QStringList &keys)
{
    for (const QString &k : keys) {
        if (m_asked[kind].contains(k)) // only asked keys are answered
            m_changed[kind].insert(k);
        if (m_filter[kind])
            m_filter[kind]->add(k);
    }
}

} // namespace kontor::importing::detail
