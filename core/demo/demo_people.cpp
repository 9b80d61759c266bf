// Companies and contacts of the demo data, with their e-mails, phones, messengers and tags.
#include "demo/demo_writer.h"

#include "storage/fold_keys.h"

#include <QCoreApplication>

#include <algorithm>
#include <future>

namespace kontor::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}

const char *const kSources[] = {"website", "email", "phone", "social", "referral", "event"};
const int kSourceWeights[] = {30, 15, 15, 15, 15, 10};

QString pickSource(Rng &rng)
{
    int roll = int(rng.below(100));
    for (int i = 0; i < 6; ++i) {
        roll -= kSourceWeights[i];
        if (roll < 0)
            return QLatin1String(kSources[i]);
    }
    return QLatin1String(kSources[0]);
}

const char *const kIndustries[]
    = {"Logistics",   "Construction", "Software", "Manufacturing", "Retail", "Energy",
       "Agriculture", "Consulting",   "Media",    "Healthcare",    "Food"};

// What one contact adds to the side tables, kept until its batch returns the new ids.
struct ContactExtras
{
    QString email[2];
    bool emailWork[2] = {false, false};
    int emails = 0;
    QString phone[2];
    bool phoneMobile[2] = {false, false};
    int phones = 0;
    QString messengerKind;
    QString messengerHandle;
    qint64 tags[3] = {0, 0, 0};
    int tagCount = 0;
};

// One generated contact: its row and what goes to the side tables.
struct ContactRow
{
    QString first;
    QString last;
    QString nameKey; // contacts.name_fold, made on the chunk's thread (see fold_keys.h)
    QString surnameKey; // contacts.surname_key, the duplicate review's name rule
    QVariant title;
    qint64 companyId = 0;
    QVariant role;
    QVariant birthday;
    QString city;
    QString country;
    QString source;
    QString temperature;
    QString status;
    qint64 owner = 0;
    qint64 lastContacted = 0;
    qint64 created = 0;
    ContactExtras extras;
};

// Contacts are generated on a second thread, a chunk ahead of the one being written: making
// the strings of a million people costs about as much CPU as SQLite storing them.
constexpr qint64 kContactChunk = 20000;

} // namespace

