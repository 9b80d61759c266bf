#include "search/search_repository.h"

#include "search/search_sql.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::SearchRepository", text);
}

// How well a title answers the query, before the index's own score: the whole query as the
// title, then as its start, then a title word starting with the first query word.
int tier(const QString &title, const QString &query, const search::Terms &terms)
{
    const QString t = search::fold(title);
    const QString q = search::fold(query.trimmed());
    if (t == q)
        return 3;
    if (t.startsWith(q))
        return 2;
    if (!terms.words.isEmpty()) {
        const QString first = search::fold(terms.words.first());
        for (const QString &w : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.startsWith(first))
                return 1;
        }
    }
    return 0;
}

struct EntitySql
{
    SearchHit::Kind kind;
    QString sql;
    QVariantList binds;
};

// One ranked query per entity. SQLite ranks with FTS5's bm25 (the `rank` column, weights
// set by the migration); PostgreSQL with trigram similarity of the unaccented text.
// SQLite: the best `limit` live rows among the first kCandidates index matches, ranked by
// bm25. Ranking every match of a common word ("gmail", "mar") costs hundreds of ms on a
// million contacts; capping the candidates keeps the p95 inside the 50 ms budget, and the
// title tier in search() still brings exact name matches first.
constexpr int kCandidates = 1000;

// `source` selects (id, rank) from the index.
QString sqliteRanked(const QString &source, const char *table, const QString &extra = {})
{
    return QStringLiteral("(SELECT h.id, h.rank FROM (%1 LIMIT %3) h JOIN %2 t ON t.id = h.id"
                          " AND t.deleted_at IS NULL%4 ORDER BY h.rank LIMIT ?) f")
        .arg(source, QLatin1String(table))
        .arg(kCandidates)
        .arg(extra.isEmpty() ? QString() : QStringLiteral(" AND ") + extra);
}

QString ftsSource(const char *fts)
{
    return QStringLiteral("SELECT rowid AS id, rank FROM %1 WHERE %1 MATCH ?").arg(QLatin1String(fts));
}

EntitySql contactSql(const Dialect &d, const QString &text, const search::Terms &terms, int limit)
{
    const QString columns = QStringLiteral(
        "c.id, c.first_name || ' ' || c.last_name, co.name,"
        " (SELECT e.email FROM contact_emails e WHERE e.contact_id = c.id ORDER BY e.position"
        " LIMIT 1),"
        " (SELECT p.phone FROM contact_phones p WHERE p.contact_id = c.id ORDER BY p.position"
        " LIMIT 1)");
    EntitySql q {SearchHit::Kind::Contact, {}, {}};
    if (d.isSqlite()) {
        const search::SqliteContactQuery sq = search::sqliteContactQuery(terms, QStringLiteral("h.id"));
        q.sql = QStringLiteral("SELECT %1, -f.rank FROM %2 JOIN contacts c ON c.id = f.id"
                               " LEFT JOIN companies co ON co.id = c.company_id ORDER BY f.rank")
                    .arg(columns, sqliteRanked(sq.source, "contacts", sq.extra));
        q.binds << sq.binds << sq.extraBinds << limit;
    } else {
        const QString cond = search::contactCondition(d, QStringLiteral("c.id"), terms, &q.binds);
        q.sql = QStringLiteral("SELECT %1, similarity(s.body, kontor_search_text(?)) AS score"
                               " FROM contacts c JOIN contact_search s ON s.contact_id = c.id"
                               " LEFT JOIN companies co ON co.id = c.company_id"
                               " WHERE %2 AND c.deleted_at IS NULL ORDER BY score DESC, c.id"
                               " LIMIT ?")
                    .arg(columns, cond);
        q.binds.prepend(text);
        q.binds << limit;
    }
    return q;
}

