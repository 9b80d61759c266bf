#include "contacts/duplicate_review.h"

#include "contacts/duplicates.h"
#include "customfields/custom_field_repository.h"
#include "model/contact.h"
#include "repo/audit.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::DuplicateReview", text);
}

using PairKey = QPair<qint64, qint64>;

PairKey ordered(qint64 a, qint64 b)
{
    return a < b ? PairKey {a, b} : PairKey {b, a};
}

QString marks(int n)
{
    QStringList m;
    for (int i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty();
}

// Display names of `ids`, read in chunks so a long candidate list stays one query per 500.
Status readNames(const QSqlDatabase &conn, const QList<qint64> &ids,
                 QHash<qint64, QString> *names)
{
    const QString what = tr("Cannot read the names of duplicate contacts");
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QList<qint64> chunk = ids.mid(from, 500);
        QVariantList binds;
        for (qint64 id : chunk)
            binds << id;
        SqlStatement q(conn, what);
        if (auto st = q.run(QStringLiteral("SELECT c.id, c.first_name, c.last_name,"
                                           " (SELECT MIN(e.email) FROM contact_emails e"
                                           "  WHERE e.contact_id = c.id)"
                                           " FROM contacts c WHERE c.id IN (%1)")
                                .arg(marks(int(chunk.size()))),
                            binds);
            !st)
            return st;
        while (q.next()) {
            Contact c;
            c.firstName = q.value(1).toString();
            c.lastName = q.value(2).toString();
            if (!q.value(3).isNull())
                c.emails.append({0, {}, q.value(3).toString()});
            names->insert(q.value(0).toLongLong(), c.displayName());
        }
    }
    return {};
}

} // namespace

qint64 MergePreview::defaultWinner(const QString &field) const
{
    for (const MergeFieldPreview &f : fields) {
        if (f.field == field)
            return isEmptyValue(f.keepValue) ? otherId : keepId;
    }
    return keepId;
}

bool MergePreview::differs(const QString &field) const
{
    for (const MergeFieldPreview &f : fields) {
        if (f.field == field)
            return f.keepText != f.otherText;
    }
    return false;
}

Result<QList<DuplicatePair>> DuplicateReview::candidates(int limitPerReason,
                                                         int maxGroupSize) const
{
    auto groups = DuplicateFinder(m_session).find(limitPerReason);
    if (!groups)
        return groups.error();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();

    QSet<PairKey> dismissed;
    {
        SqlStatement q(*conn, tr("Cannot read the pairs marked as not duplicates"));
        if (auto st = q.run(QStringLiteral("SELECT contact_a, contact_b FROM"
                                           " duplicate_dismissals"));
            !st)
            return st.error();
        while (q.next())
            dismissed.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }

    QMap<PairKey, DuplicatePair> pairs; // ordered by (keep, other)
    for (const DuplicateGroup &g : std::as_const(*groups)) {
        const QList<qint64> ids = g.contactIds.mid(0, qMax(2, maxGroupSize));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (qsizetype j = i + 1; j < ids.size(); ++j) {
                const PairKey key = ordered(ids.at(i), ids.at(j));
                if (dismissed.contains(key))
                    continue;
                DuplicatePair &p = pairs[key];
                p.keepId = key.first;
                p.otherId = key.second;
                if (!p.reasons.contains(g.reason)) {
                    p.reasons << g.reason;
                    p.keys << g.key;
                }
            }
        }
    }

    QList<qint64> ids;
    for (const PairKey &k : pairs.keys())
        ids << k.first << k.second;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<qint64, QString> names;
    if (auto st = readNames(*conn, ids, &names); !st)
        return st.error();

    QList<DuplicatePair> out;
    out.reserve(pairs.size());
    for (DuplicatePair &p : pairs) {
        p.keepName = names.value(p.keepId);
        p.otherName = names.value(p.otherId);
        out << p;
    }
    // The surest first: a shared email says more than a shared (office) phone, which says
    // more than a similar name; several reasons together more than any one.
    auto weight = [](const DuplicatePair &p) {
        int w = 0;
        for (const QString &r : p.reasons)
            w += r == QLatin1String("email") ? 4 : r == QLatin1String("phone") ? 2 : 1;
        return w;
    };
    std::stable_sort(out.begin(), out.end(), [&weight](const DuplicatePair &a,
                                                       const DuplicatePair &b) {
        return weight(a) > weight(b);
    });
    return out;
}

