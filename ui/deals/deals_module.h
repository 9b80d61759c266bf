#pragma once

#include "session.h"

#include <QObject>

namespace kontor {

class ListModule;

// The deal list: title, company, contact, stage, amount, expected close, owner.
ListModule *createDealsModule(const Session &session, QObject *parent = nullptr);

} // namespace kontor