EntitySql companySql(const Dialect &d, const QString &text, const search::Terms &terms, int limit)
{
    EntitySql q {SearchHit::Kind::Company, {}, {}};
    if (d.isSqlite()) {
        q.sql = QStringLiteral("SELECT co.id, co.name, co.city, -f.rank FROM %1"
                               " JOIN companies co ON co.id = f.id ORDER BY f.rank")
                    .arg(sqliteRanked(ftsSource("company_fts"), "companies"));
        q.binds << search::ftsMatch(terms) << limit;
    } else {
        const QString cond = search::companyCondition(d, QStringLiteral("co.id"), terms, &q.binds);
        q.sql = QStringLiteral("SELECT co.id, co.name, co.city,"
                               " similarity(s.body, kontor_search_text(?)) AS score"
                               " FROM companies co JOIN company_search s ON s.company_id = co.id"
                               " WHERE %1 AND co.deleted_at IS NULL ORDER BY score DESC, co.id"
                               " LIMIT ?")
                    .arg(cond);
        q.binds.prepend(text);
        q.binds << limit;
    }
    return q;
}

EntitySql dealSql(const Dialect &d, const QString &text, const search::Terms &terms, int limit)
{
    EntitySql q {SearchHit::Kind::Deal, {}, {}};
    if (d.isSqlite()) {
        q.sql
            = QStringLiteral("SELECT dl.id, dl.title, st.name, -f.rank FROM %1"
                             " JOIN deals dl ON dl.id = f.id JOIN stages st ON st.id = dl.stage_id"
                             " ORDER BY f.rank")
                  .arg(sqliteRanked(ftsSource("deal_fts"), "deals"));
        q.binds << search::ftsMatch(terms) << limit;
    } else {
        const QString cond = search::dealCondition(d, QStringLiteral("dl.id"), terms, &q.binds);
        q.sql = QStringLiteral("SELECT dl.id, dl.title, st.name,"
                               " similarity(s.body, kontor_search_text(?)) AS score"
                               " FROM deals dl JOIN deal_search s ON s.deal_id = dl.id"
                               " JOIN stages st ON st.id = dl.stage_id"
                               " WHERE %1 AND dl.deleted_at IS NULL ORDER BY score DESC, dl.id"
                               " LIMIT ?")
                    .arg(cond);
        q.binds.prepend(text);
        q.binds << limit;
    }
    return q;
}

} // namespace

QString SearchHit::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Contact:
        return QStringLiteral("contact");
    case Kind::Company:
        return QStringLiteral("company");
    case Kind::Deal:
        return QStringLiteral("deal");
    }
    return {};
}

Result<QList<SearchHit>> SearchRepository::search(const QString &text, int limit) const
{
    limit = qBound(1, limit, 500);
    const search::Terms terms = search::parseTerms(text);
    if (terms.isEmpty())
        return QList<SearchHit> {};
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    const Dialect &d = m_session.db->dialect();

    struct Ranked
    {
        SearchHit hit;
        int tier;
        int position; // within its entity's ranked list
    };
    std::vector<Ranked> all;
    const QString what = tr("Cannot search for \"%1\"").arg(text.trimmed());
    for (const EntitySql &q : {contactSql(d, text, terms, limit), companySql(d, text, terms, limit),
                               dealSql(d, text, terms, limit)}) {
        SqlStatement st(*conn, what);
        if (auto ok = st.run(q.sql, q.binds); !ok)
            return ok.error();
        int position = 0;
        while (st.next()) {
            SearchHit h;
            h.kind = q.kind;
            h.id = st.value(0).toLongLong();
            h.title = st.value(1).toString().trimmed();
            if (q.kind == SearchHit::Kind::Contact) {
                QStringList parts;
                for (int i = 2; i <= 4; ++i) {
                    if (!st.value(i).toString().isEmpty())
                        parts << st.value(i).toString();
                }
                h.subtitle = parts.join(QStringLiteral(" · "));
                h.score = st.value(5).toDouble();
            } else {
                h.subtitle = st.value(2).toString();
                h.score = st.value(3).toDouble();
            }
            all.push_back({h, tier(h.title, text, terms), position++});
        }
    }
    // Best first: how well the title answers the query, then each index's own rank,
    // interleaving the entities by their place in their own list.
    std::stable_sort(all.begin(), all.end(), [](const Ranked &a, const Ranked &b) {
        if (a.tier != b.tier)
            return a.tier > b.tier;
        return a.position < b.position;
    });
    QList<SearchHit> out;
    for (const Ranked &r : all) {
        if (out.size() == limit)
            break;
        out.append(r.hit);
    }
    return out;
}

} // namespace kontor
