#include "undo/undo_stack.h"

#include <QWidget>

namespace kontor {

UndoStack::UndoStack(QObject *parent)
    : QUndoStack(parent)
{
    setObjectName(QStringLiteral("sessionUndoStack"));
    // Enough to walk back a working session; each command holds two copies of a record.
    setUndoLimit(200);
}

UndoStack *UndoStack::of(QObject *from)
{
    QObject *top = from;
    for (QObject *o = from; o; o = o->parent()) {
        if (auto *stack = o->findChild<UndoStack *>(QString(), Qt::FindDirectChildrenOnly))
            return stack;
        top = o;
    }
    return top ? new UndoStack(top) : nullptr;
}

} // namespace kontor
