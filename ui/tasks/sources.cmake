# The Tasks module: Today / Overdue / Upcoming / Done lists, quick add (Ctrl+T), completion
# with the next step, tray reminders.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/task_format.h ${CMAKE_CURRENT_LIST_DIR}/task_format.cpp
    ${CMAKE_CURRENT_LIST_DIR}/task_commands.h ${CMAKE_CURRENT_LIST_DIR}/task_commands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quick_add_task_dialog.h ${CMAKE_CURRENT_LIST_DIR}/quick_add_task_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/complete_task_dialog.h ${CMAKE_CURRENT_LIST_DIR}/complete_task_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tasks_module.h ${CMAKE_CURRENT_LIST_DIR}/tasks_module.cpp
    ${CMAKE_CURRENT_LIST_DIR}/task_prefill.h ${CMAKE_CURRENT_LIST_DIR}/task_prefill.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reminder_notifier.h ${CMAKE_CURRENT_LIST_DIR}/reminder_notifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reminder_popup.h ${CMAKE_CURRENT_LIST_DIR}/reminder_popup.cpp
)
