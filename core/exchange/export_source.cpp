#include "exchange/export_source.h"

#include "model/deal.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ExportSource", text);
}

constexpr int kChunk = 500;

ExportColumn text(const char *key, const char *label)
{
    return {QLatin1String(key), tr(label), false, ExportColumn::Kind::Text};
}
ExportColumn multi(const char *key, const char *label)
{
    return {QLatin1String(key), tr(label), true, ExportColumn::Kind::Text};
}
ExportColumn number(const char *key, const char *label)
{
    return {QLatin1String(key), tr(label), false, ExportColumn::Kind::Number};
}

QList<ExportColumn> contactColumns()
{
    return {text("first_name", QT_TRANSLATE_NOOP("kontor::ExportSource", "First name")),
            text("last_name", QT_TRANSLATE_NOOP("kontor::ExportSource", "Last name")),
            text("title", QT_TRANSLATE_NOOP("kontor::ExportSource", "Job title")),
            text("company", QT_TRANSLATE_NOOP("kontor::ExportSource", "Company")),
            text("role", QT_TRANSLATE_NOOP("kontor::ExportSource", "Role")),
            multi("emails", QT_TRANSLATE_NOOP("kontor::ExportSource", "Email")),
            multi("phones", QT_TRANSLATE_NOOP("kontor::ExportSource", "Phone")),
            text("birthday", QT_TRANSLATE_NOOP("kontor::ExportSource", "Birthday")),
            text("street", QT_TRANSLATE_NOOP("kontor::ExportSource", "Street")),
            text("city", QT_TRANSLATE_NOOP("kontor::ExportSource", "City")),
            text("region", QT_TRANSLATE_NOOP("kontor::ExportSource", "Region")),
            text("postal_code", QT_TRANSLATE_NOOP("kontor::ExportSource", "Postal code")),
            text("country", QT_TRANSLATE_NOOP("kontor::ExportSource", "Country")),
            text("source", QT_TRANSLATE_NOOP("kontor::ExportSource", "Source")),
            text("temperature", QT_TRANSLATE_NOOP("kontor::ExportSource", "Temperature")),
            text("status", QT_TRANSLATE_NOOP("kontor::ExportSource", "Status")),
            text("owner", QT_TRANSLATE_NOOP("kontor::ExportSource", "Owner")),
            multi("tags", QT_TRANSLATE_NOOP("kontor::ExportSource", "Tags")),
            text("notes", QT_TRANSLATE_NOOP("kontor::ExportSource", "Notes")),
            text("created_at", QT_TRANSLATE_NOOP("kontor::ExportSource", "Created")),
            {QStringLiteral("id"), tr("Kontor ID"), false, ExportColumn::Kind::Id}};
}

QList<ExportColumn> companyColumns()
{
    return {text("name", QT_TRANSLATE_NOOP("kontor::ExportSource", "Company name")),
            text("legal_name", QT_TRANSLATE_NOOP("kontor::ExportSource", "Legal name")),
            text("website", QT_TRANSLATE_NOOP("kontor::ExportSource", "Website")),
            text("industry", QT_TRANSLATE_NOOP("kontor::ExportSource", "Industry")),
            text("phone", QT_TRANSLATE_NOOP("kontor::ExportSource", "Phone")),
            text("email", QT_TRANSLATE_NOOP("kontor::ExportSource", "Email")),
            text("street", QT_TRANSLATE_NOOP("kontor::ExportSource", "Street")),
            text("city", QT_TRANSLATE_NOOP("kontor::ExportSource", "City")),
            text("region", QT_TRANSLATE_NOOP("kontor::ExportSource", "Region")),
            text("postal_code", QT_TRANSLATE_NOOP("kontor::ExportSource", "Postal code")),
            text("country", QT_TRANSLATE_NOOP("kontor::ExportSource", "Country")),
            text("source", QT_TRANSLATE_NOOP("kontor::ExportSource", "Source")),
            text("owner", QT_TRANSLATE_NOOP("kontor::ExportSource", "Owner")),
            multi("tags", QT_TRANSLATE_NOOP("kontor::ExportSource", "Tags")),
            text("notes", QT_TRANSLATE_NOOP("kontor::ExportSource", "Notes")),
            text("created_at", QT_TRANSLATE_NOOP("kontor::ExportSource", "Created")),
            {QStringLiteral("id"), tr("Kontor ID"), false, ExportColumn::Kind::Id}};
}

