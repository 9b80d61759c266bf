# Custom fields in the UI: the form on cards, the settings dialog, the undo command.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/custom_fields_form.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_fields_form.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_value_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_value_editor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_values_command.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_values_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_fields_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_fields_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_list_columns.h)