Result<MergePreview> DuplicateReview::preview(qint64 keepId, qint64 otherId) const
{
    const QString what = tr("Cannot preview the merge");
    const QString context = tr("contact %1 into contact %2").arg(otherId).arg(keepId);
    if (keepId == otherId)
        return Error {
            Error::Kind::Invalid, tr("A contact cannot be merged with itself"), context, {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();

    MergePreview out;
    out.keepId = keepId;
    out.otherId = otherId;
    const QStringList fields = ContactMerger::fields();
    QStringList columns;
    for (const QString &f : fields)
        columns << QStringLiteral("c.") + f;
    QVariantList values[2];
    QStringList texts[2];
    for (int side = 0; side < 2; ++side) {
        const qint64 id = side == 0 ? keepId : otherId;
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT %1, co.name, r.name, u.display_name"
                                           " FROM contacts c"
                                           " LEFT JOIN companies co ON co.id = c.company_id"
                                           " LEFT JOIN company_roles r ON r.id = c.company_role_id"
                                           " LEFT JOIN users u ON u.id = c.owner_id"
                                           " WHERE c.id = ? AND c.deleted_at IS NULL")
                                .arg(columns.join(QStringLiteral(", "))),
                            {id});
            !st)
            return st.error();
        if (!q.next()) {
            return Error {Error::Kind::NotFound,
                          tr("Contact %1 does not exist or is in the trash").arg(id),
                          context,
                          {}};
        }
        const int n = int(fields.size());
        for (int c = 0; c < n; ++c) {
            const QString &f = fields.at(c);
            const QVariant v = q.value(c);
            values[side] << v;
            QString text;
            if (v.isNull())
                text = QString();
            else if (f == QLatin1String("company_id"))
                text = q.value(n).toString();
            else if (f == QLatin1String("company_role_id"))
                text = q.value(n + 1).toString();
            else if (f == QLatin1String("owner_id"))
                text = q.value(n + 2).toString();
            else if (f == QLatin1String("last_contacted_at"))
                text = QDateTime::fromSecsSinceEpoch(v.toLongLong())
                           .toLocalTime()
                           .date()
                           .toString(Qt::ISODate);
            else if (f == QLatin1String("birthday"))
                text = v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : v.toString();
            else
                text = v.toString();
            texts[side] << text;
        }
    }
    for (int c = 0; c < int(fields.size()); ++c)
        out.fields << MergeFieldPreview {fields.at(c), {}, values[0].at(c), values[1].at(c),
                                         texts[0].at(c), texts[1].at(c)};
    {
        auto custom = CustomFieldRepository(m_session).fields(QStringLiteral("contact"));
        if (!custom)
            return custom.error();
        auto customValues = CustomFieldRepository(m_session)
                                .valuesFor(QStringLiteral("contact"), {keepId, otherId});
        if (!customValues)
            return customValues.error();
        for (const CustomField &f : std::as_const(*custom)) {
            const QString keep = customValues->value(keepId).value(f.id);
            const QString other = customValues->value(otherId).value(f.id);
            out.fields << MergeFieldPreview {QStringLiteral("custom:") + QString::number(f.id),
                                             f.name,
                                             keep.isEmpty() ? QVariant() : QVariant(keep),
                                             other.isEmpty() ? QVariant() : QVariant(other),
                                             keep.isEmpty() ? QString() : f.displayText(keep),
                                             other.isEmpty() ? QString() : f.displayText(other)};
        }
    }

    // The kept one's rows, then the other's that the merge moves (not the same value twice).
    struct List
    {
        QStringList *into;
        const char *select;
        const char *sameAs;
    };
    const List lists[] = {
        {&out.emails, "x.email", "k.email_norm = x.email_norm"},
        {&out.phones, "x.phone", "k.phone_digits = x.phone_digits"},
        {&out.messengers, "x.kind || ': ' || x.handle", "k.kind = x.kind AND k.handle = x.handle"},
    };
    const char *tables[] = {"contact_emails", "contact_phones", "contact_messengers"};
    for (int i = 0; i < 3; ++i) {
        const QString table = QLatin1String(tables[i]);
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT %1 FROM %2 x WHERE x.contact_id = ? OR"
                                           " (x.contact_id = ? AND NOT EXISTS (SELECT 1 FROM %2 k"
                                           "  WHERE k.contact_id = ? AND %3))"
                                           " ORDER BY CASE WHEN x.contact_id = ? THEN 0 ELSE 1"
                                           " END, x.id")
                                .arg(QLatin1String(lists[i].select), table,
                                     QLatin1String(lists[i].sameAs)),
                            {keepId, otherId, keepId, keepId});
            !st)
            return st.error();
        while (q.next())
            *lists[i].into << q.value(0).toString();
    }
    {
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT DISTINCT t.name FROM contact_tags ct JOIN tags"
                                           " t ON t.id = ct.tag_id WHERE ct.contact_id IN (?, ?)"
                                           " ORDER BY t.name"),
                            {keepId, otherId});
            !st)
            return st.error();
        while (q.next())
            out.tags << q.value(0).toString();
    }
    for (const char *table : {"activities", "deals", "tasks"}) {
        SqlStatement q(*conn, what);
        if (auto st = q.run(QStringLiteral("SELECT"
                                           " SUM(CASE WHEN contact_id = ? THEN 1 ELSE 0 END),"
                                           " SUM(CASE WHEN contact_id = ? THEN 1 ELSE 0 END)"
                                           " FROM %1 WHERE contact_id IN (?, ?) AND deleted_at"
                                           " IS NULL")
                                .arg(QLatin1String(table)),
                            {keepId, otherId, keepId, otherId});
            !st)
            return st.error();
        q.next();
        out.moved.insert(QLatin1String(table),
                         {q.value(0).toInt(), q.value(1).toInt()}); // NULL (no rows) -> 0
    }
    return out;
}