QList<ExportColumn> dealColumns()
{
    return {text("title", QT_TRANSLATE_NOOP("kontor::ExportSource", "Deal")),
            text("pipeline", QT_TRANSLATE_NOOP("kontor::ExportSource", "Pipeline")),
            text("stage", QT_TRANSLATE_NOOP("kontor::ExportSource", "Stage")),
            text("status", QT_TRANSLATE_NOOP("kontor::ExportSource", "Status")),
            number("amount", QT_TRANSLATE_NOOP("kontor::ExportSource", "Amount")),
            text("currency", QT_TRANSLATE_NOOP("kontor::ExportSource", "Currency")),
            number("probability", QT_TRANSLATE_NOOP("kontor::ExportSource", "Probability")),
            text("expected_close", QT_TRANSLATE_NOOP("kontor::ExportSource", "Expected close")),
            text("contact", QT_TRANSLATE_NOOP("kontor::ExportSource", "Contact")),
            text("contact_email", QT_TRANSLATE_NOOP("kontor::ExportSource", "Contact email")),
            text("company", QT_TRANSLATE_NOOP("kontor::ExportSource", "Company")),
            text("owner", QT_TRANSLATE_NOOP("kontor::ExportSource", "Owner")),
            text("source", QT_TRANSLATE_NOOP("kontor::ExportSource", "Source")),
            text("lost_reason", QT_TRANSLATE_NOOP("kontor::ExportSource", "Lost reason")),
            text("notes", QT_TRANSLATE_NOOP("kontor::ExportSource", "Notes")),
            text("created_at", QT_TRANSLATE_NOOP("kontor::ExportSource", "Created")),
            // The id the deal has in the CRM it was imported from (deals.external_id): a
            // header the deals import maps to External ID, so exporting, editing and
            // importing again updates the deals instead of adding them twice.
            text("external_id", QT_TRANSLATE_NOOP("kontor::ExportSource", "External ID")),
            {QStringLiteral("id"), tr("Kontor ID"), false, ExportColumn::Kind::Id}};
}

// Headers an activities import maps back by itself ("Type", "Date", "Contact email", ...);
// the contact's name is "Contact name" because "Contact" alone means its email there.
QList<ExportColumn> activityColumns()
{
    return {text("kind", QT_TRANSLATE_NOOP("kontor::ExportSource", "Type")),
            text("occurred_at", QT_TRANSLATE_NOOP("kontor::ExportSource", "Date")),
            text("subject", QT_TRANSLATE_NOOP("kontor::ExportSource", "Subject")),
            text("body", QT_TRANSLATE_NOOP("kontor::ExportSource", "Note")),
            text("contact", QT_TRANSLATE_NOOP("kontor::ExportSource", "Contact name")),
            text("contact_email", QT_TRANSLATE_NOOP("kontor::ExportSource", "Contact email")),
            text("company", QT_TRANSLATE_NOOP("kontor::ExportSource", "Company")),
            text("deal", QT_TRANSLATE_NOOP("kontor::ExportSource", "Deal")),
            number("duration", QT_TRANSLATE_NOOP("kontor::ExportSource", "Duration")),
            text("direction", QT_TRANSLATE_NOOP("kontor::ExportSource", "Direction")),
            text("outcome", QT_TRANSLATE_NOOP("kontor::ExportSource", "Outcome")),
            text("user", QT_TRANSLATE_NOOP("kontor::ExportSource", "Logged by")),
            text("created_at", QT_TRANSLATE_NOOP("kontor::ExportSource", "Created")),
            {QStringLiteral("id"), tr("Kontor ID"), false, ExportColumn::Kind::Id}};
}

QList<ExportColumn> columnsOf(ExchangeEntity e)
{
    switch (e) {
    case ExchangeEntity::Companies:
        return companyColumns();
    case ExchangeEntity::Deals:
        return dealColumns();
    case ExchangeEntity::Activities:
        return activityColumns();
    default:
        return contactColumns();
    }
}

