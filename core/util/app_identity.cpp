#include "util/app_identity.h"

#include <QCoreApplication>

namespace kontor {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationName(QStringLiteral("Kontor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
}

} // namespace kontor
