#include "contacts/duplicates.h"

#include "storage/fold_keys.h"
#include "storage/sql.h"
#include "storage/transaction.h"

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
    const char *groupBy; // columns the key is made of, grouped by to read them from an index
    const char *from; // rows carrying the key, each with its contact c
};

const Rule kRules[] = {
    {"email", "e.email_norm", "e.email_norm",
     "contact_emails e JOIN contacts c ON c.id = e.contact_id AND c.deleted_at IS NULL"},
    {"phone", "p.phone_digits", "p.phone_digits",
     "contact_phones p JOIN contacts c ON c.id = p.contact_id AND c.deleted_at IS NULL"},
    // Same company, same last name and first initial: "J. Smith" and "John Smith" at Acme,
    // "ИВАНОВ Иван" and "Иванов И.". The surname and initial are compared folded in C++
    // (contacts.surname_key, see fold_keys.h): SQLite's lower() folds ASCII letters only.
    // Grouped by the two columns, in the order of their index contacts_by_surname_key.
    {"name", "CAST(c.company_id AS TEXT) || ':' || c.surname_key", "c.surname_key, c.company_id",
     "contacts c"},
};

} // namespace

Result<QList<DuplicateGroup>> DuplicateFinder::find(int limit) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    {
        // Contacts renamed past the repository (a merge, its undo, an import's undo) have no
        // surname key until folded: without this they would drop out of the name rule. A
        // write transaction of its own, short (usually nothing to fold): the scan below
        // only reads and must not hold the write lock the UI's saves wait for.
        Transaction tx(*conn, m_session.db->dialect());
        if (!tx.ok())
            return tx.error();
        if (auto st = fillMissingFoldKeys(*conn); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
    }
    QList<DuplicateGroup> out;
    for (const Rule &r : kRules) {
        const QString key = QLatin1String(r.key);
        const QString groupBy = QLatin1String(r.groupBy);
        const QString from = QLatin1String(r.from);
        QString where = QStringLiteral("c.deleted_at IS NULL");
        if (QLatin1String(r.reason) == QLatin1String("name"))
            where += QStringLiteral(" AND c.company_id IS NOT NULL AND c.surname_key <> ''");
        else if (QLatin1String(r.reason) == QLatin1String("phone"))
            where += QStringLiteral(" AND length(p.phone_digits) >= 6");
        // Keys shared by more than one contact, then every contact carrying one of them,
        // matched by the key's columns (a row value) so that their index finds the rows
        // rather than every contact being read and its key made.
        const QString sql = QStringLiteral("SELECT %1 AS k, c.id FROM %2 WHERE %3 AND (%4) IN ("
                                           " SELECT %4 FROM %2 WHERE %3 GROUP BY %4"
                                           " HAVING COUNT(DISTINCT c.id) > 1 ORDER BY %1 LIMIT ?)"
                                           " GROUP BY %1, c.id ORDER BY k, c.id")
                                .arg(key, from, where, groupBy);
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