const char *table(ExchangeEntity e)
{
    switch (e) {
    case ExchangeEntity::Companies:
        return "companies";
    case ExchangeEntity::Deals:
        return "deals";
    case ExchangeEntity::Activities:
        return "activities";
    default:
        return "contacts";
    }
}

const char *customEntity(ExchangeEntity e)
{
    switch (e) {
    case ExchangeEntity::Companies:
        return "company";
    case ExchangeEntity::Deals:
        return "deal";
    default:
        return "contact";
    }
}

QString singular(ExchangeEntity e)
{
    switch (e) {
    case ExchangeEntity::Companies:
        return tr("company");
    case ExchangeEntity::Deals:
        return tr("deal");
    case ExchangeEntity::Activities:
        return tr("activity");
    default:
        return tr("contact");
    }
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList v;
    v.reserve(ids.size());
    for (qint64 id : ids)
        v << id;
    return v;
}

QStringList one(const QVariant &value)
{
    const QString s = value.toString();
    return s.isEmpty() ? QStringList() : QStringList{s};
}

QStringList isoDate(const QVariant &value)
{
    const QDate d = toDate(value);
    return d.isValid() ? QStringList{d.toString(Qt::ISODate)} : QStringList();
}

QStringList isoInstant(const QVariant &value)
{
    const QDateTime t = toDateTime(value);
    return t.isValid() ? QStringList{t.toUTC().toString(Qt::ISODate)} : QStringList();
}

// Runs `sql` (with "%1" standing for the chunk's placeholders) and hands each row to `read`.
template<typename Read>
Status eachRow(const QSqlDatabase &conn, const QString &what, const QString &sql,
               const QList<qint64> &ids, Read read)
{
    SqlStatement q(conn, what);
    if (auto st = q.run(sql.arg(placeholders(ids.size())), toVariants(ids)); !st)
        return st;
    while (q.next())
        read(q.query());
    return {};
}

} // namespace

Result<ExportSource> ExportSource::open(const Session &session, ExchangeEntity entity,
                                        const QList<qint64> &ids,
                                        const std::optional<ContactFilter> &filter)
{
    if (filter && entity != ExchangeEntity::Contacts && entity != ExchangeEntity::Activities)
        return Error{Error::Kind::Invalid,
                     tr("A segment narrows contacts and their activities, not %1.").arg(exchangeEntityName(entity)),
                     {}, {}};
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();

    ExportSource s;
    s.m_session = session;
    s.m_entity = entity;
    s.m_columns = columnsOf(entity);
    s.m_firstCustom = int(s.m_columns.size());
    if (entity != ExchangeEntity::Activities) { // activities have no custom fields
        SqlStatement q(*conn, tr("Cannot read the custom fields"));
        if (auto st = q.run(QStringLiteral("SELECT name FROM custom_fields WHERE entity = ?"
                                           " AND deleted_at IS NULL ORDER BY position, id"),
                            {QLatin1String(customEntity(entity))});
            !st)
            return st.error();
        while (q.next()) {
            const QString name = q.value(0).toString();
            s.m_customFields << name;
            s.m_columns << ExportColumn{QStringLiteral("custom:") + name, name, false,
                                        ExportColumn::Kind::Text};
        }
    }

    const QString what = tr("Cannot list the records to export");
    if (ids.isEmpty()) {
        QVariantList binds;
        QString sql;
        if (filter && entity == ExchangeEntity::Activities) {
            // The activities of the live contacts the segment matches (the filter's
            // conditions are on the contact alias `c`, every value bound).
            const QString extra = filter->whereSql(&binds);
            sql = QStringLiteral("SELECT a.id FROM activities a WHERE a.deleted_at IS NULL"
                                 " AND a.contact_id IN (SELECT c.id FROM contacts c"
                                 " WHERE c.deleted_at IS NULL%1) ORDER BY a.id")
                      .arg(extra.isEmpty() ? QString() : QStringLiteral(" AND ") + extra);
        } else {
            QString where = QStringLiteral("c.deleted_at IS NULL");
            if (filter) {
                const QString extra = filter->whereSql(&binds);
                if (!extra.isEmpty())
                    where += QStringLiteral(" AND ") + extra;
            }
            sql = QStringLiteral("SELECT c.id FROM %1 c WHERE %2 ORDER BY c.id")
                      .arg(QLatin1String(table(entity)), where);
        }
        SqlStatement q(*conn, what);
        if (auto st = q.run(sql, binds); !st)
            return st.error();
        while (q.next())
            s.m_ids << q.value(0).toLongLong();
        return s;
    }

    // A selection: every id must still be a live record, or the user would get a file
    // silently shorter than what they selected.
    QSet<qint64> live;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        auto st = eachRow(*conn, what,
                          QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL AND id IN (%2)")
                              .arg(QLatin1String(table(entity)), QStringLiteral("%1")),
                          chunk, [&](const QSqlQuery &q) { live.insert(q.value(0).toLongLong()); });
        if (!st)
            return st.error();
    }
    for (qint64 id : ids) {
        if (!live.contains(id)) {
            return Error{Error::Kind::NotFound,
                         tr("A selected record no longer exists or is in the trash."),
                         QStringLiteral("%1 %2").arg(singular(entity)).arg(id), {}};
        }
    }
    s.m_ids = ids;
    return s;
}

