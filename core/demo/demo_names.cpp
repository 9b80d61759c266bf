// Person names of the seven demo cultures, each in its own script with a Latin form used for
// e-mail addresses. Lists are "native/latin|native/latin"; gendered family names are
// "male,female/maleLatin,femaleLatin".
#include "demo/demo_names.h"

#include <QStringList>

#include <array>

namespace kontor::demo {

namespace {

struct NameLists
{
    Culture culture;
    int weight;
    const char *male;
    const char *female;
    const char *family;
};

const NameLists kNames[CultureCount] = {
    {Culture::English, 30,
     "James/james|John/john|Robert/robert|Michael/michael|William/william|David/david|"
     "Richard/richard|Thomas/thomas|Daniel/daniel|Matthew/matthew|Andrew/andrew|Oliver/oliver|"
     "George/george|Harry/harry|Jack/jack|Samuel/samuel",
     "Mary/mary|Patricia/patricia|Jennifer/jennifer|Linda/linda|Elizabeth/elizabeth|Susan/susan|"
     "Jessica/jessica|Sarah/sarah|Emily/emily|Olivia/olivia|Amelia/amelia|Charlotte/charlotte|"
     "Emma/emma|Sophie/sophie|Grace/grace|Hannah/hannah",
     "Smith/smith|Johnson/johnson|Williams/williams|Brown/brown|Jones/jones|Miller/miller|"
     "Davis/davis|Wilson/wilson|Taylor/taylor|Clark/clark|Walker/walker|Wright/wright|"
     "Hughes/hughes|Evans/evans|Roberts/roberts|Turner/turner|Cooper/cooper|Harris/harris|"
     "Lewis/lewis|Baker/baker|O'Neill/oneill|Morgan/morgan"},
    {Culture::Russian, 15,
     "Александр/aleksandr|Дмитрий/dmitry|Максим/maksim|Сергей/sergey|Андрей/andrey|"
     "Алексей/aleksey|Иван/ivan|Михаил/mikhail|Николай/nikolay|Павел/pavel|Владимир/vladimir|"
     "Евгений/evgeny|Артём/artem|Кирилл/kirill",
     "Анна/anna|Мария/maria|Елена/elena|Ольга/olga|Наталья/natalya|Татьяна/tatyana|"
     "Екатерина/ekaterina|Ирина/irina|Светлана/svetlana|Юлия/yulia|Дарья/darya|Ксения/ksenia|"
     "Алина/alina|Вера/vera",
     "Иванов,Иванова/ivanov,ivanova|Смирнов,Смирнова/smirnov,smirnova|"
     "Кузнецов,Кузнецова/kuznetsov,kuznetsova|Попов,Попова/popov,popova|"
     "Васильев,Васильева/vasilyev,vasilyeva|Петров,Петрова/petrov,petrova|"
     "Соколов,Соколова/sokolov,sokolova|Михайлов,Михайлова/mikhaylov,mikhaylova|"
     "Новиков,Новикова/novikov,novikova|Фёдоров,Фёдорова/fedorov,fedorova|"
     "Морозов,Морозова/morozov,morozova|Волков,Волкова/volkov,volkova|"
     "Лебедев,Лебедева/lebedev,lebedeva|Козлов,Козлова/kozlov,kozlova|"
     "Егоров,Егорова/egorov,egorova|Орлов,Орлова/orlov,orlova|Белых,Белых/belykh,belykh"},
    {Culture::Bulgarian, 10,
     "Георги/georgi|Иван/ivan|Димитър/dimitar|Николай/nikolay|Петър/petar|Христо/hristo|"
     "Стоян/stoyan|Тодор/todor|Васил/vasil|Калоян/kaloyan|Борислав/borislav|Мартин/martin",
     "Мария/maria|Иванка/ivanka|Елена/elena|Йорданка/yordanka|Пенка/penka|"
     "Десислава/desislava|Гергана/gergana|Радостина/radostina|Цветелина/tsvetelina|"
     "Виктория/viktoriya|Теодора/teodora|Невена/nevena",
     "Иванов,Иванова/ivanov,ivanova|Георгиев,Георгиева/georgiev,georgieva|"
     "Димитров,Димитрова/dimitrov,dimitrova|Петров,Петрова/petrov,petrova|"
     "Николов,Николова/nikolov,nikolova|Христов,Христова/hristov,hristova|"
     "Стоянов,Стоянова/stoyanov,stoyanova|Тодоров,Тодорова/todorov,todorova|"
     "Илиев,Илиева/iliev,ilieva|Василев,Василева/vasilev,vasileva|"
     "Атанасов,Атанасова/atanasov,atanasova|Ангелов,Ангелова/angelov,angelova|"
     "Йорданов,Йорданова/yordanov,yordanova|Костов,Костова/kostov,kostova"},
    {Culture::Finnish, 12,
     "Juhani/juhani|Mikko/mikko|Matti/matti|Timo/timo|Jari/jari|Antti/antti|Pekka/pekka|"
     "Ville/ville|Janne/janne|Lauri/lauri|Eero/eero|Tuomas/tuomas|Jyrki/jyrki",
     "Maria/maria|Anna/anna|Aino/aino|Helena/helena|Johanna/johanna|Sanna/sanna|Laura/laura|"
     "Emilia/emilia|Kaisa/kaisa|Riikka/riikka|Satu/satu|Päivi/paivi|Tiina/tiina",
     "Korhonen/korhonen|Virtanen/virtanen|Mäkinen/makinen|Nieminen/nieminen|Mäkelä/makela|"
     "Hämäläinen/hamalainen|Laine/laine|Heikkinen/heikkinen|Koskinen/koskinen|"
     "Järvinen/jarvinen|Lehtonen/lehtonen|Lehtinen/lehtinen|Salminen/salminen|"
     "Heinonen/heinonen|Räsänen/rasanen|Väisänen/vaisanen"},
    {Culture::Swahili, 12,
     "Juma/juma|Baraka/baraka|Hamisi/hamisi|Omari/omari|Jabari/jabari|Bakari/bakari|"
     "Daudi/daudi|Rashidi/rashidi|Salim/salim|Kamau/kamau|Otieno/otieno|Musa/musa|Tumaini/tumaini",
     "Amani/amani|Neema/neema|Zawadi/zawadi|Rehema/rehema|Imani/imani|Asha/asha|Halima/halima|"
     "Mwanaisha/mwanaisha|Fatuma/fatuma|Subira/subira|Wanjiru/wanjiru|Akinyi/akinyi|Upendo/upendo",
     "Mwangi/mwangi|Otieno/otieno|Kamau/kamau|Wanjiku/wanjiku|Njoroge/njoroge|Ochieng/ochieng|"
     "Mohamed/mohamed|Hassan/hassan|Omondi/omondi|Kiprono/kiprono|Mutua/mutua|Kariuki/kariuki|"
     "Massawe/massawe|Mushi/mushi|Mrema/mrema|Swai/swai"},
    {Culture::Persian, 11,
     "محمد/mohammad|علی/ali|حسین/hossein|رضا/reza|مهدی/mehdi|امیر/amir|سعید/saeed|"
     "حمید/hamid|بهرام/bahram|داریوش/dariush|کاوه/kaveh|آرش/arash|کوروش/kourosh",
     "فاطمه/fatemeh|زهرا/zahra|مریم/maryam|سارا/sara|نگار/negar|شیرین/shirin|لیلا/leila|"
     "نازنین/nazanin|پریسا/parisa|مهسا/mahsa|الهام/elham|آزاده/azadeh|ترانه/taraneh",
     "محمدی/mohammadi|حسینی/hosseini|احمدی/ahmadi|رضایی/rezaei|کریمی/karimi|موسوی/mousavi|"
     "جعفری/jafari|رحیمی/rahimi|صادقی/sadeghi|نوری/nouri|تهرانی/tehrani|کاظمی/kazemi|"
     "اکبری/akbari|قاسمی/ghasemi|شریفی/sharifi|زارعی/zarei"},
    {Culture::Lao, 10,
     "ສົມພອນ/somphone|ບຸນທັນ/bounthanh|ຄໍາພອນ/khamphone|ສີສຸກ/sisouk|ທອງສະຫວັນ/thongsavanh|"
     "ວັນໄຊ/vanxay|ພູວົງ/phouvong|ສຸກສະຫວັນ/souksavanh|ບຸນເຫຼືອ/bounleua|ສົມສັກ/somsack|"
     "ບຸນມີ/bounmy|ສົມຊາຍ/somchay",
     "ມາລີ/maly|ດາລາ/dala|ນາລີ/naly|ສົມຈິດ/somchit|ບົວພາ/bouapha|ແສງດາວ/sengdao|"
     "ອໍາພອນ/amphone|ມະນີວັນ/manivanh|ນົງລັກ/nonglak|ພອນທິບ/phonthip|ຈັນທະວີ/chanthavy|"
     "ວິໄລວັນ/vilayvanh",
     "ພົມມະຈັນ/phommachanh|ສີສຸວັນ/sisouvanh|ວົງສະຫວັນ/vongsavanh|ແກ້ວມະນີ/keomany|"
     "ພິລາວົງ/philavong|ສຸວັນນະວົງ/souvannavong|ຈັນທະລາ/chanthala|ອິນທະວົງ/inthavong|"
     "ແສງອາລຸນ/sengaloun|ພົມວິຫານ/phomvihane|ຄໍາວົງ/khamvong|ໄຊຍະວົງ/xayavong"},
};

std::array<CultureData, CultureCount> buildAll()
{
    std::array<CultureData, CultureCount> all;
    for (int i = 0; i < CultureCount; ++i) {
        CultureData &d = all[size_t(i)];
        d.culture = kNames[i].culture;
        d.weight = kNames[i].weight;
        d.maleFirst = parseWords(kNames[i].male);
        d.femaleFirst = parseWords(kNames[i].female);
        d.family = parseFamilies(kNames[i].family);
        addPlaces(d);
    }
    return all;
}

} // namespace

std::vector<Word> parseWords(const char *utf8)
{
    std::vector<Word> out;
    const QStringList items = QString::fromUtf8(utf8).split(QLatin1Char('|'));
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char('/'));
        out.push_back(Word {parts.value(0), parts.value(1, parts.value(0))});
    }
    return out;
}

