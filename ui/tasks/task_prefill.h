#pragma once

#include "session.h"
#include "tasks/task.h"

class QWidget;

namespace kontor {

// What a new task is for, read from the window the user is in: a contact card gives its
// contact (and company), a company card its company, a deal card its deal. Empty for any
// other window.
Task taskPrefillFor(const QWidget *window);

// Opens the quick add dialog over `parent`, prefilled; announces the new tasks on the
// window's undo stack (entity "task") so lists and the calendar refresh. The new ids, or
// none when cancelled. This is what Ctrl+T, the cards' "New Task" button and the deal board
// call.
QList<qint64> openQuickAddTask(const Session &session, const Task &prefill, QWidget *parent);

} // namespace kontor
