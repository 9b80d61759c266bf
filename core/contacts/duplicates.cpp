#include "contacts/duplicates.h"

#include "storage/sql.h"

#include <QCoreApplication>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::DuplicateFinder", text);
}

struct Rule
{
    const char *reason;
    const char *key; // whitelisted key expression
    const char *from; // rows carrying the key, each with its contact c
};

const Rule kRules[] = {
    {"email", "e.email_norm",
     "contact_emails e JOIN contacts c ON c.id = e.contact_id AND c.deleted_at IS NULL"},
    {"phone", "p.phone_digits",
     "contact_phones p JOIN contacts c ON c.id = p.contact_id AND c.deleted_at IS NULL"},
    // Same company, same last name and first initial: "J. Smith" and "John Smith" at Acme.
    {"name",
     "CAST(c.company_id AS TEXT) || ':' || lower(c.last_name) || ' ' ||"
     " lower(substr(c.first_name, 1, 1))",
     "contacts c"},
};

} // namespace

Result<QList<DuplicateGroup>> DuplicateFinder::find(int limit) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    QList<DuplicateGroup> out;
    for (const Rule &r : kRules) {
        const QString key = QLatin1String(r.key);
        const QString from = QLatin1String(r.from);
        QString where = QStringLiteral("c.deleted_at IS NULL");
        if (QLatin1String(r.reason) == QLatin1String("name"))
            where += QStringLiteral(" AND c.company_id IS NOT NULL AND c.last_name <> ''");
        else if (QLatin1String(r.reason) == QLatin1String("phone"))
            where += QStringLiteral(" AND length(p.phone_digits) >= 6");
        // Keys shared by more than one contact, then every contact carrying one of them.
        const QString sql = QStringLiteral("SELECT %1 AS k, c.id FROM %2 WHERE %3 AND %1 IN ("
                                           " SELECT %1 FROM %2 WHERE %3 GROUP BY %1"
                                           " HAVING COUNT(DISTINCT c.id) > 1 ORDER BY %1 LIMIT ?)"
                                           " GROUP BY %1, c.id ORDER BY k, c.id")
                                .arg(key, from, where);
        SqlStatement q(*conn, tr("Cannot look for duplicate contacts"));
        if (auto st = q.run(sql, {qBound(1, limit, 100000)}); !st)
            return st.error();
        while (q.next()) {
            const QString k = q.value(0).toString();
            if (out.isEmpty() || out.last().reason != QLatin1String(r.reason)
                || out.last().key != k)
                out.append({QLatin1String(r.reason), k, {}});
            out.last().contactIds << q.value(1).toLongLong();
        }
    }
    return out;
}

} // namespace kontor
