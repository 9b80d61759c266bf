#include "storage/fold_keys.h"

#include "storage/sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace kontor {

namespace {

// The one-to-many ("F") entries of Unicode's CaseFolding.txt, which Qt's toCaseFolded()
// leaves out (it applies the one-to-one "C" and "S" entries only): ß and ẞ -> "ss", the
// ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, Greek letters with a subscript iota, ... Without them "STRASSE"
// never found "Straße". Sorted by code point, all in the BMP. Turkic-only ("T") entries are
// left out: a key must not depend on the language of whoever typed the name.
struct FullFold
{
    char16_t from;
    const char16_t *to;
};

constexpr FullFold kFullFolds[] = {
    {0x00DF, u"ss"}, {0x0130, u"i\u0307"}, {0x0149, u"\u02BCn"}, {0x01F0, u"j\u030C"},
    {0x0390, u"\u03B9\u0308\u0301"}, {0x03B0, u"\u03C5\u0308\u0301"}, {0x0587, u"\u0565\u0582"},
    {0x1E96, u"h\u0331"}, {0x1E97, u"t\u0308"}, {0x1E98, u"w\u030A"}, {0x1E99, u"y\u030A"},
    {0x1E9A, u"a\u02BE"}, {0x1E9E, u"ss"}, {0x1F50, u"\u03C5\u0313"},
    {0x1F52, u"\u03C5\u0313\u0300"}, {0x1F54, u"\u03C5\u0313\u0301"},
    {0x1F56, u"\u03C5\u0313\u0342"}, {0x1F80, u"\u1F00\u03B9"}, {0x1F81, u"\u1F01\u03B9"},
    {0x1F82, u"\u1F02\u03B9"}, {0x1F83, u"\u1F03\u03B9"}, {0x1F84, u"\u1F04\u03B9"},
    {0x1F85, u"\u1F05\u03B9"}, {0x1F86, u"\u1F06\u03B9"}, {0x1F87, u"\u1F07\u03B9"},
    {0x1F88, u"\u1F00\u03B9"}, {0x1F89, u"\u1F01\u03B9"}, {0x1F8A, u"\u1F02\u03B9"},
    {0x1F8B, u"\u1F03\u03B9"}, {0x1F8C, u"\u1F04\u03B9"}, {0x1F8D, u"\u1F05\u03B9"},
    {0x1F8E, u"\u1F06\u03B9"}, {0x1F8F, u"\u1F07\u03B9"}, {0x1F90, u"\u1F20\u03B9"},
    {0x1F91, u"\u1F21\u03B9"}, {0x1F92, u"\u1F22\u03B9"}, {0x1F93, u"\u1F23\u03B9"},
    {0x1F94, u"\u1F24\u03B9"}, {0x1F95, u"\u1F25\u03B9"}, {0x1F96, u"\u1F26\u03B9"},
    {0x1F97, u"\u1F27\u03B9"}, {0x1F98, u"\u1F20\u03B9"}, {0x1F99, u"\u1F21\u03B9"},
    {0x1F9A, u"\u1F22\u03B9"}, {0x1F9B, u"\u1F23\u03B9"}, {0x1F9C, u"\u1F24\u03B9"},
    {0x1F9D, u"\u1F25\u03B9"}, {0x1F9E, u"\u1F26\u03B9"}, {0x1F9F, u"\u1F27\u03B9"},
    {0x1FA0, u"\u1F60\u03B9"}, {0x1FA1, u"\u1F61\u03B9"}, {0x1FA2, u"\u1F62\u03B9"},
    {0x1FA3, u"\u1F63\u03B9"}, {0x1FA4, u"\u1F64\u03B9"}, {0x1FA5, u"\u1F65\u03B9"},
    {0x1FA6, u"\u1F66\u03B9"}, {0x1FA7, u"\u1F67\u03B9"}, {0x1FA8, u"\u1F60\u03B9"},
    {0x1FA9, u"\u1F61\u03B9"}, {0x1FAA, u"\u1F62\u03B9"}, {0x1FAB, u"\u1F63\u03B9"},
    {0x1FAC, u"\u1F64\u03B9"}, {0x1FAD, u"\u1F65\u03B9"}, {0x1FAE, u"\u1F66\u03B9"},
    {0x1FAF, u"\u1F67\u03B9"}, {0x1FB2, u"\u1F70\u03B9"}, {0x1FB3, u"\u03B1\u03B9"},
    {0x1FB4, u"\u03AC\u03B9"}, {0x1FB6, u"\u03B1\u0342"}, {0x1FB7, u"\u03B1\u0342\u03B9"},
    {0x1FBC, u"\u03B1\u03B9"}, {0x1FC2, u"\u1F74\u03B9"}, {0x1FC3, u"\u03B7\u03B9"},
    {0x1FC4, u"\u03AE\u03B9"}, {0x1FC6, u"\u03B7\u0342"}, {0x1FC7, u"\u03B7\u0342\u03B9"},
    {0x1FCC, u"\u03B7\u03B9"}, {0x1FD2, u"\u03B9\u0308\u0300"}, {0x1FD3, u"\u03B9\u0308\u0301"},
    {0x1FD6, u"\u03B9\u0342"}, {0x1FD7, u"\u03B9\u0308\u0342"}, {0x1FE2, u"\u03C5\u0308\u0300"},
    {0x1FE3, u"\u03C5\u0308\u0301"}, {0x1FE4, u"\u03C1\u0313"}, {0x1FE6, u"\u03C5\u0342"},
    {0x1FE7, u"\u03C5\u0308\u0342"}, {0x1FF2, u"\u1F7C\u03B9"}, {0x1FF3, u"\u03C9\u03B9"},
    {0x1FF4, u"\u03CE\u03B9"}, {0x1FF6, u"\u03C9\u0342"}, {0x1FF7, u"\u03C9\u0342\u03B9"},
    {0x1FFC, u"\u03C9\u03B9"}, {0xFB00, u"ff"}, {0xFB01, u"fi"}, {0xFB02, u"fl"}, {0xFB03, u"ffi"},
    {0xFB04, u"ffl"}, {0xFB05, u"st"}, {0xFB06, u"st"}, {0xFB13, u"\u0574\u0576"},
    {0xFB14, u"\u0574\u0565"}, {0xFB15, u"\u0574\u056B"}, {0xFB16, u"\u057E\u0576"},
    {0xFB17, u"\u0574\u056D"}
};

const char16_t *fullFold(char16_t c)
{
    if (c < kFullFolds[0].from || c > std::end(kFullFolds)[-1].from)
        return nullptr;
    const auto it = std::lower_bound(std::begin(kFullFolds), std::end(kFullFolds), c,
                                     [](const FullFold &f, char16_t v) { return f.from < v; });
    return it != std::end(kFullFolds) && it->from == c ? it->to : nullptr;
}

// Characters whose NFKC form is themselves, of combining class 0, that never compose with the
// character before them: text made only of them is NFKC already, and stays so when folded
// (their folds are letters of the same ranges, "ss", or "i" + U+0307, which composes with
// nothing). ASCII, Latin-1's letters, Latin Extended-A up to ı, Cyrillic without its
// combining marks. Checked against Qt's tables by a test that covers every BMP character.
// Below U+00A0 alone would not be enough: Latin-1 has compatibility characters (NBSP, ª, ²,
// µ, ¼, ...), and names in Latin scripts and Cyrillic would all take the slow path.
inline bool nfkcStable(char16_t c)
{
    return c < 0xA0 || (c >= 0xC0 && c < 0x132) || (c >= 0x400 && c < 0x483)
        || (c >= 0x48A && c < 0x530);
}

// Full case folding of `text`: the expansions of kFullFolds, then Qt's one-to-one folding.
QString caseFold(const QString &text)
{
    QString expanded;
    qsizetype copied = 0; // text[0, copied) is in `expanded` already
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t *to = fullFold(text.at(i).unicode());
        if (!to)
            continue;
        if (expanded.isEmpty())
            expanded.reserve(text.size() + 8);
        expanded += QStringView(text).mid(copied, i - copied);
        expanded += QStringView(to);
        copied = i + 1;
    }
    if (copied == 0)
        return text.toCaseFolded(); // the usual case: nothing folds to several letters
    expanded += QStringView(text).mid(copied);
    // The expansions are folded already; the rest gets Qt's one-to-one folding (ς -> σ, ...).
    return expanded.toCaseFolded();
}

} // namespace

