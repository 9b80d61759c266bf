#pragma once

namespace kontor {

// Sets the organization and application names every Kontor executable uses. They decide
// QStandardPaths::AppDataLocation and so the default database file: the GUI and kontorctl
// must call this same function or they would open different default databases.
void setApplicationIdentity();

} // namespace kontor