Status DuplicateReview::dismiss(qint64 a, qint64 b) const
{
    const PairKey key = ordered(a, b);
    const QString context = tr("contacts %1 and %2").arg(key.first).arg(key.second);
    if (a == b)
        return Error {Error::Kind::Invalid, tr("A contact is always the same as itself"), context,
                      {}};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const QString what = tr("Cannot mark the contacts as not duplicates");
    SqlStatement check(*conn, what);
    auto live = check.scalar(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id IN (?, ?)"),
                             {key.first, key.second});
    if (!live)
        return live.error();
    if (live->toInt() != 2)
        return Error {Error::Kind::NotFound, tr("One of the contacts does not exist"), context, {}};
    SqlStatement q(*conn, what);
    if (auto st = q.run(QStringLiteral("INSERT INTO duplicate_dismissals (contact_a, contact_b,"
                                       " dismissed_by) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1"
                                       " FROM duplicate_dismissals WHERE contact_a = ? AND"
                                       " contact_b = ?)"),
                        {key.first, key.second, nullIfZero(m_session.userId), key.first,
                         key.second});
        !st)
        return st;
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("contact"), key.first,
                                QStringLiteral("not_duplicate"),
                                {{QStringLiteral("other"), key.second}});
        !st)
        return st;
    return tx.commit();
}

Status DuplicateReview::undismiss(qint64 a, qint64 b) const
{
    const PairKey key = ordered(a, b);
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const QString what = tr("Cannot take back \"not a duplicate\"");
    SqlStatement check(*conn, what);
    auto marked = check.scalar(QStringLiteral("SELECT COUNT(*) FROM duplicate_dismissals WHERE"
                                              " contact_a = ? AND contact_b = ?"),
                               {key.first, key.second});
    if (!marked)
        return marked.error();
    if (marked->toInt() == 0) {
        return Error {Error::Kind::NotFound,
                      tr("Contacts %1 and %2 are not marked as \"not a duplicate\"")
                          .arg(key.first)
                          .arg(key.second),
                      what,
                      {}};
    }
    SqlStatement q(*conn, what);
    if (auto st = q.run(QStringLiteral("DELETE FROM duplicate_dismissals WHERE contact_a = ? AND"
                                       " contact_b = ?"),
                        {key.first, key.second});
        !st)
        return st;
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("contact"), key.first,
                                QStringLiteral("maybe_duplicate"),
                                {{QStringLiteral("other"), key.second}});
        !st)
        return st;
    return tx.commit();
}

Result<QList<DuplicateDismissal>> DuplicateReview::dismissals() const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the pairs marked as not duplicates"));
    if (auto st = q.run(QStringLiteral("SELECT d.contact_a, d.contact_b, d.dismissed_at,"
                                       " u.display_name FROM duplicate_dismissals d"
                                       " LEFT JOIN users u ON u.id = d.dismissed_by"
                                       " ORDER BY d.dismissed_at DESC, d.contact_a, d.contact_b"));
        !st)
        return st.error();
    QList<DuplicateDismissal> out;
    QList<qint64> ids;
    while (q.next()) {
        DuplicateDismissal d;
        d.contactA = q.value(0).toLongLong();
        d.contactB = q.value(1).toLongLong();
        d.dismissedAt = toDateTime(q.value(2));
        d.dismissedBy = q.value(3).toString();
        out << d;
        ids << d.contactA << d.contactB;
    }
    q.finish();
    QHash<qint64, QString> names;
    if (auto st = readNames(*conn, ids, &names); !st)
        return st.error();
    for (DuplicateDismissal &d : out) {
        d.nameA = names.value(d.contactA);
        d.nameB = names.value(d.contactB);
    }
    return out;
}

} // namespace kontor
