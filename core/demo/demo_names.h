#pragma once

#include "demo/demo_random.h"

#include <QString>

#include <vector>

namespace kontor::demo {

// A word in its own script and a Latin form for e-mail addresses and web domains.
struct Word
{
    QString native;
    QString latin;
};

// Family names that change with gender (Russian, Bulgarian); others repeat the male form.
struct FamilyName
{
    Word male;
    Word female;
};

struct City
{
    QString name;
    QString country; // ISO 3166 code
    QString area; // landline area code, national format
};

enum class Culture { English, Russian, Bulgarian, Finnish, Swahili, Persian, Lao };
constexpr int CultureCount = 7;

struct CultureData
{
    Culture culture;
    int weight = 0; // share of records, in percent
    std::vector<Word> maleFirst;
    std::vector<Word> femaleFirst;
    std::vector<FamilyName> family;
    std::vector<City> cities;
    std::vector<QString> titles;
    std::vector<Word> companyStems;
    std::vector<Word> companyKinds;
    QString legalPattern; // %1 = short company name
    QString tld;
    std::vector<QString> freeMail;
};

// The tables, built once from the UTF-8 lists in demo_names.cpp / demo_places.cpp.
const CultureData &cultureData(Culture culture);
Culture pickCulture(Rng &rng);

// Phone number in the national format of `city`'s country, e.g. "+7 (495) 123-45-67".
QString formatPhone(const City &city, bool mobile, Rng &rng);
// Digits only, the match key kept in contact_phones.phone_digits.
QString phoneDigits(const QString &phone);

// Internal parsing helpers shared by the table files: "native/latin|native/latin|...".
std::vector<Word> parseWords(const char *utf8);
std::vector<FamilyName> parseFamilies(const char *utf8);
std::vector<City> parseCities(const char *utf8);
std::vector<QString> parseList(const char *utf8);

// Defined in demo_places.cpp: cities, titles, company words of one culture.
void addPlaces(CultureData &data);

} // namespace kontor::demo
