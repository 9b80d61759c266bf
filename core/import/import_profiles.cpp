#include "import/import_profiles.h"

#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kontor::importing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

// Profiles share the settings table with everything else, under this prefix.
const QLatin1String kPrefix("import_profile:");

QString headerKey(const QString &h)
{
    return h.simplified().toLower();
}

} // namespace

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return QStringLiteral("dmy");
    case DateOrder::MonthFirst:
        return QStringLiteral("mdy");
    case DateOrder::Auto:
        break;
    }
    return {};
}

std::optional<DateOrder> dateOrderFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("auto") || n == QLatin1String("ask"))
        return DateOrder::Auto;
    if (n == QLatin1String("dmy"))
        return DateOrder::DayFirst;
    if (n == QLatin1String("mdy"))
        return DateOrder::MonthFirst;
    return std::nullopt;
}

QJsonObject MappingProfile::toJson() const
{
    QJsonArray columns;
    for (int i = 0; i < header.size(); ++i)
        columns.append(QJsonObject{{QStringLiteral("column"), header.at(i)}, {QStringLiteral("field"), fields.value(i)}});
    return {{QStringLiteral("entity"), exchangeEntityName(entity)},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("delimiter"), delimiter.isNull() ? QString() : QString(delimiter)},
            {QStringLiteral("header_row"), headerRow},
            {QStringLiteral("date_order"), dateOrderName(dateOrder)}};
}

Result<MappingProfile> MappingProfile::fromJson(const QString &name, const QJsonObject &json)
{
    MappingProfile p;
    p.name = name;
    const auto entity = exchangeEntityFromName(json.value(QStringLiteral("entity")).toString());
    const auto order = dateOrderFromName(json.value(QStringLiteral("date_order")).toString());
    if (!entity || !order)
        return Error{Error::Kind::Invalid, tr("The saved mapping profile is damaged."), name, {}};
    p.entity = *entity;
    p.dateOrder = *order;
    p.encoding = json.value(QStringLiteral("encoding")).toString();
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    p.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    p.headerRow = json.value(QStringLiteral("header_row")).toInt(1); // absent in older profiles
    if (p.headerRow < 0)
        return Error{Error::Kind::Invalid, tr("The saved mapping profile is damaged."), name, {}};
    for (const QJsonValue &c : json.value(QStringLiteral("columns")).toArray()) {
        const QString field = c.toObject().value(QStringLiteral("field")).toString();
        if (!field.isEmpty() && !importField(p.entity, field))
            return Error{Error::Kind::Invalid, tr("The saved mapping profile names an unknown field."), name, field};
        p.header << c.toObject().value(QStringLiteral("column")).toString();
        p.fields << field;
    }
    return p;
}

bool MappingProfile::matches(const QStringList &fileHeader) const
{
    QStringList mine, theirs;
    for (const QString &h : header)
        mine << headerKey(h);
    for (const QString &h : fileHeader)
        theirs << headerKey(h);
    mine.sort();
    theirs.sort();
    return !mine.isEmpty() && mine == theirs;
}

Result<ImportMapping> MappingProfile::mappingFor(const QStringList &fileHeader) const
{
    QStringList keys;
    for (const QString &h : fileHeader)
        keys << headerKey(h);
    ImportMapping m;
    m.fields = QStringList(fileHeader.size(), QString());
    for (int i = 0; i < header.size(); ++i) {
        const int column = int(keys.indexOf(headerKey(header.at(i))));
        if (column < 0) {
            if (fields.value(i).isEmpty())
                continue; // a column it did not import anyway
            return Error{Error::Kind::Invalid,
                         tr("The mapping profile \"%1\" needs a column this file does not have.").arg(name),
                         header.at(i), {}};
        }
        m.fields[column] = fields.value(i);
    }
    return m;
}

Status MappingProfile::applyTo(const QStringList &fileHeader, ImportOptions *options) const
{
    auto mapping = mappingFor(fileHeader);
    if (!mapping)
        return mapping.error();
    options->entity = entity;
    options->mapping = *mapping;
    options->dateOrder = dateOrder;
    return {};
}

Status saveProfile(const Session &session, const MappingProfile &profile)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return Error{Error::Kind::Invalid, tr("A mapping profile needs a name of 1 to 100 characters."), name, {}};
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    Transaction tx(*conn, session.db->dialect());
    if (!tx.ok())
        return tx.error();
    SqlStatement q(*conn, tr("Cannot save the mapping profile"));
    const QString key = kPrefix + name;
    if (auto st = q.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}); !st)
        return st;
    if (auto st = q.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                        {key, QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact))});
        !st)
        return st;
    return tx.commit();
}

Result<QList<MappingProfile>> listProfiles(const Session &session, std::optional<ExchangeEntity> entity)
{
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the mapping profiles"));
    if (auto st = q.run(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE ? ORDER BY key"),
                        {kPrefix + QLatin1Char('%')});
        !st)
        return st.error();
    QList<MappingProfile> out;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!key.startsWith(kPrefix))
            continue; // LIKE folds case on SQLite
        auto p = MappingProfile::fromJson(key.mid(kPrefix.size()),
                                          QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!p)
            return p.error();
        if (!entity || p->entity == *entity)
            out.append(*p);
    }
    return out;
}

Result<MappingProfile> loadProfile(const Session &session, const QString &name)
{
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot read the mapping profile"));
    if (auto st = q.run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kPrefix + name.trimmed()}); !st)
        return st.error();
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("There is no mapping profile of this name."), name, {}};
    return MappingProfile::fromJson(name.trimmed(), QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Status removeProfile(const Session &session, const QString &name)
{
    if (auto found = loadProfile(session, name); !found)
        return found.error();
    auto conn = session.db->connection();
    if (!conn)
        return conn.error();
    SqlStatement q(*conn, tr("Cannot delete the mapping profile"));
    return q.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {kPrefix + name.trimmed()});
}

std::optional<MappingProfile> matchingProfile(const QList<MappingProfile> &profiles, const QStringList &fileHeader)
{
    for (const MappingProfile &p : profiles) {
        if (p.matches(fileHeader))
            return p;
    }
    return std::nullopt;
}

} // namespace kontor::importing
