# The calendar: a painted month / week / day / agenda view of tasks, meetings and birthdays
# with drag to reschedule, and the page around it.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/calendar_view.h ${CMAKE_CURRENT_LIST_DIR}/calendar_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/calendar_view_paint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/calendar_page.h ${CMAKE_CURRENT_LIST_DIR}/calendar_page.cpp
)