QString foldKey(const QString &text)
{
    const QString trimmed = text.trimmed();
    // An import folds a key or more per row: the normalizations cost about a third more per
    // Cyrillic name, next to nothing when skipped like this (measured with Qt 6.4, which
    // only skips pure ASCII itself).
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return nfkcStable(c.unicode()); }))
        return caseFold(trimmed);
    // NFKC first: "Cafe" + U+0301 (NFD, as macOS and some exports write it) is "Café", and
    // full-width "ＡＣＭＥ" or the ligature "ﬁ" their plain letters. NFKC again after folding,
    // which can undo it (ΐ folds to ι + two combining marks). Trimmed again: NFKC turns some
    // characters into a space and a combining mark.
    return caseFold(trimmed.normalized(QString::NormalizationForm_KC))
        .normalized(QString::NormalizationForm_KC)
        .trimmed();
}

namespace {

// A table whose rows carry a folded key: the key column, the columns it is made of (read as
// columns 2, 3, ... of the refold's SELECT) and how it is made of them.
struct KeyedTable
{
    const char *table;
    const char *keyColumn;
    const char *sourceColumns;
    QString (*key)(const SqlStatement &row);
};

const KeyedTable kCompanies{"companies", "name_fold", "name",
                            [](const SqlStatement &q) { return foldKey(q.value(2).toString()); }};
const KeyedTable kDeals{"deals", "title_fold", "title",
                        [](const SqlStatement &q) { return foldKey(q.value(2).toString()); }};
const KeyedTable kContacts{"contacts", "name_fold", "first_name, last_name", [](const SqlStatement &q) {
                               return contactNameKey(q.value(2).toString(), q.value(3).toString());
                           }};
// Step 18's column: not part of refoldAll(), which step 17 runs before the column exists.
const KeyedTable kContactSurnames{"contacts", "surname_key", "first_name, last_name", [](const SqlStatement &q) {
                                      return contactSurnameKey(q.value(2).toString(), q.value(3).toString());
                                  }};

// Writes the key into every row whose key is NULL (`everyRow` false) or, with `everyRow`,
// into every row whose key differs from it (after foldKey() itself changed: schema steps
// 16, 17). A chunk of rows at a time, in id order: a bulk-loaded base has millions of
// contacts, and their new keys all at once took a hundred megabytes.
Status refold(const QSqlDatabase &conn, const KeyedTable &t, bool everyRow)
{
    const QString table = QLatin1String(t.table);
    const QString what = QCoreApplication::translate("kontor::FoldKeys",
                                                     "Cannot prepare the %1 for look-ups by name")
                             .arg(table);
    constexpr int kChunk = 20000;
    const QString select = QStringLiteral("SELECT id, %1, %2 FROM %3 WHERE id > ?%4 ORDER BY id LIMIT %5")
                               .arg(QLatin1String(t.keyColumn), QLatin1String(t.sourceColumns), table,
                                    everyRow ? QString()
                                             : QStringLiteral(" AND %1 IS NULL").arg(QLatin1String(t.keyColumn)))
                               .arg(kChunk);
    SqlStatement update(conn, what); // prepared once
    bool prepared = false;
    qint64 after = 0;
    for (;;) {
        QList<QPair<qint64, QString>> changed;
        int rows = 0;
        {
            SqlStatement q(conn, what);
            if (auto st = q.run(select, {after}); !st)
                return st;
            while (q.next()) {
                ++rows;
                after = q.value(0).toLongLong();
                const QString key = t.key(q);
                if (q.value(1).isNull() || q.value(1).toString() != key)
                    changed.append({after, key});
            }
        }
        if (!changed.isEmpty() && !prepared) {
            if (auto st = update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                             .arg(table, QLatin1String(t.keyColumn)));
                !st)
                return st;
            prepared = true;
        }
        for (const auto &[id, key] : std::as_const(changed)) {
            update.bind(key).bind(id);
            if (auto st = update.exec(); !st)
                return st;
        }
        if (rows < kChunk)
            return {};
    }
}

