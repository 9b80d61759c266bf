#include "import/import_mapping.h"

#include "import/value_parse.h"

#include <QCoreApplication>
#include <QHash>

namespace kontor::importing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kontor::importing", text);
}

using Kind = ImportField::Kind;

// Header names per field. Normalized before comparison, so case, spaces, digits and
// punctuation do not matter ("E-mail 2 Address" == "email address").
struct Synonyms
{
    const char *field;
    const char *names; // separated by '|'
};

const Synonyms kContactSynonyms[] = {
    {"first_name", "first name|given name|forename|first|имя|име|etunimi|jina la kwanza|jina la kwanza|نام|ຊື່"},
    {"last_name", "last name|last|surname|family name|фамилия|sukunimi|jina la ukoo|نام خانوادگی|ນາມສະກຸນ"},
    {"full_name", "name|full name|display name|contact name|contact|фио|имя и фамилия|пълно име|nimi|koko nimi|jina|jina kamili|نام کامل|ຊື່ເຕັມ"},
    {"title", "title|job title|position|job|organization title|должность|длъжност|titteli|tehtävä|ammatti|cheo|wadhifa|سمت|عنوان شغلی|ຕໍາແໜ່ງ"},
    {"company", "company|company name|organization|organisation|organization name|employer|account|account name|компания|организация|фирма|yritys|organisaatio|kampuni|شرکت|ບໍລິສັດ"},
    {"email", "email|e-mail|mail|email address|e-mail address|primary email|secondary email|email value|e-mail value|work email|home email|почта|электронная почта|эл почта|емейл|имейл|имейл адрес|електронна поща|sähköposti|sähköpostiosoite|barua pepe|anwani ya barua pepe|ایمیل|پست الکترونیک|ອີເມວ|ອີເມລ"},
    {"phone", "phone|telephone|tel|phone number|business phone|work phone|home phone|phone value|primary phone|company main phone|other phone|телефон|тел|номер телефона|puhelin|puhelinnumero|simu|nambari ya simu|تلفن|شماره تلفن|ເບີໂທ|ໂທລະສັບ"},
    {"mobile", "mobile|mobile phone|mobile number|cell|cell phone|cellular|мобильный|мобильный телефон|мобилен|мобилен телефон|matkapuhelin|kännykkä|simu ya mkononi|موبایل|تلفن همراه|ມືຖື"},
    {"birthday", "birthday|birth date|date of birth|dob|bday|день рождения|дата рождения|рожден ден|дата на раждане|syntymäpäivä|syntymäaika|siku ya kuzaliwa|tarehe ya kuzaliwa|تاریخ تولد|ວັນເກີດ"},
    {"street", "street|address|street address|business street|home street|work address|home address|address street|улица|адрес|katuosoite|osoite|mtaa|anwani|خیابان|آدرس|ທີ່ຢູ່"},
    {"city", "city|town|business city|home city|work city|address city|город|град|населено място|kaupunki|mji|شهر|ເມືອງ"},
    {"region", "region|state|province|county|business state|home state|work state|address region|регион|область|област|maakunta|mkoa|استان|ແຂວງ"},
    {"postal_code", "postal code|zip|zip code|zipcode|postcode|business postal code|home postal code|work zipcode|address postal code|индекс|почтовый индекс|пощенски код|postinumero|msimbo wa posta|کد پستی|ລະຫັດໄປສະນີ"},
    {"country", "country|country region|business country region|home country region|business country|home country|work country|address country|страна|държава|maa|nchi|کشور|ປະເທດ"},
    {"source", "source|lead source|источник|източник|lähde|chanzo|منبع|ແຫຼ່ງ"},
    {"status", "status|lifecycle|lifecycle stage|статус|tila|hali|وضعیت|ສະຖານະ"},
    {"temperature", "temperature|lead temperature|температура|lämpötila|joto|دما"},
    {"notes", "notes|note|comments|comment|description|примечание|примечания|заметки|комментарий|бележки|коментар|muistiinpanot|huomautus|lisätiedot|maelezo|یادداشت|توضیحات|ໝາຍເຫດ"},
    {"id", "kontor id"},
};

