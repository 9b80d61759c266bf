#pragma once

#include <QString>

namespace kontor {

struct Address
{
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const
    {
        return street.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty()
               && country.isEmpty();
    }
    bool operator==(const Address &o) const
    {
        return street == o.street && city == o.city && region == o.region
               && postalCode == o.postalCode && country == o.country;
    }
};

} // namespace kontor
