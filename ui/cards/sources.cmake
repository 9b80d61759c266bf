# The contact and company cards: fields, history, quick activity logging.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/card_style.h
    ${CMAKE_CURRENT_LIST_DIR}/card_style.cpp
    ${CMAKE_CURRENT_LIST_DIR}/multi_value_editor.h
    ${CMAKE_CURRENT_LIST_DIR}/multi_value_editor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeline_model.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timeline_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/log_activity_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/log_activity_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_card.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_card.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_card_edit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_card_photo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/card_list_module.h
    ${CMAKE_CURRENT_LIST_DIR}/company_card.h
    ${CMAKE_CURRENT_LIST_DIR}/company_card.cpp)