Status Writer::writeCompanies()
{
    beginStep(tr("Companies"));
    const Dialect &dialect = m_session.db->dialect();
    BatchInserter companies(
        m_conn, dialect, QStringLiteral("companies"),
        {QStringLiteral("name"), QStringLiteral("legal_name"), QStringLiteral("website"),
         QStringLiteral("industry"), QStringLiteral("phone"), QStringLiteral("email"),
         QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("source"),
         QStringLiteral("owner_id"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
        true);
    BatchInserter tags(m_conn, dialect, QStringLiteral("company_tags"),
                       {QStringLiteral("company_id"), QStringLiteral("tag_id")});
    const size_t n = size_t(m_options.companies);
    m_companyIds.reserve(n);
    m_companyCulture.resize(n);
    m_companyCity.resize(n);
    m_companyName.resize(n);
    m_companyDomain.resize(n);
    std::vector<qint64> pendingTags; // tag per company of the current batch, 0 = none

    companies.setFlushHandler([&](const std::vector<qint64> &ids) -> Status {
        for (size_t i = 0; i < ids.size(); ++i) {
            m_companyIds.push_back(ids[i]);
            if (pendingTags[i] != 0) {
                tags << ids[i] << pendingTags[i];
                if (auto st = tags.endRow(); !st)
                    return st;
            }
        }
        pendingTags.clear();
        return {};
    });

    for (size_t c = 0; c < n; ++c) {
        Rng r = rng(CompanyStream, c);
        const Culture culture = pickCulture(r);
        const CultureData &cd = cultureData(culture);
        const Word &stem = r.pick(cd.companyStems);
        const Word &kind = r.pick(cd.companyKinds);
        const QString name = stem.native + QLatin1Char(' ') + kind.native;
        QString domain = stem.latin + kind.latin;
        if (r.chance(60))
            domain += QString::number(r.range(2, 999));
        domain += QLatin1Char('.') + cd.tld;
        const quint8 city = quint8(r.below(quint32(cd.cities.size())));
        const City &place = cd.cities[city];
        const qint64 created = m_start - r.below64(3 * 365 * 86400LL);
        const qint64 updated = created + r.below64(m_now - created);

        m_companyCulture[c] = quint8(culture);
        m_companyCity[c] = city;
        m_companyName[c] = name;
        m_companyDomain[c] = domain;
        companies << name << cd.legalPattern.arg(name) << QStringLiteral("https://www.") + domain
                  << QLatin1String(r.pick(kIndustries)) << formatPhone(place, false, r)
                  << QStringLiteral("info@") + domain << place.name << place.country
                  << pickSource(r) << m_users[r.below(quint32(m_users.size()))].id << created
                  << updated;
        pendingTags.push_back(r.chance(4) ? m_tagPartner : (r.chance(3) ? m_tagVip : 0));
        if (auto st = companies.endRow(); !st)
            return st;
        if (auto st = tick(); !st)
            return st;
    }
    if (auto st = companies.finish(); !st)
        return st;
    if (auto st = tags.finish(); !st)
        return st;
    m_stats.companies = companies.rows();
    m_stats.otherRows += tags.rows();
    endStep(companies.rows() + tags.rows());
    return {};
}

ContactSketch Writer::sketch(qint64 contactIndex) const
{
    // The first draws of a contact's stream: deal planning needs them before contacts exist.
    Rng r = rng(ContactStream, quint64(contactIndex));
    ContactSketch s;
    if (m_options.companies > 0 && r.chance(80))
        s.company = qint32(r.below(quint32(m_options.companies)));
    if (s.company >= 0 && r.chance(85))
        s.culture = Culture(m_companyCulture[size_t(s.company)]);
    else
        s.culture = pickCulture(r);
    s.female = r.chance(50);
    s.owner = quint8(r.below(quint32(m_users.size())));
    return s;
}

Status Writer::writeContacts()
{
    beginStep(tr("Contacts"));
    const Dialect &dialect = m_session.db->dialect();
    BatchInserter contacts(
        m_conn, dialect, QStringLiteral("contacts"),
        {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("title"),
         QStringLiteral("company_id"), QStringLiteral("company_role_id"),
         QStringLiteral("birthday"), QStringLiteral("city"), QStringLiteral("country"),
         QStringLiteral("source"), QStringLiteral("temperature"), QStringLiteral("status"),
         QStringLiteral("owner_id"), QStringLiteral("last_contacted_at"),
         QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("name_fold"),
         QStringLiteral("surname_key")},
        true);
    BatchInserter emails(m_conn, dialect, QStringLiteral("contact_emails"),
                         {QStringLiteral("contact_id"), QStringLiteral("label"),
                          QStringLiteral("email"), QStringLiteral("email_norm"),
                          QStringLiteral("position")});
    BatchInserter phones(m_conn, dialect, QStringLiteral("contact_phones"),
                         {QStringLiteral("contact_id"), QStringLiteral("label"),
                          QStringLiteral("phone"), QStringLiteral("phone_digits"),
                          QStringLiteral("position")});
    BatchInserter messengers(
        m_conn, dialect, QStringLiteral("contact_messengers"),
        {QStringLiteral("contact_id"), QStringLiteral("kind"), QStringLiteral("handle")});
    BatchInserter tags(m_conn, dialect, QStringLiteral("contact_tags"),
                       {QStringLiteral("contact_id"), QStringLiteral("tag_id")});

    const QString work = QStringLiteral("work");
    const QString personal = QStringLiteral("personal");
    const QString mobile = QStringLiteral("mobile");
    std::vector<ContactExtras> pending;
    m_contactIds.reserve(size_t(m_options.contacts));

    contacts.setFlushHandler([&](const std::vector<qint64> &ids) -> Status {
        for (size_t i = 0; i < ids.size(); ++i) {
            const qint64 id = ids[i];
            const ContactExtras &x = pending[i];
            m_contactIds.push_back(id);
            for (int e = 0; e < x.emails; ++e) {
                emails << id << (x.emailWork[e] ? work : personal) << x.email[e] << x.email[e]
                       << e;
                if (auto st = emails.endRow(); !st)
                    return st;
            }
            for (int p = 0; p < x.phones; ++p) {
                phones << id << (x.phoneMobile[p] ? mobile : work) << x.phone[p]
                       << phoneDigits(x.phone[p]) << p;
                if (auto st = phones.endRow(); !st)
                    return st;
            }
            if (!x.messengerKind.isEmpty()) {
                messengers << id << x.messengerKind << x.messengerHandle;
                if (auto st = messengers.endRow(); !st)
                    return st;
            }
            for (int t = 0; t < x.tagCount; ++t) {
                tags << id << x.tags[t];
                if (auto st = tags.endRow(); !st)
                    return st;
            }
        }
        pending.clear();
        return {};
    });

    // Reads only what planning and writeCompanies() left behind, so it runs on any thread.
    auto makeContact = [this](qint64 i) {
        const ContactSketch s = sketch(i);
        Rng r = rng(ExtrasStream, quint64(i));
        const CultureData &cd = cultureData(s.culture);
        const Word &first = r.pick(s.female ? cd.femaleFirst : cd.maleFirst);
        const FamilyName &family = r.pick(cd.family);
        const Word &last = s.female ? family.female : family.male;
        const bool hasCompany = s.company >= 0;
        const bool sameCulture
            = hasCompany && m_companyCulture[size_t(s.company)] == quint8(s.culture);
        const City &city
            = sameCulture ? cd.cities[m_companyCity[size_t(s.company)]] : r.pick(cd.cities);

        ContactRow row;
        ContactExtras &x = row.extras;
        const QString local = first.latin + QLatin1Char('.') + last.latin;
        if (hasCompany && r.chance(90)) {
            x.email[x.emails] = local + QLatin1Char('@') + m_companyDomain[size_t(s.company)];
            x.emailWork[x.emails++] = true;
        }
        if (!hasCompany ? r.chance(85) : r.chance(25)) {
            x.email[x.emails++] = local + QString::number(r.range(1, 9999)) + QLatin1Char('@')
                + r.pick(cd.freeMail);
        }
        if (r.chance(85)) {
            x.phone[x.phones] = formatPhone(city, true, r);
            x.phoneMobile[x.phones++] = true;
        }
        if (hasCompany && r.chance(35))
            x.phone[x.phones++] = formatPhone(city, false, r);
        if (r.chance(8)) {
            const bool telegram = s.culture == Culture::Russian || s.culture == Culture::Bulgarian
                || s.culture == Culture::Persian;
            x.messengerKind = telegram ? QStringLiteral("telegram") : QStringLiteral("whatsapp");
            x.messengerHandle = telegram
                ? QLatin1Char('@') + first.latin + QLatin1Char('_') + last.latin
                : x.phone[0];
            if (x.messengerHandle.isEmpty())
                x.messengerKind.clear();
        }

        const quint8 dealFlags = m_contactDeals[size_t(i)];
        row.status = QStringLiteral("lead");
        if (dealFlags & 2)
            row.status = QStringLiteral("customer");
        else if ((dealFlags & 1) || r.chance(15))
            row.status = QStringLiteral("prospect");
        if (r.chance(5))
            x.tags[x.tagCount++] = m_tagVip;
        if (r.chance(20))
            x.tags[x.tagCount++] = m_tagNewsletter;
        if (r.chance(4))
            x.tags[x.tagCount++] = m_tagFair;

        const int temp = int(r.below(100));
        row.temperature = temp < 50 ? QStringLiteral("cold")
                                    : (temp < 85 ? QStringLiteral("warm") : QStringLiteral("hot"));
        row.birthday = nullText();
        if (r.chance(40)) {
            row.birthday = QStringLiteral("%1-%2-%3")
                               .arg(r.range(1955, 2002))
                               .arg(r.range(1, 12), 2, 10, QLatin1Char('0'))
                               .arg(r.range(1, 28), 2, 10, QLatin1Char('0'));
        }
        row.lastContacted = m_lastContacted[size_t(i)];
        qint64 created = r.chance(75) ? m_start - r.below64(400 * 86400LL)
                                      : m_start + r.below64(m_now - m_start);
        row.created = std::min(created, m_firstTouch[size_t(i)] - 3600 - r.below64(20 * 86400LL));
        row.title = hasCompany && r.chance(90) ? QVariant(r.pick(cd.titles)) : nullText();
        row.role = hasCompany && !m_roles.empty() && r.chance(70) ? QVariant(r.pick(m_roles))
                                                                   : nullInt();
        row.first = first.native;
        row.last = last.native;
        row.nameKey = contactNameKey(row.first, row.last);
        row.surnameKey = contactSurnameKey(row.first, row.last);
        row.city = city.name;
        row.country = city.country;
        row.source = pickSource(r);
        row.companyId = hasCompany ? m_companyIds[size_t(s.company)] : 0;
        row.owner = m_users[s.owner].id;
        return row;
    };
    auto makeChunk = [makeContact](qint64 from, qint64 to) {
        std::vector<ContactRow> rows;
        rows.reserve(size_t(to - from));
        for (qint64 i = from; i < to; ++i)
            rows.push_back(makeContact(i));
        return rows;
    };
    auto chunkEnd = [this](qint64 from) {
        return std::min<qint64>(from + kContactChunk, m_options.contacts);
    };

    std::future<std::vector<ContactRow>> next
        = std::async(std::launch::async, makeChunk, 0, chunkEnd(0));
    for (qint64 from = 0; from < m_options.contacts; from = chunkEnd(from)) {
        std::vector<ContactRow> rows = next.get();
        if (chunkEnd(from) < m_options.contacts)
            next = std::async(std::launch::async, makeChunk, chunkEnd(from),
                              chunkEnd(chunkEnd(from)));
        for (ContactRow &row : rows) {
            contacts << row.first << row.last << row.title << idOrNull(row.companyId) << row.role
                     << row.birthday << row.city << row.country << row.source << row.temperature
                     << row.status << row.owner
                     << (row.lastContacted > 0 ? QVariant(row.lastContacted) : nullInt())
                     << row.created << std::max(row.created, row.lastContacted) << row.nameKey
                     << row.surnameKey;
            pending.push_back(std::move(row.extras));
            if (auto st = contacts.endRow(); !st)
                return st; // the future's destructor waits for the chunk being made
            if (auto st = tick(2); !st)
                return st;
        }
    }
    for (BatchInserter *b : {&contacts, &emails, &phones, &messengers, &tags}) {
        if (auto st = b->finish(); !st)
            return st;
    }
    m_stats.contacts = contacts.rows();
    const qint64 side = emails.rows() + phones.rows() + messengers.rows() + tags.rows();
    m_stats.otherRows += side;
    endStep(contacts.rows() + side);
    return {};
}

} // namespace kontor::demo
