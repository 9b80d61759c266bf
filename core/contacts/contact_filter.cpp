#include "contacts/contact_filter.h"

#include "customfields/custom_field_repository.h"
#include "repo/audit.h"
#include "repo/contact_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace kontor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::ContactFilter", text);
}

qint64 dayStart(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

Error bad(const QString &message, const QString &context)
{
    return Error {Error::Kind::Invalid, message, context, {}};
}

} // namespace

bool ContactFilter::isEmpty() const
{
    QVariantList ignored;
    return whereSql(&ignored).isEmpty();
}

QString ContactFilter::whereSql(QVariantList *binds) const
{
    QStringList w;
    auto add = [&](const char *sql, const QVariantList &values) {
        w << QLatin1String(sql);
        *binds += values;
    };
    if (ownerId)
        add("c.owner_id = ?", {ownerId});
    if (companyId)
        add("c.company_id = ?", {companyId});
    if (!status.isEmpty())
        add("c.status = ?", {status});
    if (!temperature.isEmpty())
        add("c.temperature = ?", {temperature});
    if (!source.isEmpty())
        add("c.source = ?", {source});
    if (createdFrom.isValid())
        add("c.created_at >= ?", {dayStart(createdFrom)});
    if (createdTo.isValid())
        add("c.created_at < ?", {dayStart(createdTo.addDays(1))});
    const qint64 now = nowSecs();
    if (notContactedDays > 0) {
        add("(c.last_contacted_at IS NULL OR c.last_contacted_at < ?)",
            {now - qint64(notContactedDays) * 86400});
    }
    if (contactedDays > 0)
        add("c.last_contacted_at >= ?", {now - qint64(contactedDays) * 86400});
    if (!tag.isEmpty()) {
        add("EXISTS (SELECT 1 FROM contact_tags ct JOIN tags tg ON tg.id = ct.tag_id"
            " WHERE ct.contact_id = c.id AND tg.name = ?)",
            {tag});
    }
    if (hasOpenDeal >= 0) {
        w << (hasOpenDeal ? QStringLiteral("EXISTS") : QStringLiteral("NOT EXISTS"))
                + QStringLiteral(" (SELECT 1 FROM deals od WHERE od.contact_id = c.id"
                                 " AND od.status = 'open' AND od.deleted_at IS NULL)");
    }
    if (!boughtProduct.isEmpty()) {
        add("EXISTS (SELECT 1 FROM deals wd JOIN deal_items di ON di.deal_id = wd.id"
            " LEFT JOIN products pr ON pr.id = di.product_id WHERE wd.contact_id = c.id"
            " AND wd.status = 'won' AND wd.deleted_at IS NULL"
            " AND (pr.sku = ? OR pr.name = ? OR di.name = ?))",
            {boughtProduct, boughtProduct, boughtProduct});
    }
    for (const CustomCondition &condition : custom)
        w << condition.whereSql(binds);
    return w.join(QStringLiteral(" AND "));
}

QJsonObject ContactFilter::toJson() const
{
    QJsonObject o;
    auto text = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    auto number = [&](const char *key, qint64 v, qint64 none) {
        if (v != none)
            o.insert(QLatin1String(key), v);
    };
    number("owner", ownerId, 0);
    number("company", companyId, 0);
    text("tag", tag);
    text("status", status);
    text("temperature", temperature);
    text("source", source);
    text("created-from", createdFrom.isValid() ? createdFrom.toString(Qt::ISODate) : QString());
    text("created-to", createdTo.isValid() ? createdTo.toString(Qt::ISODate) : QString());
    number("not-contacted", notContactedDays, 0);
    number("contacted", contactedDays, 0);
    number("open-deal", hasOpenDeal, -1);
    text("bought", boughtProduct);
    if (!custom.isEmpty()) {
        QJsonArray conditions;
        for (const CustomCondition &condition : custom)
            conditions.append(condition.toJson());
        o.insert(QStringLiteral("custom"), conditions);
    }
    return o;
}