const Synonyms kCompanySynonyms[] = {
    {"name", "name|company|company name|organization|organisation|account|account name|компания|организация|фирма|название|yritys|nimi|kampuni|jina|شرکت|نام|ບໍລິສັດ"},
    {"legal_name", "legal name|registered name|юридическое название|юридическо име|virallinen nimi|jina rasmi|نام حقوقی"},
    {"website", "website|web|url|site|web page|homepage|сайт|уебсайт|verkkosivu|tovuti|وبسایت|ເວັບໄຊ"},
    {"industry", "industry|sector|отрасль|индустрия|отрасъл|toimiala|sekta|صنعت|ອຸດສາຫະກໍາ"},
    {"phone", "phone|telephone|tel|phone number|main phone|телефон|puhelin|simu|تلفن|ເບີໂທ"},
    {"email", "email|e-mail|mail|email address|почта|имейл|sähköposti|barua pepe|ایمیل|ອີເມວ"},
    {"street", "street|address|street address|улица|адрес|katuosoite|osoite|mtaa|anwani|آدرس|ທີ່ຢູ່"},
    {"city", "city|town|город|град|kaupunki|mji|شهر|ເມືອງ"},
    {"region", "region|state|province|регион|область|област|maakunta|mkoa|استان|ແຂວງ"},
    {"postal_code", "postal code|zip|zip code|postcode|индекс|пощенски код|postinumero|msimbo wa posta|کد پستی"},
    {"country", "country|country region|страна|държава|maa|nchi|کشور|ປະເທດ"},
    {"source", "source|lead source|источник|източник|lähde|chanzo|منبع"},
    {"notes", "notes|note|comments|description|примечание|заметки|бележки|muistiinpanot|maelezo|یادداشت|ໝາຍເຫດ"},
    {"id", "kontor id"},
};

const Synonyms kDealSynonyms[] = {
    {"title", "deal|title|deal name|name|opportunity|opportunity name|сделка|название|сделка|kauppa|mauzo|معامله|ຂໍ້ຕົກລົງ"},
    {"pipeline", "pipeline|воронка|фуния|myyntiputki|mfereji|قیف|ທໍ່"},
    {"stage", "stage|deal stage|этап|стадия|етап|vaihe|hatua|مرحله|ຂັ້ນ"},
    {"amount", "amount|value|deal value|sum|total|сумма|стоимость|сума|стойност|summa|arvo|kiasi|thamani|مبلغ|ຈໍານວນເງິນ"},
    {"currency", "currency|валюта|valuutta|sarafu|ارز|ສະກຸນເງິນ"},
    {"expected_close", "expected close|close date|expected close date|closing date|дата закрытия|дата на приключване|päättymispäivä|tarehe ya kufunga|تاریخ بستن"},
    {"contact_email", "contact email|email|e-mail|почта|имейл|sähköposti|barua pepe|ایمیل"},
    {"company", "company|organization|account|компания|фирма|yritys|kampuni|شرکت"},
    {"owner", "owner|deal owner|responsible|manager|ответственный|менеджер|отговорник|omistaja|vastuuhenkilö|mmiliki|مسئول|ຜູ້ຮັບຜິດຊອບ"},
    {"source", "source|lead source|источник|източник|lähde|chanzo|منبع"},
    {"status", "status|deal status|state|won lost|статус|состояние|tila|hali|وضعیت|ສະຖານະ"},
    {"lost_reason", "lost reason|reason lost|loss reason|reason|причина проигрыша|причина отказа|причина|причина за загуба|häviön syy|syy|sababu ya kupoteza|sababu|دلیل از دست دادن|دلیل|ເຫດຜົນ"},
    {"notes", "notes|note|description|comments|примечание|заметки|бележки|muistiinpanot|maelezo|یادداشت"},
    {"external_id", "external id|external_id|externalid|deal id|opportunity id|record id|crm id|source id|внешний id|внешний идентификатор|id сделки|външен id|ulkoinen id|ulkoinen tunniste|kitambulisho cha nje|شناسه خارجی"},
    {"id", "kontor id"},
};

