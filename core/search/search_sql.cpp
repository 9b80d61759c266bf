#include "search/search_sql.h"

#include "storage/sql.h"

namespace kontor::search {

namespace {

bool isWordChar(QChar ch)
{
    return ch.isLetterOrNumber() || ch.isMark();
}

bool isPhoneChar(QChar ch)
{
    return ch.isDigit() || ch.isSpace() || QStringLiteral("+()-./").contains(ch);
}

QString quoted(const QString &word)
{
    // Words hold no '"' (it is a separator), so quoting needs no escaping; the result is a
    // bound value, never SQL.
    return QLatin1Char('"') + word + QStringLiteral("\"*");
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits += QChar(QLatin1Char(char('0' + ch.digitValue())));
    }
    return digits;
}

} // namespace

Terms parseTerms(const QString &text)
{
    Terms t;
    const QString trimmed = text.trimmed();
    const QString digits = digitsOf(trimmed);
    if (digits.size() >= 3 && std::all_of(trimmed.begin(), trimmed.end(), isPhoneChar)) {
        t.phoneDigits = digits;
        return t;
    }
    QString word;
    for (const QChar ch : trimmed) {
        if (isWordChar(ch)) {
            word += ch;
        } else if (!word.isEmpty()) {
            t.words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        t.words << word;
    // A handful of words is plenty for a quick search and keeps the query small.
    if (t.words.size() > 8)
        t.words = t.words.mid(0, 8);
    return t;
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (!ch.isMark())
            out += ch;
    }
    return out.toCaseFolded();
}

QString ftsMatch(const Terms &terms)
{
    if (!terms.phoneDigits.isEmpty())
        return quoted(terms.phoneDigits);
    QStringList parts;
    for (const QString &w : terms.words)
        parts << quoted(w);
    return parts.join(QLatin1Char(' '));
}

namespace {

bool isDigitWord(const QString &w)
{
    return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
}

// A trigram-table query for a run of digits anywhere in a number: a phrase, not a prefix.
QString digitsPhrase(const QString &digits)
{
    return QLatin1Char('"') + digitsOf(digits) + QLatin1Char('"');
}

QString inFts(const QString &idColumn, const char *fts)
{
    return QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
        .arg(idColumn, QLatin1String(fts));
}

} // namespace

SqliteContactQuery sqliteContactQuery(const Terms &terms, const QString &idColumn)
{
    static const QString fromFts
        = QStringLiteral("SELECT rowid AS id, rank FROM %1 WHERE %1 MATCH ?");
    SqliteContactQuery q;
    if (!terms.phoneDigits.isEmpty()) {
        q.source = fromFts.arg(QStringLiteral("contact_phone_fts"));
        q.binds << digitsPhrase(terms.phoneDigits);
        return q;
    }
    QStringList text;
    QStringList digitWords;
    for (const QString &w : terms.words)
        (isDigitWord(w) ? digitWords : text) << w;
    if (!text.isEmpty()) {
        q.source = fromFts.arg(QStringLiteral("contact_fts"));
        Terms t;
        t.words = text;
        q.binds << ftsMatch(t);
    } else {
        // Only numbers, written with marks that are not phone punctuation ("100%", "#4567"):
        // the first one in a name or e-mail, or in a phone.
        const QString first = digitWords.takeFirst();
        q.source = QStringLiteral("SELECT id, min(rank) AS rank FROM (%1 UNION ALL %2)"
                                  " GROUP BY id")
                       .arg(fromFts.arg(QStringLiteral("contact_fts")),
                            fromFts.arg(QStringLiteral("contact_phone_fts")));
        q.binds << quoted(first) << digitsPhrase(first);
    }
    // A number among words may be in a name, an e-mail or a phone: "Ivan 4567".
    QStringList extra;
    for (const QString &w : digitWords) {
        extra << QStringLiteral("(%1 OR %2)")
                     .arg(inFts(idColumn, "contact_fts"), inFts(idColumn, "contact_phone_fts"));
        q.extraBinds << quoted(w) << digitsPhrase(w);
    }
    q.extra = extra.join(QStringLiteral(" AND "));
    return q;
}

namespace {

// PostgreSQL: every word a substring of the unaccented body (trigram-indexed); digit words
// may also be part of a phone number.
QString pgTerms(const Terms &terms, bool withPhones, QVariantList *binds)
{
    QStringList conds;
    if (!terms.phoneDigits.isEmpty()) {
        const QString like = QLatin1Char('%') + terms.phoneDigits + QLatin1Char('%');
        if (withPhones) {
            conds << QStringLiteral("s.phones LIKE ?");
            *binds << like;
        } else {
            conds << QStringLiteral("s.body LIKE ?");
            *binds << like;
        }
    }
    for (const QString &w : terms.words) {
        const QString like = QLatin1Char('%') + escapeLike(w) + QLatin1Char('%');
        bool digits = std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
        if (withPhones && digits) {
            conds << QStringLiteral("(s.body LIKE kontor_search_text(?) OR s.phones LIKE ?)");
            *binds << like << QLatin1Char('%') + digitsOf(w) + QLatin1Char('%');
        } else {
            conds << QStringLiteral("s.body LIKE kontor_search_text(?)");
            *binds << like;
        }
    }
    return conds.join(QStringLiteral(" AND "));
}

QString condition(const Dialect &dialect, const QString &idColumn, const Terms &terms,
                  QVariantList *binds, const char *fts, const char *table, const char *key,
                  bool phones)
{
    if (terms.isEmpty())
        return QStringLiteral("1 = 0");
    if (dialect.isSqlite()) {
        if (!phones) {
            *binds << ftsMatch(terms);
            return inFts(idColumn, fts);
        }
        const SqliteContactQuery q = sqliteContactQuery(terms, idColumn);
        *binds << q.binds << q.extraBinds;
        QString cond = QStringLiteral("%1 IN (SELECT id FROM (%2))").arg(idColumn, q.source);
        if (!q.extra.isEmpty())
            cond += QStringLiteral(" AND ") + q.extra;
        return cond;
    }
    return QStringLiteral("%1 IN (SELECT s.%2 FROM %3 s WHERE %4)")
        .arg(idColumn, QLatin1String(key), QLatin1String(table), pgTerms(terms, phones, binds));
}

} // namespace

QString contactCondition(const Dialect &dialect, const QString &idColumn, const Terms &terms,
                         QVariantList *binds)
{
    return condition(dialect, idColumn, terms, binds, "contact_fts", "contact_search", "contact_id",
                     true);
}

QString companyCondition(const Dialect &dialect, const QString &idColumn, const Terms &terms,
                         QVariantList *binds)
{
    return condition(dialect, idColumn, terms, binds, "company_fts", "company_search", "company_id",
                     false);
}

QString dealCondition(const Dialect &dialect, const QString &idColumn, const Terms &terms,
                      QVariantList *binds)
{
    return condition(dialect, idColumn, terms, binds, "deal_fts", "deal_search", "deal_id", false);
}

} // namespace kontor::search