// One condition, key and value, into `f`: the command line's words and a stored segment's
// JSON members (whose values may hold spaces) both come through here.
static Status applyCondition(const QString &key, const QString &value, ContactFilter *f,
                             const QString &context)
{
    auto whole = [&](int *out) -> bool {
        bool ok = false;
        *out = value.toInt(&ok);
        return ok && *out > 0;
    };
    auto id = [&](qint64 *out) -> bool {
        bool ok = false;
        *out = value.toLongLong(&ok);
        return ok && *out > 0;
    };
    auto date = [&](QDate *out) -> bool {
        *out = QDate::fromString(value, Qt::ISODate);
        return out->isValid();
    };
    bool ok = true;
    if (key == QLatin1String("owner"))
        ok = id(&f->ownerId);
    else if (key == QLatin1String("company"))
        ok = id(&f->companyId);
    else if (key == QLatin1String("tag"))
        f->tag = value;
    else if (key == QLatin1String("status"))
        ok = contactStatuses().contains(f->status = value);
    else if (key == QLatin1String("temperature"))
        ok = contactTemperatures().contains(f->temperature = value);
    else if (key == QLatin1String("source"))
        f->source = value;
    else if (key == QLatin1String("created-from"))
        ok = date(&f->createdFrom);
    else if (key == QLatin1String("created-to"))
        ok = date(&f->createdTo);
    else if (key == QLatin1String("not-contacted"))
        ok = whole(&f->notContactedDays);
    else if (key == QLatin1String("contacted"))
        ok = whole(&f->contactedDays);
    else if (key == QLatin1String("open-deal"))
        ok = (f->hasOpenDeal = value == QLatin1String("yes") ? 1
                  : value == QLatin1String("no")            ? 0
                                                            : -1)
            >= 0;
    else if (key == QLatin1String("bought"))
        f->boughtProduct = value;
    else if (key.startsWith(QLatin1String("custom:")) && key.size() > 7) {
        // Segments saved before conditions had operators: "custom:Region": "North".
        auto condition = CustomCondition::parse(key.mid(7) + QLatin1Char('=') + value, context);
        if (!condition)
            return condition.error();
        f->custom << *condition;
    } else
        return bad(tr("Unknown filter \"%1\"").arg(key), context);
    if (!ok || value.isEmpty())
        return bad(tr("\"%1\" is not a valid value for %2").arg(value, key), context);
    return {};
}

Result<ContactFilter> ContactFilter::fromJson(const QJsonObject &json)
{
    // The same checks as typed text, so a stored segment is validated like a typed filter.
    ContactFilter f;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == QLatin1String("custom") && it.value().isArray()) {
            for (const QJsonValue &item : it.value().toArray()) {
                auto condition = CustomCondition::fromJson(item.toObject(), QStringLiteral("custom"));
                if (!condition)
                    return condition.error();
                f.custom << *condition;
            }
            continue;
        }
        QString value = it.value().isString() ? it.value().toString()
                                              : QString::number(it.value().toInteger());
        if (it.key() == QLatin1String("open-deal"))
            value = it.value().toInteger() ? QStringLiteral("yes") : QStringLiteral("no");
        if (auto st = applyCondition(it.key(), value, &f, it.key() + QLatin1Char('=') + value);
            !st)
            return st.error();
    }
    return f;
}