const Synonyms kActivitySynonyms[] = {
    {"kind", "type|activity type|kind|activity|тип|вид|тип активности|вид дейност|tyyppi|laji|aina|نوع|ປະເພດ"},
    {"occurred_at", "date|date time|datetime|when|time|occurred|occurred at|start|start date|start time|дата|дата и время|время|дата и час|päivämäärä|aika|päivä|ajankohta|tarehe|wakati|تاریخ|زمان|ວັນທີ"},
    {"subject", "subject|title|topic|summary|тема|заголовок|заглавие|aihe|otsikko|mada|kichwa|موضوع|عنوان|ຫົວຂໍ້"},
    {"body", "body|note|notes|text|description|details|comment|comments|content|заметка|текст|описание|комментарий|бележка|muistiinpano|teksti|kuvaus|sisältö|maelezo|dokezo|متن|یادداشت|توضیحات|ລາຍລະອຽດ"},
    {"contact_email", "email|e-mail|contact email|contact|почта|имейл|контакт|sähköposti|yhteyshenkilö|barua pepe|ایمیل|ອີເມວ"},
    {"deal", "deal|deal title|opportunity|сделка|kauppa|mauzo|معامله|ຂໍ້ຕົກລົງ"},
    {"duration", "duration|minutes|duration min|duration minutes|length|длительность|продолжительность|минуты|продължителност|kesto|minuutit|muda|dakika|مدت|ໄລຍະເວລາ"},
    {"direction", "direction|in out|incoming outgoing|направление|посока|suunta|mwelekeo|جهت|ທິດທາງ"},
    {"outcome", "outcome|result|результат|итог|резултат|tulos|lopputulos|matokeo|نتیجه|ຜົນ"},
};

template<size_t N>
QHash<QString, QString> synonymTable(const Synonyms (&table)[N])
{
    QHash<QString, QString> byName;
    for (const Synonyms &s : table) {
        for (const QString &name : QString::fromUtf8(s.names).split(QLatin1Char('|'))) {
            const QString key = normalizeHeader(name);
            if (!byName.contains(key)) // first field listed wins
                byName.insert(key, QLatin1String(s.field));
        }
    }
    return byName;
}

const QHash<QString, QString> &synonyms(ExchangeEntity entity)
{
    static const QHash<QString, QString> contacts = synonymTable(kContactSynonyms);
    static const QHash<QString, QString> companies = synonymTable(kCompanySynonyms);
    static const QHash<QString, QString> deals = synonymTable(kDealSynonyms);
    static const QHash<QString, QString> activities = synonymTable(kActivitySynonyms);
    switch (entity) {
    case ExchangeEntity::Companies:
        return companies;
    case ExchangeEntity::Deals:
        return deals;
    case ExchangeEntity::Activities:
        return activities;
    default:
        return contacts;
    }
}

ImportField field(const char *key, const char *label, Kind kind = Kind::Text, bool multi = false,
                  bool required = false)
{
    return {QLatin1String(key), QCoreApplication::translate("kontor::importing", label), kind, multi,
            required};
}

} // namespace

QString normalizeHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetter() || c.isMark())
            out += c.toLower();
    }
    return out;
}

