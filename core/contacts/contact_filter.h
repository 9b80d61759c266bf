#pragma once

#include "contacts/custom_condition.h"
#include "session.h"
#include "util/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace kontor {

// What a contact list is narrowed to, as values. Turned into SQL only from whitelisted
// fragments with every value bound; stored as JSON in a segment (saved filter).
struct ContactFilter
{
    qint64 ownerId = 0; // 0 = any
    QString tag; // tag name
    QString status; // lead, prospect, customer
    QString temperature; // cold, warm, hot
    QString source;
    qint64 companyId = 0;
    QDate createdFrom; // inclusive, UTC days
    QDate createdTo; // inclusive
    int notContactedDays = 0; // > 0: last contact longer ago than this (or never)
    int contactedDays = 0; // > 0: last contact within this many days
    int hasOpenDeal = -1; // -1 any, 0 none open, 1 at least one open deal
    QString boughtProduct; // product SKU or name on a won deal's line items
    QList<CustomCondition> custom; // all must hold

    bool isEmpty() const;
    // Conditions on the contact alias `c`, joined with AND ("" when empty).
    QString whereSql(QVariantList *binds) const;

    QJsonObject toJson() const;
    static Result<ContactFilter> fromJson(const QJsonObject &json);
    // The command line's form, words separated by spaces:
    //   owner=3 tag=VIP status=lead temperature=hot source=website company=12
    //   created-from=2025-01-01 created-to=2025-12-31 not-contacted=90 contacted=30
    //   open-deal=yes|no bought=KT-CRM-1Y custom:Region=North custom:Budget>=5000
    // (custom-field conditions: see CustomCondition::parse; several may be given).
    // A value with spaces is quoted: tag="Trade fair" or 'custom:Region=North East'.
    static Result<ContactFilter> parse(const QString &expression);
    // Checks each custom-field condition against the contact field it names (which must
    // exist) and stores its value in the field's stored form; see CustomCondition::resolvedFor.
    Status resolveCustomFields(const Session &session);
};

struct Segment
{
    qint64 id = 0;
    QString name;
    ContactFilter filter;
    qint64 ownerId = 0;
    bool shared = false;
    qint64 count = -1; // matching live contacts, filled by list()
};

// Saved contact filters (table saved_filters, entity 'contact'): the user's own and the
// shared ones.
class SegmentRepository
{
public:
    explicit SegmentRepository(Session session)
        : m_session(std::move(session))
    {
    }

    Result<qint64> save(const QString &name, const ContactFilter &filter, bool shared) const;
    // Own and shared segments by name, each with the count of contacts it matches (or
    // count -1 without `withCounts`: the counts may then be read elsewhere, see count()).
    Result<QList<Segment>> list(bool withCounts = true) const;
    // Live contacts matching a segment's filter.
    Result<qint64> count(const ContactFilter &filter) const;
    Result<Segment> byName(const QString &name) const;
    Status remove(qint64 id) const;

private:
    Session m_session;
};

} // namespace kontor
