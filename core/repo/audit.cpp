#include "repo/audit.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kontor::audit {

bool isBlank(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString: return value.toString().isEmpty();
    case QMetaType::QStringList: return value.toStringList().isEmpty();
    case QMetaType::QVariantList: return value.toList().isEmpty();
    default: return false;
    }
}

QVariantMap diff(const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            // A field the record did not have (a new record): only a value is a change. A
            // million imported contacts logged every empty field, half the database's size.
            if (!isBlank(it.value()))
                changes.insert(it.key(), QVariantList{QVariant(), it.value()});
        } else if (*old != it.value()) {
            changes.insert(it.key(), QVariantList{*old, it.value()});
        }
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
    case QMetaType::QStringList: {
        // A contact's e-mails, phones and messengers: in every contact's change set, so a
        // large import spent more on Qt's conversion below than on the rest of the text. Qt
        // escapes a lone surrogate as \uXXXX: such a list still takes its route.
        const QStringList list = value.toStringList();
        if (std::all_of(list.cbegin(), list.cend(), [](const QString &s) { return s.isValidUtf16(); })) {
            out->append(QLatin1Char('['));
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (i > 0)
                    out->append(QLatin1Char(','));
                appendJsonString(out, list[i]);
            }
            out->append(QLatin1Char(']'));
            return;
        }
        [[fallthrough]];
    }
    default: {
        // Dates, doubles...: rare in change sets, so Qt's own conversion.
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

QString importedText(qint64 batchId, qint64 sourceRow)
{
    return QStringLiteral("{\"batch\":%1,\"row\":%2}").arg(batchId).arg(sourceRow);
}

Status record(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
              const QString &action, const QVariantMap &changes)
{
    return recordText(conn, userId, entity, entityId, action, changesText(changes));
}

Status recordCreated(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
                     const QVariantMap &fields, const std::optional<ImportOrigin> &origin)
{
    if (origin)
        return recordText(conn, userId, entity, entityId, QLatin1String(kImportedAction),
                          importedText(origin->batchId, origin->sourceRow));
    return record(conn, userId, entity, entityId, QStringLiteral("create"), diff({}, fields));
}

Status recordText(const QSqlDatabase &conn, qint64 userId, const QString &entity, qint64 entityId,
                  const QString &action, const QString &changes)
{
    SqlStatement q(conn, QCoreApplication::translate("Audit", "Cannot write the audit log"));
    return q.run(QStringLiteral("INSERT INTO audit_log (user_id, entity, entity_id, action, changes)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {nullIfZero(userId), entity, entityId, action, nullIfEmpty(changes)});
}

} // namespace kontor::audit