QList<ImportField> importFields(ExchangeEntity entity)
{
    switch (entity) {
    case ExchangeEntity::Companies:
        return {field("name", QT_TRANSLATE_NOOP("kontor::importing", "Company name"), Kind::Text, false, true),
                field("legal_name", QT_TRANSLATE_NOOP("kontor::importing", "Legal name")),
                field("website", QT_TRANSLATE_NOOP("kontor::importing", "Website")),
                field("industry", QT_TRANSLATE_NOOP("kontor::importing", "Industry")),
                field("phone", QT_TRANSLATE_NOOP("kontor::importing", "Phone"), Kind::Phone),
                field("email", QT_TRANSLATE_NOOP("kontor::importing", "Email"), Kind::Email),
                field("street", QT_TRANSLATE_NOOP("kontor::importing", "Street")),
                field("city", QT_TRANSLATE_NOOP("kontor::importing", "City")),
                field("region", QT_TRANSLATE_NOOP("kontor::importing", "Region")),
                field("postal_code", QT_TRANSLATE_NOOP("kontor::importing", "Postal code")),
                field("country", QT_TRANSLATE_NOOP("kontor::importing", "Country")),
                field("source", QT_TRANSLATE_NOOP("kontor::importing", "Source")),
                field("notes", QT_TRANSLATE_NOOP("kontor::importing", "Notes")),
                field("id", QT_TRANSLATE_NOOP("kontor::importing", "Kontor ID"), Kind::Id)};
    case ExchangeEntity::Deals:
        return {field("title", QT_TRANSLATE_NOOP("kontor::importing", "Deal title"), Kind::Text, false, true),
                field("pipeline", QT_TRANSLATE_NOOP("kontor::importing", "Pipeline (name)")),
                field("stage", QT_TRANSLATE_NOOP("kontor::importing", "Stage (name)")),
                field("amount", QT_TRANSLATE_NOOP("kontor::importing", "Amount"), Kind::Money),
                field("currency", QT_TRANSLATE_NOOP("kontor::importing", "Currency")),
                field("expected_close", QT_TRANSLATE_NOOP("kontor::importing", "Expected close"), Kind::Date),
                field("contact_email", QT_TRANSLATE_NOOP("kontor::importing", "Contact (email)"), Kind::Email),
                field("company", QT_TRANSLATE_NOOP("kontor::importing", "Company (name)")),
                field("owner", QT_TRANSLATE_NOOP("kontor::importing", "Owner (name or email)")),
                field("source", QT_TRANSLATE_NOOP("kontor::importing", "Source")),
                field("status", QT_TRANSLATE_NOOP("kontor::importing", "Status (open, won, lost)"), Kind::Choice),
                field("lost_reason", QT_TRANSLATE_NOOP("kontor::importing", "Lost reason (name)")),
                field("notes", QT_TRANSLATE_NOOP("kontor::importing", "Notes")),
                field("external_id", QT_TRANSLATE_NOOP("kontor::importing", "External ID (the other system's)")),
                field("id", QT_TRANSLATE_NOOP("kontor::importing", "Kontor ID"), Kind::Id)};
    case ExchangeEntity::Activities:
        return {field("kind", QT_TRANSLATE_NOOP("kontor::importing", "Type (call, email, meeting, note)"), Kind::Choice, false, true),
                field("occurred_at", QT_TRANSLATE_NOOP("kontor::importing", "Date and time"), Kind::Date, false, true),
                field("subject", QT_TRANSLATE_NOOP("kontor::importing", "Subject")),
                field("body", QT_TRANSLATE_NOOP("kontor::importing", "Note / body")),
                field("contact_email", QT_TRANSLATE_NOOP("kontor::importing", "Contact (email)"), Kind::Email, false, true),
                field("deal", QT_TRANSLATE_NOOP("kontor::importing", "Deal (title)")),
                field("duration", QT_TRANSLATE_NOOP("kontor::importing", "Duration (minutes or h:mm)")),
                field("direction", QT_TRANSLATE_NOOP("kontor::importing", "Direction (in, out)"), Kind::Choice),
                field("outcome", QT_TRANSLATE_NOOP("kontor::importing", "Outcome"))};
    default:
        return {field("first_name", QT_TRANSLATE_NOOP("kontor::importing", "First name")),
                field("last_name", QT_TRANSLATE_NOOP("kontor::importing", "Last name")),
                field("full_name", QT_TRANSLATE_NOOP("kontor::importing", "Full name (split)")),
                field("title", QT_TRANSLATE_NOOP("kontor::importing", "Job title")),
                field("company", QT_TRANSLATE_NOOP("kontor::importing", "Company (name)")),
                field("email", QT_TRANSLATE_NOOP("kontor::importing", "Email"), Kind::Email, true),
                field("phone", QT_TRANSLATE_NOOP("kontor::importing", "Phone"), Kind::Phone, true),
                field("mobile", QT_TRANSLATE_NOOP("kontor::importing", "Mobile phone"), Kind::Phone, true),
                field("birthday", QT_TRANSLATE_NOOP("kontor::importing", "Birthday"), Kind::Date),
                field("street", QT_TRANSLATE_NOOP("kontor::importing", "Street")),
                field("city", QT_TRANSLATE_NOOP("kontor::importing", "City")),
                field("region", QT_TRANSLATE_NOOP("kontor::importing", "Region")),
                field("postal_code", QT_TRANSLATE_NOOP("kontor::importing", "Postal code")),
                field("country", QT_TRANSLATE_NOOP("kontor::importing", "Country")),
                field("source", QT_TRANSLATE_NOOP("kontor::importing", "Source")),
                field("status", QT_TRANSLATE_NOOP("kontor::importing", "Status"), Kind::Choice),
                field("temperature", QT_TRANSLATE_NOOP("kontor::importing", "Temperature"), Kind::Choice),
                field("notes", QT_TRANSLATE_NOOP("kontor::importing", "Notes")),
                field("id", QT_TRANSLATE_NOOP("kontor::importing", "Kontor ID"), Kind::Id)};
    }
}

