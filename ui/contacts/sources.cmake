# Contacts module extras: bulk actions on the selected rows.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bulk_actions.h
    ${CMAKE_CURRENT_LIST_DIR}/bulk_actions.cpp)
# The filter bar and the segment panel of the contact list.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contact_filter_bar.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_filter_bar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_conditions_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_conditions_editor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/phone_settings_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/phone_settings_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/segment_list.h
    ${CMAKE_CURRENT_LIST_DIR}/segment_list.cpp)