// Companies and deals: the keys of steps 12 and 16, which run before contacts have one.
Status refoldCompaniesDeals(const QSqlDatabase &conn, bool everyRow)
{
    if (auto st = refold(conn, kCompanies, everyRow); !st)
        return st;
    return refold(conn, kDeals, everyRow);
}

Status refoldAll(const QSqlDatabase &conn, bool everyRow)
{
    if (auto st = refoldCompaniesDeals(conn, everyRow); !st)
        return st;
    return refold(conn, kContacts, everyRow);
}

} // namespace

bool sameName(const QString &a, const QString &b)
{
    return foldKey(a) == foldKey(b);
}

QString contactNameKey(const QString &firstName, const QString &lastName)
{
    return foldKey(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed());
}

QString contactSurnameKey(const QString &firstName, const QString &lastName)
{
    const QString last = foldKey(lastName);
    if (last.isEmpty())
        return QStringLiteral(""); // not a null QString: that would be bound as NULL
    // The first character of the folded first name, as the old lower(substr(first_name, 1, 1))
    // took the first one; both halves of a surrogate pair, never one alone.
    const QString first = foldKey(firstName);
    qsizetype initial = first.isEmpty() ? 0 : 1;
    if (first.size() > 1 && first.at(0).isHighSurrogate() && first.at(1).isLowSurrogate())
        initial = 2;
    return last + QLatin1Char(' ') + first.left(initial);
}

