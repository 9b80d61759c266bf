#pragma once
// The duplicate look-ups of a contacts import, a chunk of rows at a time. Not a public API.

#include "import/import_internal.h"
#include "storage/sql.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace kontor::importing::detail {

// Answers "which live contact has one of these e-mails (phone digits)?" for the rows about to
// be written with ONE query per kind of key and chunk of rows, instead of one query per row:
// at a million rows the per-row statements cost more than the index look-ups themselves.
//
// Exactness: the answers are the database's as it stood when the chunk was looked up. The
// import only ever adds keys after that (new contacts, e-mails and phones added by updates;
// nothing is deleted, and a rejected row rolls back only its own writes), so the writer marks
// every key it writes or queues from then on as changed, and a row with a changed key asks
// the database itself, as before. Same answer either way: the smallest id of a live contact
// with any of the keys.
//
// Keys no contact can have are not asked at all: a large import first reads every e-mail (phone
// digits) of the base into a Bloom filter (KeyFilter) and adds each key it writes or queues,
// so a key the filter has never seen is known to be absent. Only keys the filter may hold
// (present, or one false positive in ~80) go to the database. A million-row file into an empty
// base asked two million keys for nothing before (~3 s of the writing thread).
class KeyFilter
{
public:
    // Room for `keys` keys at ~10 bits each.
    explicit KeyFilter(qint64 keys);
    void add(const QString &key);
    bool mayContain(const QString &key) const;

private:
    std::vector<quint64> m_words;
    quint64 m_mask = 0; // bits - 1 (a power of two)
};

class ContactKeyCache
{
public:
    enum Kind { Email = 0, Phone = 1 };

    explicit ContactKeyCache(const WriterContext &ctx) : m_ctx(ctx) {}

    // Forgets what it knew and looks these keys up (empty keys are looked up too: a
    // contact's phone may have empty digits). `stillQueued`: keys of rows the writer queued
    // but has not written yet, which the database cannot know.
    Status lookUp(Kind kind, const QStringList &keys, const QSet<QString> &stillQueued);
    // The smallest live contact id with one of `keys` (0: none), or nothing when a key was
    // not looked up or has changed since.
    std::optional<qint64> answer(Kind kind, const QStringList &keys) const;
    // Keys the writer wrote or queued after the look-up.
    void changed(Kind kind, const QStringList &keys);
    // The contacts the last look-ups found (either kind).
    QList<qint64> foundIds() const;

private:
    // Builds the kind's filter the first time, when the file is large enough against the base
    // to pay for reading the base's keys; false: no filter, every key is asked.
    Result<bool> useFilter(Kind kind);

    WriterContext m_ctx;
    std::unique_ptr<KeyFilter> m_filter[2];
    bool m_filterChecked[2] = {false, false};
    QHash<QString, qint64> m_found[2]; // key -> smallest live contact id
    QSet<QString> m_asked[2];
    QSet<QString> m_changed[2];
    std::unique_ptr<SqlStatement> m_query[2];
};

} // namespace kontor::importing::detail
