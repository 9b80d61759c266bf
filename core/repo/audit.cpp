#include "repo/audit.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kontor::audit {

QVariantMap diff(const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old != it.value())
            changes.insert(it.key(), QVariantList{old, it.value()});
    }
    return changes;
}

namespace {

void appendJsonString(QString *out, const QString &text)
{
    out->append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out->append(QLatin1String("\\\"")); break;
        case '\\': out->append(QLatin1String("\\\\")); break;
        case '\b': out->append(QLatin1String("\\b")); break;
        case '\f': out->append(QLatin1String("\\f")); break;
        case '\n': out->append(QLatin1String("\\n")); break;
        case '\r': out->append(QLatin1String("\\r")); break;
        case '\t': out->append(QLatin1String("\\t")); break;
        default:
            if (c.unicode() < 0x20)
                out->append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out->append(c);
        }
    }
    out->append(QLatin1Char('"'));
}

// The JSON of one value as QJsonValue::fromVariant() would give it.
void appendJsonValue(QString *out, const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out->append(QLatin1String("null"));
        return;
    case QMetaType::QString:
        appendJsonString(out, value.toString()); // as Qt: a NULL text column gives ""
        return;
    case QMetaType::Bool:
        out->append(value.toBool() ? QLatin1String("true") : QLatin1String("false"));
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
        out->append(QString::number(value.toLongLong())); // as Qt: a NULL number gives 0
        return;
    case QMetaType::QVariantList: {
        out->append(QLatin1Char('['));
        bool first = true;
        for (const QVariant &v : value.toList()) {
            if (!first)
                out->append(QLatin1Char(','));
            first = false;
            appendJsonValue(out, v);
        }
        out->append(QLatin1Char(']'));
        return;
    }
    default: {
        // Dates, doubles, string lists...: rare in change sets, so Qt's own conversion.
        const QByteArray json =
            QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
        out->append(QString::fromUtf8(json.mid(1, json.size() - 2)));
        return;
    }
    }
}

} // namespace

QString changesText(const QVariantMap &changes)
{
    // Written by hand rather than through QJsonObject::fromVariantMap(): an import writes one
    // of these per record, and Qt's conversion was a tenth of its time. The same JSON comes
    // out (keys in order, compact); tests compare the two.
    if (changes.isEmpty())
        return {};
    QString out;
    out.reserve(64 * changes.size());
    out.append(QLatin1Char('{'));
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it != changes.cbegin())
            out.append(QLatin1Char(','));
        appendJsonString(&out, it.key());
        out.append(QLatin1Char(':'));
        appendJsonValue(&out, it.value());
    }
    out.append(QLatin1Char('}'));
    return out;
}

Status record(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
              const QString &action, const QVariantMap &changes)
{
    SqlStatement q(conn, QCoreApplication::translate("Audit", "Cannot write the audit log"));
    const QString json = changesText(changes);
    return q.run(QStringLiteral("INSERT INTO audit_log (user_id, entity, entity_id, action, changes)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {nullIfZero(userId), entity, entityId, action, nullIfEmpty(json)});
}

} // namespace kontor::audit