Status keepKeyAfterRename(const QSqlDatabase &conn, const QString &table, const QString &keyColumn,
                          qint64 id, const QString &key)
{
    SqlStatement q(conn, QCoreApplication::translate("kontor::FoldKeys",
                                                     "Cannot prepare the %1 for look-ups by name")
                             .arg(table));
    return q.run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL").arg(table, keyColumn),
                 {key, id});
}

Status fillMissingFoldKeys(const QSqlDatabase &conn)
{
    if (auto st = refoldAll(conn, false); !st)
        return st;
    return refold(conn, kContactSurnames, false);
}

Migration foldKeysMigration()
{
    Migration m{12, QStringLiteral("case-folded company names and deal titles for look-ups"), {}, {}, {}};
    m.statements = {
        QStringLiteral("ALTER TABLE companies ADD COLUMN name_fold TEXT"),
        QStringLiteral("ALTER TABLE deals ADD COLUMN title_fold TEXT"),
        QStringLiteral("CREATE INDEX companies_by_name_fold ON companies (name_fold)"),
        QStringLiteral("CREATE INDEX deals_by_title_fold ON deals (title_fold)"),
    };
    // A name changed by a writer that did not refold it (an import's undo, a bulk update)
    // loses its key, which fillMissingFoldKeys() recomputes, instead of keeping a wrong one.
    m.sqliteOnly = {
        QStringLiteral("CREATE TRIGGER companies_name_fold_stale AFTER UPDATE OF name ON companies"
                       " WHEN NEW.name IS NOT OLD.name AND NEW.name_fold IS OLD.name_fold"
                       " BEGIN UPDATE companies SET name_fold = NULL WHERE id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER deals_title_fold_stale AFTER UPDATE OF title ON deals"
                       " WHEN NEW.title IS NOT OLD.title AND NEW.title_fold IS OLD.title_fold"
                       " BEGIN UPDATE deals SET title_fold = NULL WHERE id = NEW.id; END"),
    };
    m.postgresOnly = {
        QStringLiteral("CREATE FUNCTION kontor_fold_stale_trg() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF TG_TABLE_NAME = 'companies' THEN"
                       "  IF NEW.name IS DISTINCT FROM OLD.name"
                       "     AND NEW.name_fold IS NOT DISTINCT FROM OLD.name_fold THEN"
                       "   NEW.name_fold := NULL; END IF;"
                       " ELSIF NEW.title IS DISTINCT FROM OLD.title"
                       "     AND NEW.title_fold IS NOT DISTINCT FROM OLD.title_fold THEN"
                       "  NEW.title_fold := NULL;"
                       " END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER companies_name_fold_stale BEFORE UPDATE OF name ON companies"
                       " FOR EACH ROW EXECUTE FUNCTION kontor_fold_stale_trg()"),
        QStringLiteral("CREATE TRIGGER deals_title_fold_stale BEFORE UPDATE OF title ON deals"
                       " FOR EACH ROW EXECUTE FUNCTION kontor_fold_stale_trg()"),
    };
    // Companies and deals only (what fillMissingFoldKeys() did when this step shipped):
    // contacts get their key at step 17.
    m.backfill = [](const QSqlDatabase &conn) { return refoldCompaniesDeals(conn, false); };
    return m;
}

Migration fullCaseFoldMigration()
{
    // No DDL: the keys of step 12 were folded one-to-one by Qt, so "Straße" was stored as
    // "straße" and never met "STRASSE" ("strasse"). Every key is recomputed with foldKey() as
    // it folds now, in the step's transaction; rows whose key is unchanged are not written.
    Migration m{16, QStringLiteral("full case folding of company and deal name keys (ß = ss)"), {}, {}, {}};
    m.backfill = [](const QSqlDatabase &conn) { return refoldCompaniesDeals(conn, true); };
    return m;
}

