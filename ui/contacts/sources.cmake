# Contacts module extras: bulk actions on the selected rows.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bulk_actions.h
    ${CMAKE_CURRENT_LIST_DIR}/bulk_actions.cpp)