std::optional<ImportField> importField(ExchangeEntity entity, const QString &key)
{
    // Activities have no custom fields.
    if (entity != ExchangeEntity::Activities && key.startsWith(QLatin1String("custom:")) && key.size() > 7)
        return ImportField{key, key.mid(7), Kind::Text, false, false};
    for (const ImportField &f : importFields(entity)) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

QJsonObject ImportMapping::toJson(const QStringList &header) const
{
    QJsonObject o;
    for (int i = 0; i < header.size(); ++i)
        o.insert(header.at(i), fields.value(i));
    return o;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json, const QStringList &header,
                                              ExchangeEntity entity)
{
    ImportMapping m;
    m.fields = QStringList(header.size(), QString());
    for (auto it = json.begin(); it != json.end(); ++it) {
        const int column = int(header.indexOf(it.key()));
        if (column < 0)
            return Error{Error::Kind::Invalid, tr("The mapping names a column the file does not have."),
                         it.key(), {}};
        const QString key = it.value().toString();
        if (!key.isEmpty() && !importField(entity, key))
            return Error{Error::Kind::Invalid, tr("The mapping names an unknown field."),
                         QStringLiteral("%1 → %2").arg(it.key(), key), {}};
        m.fields[column] = key;
    }
    return m;
}

namespace {

// The share of non-empty sample cells in `column` that satisfy `test`; -1 when none.
template<typename Test>
double share(const QList<QStringList> &sample, int column, Test test)
{
    int filled = 0, hits = 0;
    for (const QStringList &row : sample) {
        const QString v = undoFormulaEscape(row.value(column).trimmed());
        if (v.isEmpty())
            continue;
        ++filled;
        hits += test(v) ? 1 : 0;
    }
    return filled ? double(hits) / filled : -1;
}

} // namespace

ImportMapping suggestMapping(ExchangeEntity entity, const QStringList &header,
                             const QList<QStringList> &sample, const QStringList &customFields)
{
    ImportMapping m;
    m.fields = QStringList(header.size(), QString());
    const auto &names = synonyms(entity);
    QHash<QString, QString> custom;
    for (const QString &name : customFields)
        custom.insert(normalizeHeader(name), QStringLiteral("custom:") + name);
    QHash<QString, QString> exportLabels; // Kontor's own export headers, in this language
    for (const ImportField &f : importFields(entity))
        exportLabels.insert(normalizeHeader(f.label), f.key);

    auto taken = [&](const QString &key) { return m.fields.contains(key); };
    for (int i = 0; i < header.size(); ++i) {
        const QString norm = normalizeHeader(header.at(i));
        if (norm.isEmpty())
            continue;
        QString key = names.value(norm);
        if (key.isEmpty())
            key = custom.value(norm);
        if (key.isEmpty())
            key = exportLabels.value(norm);
        if (key.isEmpty())
            continue;
        const auto f = importField(entity, key);
        if (f && !f->multi && taken(key)) {
            // One column per single field. "Job Title" beats Outlook's honorific "Title":
            // the longer, more specific header wins; otherwise the first one stays.
            const int earlier = int(m.fields.indexOf(key));
            if (norm.size() > normalizeHeader(header.at(earlier)).size()) {
                m.fields[earlier].clear();
                m.fields[i] = key;
            }
            continue;
        }
        m.fields[i] = key;
    }
    // A "Name" column next to first / last name columns is the same data once more.
    if (entity == ExchangeEntity::Contacts
        && (taken(QStringLiteral("first_name")) || taken(QStringLiteral("last_name")))) {
        const int full = int(m.fields.indexOf(QStringLiteral("full_name")));
        if (full >= 0)
            m.fields[full].clear();
    }
    // By content, for the columns no header explained.
    QSet<QString> byHeader(m.fields.begin(), m.fields.end()), byContent;
    for (int i = 0; i < header.size(); ++i) {
        if (!m.fields.at(i).isEmpty())
            continue;
        QString key;
        if (share(sample, i, isEmail) >= 0.8)
            key = entity == ExchangeEntity::Deals || entity == ExchangeEntity::Activities ? QStringLiteral("contact_email")
                                                                                          : QStringLiteral("email");
        else if (entity == ExchangeEntity::Activities
                 && share(sample, i, [](const QString &v) {
                        const auto d = parseDateTime(v);
                        return d.when.isValid() || d.ambiguous;
                    }) >= 0.8)
            key = QStringLiteral("occurred_at");
        else if (share(sample, i, looksLikePhone) >= 0.8
                 && share(sample, i, [](const QString &v) { return parseDate(v).date.isValid(); }) < 0.5)
            key = QStringLiteral("phone");
        else if (share(sample, i, [](const QString &v) {
                     const auto d = parseDate(v);
                     return d.date.isValid() || d.ambiguous;
                 }) >= 0.8)
            key = entity == ExchangeEntity::Contacts ? QStringLiteral("birthday")
                  : entity == ExchangeEntity::Deals  ? QStringLiteral("expected_close")
                                                     : QString();
        else if (entity == ExchangeEntity::Deals
                 && share(sample, i, [](const QString &v) {
                        const auto p = parseMoney(v);
                        return p.problem.isEmpty() && !p.currency.isEmpty();
                    }) >= 0.8)
            key = QStringLiteral("amount");
        // Content only fills a field no header named: an Outlook "Business Fax" column looks
        // like phones, but the named phone columns already say where phones are.
        if (key.isEmpty() || byHeader.contains(key))
            continue;
        const auto f = importField(entity, key);
        if (f && (f->multi || !byContent.contains(key))) {
            m.fields[i] = key;
            byContent.insert(key);
        }
    }
    return m;
}

QString recognizeExport(const QStringList &header)
{
    QSet<QString> h;
    for (const QString &s : header)
        h.insert(s.trimmed().toLower());
    auto has = [&](const char *name) { return h.contains(QLatin1String(name)); };
    if (has("e-mail 1 - value") || (has("given name") && has("family name") && has("group membership")))
        return QStringLiteral("google");
    if (has("primary email") && has("display name"))
        return QStringLiteral("thunderbird");
    if (has("e-mail address") && (has("business phone") || has("mobile phone")))
        return QStringLiteral("outlook");
    return {};
}

} // namespace kontor::importing
