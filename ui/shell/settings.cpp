#include "shell/settings.h"

namespace kontor::settings {

const Setting<QByteArray> windowGeometry {"MainWindow/geometry", {}};
const Setting<QByteArray> windowState {"MainWindow/state", {}};
const Setting<QString> currentModule {"MainWindow/module", QStringLiteral("contacts")};
const Setting<QStringList> recentDatabases {"Databases/recent", {}};
const Setting<QString> lastServerUrl {"Databases/lastServer", {}};

} // namespace kontor::settings