int ExportSource::columnIndex(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

namespace {

// Position of each id in the chunk, so joined rows land on their record.
QHash<qint64, int> indexOf(const QList<qint64> &ids)
{
    QHash<qint64, int> at;
    at.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        at.insert(ids.at(i), i);
    return at;
}

} // namespace

Result<bool> ExportSource::next(QList<ExportRecord> *out)
{
    out->clear();
    if (m_position >= m_ids.size())
        return false;
    const QList<qint64> chunk = m_ids.mid(m_position, kChunk);
    m_position += chunk.size();
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();

    for (qint64 id : chunk) {
        ExportRecord r;
        r.id = id;
        r.cells.resize(m_columns.size());
        r.cells[m_firstCustom - 1] = QStringList{QString::number(id)};
        out->append(r);
    }
    Status st;
    switch (m_entity) {
    case ExchangeEntity::Contacts:
        st = readContacts(*conn, chunk, out);
        break;
    case ExchangeEntity::Companies:
        st = readCompanies(*conn, chunk, out);
        break;
    case ExchangeEntity::Deals:
        st = readDeals(*conn, chunk, out);
        break;
    case ExchangeEntity::Activities:
        st = readActivities(*conn, chunk, out);
        break;
    }
    if (!st)
        return st.error();
    if (!m_customFields.isEmpty()) {
        if (auto cst = readCustomValues(*conn, chunk, out); !cst)
            return cst.error();
    }
    if (m_withPhotos && m_entity == ExchangeEntity::Contacts) {
        const QHash<qint64, int> at = indexOf(chunk);
        auto pst = eachRow(*conn, tr("Cannot read the photos to export"),
                           QStringLiteral("SELECT contact_id, mime_type, bytes FROM contact_photos"
                                          " WHERE contact_id IN (%1)"),
                           chunk, [&](const QSqlQuery &q) {
                               ExportRecord &r = (*out)[at.value(q.value(0).toLongLong())];
                               r.photoType = q.value(1).toString();
                               r.photo = q.value(2).toByteArray();
                           });
        if (!pst)
            return pst.error();
    }
    return true;
}


Status ExportSource::readContacts(const QSqlDatabase &conn, const QList<qint64> &ids,
                                  QList<ExportRecord> *out) const
{
    const QHash<qint64, int> at = indexOf(ids);
    const QString what = tr("Cannot read the contacts to export");
    auto st = eachRow(
        conn, what,
        QStringLiteral(
            "SELECT c.id, c.first_name, c.last_name, c.title, co.name, r.name, c.birthday,"
            " c.street, c.city, c.region, c.postal_code, c.country, c.source, c.temperature,"
            " c.status, u.display_name, c.notes, c.created_at"
            " FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
            " LEFT JOIN company_roles r ON r.id = c.company_role_id"
            " LEFT JOIN users u ON u.id = c.owner_id WHERE c.id IN (%1)"),
        ids, [&](const QSqlQuery &q) {
            ExportRecord &r = (*out)[at.value(q.value(0).toLongLong())];
            r.cells[0] = one(q.value(1));
            r.cells[1] = one(q.value(2));
            r.cells[2] = one(q.value(3));
            r.cells[3] = one(q.value(4));
            r.cells[4] = one(q.value(5));
            r.cells[7] = isoDate(q.value(6));
            for (int i = 0; i < 8; ++i) // street .. owner
                r.cells[8 + i] = one(q.value(7 + i));
            r.cells[18] = one(q.value(16));
            r.cells[19] = isoInstant(q.value(17));
        });
    if (!st)
        return st;
    st = eachRow(conn, what,
                 QStringLiteral("SELECT contact_id, label, email FROM contact_emails"
                                " WHERE contact_id IN (%1) ORDER BY contact_id, position, id"),
                 ids, [&](const QSqlQuery &q) {
                     ExportRecord &r = (*out)[at.value(q.value(0).toLongLong())];
                     r.cells[5] << q.value(2).toString();
                     r.emailLabels << q.value(1).toString();
                 });
    if (!st)
        return st;
    st = eachRow(conn, what,
                 QStringLiteral("SELECT contact_id, label, phone FROM contact_phones"
                                " WHERE contact_id IN (%1) ORDER BY contact_id, position, id"),
                 ids, [&](const QSqlQuery &q) {
                     ExportRecord &r = (*out)[at.value(q.value(0).toLongLong())];
                     r.cells[6] << q.value(2).toString();
                     r.phoneLabels << q.value(1).toString();
                 });
    if (!st)
        return st;
    return eachRow(conn, what,
                   QStringLiteral("SELECT ct.contact_id, t.name FROM contact_tags ct"
                                  " JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id IN (%1)"
                                  " ORDER BY ct.contact_id, t.name"),
                   ids, [&](const QSqlQuery &q) {
                       (*out)[at.value(q.value(0).toLongLong())].cells[17] << q.value(1).toString();
                   });
}

Status ExportSource::readCompanies(const QSqlDatabase &conn, const QList<qint64> &ids,
                                   QList<ExportRecord> *out) const
{
    const QHash<qint64, int> at = indexOf(ids);
    const QString what = tr("Cannot read the companies to export");
    auto st = eachRow(
        conn, what,
        QStringLiteral("SELECT c.id, c.name, c.legal_name, c.website, c.industry, c.phone, c.email,"
                       " c.street, c.city, c.region, c.postal_code, c.country, c.source,"
                       " u.display_name, c.notes, c.created_at"
                       " FROM companies c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id IN (%1)"),
        ids, [&](const QSqlQuery &q) {
            ExportRecord &r = (*out)[at.value(q.value(0).toLongLong())];
            for (int i = 0; i < 13; ++i) // name .. owner
                r.cells[i] = one(q.value(1 + i));
            r.cells[14] = one(q.value(14));
            r.cells[15] = isoInstant(q.value(15));
        });
    if (!st)
        return st;
    return eachRow(conn, what,
                   QStringLiteral("SELECT ct.company_id, t.name FROM company_tags ct"
                                  " JOIN tags t ON t.id = ct.tag_id WHERE ct.company_id IN (%1)"
                                  " ORDER BY ct.company_id, t.name"),
                   ids, [&](const QSqlQuery &q) {
                       (*out)[at.value(q.value(0).toLongLong())].cells[13] << q.value(1).toString();
                   });
}

Status ExportSource::readDeals(const QSqlDatabase &conn, const QList<qint64> &ids,
                               QList<ExportRecord> *out) const
{
    const QHash<qint64, int> at = indexOf(ids);
    return eachRow(
        conn, tr("Cannot read the deals to export"),
        QStringLiteral(
            "SELECT d.id, d.title, p.name, s.name, d.status, d.amount_minor, d.currency,"
            " d.probability, d.expected_close, ct.first_name, ct.last_name,"
            " (SELECT e.email FROM contact_emails e WHERE e.contact_id = d.contact_id"
            "  ORDER BY e.position, e.id LIMIT 1),"
            " co.name, u.display_name, d.source, lr.name, d.notes, d.created_at, d.external_id"
            " FROM deals d JOIN pipelines p ON p.id = d.pipeline_id"
            " JOIN stages s ON s.id = d.stage_id"
            " LEFT JOIN contacts ct ON ct.id = d.contact_id"
            " LEFT JOIN companies co ON co.id = d.company_id"
            " LEFT JOIN users u ON u.id = d.owner_id"
            " LEFT JOIN lost_reasons lr ON lr.id = d.lost_reason_id WHERE d.id IN (%1)"),
        ids, [&](const QSqlQuery &q) {
            ExportRecord &r = (*out)[at.value(q.value(0).toLongLong())];
            r.cells[0] = one(q.value(1));
            r.cells[1] = one(q.value(2));
            r.cells[2] = one(q.value(3));
            r.cells[3] = one(q.value(4));
            r.cells[4] = QStringList{formatMinor(q.value(5).toLongLong())};
            r.cells[5] = one(q.value(6));
            r.cells[6] = q.value(7).isNull() ? QStringList() : one(q.value(7));
            r.cells[7] = isoDate(q.value(8));
            const QString name = (q.value(9).toString() + QLatin1Char(' ') + q.value(10).toString())
                                     .trimmed();
            r.cells[8] = name.isEmpty() ? QStringList() : QStringList{name};
            r.cells[9] = one(q.value(11));
            for (int i = 0; i < 5; ++i) // company, owner, source, lost reason, notes
                r.cells[10 + i] = one(q.value(12 + i));
            r.cells[15] = isoInstant(q.value(17));
            r.cells[16] = one(q.value(18));
        });
}

Status ExportSource::readActivities(const QSqlDatabase &conn, const QList<qint64> &ids,
                                    QList<ExportRecord> *out) const
{
    const QHash<qint64, int> at = indexOf(ids);
    return eachRow(
        conn, tr("Cannot read the activities to export"),
        QStringLiteral(
            "SELECT a.id, a.kind, a.occurred_at, a.subject, a.body, ct.first_name, ct.last_name,"
            " (SELECT e.email FROM contact_emails e WHERE e.contact_id = a.contact_id"
            "  ORDER BY e.position, e.id LIMIT 1),"
            " co.name, d.title, a.duration_min, a.direction, a.outcome, u.display_name, a.created_at"
            " FROM activities a LEFT JOIN contacts ct ON ct.id = a.contact_id"
            " LEFT JOIN companies co ON co.id = a.company_id"
            " LEFT JOIN deals d ON d.id = a.deal_id"
            " LEFT JOIN users u ON u.id = a.user_id WHERE a.id IN (%1)"),
        ids, [&](const QSqlQuery &q) {
            ExportRecord &r = (*out)[at.value(q.value(0).toLongLong())];
            r.cells[0] = one(q.value(1));
            r.cells[1] = isoInstant(q.value(2));
            r.cells[2] = one(q.value(3));
            r.cells[3] = one(q.value(4));
            const QString name = (q.value(5).toString() + QLatin1Char(' ') + q.value(6).toString())
                                     .trimmed();
            r.cells[4] = name.isEmpty() ? QStringList() : QStringList{name};
            for (int i = 0; i < 7; ++i) // email, company, deal, duration, direction, outcome, user
                r.cells[5 + i] = one(q.value(7 + i));
            r.cells[12] = isoInstant(q.value(14));
        });
}

Status ExportSource::readCustomValues(const QSqlDatabase &conn, const QList<qint64> &ids,
                                      QList<ExportRecord> *out) const
{
    const QHash<qint64, int> at = indexOf(ids);
    QHash<QString, int> column;
    for (int i = 0; i < m_customFields.size(); ++i)
        column.insert(m_customFields.at(i), m_firstCustom + i);
    SqlStatement q(conn, tr("Cannot read the custom fields to export"));
    QVariantList binds{QLatin1String(customEntity(m_entity))};
    binds += toVariants(ids);
    if (auto st = q.run(QStringLiteral("SELECT v.entity_id, f.name, v.value FROM custom_values v"
                                       " JOIN custom_fields f ON f.id = v.field_id"
                                       " WHERE f.entity = ? AND f.deleted_at IS NULL"
                                       " AND v.entity_id IN (%1)")
                            .arg(placeholders(ids.size())),
                        binds);
        !st)
        return st;
    while (q.next()) {
        const int c = column.value(q.value(1).toString(), -1);
        if (c >= 0)
            (*out)[at.value(q.value(0).toLongLong())].cells[c] = one(q.value(2));
    }
    return {};
}

} // namespace kontor
