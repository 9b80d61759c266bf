#pragma once

#include "session.h"

#include <QList>

class QObject;

namespace kontor {

class Module;

// Every module of the app, in sidebar order, working on `session`. The one place that knows
// the list of modules; the main window only sees the Module interface.
QList<Module *> createModules(const Session &session, QObject *parent);

} // namespace kontor