namespace {

// Splits "tag=\"Trade fair\" status=lead" into its conditions: spaces separate them except
// inside double or single quotes (which are dropped; a backslash in quotes takes the next
// character as it is). An unclosed quote is an error rather than a guess.
Result<QStringList> splitConditions(const QString &expression)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar ch = expression.at(i);
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            else if (ch == QLatin1Char('\\') && i + 1 < expression.size())
                word += expression.at(++i);
            else
                word += ch;
        } else if (ch == QLatin1Char('"') || ch == QLatin1Char('\'')) {
            quote = ch;
            inWord = true;
        } else if (ch.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += ch;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        return bad(tr("A quote is not closed in \"%1\"").arg(expression.trimmed()),
                   expression);
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace

Result<ContactFilter> ContactFilter::parse(const QString &expression)
{
    ContactFilter f;
    auto words = splitConditions(expression);
    if (!words)
        return words.error();
    for (const QString &word : std::as_const(*words)) {
        if (word.startsWith(QLatin1String("custom:"))) { // its own operators: <, >=, ~ ...
            auto condition = CustomCondition::parse(word.mid(7), expression);
            if (!condition)
                return condition.error();
            f.custom << *condition;
            continue;
        }
        const int eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(tr("A filter is written key=value, not \"%1\"").arg(word), expression);
        if (auto st = applyCondition(word.left(eq), word.mid(eq + 1), &f, expression); !st)
            return st.error();
    }
    return f;
}

Status ContactFilter::resolveCustomFields(const Session &session)
{
    const CustomFieldRepository fields(session);
    for (CustomCondition &condition : custom) {
        auto field = fields.fieldByName(QStringLiteral("contact"), condition.field);
        if (!field)
            return field.error();
        auto resolved = condition.resolvedFor(*field);
        if (!resolved)
            return resolved.error();
        condition = *resolved;
    }
    return {};
}

Result<qint64> SegmentRepository::save(const QString &name, const ContactFilter &filter,
                                       bool shared) const
{
    if (name.trimmed().isEmpty())
        return bad(tr("A segment needs a name"), {});
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    const QString json
        = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    SqlStatement q(*conn, tr("Cannot save the segment \"%1\"").arg(name));
    auto id = q.scalar(QStringLiteral("INSERT INTO saved_filters (name, entity, definition,"
                                      " owner_id, shared) VALUES (?, 'contact', ?, ?, ?)"
                                      " RETURNING id"),
                       {name.trimmed(), json, nullIfZero(m_session.userId), shared ? 1 : 0});
    if (!id)
        return id.error();
    if (auto st
        = audit::record(*conn, m_session.userId, QStringLiteral("segment"), id->toLongLong(),
                        QStringLiteral("create"),
                        {{QStringLiteral("name"), name}, {QStringLiteral("definition"), json}});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id->toLongLong();
}

Result<qint64> SegmentRepository::count(const ContactFilter &filter) const
{
    ContactQuery cq;
    cq.filter = filter;
    return ContactRepository(m_session).count(cq);
}

Result<QList<Segment>> SegmentRepository::list(bool withCounts) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the segments"));
    // Without a signed-in user (userId 0) a private segment is saved with no owner; those are
    // then the session's own.
    const QString own = m_session.userId ? QStringLiteral("owner_id = ?")
                                         : QStringLiteral("(owner_id IS NULL OR owner_id = ?)");
    if (auto st = q.run(QStringLiteral("SELECT id, name, definition, owner_id, shared FROM"
                                       " saved_filters WHERE entity = 'contact' AND deleted_at"
                                       " IS NULL AND (")
                            + own
                            + QStringLiteral(" OR shared = 1) ORDER BY position, name, id"),
                        {m_session.userId});
        !st)
        return st.error();
    QList<Segment> out;
    while (q.next()) {
        auto filter = ContactFilter::fromJson(
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        if (!filter) {
            Error e = filter.error();
            e.context = tr("segment \"%1\"").arg(q.value(1).toString());
            return e;
        }
        out.append({q.value(0).toLongLong(), q.value(1).toString(), *filter,
                    q.value(3).toLongLong(), q.value(4).toInt() != 0, -1});
    }
    q.finish();
    if (!withCounts)
        return out;
    for (Segment &s : out) {
        auto n = count(s.filter);
        if (!n)
            return n.error();
        s.count = *n;
    }
    return out;
}

Result<Segment> SegmentRepository::byName(const QString &name) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Segment &s : *all) {
        if (s.name == name)
            return s;
    }
    return Error {Error::Kind::NotFound, tr("There is no segment with this name"), name, {}};
}

Status SegmentRepository::remove(qint64 id) const
{
    auto conn = m_session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, m_session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot delete the segment"));
    if (auto st = q.run(QStringLiteral("UPDATE saved_filters SET deleted_at = ?, deleted_by = ?"
                                       " WHERE id = ? AND deleted_at IS NULL"),
                        {nowSecs(), nullIfZero(m_session.userId), id});
        !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error {
            Error::Kind::NotFound, tr("This segment does not exist"), tr("segment %1").arg(id), {}};
    if (auto st = audit::record(*conn, m_session.userId, QStringLiteral("segment"), id,
                                QStringLiteral("delete"));
        !st)
        return st;
    return tx.commit();
}

} // namespace kontor
