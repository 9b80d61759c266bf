#pragma once

#include "session.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace kontor {

// Two live contacts that look like the same person, as the review screen offers them.
struct DuplicatePair
{
    qint64 keepId = 0; // the older record (smaller id): the one kept by default
    qint64 otherId = 0;
    QString keepName;
    QString otherName;
    QStringList reasons; // "email", "phone", "name" — every rule that matched this pair
    QStringList keys; // the shared email / phone digits / "company id:name", per reason
};

// One column of the contact as both records have it.
struct MergeFieldPreview
{
    QString field; // a ContactMerger::fields() name, or "custom:<id>" for a custom field
    QString label; // a custom field's name ("" for the contact's own columns)
    QVariant keepValue; // as stored (NULL when empty)
    QVariant otherValue;
    QString keepText; // for people: a company's / role's / owner's name, a date
    QString otherText;
};

// What a merge of `otherId` into `keepId` would do, read before the user confirms.
struct MergePreview
{
    qint64 keepId = 0;
    qint64 otherId = 0;
    // Every ContactMerger::fields() entry, in that order, then each live custom field of
    // contacts (values canonical, texts as the card shows them).
    QList<MergeFieldPreview> fields;
    // What the merged contact ends up with (both sides, the same email or phone once).
    QStringList emails;
    QStringList phones;
    QStringList messengers; // "kind: handle"
    QStringList tags;
    // Live rows of each side that the kept contact will carry: activities, deals, tasks.
    QMap<QString, QPair<int, int>> moved; // kind -> (kept's own, the other's)

    // The default choice: the kept record's value, or the other's where the kept one is
    // empty — exactly what ContactMerger::merge() does without `winners`.
    qint64 defaultWinner(const QString &field) const;
    bool differs(const QString &field) const;
};

// A pair a user marked "not a duplicate".
struct DuplicateDismissal
{
    qint64 contactA = 0; // the smaller id
    qint64 contactB = 0;
    QString nameA;
    QString nameB;
    QDateTime dismissedAt;
    QString dismissedBy; // the user's display name ("" when unknown)
};

// The duplicate review: candidate pairs across the whole base (minus those dismissed),
// a field-by-field preview of a merge, and "not a duplicate".
class DuplicateReview
{
public:
    explicit DuplicateReview(Session session)
        : m_session(std::move(session))
    {
    }

    // Pairs from DuplicateFinder's groups (each group's first `maxGroupSize` members, all
    // pairs among them), a pair found by several rules listed once with every reason;
    // dismissed pairs are left out. The surest first (several reasons; email before phone
    // before name), then by the kept id and the other id.
    Result<QList<DuplicatePair>> candidates(int limitPerReason = 1000,
                                            int maxGroupSize = 8) const;
    Result<MergePreview> preview(qint64 keepId, qint64 otherId) const;
    // "Not a duplicate": the pair is not proposed again (in either order).
    Status dismiss(qint64 a, qint64 b) const;
    // Takes a dismissal back (undo); NotFound when the pair was not dismissed.
    Status undismiss(qint64 a, qint64 b) const;
    // Every dismissed pair, the latest first.
    Result<QList<DuplicateDismissal>> dismissals() const;

private:
    Session m_session;
};

} // namespace kontor
