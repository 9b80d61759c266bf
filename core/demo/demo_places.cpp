// Cities, job titles, company names and phone formats of the demo cultures, in their own
// scripts. Cities are "name/country/area code".
#include "demo/demo_names.h"

namespace kontor::demo {

namespace {

struct PlaceLists
{
    const char *cities;
    const char *titles;
    const char *stems;
    const char *kinds;
    const char *legal;
    const char *tld;
    const char *freeMail;
};

const PlaceLists kPlaces[CultureCount] = {
    {"London/GB/20|Manchester/GB/161|Bristol/GB/117|New York/US/212|Chicago/US/312|"
     "Boston/US/617|Seattle/US/206|Austin/US/512",
     "Sales Manager|Head of Procurement|Chief Executive Officer|Finance Director|"
     "Operations Manager|IT Director|Office Manager|Marketing Lead|Account Executive",
     "Northwind/northwind|Bluewater/bluewater|Summit/summit|Redwood/redwood|"
     "Ironbridge/ironbridge|Brightpath/brightpath|Oakridge/oakridge|Silverline/silverline|"
     "Harbor/harbor|Keystone/keystone|Pinecrest/pinecrest|Evergreen/evergreen",
     "Logistics/logistics|Consulting/consulting|Systems/systems|Foods/foods|"
     "Engineering/engineering|Health/health|Media/media|Energy/energy",
     "%1 Ltd", "com", "gmail.com|outlook.com|yahoo.com|icloud.com"},
    {"Москва/RU/495|Санкт-Петербург/RU/812|Новосибирск/RU/383|Екатеринбург/RU/343|"
     "Казань/RU/843|Нижний Новгород/RU/831",
     "Генеральный директор|Коммерческий директор|Менеджер по закупкам|Главный бухгалтер|"
     "Руководитель отдела продаж|ИТ-директор|Юрист|Офис-менеджер",
     "Север/sever|Вектор/vektor|Альфа/alfa|Прогресс/progress|Сибирь/sibir|Волга/volga|"
     "Гранит/granit|Восток/vostok|Техно/tekhno|Стандарт/standart|Меридиан/meridian",
     "Логистика/logistika|Строй/stroy|Софт/soft|Продукт/produkt|Энерго/energo|"
     "Торг/torg|Маркет/market|Сервис/servis",
     "ООО «%1»", "ru", "yandex.ru|mail.ru|gmail.com|rambler.ru"},
    {"София/BG/2|Пловдив/BG/32|Варна/BG/52|Бургас/BG/56|Русе/BG/82|Стара Загора/BG/42",
     "Управител|Търговски директор|Главен счетоводител|Мениджър продажби|"
     "Специалист снабдяване|ИТ мениджър|Юрисконсулт",
     "Балкан/balkan|Витоша/vitosha|Родина/rodina|Искър/iskar|Марица/maritsa|Пирин/pirin|"
     "Тракия/trakia|Дунав/dunav|Рила/rila|Странджа/strandzha",
     "Софт/soft|Строй/stroy|Транс/trans|Трейд/trade|Агро/agro|Консулт/konsult|Медия/media",
     "%1 ЕООД", "bg", "abv.bg|gmail.com|mail.bg|dir.bg"},
    {"Helsinki/FI/9|Espoo/FI/9|Tampere/FI/3|Turku/FI/2|Oulu/FI/8|Jyväskylä/FI/14",
     "Toimitusjohtaja|Myyntipäällikkö|Hankintapäällikkö|Talousjohtaja|IT-päällikkö|"
     "Asiakkuuspäällikkö|Lakimies",
     "Järvi/jarvi|Kuusi/kuusi|Pohjola/pohjola|Revontuli/revontuli|Saimaa/saimaa|"
     "Koivu/koivu|Karhu/karhu|Tunturi/tunturi|Aalto/aalto|Metsä/metsa",
     "Logistiikka/logistiikka|Rakennus/rakennus|Ohjelmistot/ohjelmistot|Konsultointi/konsultointi|"
     "Energia/energia|Elintarvike/elintarvike|Media/media",
     "%1 Oy", "fi", "gmail.com|outlook.com|luukku.com|suomi24.fi"},
    {"Nairobi/KE/20|Mombasa/KE/41|Kisumu/KE/57|Dar es Salaam/TZ/22|Arusha/TZ/27|"
     "Dodoma/TZ/26|Zanzibar/TZ/24",
     "Mkurugenzi Mtendaji|Meneja wa Mauzo|Meneja wa Ununuzi|Mhasibu Mkuu|"
     "Afisa Masoko|Meneja wa TEHAMA|Mwanasheria",
     "Jua/jua|Pwani/pwani|Kilimanjaro/kilimanjaro|Simba/simba|Tumaini/tumaini|Umoja/umoja|"
     "Baraka/baraka|Upendo/upendo|Nyota/nyota|Maji/maji|Safari/safari",
     "Biashara/biashara|Usafirishaji/usafirishaji|Kilimo/kilimo|Ujenzi/ujenzi|Teknolojia/"
     "teknolojia|"
     "Huduma/huduma|Nishati/nishati",
     "%1 Limited", "co.ke", "gmail.com|yahoo.com|outlook.com"},
    {"تهران/IR/21|اصفهان/IR/31|شیراز/IR/71|تبریز/IR/41|مشهد/IR/51|کرج/IR/26",
     "مدیرعامل|مدیر فروش|مدیر خرید|مدیر مالی|کارشناس بازرگانی|مدیر فناوری اطلاعات|مشاور حقوقی",
     "پارس/pars|آریا/arya|البرز/alborz|سپهر/sepehr|کوثر/kowsar|نوین/novin|مهر/mehr|"
     "ایرانیان/iranian|دماوند/damavand|زاگرس/zagros",
     "بازرگانی/bazargani|صنعت/sanat|فناوری/fanavari|ساختمان/sakhteman|حمل و نقل/haml|"
     "تجارت/tejarat|انرژی/energy",
     "شرکت %1", "ir", "gmail.com|yahoo.com|chmail.ir"},
    {"ວຽງຈັນ/LA/21|ຫຼວງພະບາງ/LA/71|ປາກເຊ/LA/31|ສະຫວັນນະເຂດ/LA/41|ທ່າແຂກ/LA/51",
     "ຜູ້ອໍານວຍການ|ຜູ້ຈັດການຝ່າຍຂາຍ|ຫົວໜ້າຝ່າຍຈັດຊື້|ຫົວໜ້າບັນຊີ|ພະນັກງານຂາຍ|ທີ່ປຶກສາກົດໝາຍ",
     "ລ້ານຊ້າງ/lanexang|ແມ່ຂອງ/maekhong|ຈໍາປາ/champa|ດາວເຮືອງ/daoheuang|ສີເມືອງ/simuang|"
     "ພູສີ/phousy|ໄຊຍະ/xaya|ວຽງທອງ/viengthong",
     "ການຄ້າ/kanka|ກໍ່ສ້າງ/kosang|ຂົນສົ່ງ/khonsong|ກະສິກໍາ/kasikam|ເຕັກໂນໂລຊີ/technology|"
     "ບໍລິການ/borikan",
     "ບໍລິສັດ %1 ຈໍາກັດ", "la", "gmail.com|yahoo.com|laotel.com"},
};

QString randomDigits(Rng &rng, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s += QLatin1Char(char('0' + rng.below(10)));
    return s;
}

QString pickOf(Rng &rng, std::initializer_list<const char *> choices)
{
    const int i = int(rng.below(quint32(choices.size())));
    return QLatin1String(*(choices.begin() + i));
}

} // namespace

void addPlaces(CultureData &d)
{
    const PlaceLists &p = kPlaces[int(d.culture)];
    d.cities = parseCities(p.cities);
    d.titles = parseList(p.titles);
    d.companyStems = parseWords(p.stems);
    d.companyKinds = parseWords(p.kinds);
    d.legalPattern = QString::fromUtf8(p.legal);
    d.tld = QString::fromUtf8(p.tld);
    d.freeMail = parseList(p.freeMail);
}

QString formatPhone(const City &city, bool mobile, Rng &rng)
{
    const QString &c = city.country;
    auto d = [&rng](int n) { return randomDigits(rng, n); };
    if (c == QLatin1String("US"))
        return QStringLiteral("+1 (%1) 555-01%2").arg(city.area, d(2));
    if (c == QLatin1String("GB")) {
        // Ofcom's numbers for drama: London 020 7946 0xxx, other areas 0xxx 496 0xxx (a
        // London-style number in Bristol has a digit too many and no country accepts it).
        if (mobile)
            return QStringLiteral("+44 7700 900%1").arg(d(3));
        return QStringLiteral("+44 %1 %2 0%3")
            .arg(city.area, city.area.size() == 2 ? QStringLiteral("7946") : QStringLiteral("496"), d(3));
    }
    if (c == QLatin1String("RU")) {
        const QString area = mobile ? QStringLiteral("9") + d(2) : city.area;
        return QStringLiteral("+7 (%1) %2-%3-%4").arg(area, d(3), d(2), d(2));
    }
    if (c == QLatin1String("BG")) {
        return mobile
            ? QStringLiteral("+359 %1 %2 %3").arg(pickOf(rng, {"87", "88", "89"}), d(3), d(4))
            : QStringLiteral("+359 %1 %2 %3")
                  .arg(city.area, d(3), d(city.area.size() > 1 ? 3 : 4));
    }
    if (c == QLatin1String("FI")) {
        return mobile
            ? QStringLiteral("+358 %1 %2 %3").arg(pickOf(rng, {"40", "44", "50"}), d(3), d(4))
            : QStringLiteral("+358 %1 %2 %3").arg(city.area, d(3), d(4));
    }
    if (c == QLatin1String("KE") || c == QLatin1String("TZ")) {
        const QString cc
            = c == QLatin1String("KE") ? QStringLiteral("254") : QStringLiteral("255");
        if (mobile) {
            const QString prefix = c == QLatin1String("KE")
                ? pickOf(rng, {"712", "722", "733", "701"})
                : pickOf(rng, {"754", "713", "765", "784"});
            return QStringLiteral("+%1 %2 %3 %4").arg(cc, prefix, d(3), d(3));
        }
        return QStringLiteral("+%1 %2 %3 %4").arg(cc, city.area, d(3), d(4));
    }
    if (c == QLatin1String("IR")) {
        return mobile ? QStringLiteral("+98 %1 %2 %3")
                            .arg(pickOf(rng, {"912", "935", "919", "901"}), d(3), d(4))
                      : QStringLiteral("+98 %1 %2 %3").arg(city.area, d(4), d(4));
    }
    if (c == QLatin1String("LA")) {
        return mobile ? QStringLiteral("+856 20 %1 %2")
                            .arg(pickOf(rng, {"55", "56", "22", "97"}) + d(2), d(4))
                      : QStringLiteral("+856 %1 %2 %3").arg(city.area, d(3), d(3));
    }
    return QStringLiteral("+%1").arg(d(10));
}

} // namespace kontor::demo