Migration contactNameKeysMigration()
{
    Migration m{17, QStringLiteral("normalized name keys; contacts looked up by folded name"), {}, {}, {}};
    // One index for both contact look-ups: "name" reads its first column, "name and
    // company" both; and fillMissingFoldKeys() finds the rows without a key through it.
    m.statements = {
        QStringLiteral("ALTER TABLE contacts ADD COLUMN name_fold TEXT"),
        QStringLiteral("CREATE INDEX contacts_by_name_fold ON contacts (name_fold, company_id)"),
    };
    // As in step 12: a name changed by a writer that does not refold it (a merge, an
    // import's undo) loses its key instead of keeping a wrong one.
    m.sqliteOnly = {
        QStringLiteral("CREATE TRIGGER contacts_name_fold_stale AFTER UPDATE OF first_name, last_name ON contacts"
                       " WHEN (NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name)"
                       " AND NEW.name_fold IS OLD.name_fold"
                       " BEGIN UPDATE contacts SET name_fold = NULL WHERE id = NEW.id; END"),
    };
    // A function of its own: step 12's serves companies and deals and is not edited.
    m.postgresOnly = {
        QStringLiteral("CREATE FUNCTION kontor_contact_name_fold_stale_trg() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF (NEW.first_name IS DISTINCT FROM OLD.first_name"
                       "     OR NEW.last_name IS DISTINCT FROM OLD.last_name)"
                       "    AND NEW.name_fold IS NOT DISTINCT FROM OLD.name_fold THEN"
                       "  NEW.name_fold := NULL;"
                       " END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER contacts_name_fold_stale BEFORE UPDATE OF first_name, last_name"
                       " ON contacts FOR EACH ROW EXECUTE FUNCTION kontor_contact_name_fold_stale_trg()"),
    };
    // Every key again, companies' and deals' too: foldKey() now normalizes (NFKC), so a name
    // stored decomposed ("Cafe" + U+0301) or in full-width letters has a new key. Rows whose
    // key is unchanged are not written; every contact is (its column is new).
    m.backfill = [](const QSqlDatabase &conn) { return refoldAll(conn, true); };
    return m;
}

Migration contactSurnameKeyMigration()
{
    Migration m{18, QStringLiteral("folded surname keys for the duplicate review"), {}, {}, {}};
    // Surname first: the duplicate review groups by (surname_key, company_id) and reads the
    // index in that order instead of sorting; fillMissingFoldKeys() finds the rows without a
    // key through it (so not partial on deleted_at: the fill looks at trashed rows too).
    m.statements = {
        QStringLiteral("ALTER TABLE contacts ADD COLUMN surname_key TEXT"),
        QStringLiteral("CREATE INDEX contacts_by_surname_key ON contacts (surname_key, company_id)"),
    };
    // As in steps 12 and 17: a name changed by a writer that does not refold it (a merge, an
    // import's undo) loses its key instead of keeping a wrong one.
    m.sqliteOnly = {
        QStringLiteral("CREATE TRIGGER contacts_surname_key_stale AFTER UPDATE OF first_name, last_name ON contacts"
                       " WHEN (NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name)"
                       " AND NEW.surname_key IS OLD.surname_key"
                       " BEGIN UPDATE contacts SET surname_key = NULL WHERE id = NEW.id; END"),
    };
    // A function of its own: step 17's is shipped and not edited.
    m.postgresOnly = {
        QStringLiteral("CREATE FUNCTION kontor_contact_surname_key_stale_trg() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " IF (NEW.first_name IS DISTINCT FROM OLD.first_name"
                       "     OR NEW.last_name IS DISTINCT FROM OLD.last_name)"
                       "    AND NEW.surname_key IS NOT DISTINCT FROM OLD.surname_key THEN"
                       "  NEW.surname_key := NULL;"
                       " END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER contacts_surname_key_stale BEFORE UPDATE OF first_name, last_name"
                       " ON contacts FOR EACH ROW EXECUTE FUNCTION kontor_contact_surname_key_stale_trg()"),
    };
    // Every contact, in chunks (the column is new, so every row is written).
    m.backfill = [](const QSqlDatabase &conn) { return refold(conn, kContactSurnames, true); };
    return m;
}

} // namespace kontor
