#pragma once

#include "session.h"

#include <QObject>

namespace kontor {

class ListModule;

// The contact list: name, company, job title, email, phone, status, city.
ListModule *createContactsModule(const Session &session, QObject *parent = nullptr);

} // namespace kontor
