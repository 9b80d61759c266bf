#pragma once

#include <QKeySequence>
#include <QList>

namespace kontor {

// The platform's redo keys plus Ctrl+Shift+Z everywhere (Windows only offers Ctrl+Y).
inline QList<QKeySequence> redoShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(shiftZ))
        keys.append(shiftZ);
    return keys;
}

} // namespace kontor