std::vector<FamilyName> parseFamilies(const char *utf8)
{
    std::vector<FamilyName> out;
    const QStringList items = QString::fromUtf8(utf8).split(QLatin1Char('|'));
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char('/'));
        const QStringList native = parts.value(0).split(QLatin1Char(','));
        const QStringList latin = parts.value(1).split(QLatin1Char(','));
        const Word male {native.value(0), latin.value(0)};
        const Word female {native.value(1, male.native), latin.value(1, male.latin)};
        out.push_back(FamilyName {male, female});
    }
    return out;
}

std::vector<City> parseCities(const char *utf8)
{
    std::vector<City> out;
    const QStringList items = QString::fromUtf8(utf8).split(QLatin1Char('|'));
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char('/'));
        out.push_back(City {parts.value(0), parts.value(1), parts.value(2)});
    }
    return out;
}

std::vector<QString> parseList(const char *utf8)
{
    std::vector<QString> out;
    const QStringList items = QString::fromUtf8(utf8).split(QLatin1Char('|'));
    for (const QString &item : items)
        out.push_back(item);
    return out;
}

const CultureData &cultureData(Culture culture)
{
    // Built once, then only read: safe to share between threads after the first call.
    static const std::array<CultureData, CultureCount> all = buildAll();
    return all[size_t(culture)];
}

Culture pickCulture(Rng &rng)
{
    int roll = int(rng.below(100));
    for (int i = 0; i < CultureCount; ++i) {
        roll -= kNames[i].weight;
        if (roll < 0)
            return kNames[i].culture;
    }
    return Culture::English;
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace kontor::demo
