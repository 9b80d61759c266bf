#pragma once

#include <QIcon>
#include <QString>

namespace kontor {

// Line icons drawn from vector paths at whatever size is asked, so they stay crisp on any
// screen. Painted in code because this Qt has no SVG image plugin installed.
QIcon moduleIcon(const QString &moduleId);
QIcon appIcon();

} // namespace kontor
