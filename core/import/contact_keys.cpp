#include "import/contact_keys.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor::importing::detail {

namespace {

// Keys per statement: one prepared statement with this many placeholders serves every
// chunk (the unused ones are bound to NULL, which IN never matches).
constexpr int kKeysPerQuery = 100;

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

Status ContactKeyCache::lookUp(Kind kind, const QStringList &keys, const QSet<QString> &stillQueued)
{
    m_found[kind].clear();
    m_asked[kind].clear();
    m_changed[kind] = stillQueued;
    QStringList unique;
    unique.reserve(keys.size());
    for (const QString &k : keys) {
        if (!m_asked[kind].contains(k)) {
            m_asked[kind].insert(k);
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

void ContactKeyCache::changed(Kind kind, const QStringList &keys)
{
    for (const QString &k : keys)
        m_changed[kind].insert(k);
}

} // namespace kontor::importing::detail
