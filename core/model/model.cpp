#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"
#include "model/pipeline.h"

#include <QRegularExpression>

namespace kontor {

namespace {
void addAddress(QVariantMap &m, const Address &a)
{
    m.insert(QStringLiteral("street"), a.street);
    m.insert(QStringLiteral("city"), a.city);
    m.insert(QStringLiteral("region"), a.region);
    m.insert(QStringLiteral("postal_code"), a.postalCode);
    m.insert(QStringLiteral("country"), a.country);
}
} // namespace

QString Contact::displayName() const
{
    const QString full = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    if (!full.isEmpty())
        return full;
    return primaryEmail();
}

QVariantMap Contact::fields() const
{
    QVariantMap m;
    m.insert(QStringLiteral("first_name"), firstName);
    m.insert(QStringLiteral("last_name"), lastName);
    m.insert(QStringLiteral("title"), title);
    m.insert(QStringLiteral("company_id"), companyId);
    m.insert(QStringLiteral("company_role_id"), companyRoleId);
    m.insert(QStringLiteral("birthday"), birthday.isValid() ? birthday.toString(Qt::ISODate) : QString());
    addAddress(m, address);
    m.insert(QStringLiteral("source"), source);
    m.insert(QStringLiteral("temperature"), temperature);
    m.insert(QStringLiteral("status"), status);
    m.insert(QStringLiteral("owner_id"), ownerId);
    m.insert(QStringLiteral("notes"), notes);
    QStringList list;
    for (const auto &e : emails)
        list << e.label + QLatin1Char(':') + e.email;
    m.insert(QStringLiteral("emails"), list);
    list.clear();
    for (const auto &p : phones)
        list << p.label + QLatin1Char(':') + p.phone;
    m.insert(QStringLiteral("phones"), list);
    list.clear();
    for (const auto &x : messengers)
        list << x.kind + QLatin1Char(':') + x.handle;
    m.insert(QStringLiteral("messengers"), list);
    return m;
}

QStringList contactStatuses()
{
    return {QStringLiteral("lead"), QStringLiteral("prospect"), QStringLiteral("customer")};
}

QStringList contactTemperatures()
{
    return {QStringLiteral("cold"), QStringLiteral("warm"), QStringLiteral("hot")};
}

QVariantMap Company::fields() const
{
    QVariantMap m;
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("legal_name"), legalName);
    m.insert(QStringLiteral("website"), website);
    m.insert(QStringLiteral("industry"), industry);
    m.insert(QStringLiteral("phone"), phone);
    m.insert(QStringLiteral("email"), email);
    addAddress(m, address);
    m.insert(QStringLiteral("source"), source);
    m.insert(QStringLiteral("owner_id"), ownerId);
    m.insert(QStringLiteral("notes"), notes);
    return m;
}

QVariantMap Deal::fields() const
{
    QVariantMap m;
    m.insert(QStringLiteral("title"), title);
    m.insert(QStringLiteral("pipeline_id"), pipelineId);
    m.insert(QStringLiteral("stage_id"), stageId);
    m.insert(QStringLiteral("status"), status);
    m.insert(QStringLiteral("amount_minor"), amountMinor);
    m.insert(QStringLiteral("currency"), currency);
    m.insert(QStringLiteral("probability"), probability);
    m.insert(QStringLiteral("expected_close"), expectedClose.isValid() ? expectedClose.toString(Qt::ISODate) : QString());
    m.insert(QStringLiteral("contact_id"), contactId);
    m.insert(QStringLiteral("company_id"), companyId);
    m.insert(QStringLiteral("owner_id"), ownerId);
    m.insert(QStringLiteral("source"), source);
    m.insert(QStringLiteral("lost_reason_id"), lostReasonId);
    m.insert(QStringLiteral("lost_note"), lostNote);
    m.insert(QStringLiteral("notes"), notes);
    return m;
}

QString Stage::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Open: return QStringLiteral("open");
    case Kind::Won: return QStringLiteral("won");
    case Kind::Lost: return QStringLiteral("lost");
    }
    return QStringLiteral("open");
}

bool Stage::kindFromName(const QString &name, Kind *out)
{
    if (name == QLatin1String("open"))
        *out = Kind::Open;
    else if (name == QLatin1String("won"))
        *out = Kind::Won;
    else if (name == QLatin1String("lost"))
        *out = Kind::Lost;
    else
        return false;
    return true;
}

QString formatMinor(qint64 minor)
{
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + QLatin1Char('.')
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

bool parseMinor(const QString &text, qint64 *out)
{
    // Plain decimal with '.' and at most two fractional digits; locale parsing is the
    // importer's job, this is the canonical form.
    static const QRegularExpression re(QStringLiteral("^(-)?(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    qint64 value = m.captured(2).toLongLong() * 100;
    QString frac = m.captured(3);
    if (frac.size() == 1)
        frac += QLatin1Char('0');
    value += frac.toLongLong();
    *out = m.captured(1).isEmpty() ? value : -value;
    return true;
}

} // namespace kontor
