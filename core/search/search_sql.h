#pragma once

#include "storage/dialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kontor::search {

// What the user typed, split the way the index splits what it stores: words are runs of
// letters, digits and combining marks in any script. Text made only of digits and phone
// punctuation ("+7 (916) 123") is a phone fragment: its digits are matched as one run.
struct Terms
{
    QStringList words;
    QString phoneDigits; // set when the whole text is a phone fragment of 3+ digits

    bool isEmpty() const { return words.isEmpty() && phoneDigits.isEmpty(); }
};

Terms parseTerms(const QString &text);

// Lower-case, accents removed ("Müller" -> "muller"), for comparing titles with queries.
QString fold(const QString &text);

// The per-back-end SQL of a search, in one place (the index itself is in schema_search.cpp).
// Each returns a condition with ? placeholders and appends its values to `binds`.

// True for the contacts (`idColumn`, e.g. "c.id") that match every term.
QString contactCondition(const Dialect &dialect, const QString &idColumn, const Terms &terms,
                         QVariantList *binds);
QString companyCondition(const Dialect &dialect, const QString &idColumn, const Terms &terms,
                         QVariantList *binds);
QString dealCondition(const Dialect &dialect, const QString &idColumn, const Terms &terms,
                      QVariantList *binds);

// SQLite only: the FTS5 MATCH expression (each word a quoted prefix query).
QString ftsMatch(const Terms &terms);

// SQLite only: how contacts are found. Words go to contact_fts; phone digits to the trigram
// table contact_phone_fts; a run of digits among words may be either ("Ivan 4567").
// `source` (a SELECT of id and rank, with `binds`) gives the ranked candidates; `extra`
// (conditions on idColumn, with `extraBinds`) must hold as well.
struct SqliteContactQuery
{
    QString source;
    QVariantList binds;
    QString extra;
    QVariantList extraBinds;
};
SqliteContactQuery sqliteContactQuery(const Terms &terms, const QString &idColumn);

} // namespace kontor::search
