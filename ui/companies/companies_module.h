#pragma once

#include "session.h"

#include <QObject>

namespace kontor {

class ListModule;

// The company list: name, industry, city, country, phone, website, number of people.
ListModule *createCompaniesModule(const Session &session, QObject *parent = nullptr);

} // namespace kontor
