# Tasks: the repository behind the Tasks module, calendar and reminders; schema step 6.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/task.h ${CMAKE_CURRENT_LIST_DIR}/task.cpp
    ${CMAKE_CURRENT_LIST_DIR}/task_time.h ${CMAKE_CURRENT_LIST_DIR}/task_time.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recurrence.h ${CMAKE_CURRENT_LIST_DIR}/recurrence.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schema_tasks.h ${CMAKE_CURRENT_LIST_DIR}/schema_tasks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/task_repository.h ${CMAKE_CURRENT_LIST_DIR}/task_repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/task_rows.h ${CMAKE_CURRENT_LIST_DIR}/task_lists.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reminders.h ${CMAKE_CURRENT_LIST_DIR}/reminders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/icalendar.h ${CMAKE_CURRENT_LIST_DIR}/icalendar_write.cpp
    ${CMAKE_CURRENT_LIST_DIR}/icalendar_read.cpp
)
