# The deal card (fields, people with roles, products, history) and its undoable edit.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/line_items_model.h ${CMAKE_CURRENT_LIST_DIR}/line_items_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/edit_deal_command.h ${CMAKE_CURRENT_LIST_DIR}/edit_deal_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/move_deal_stage_command.h ${CMAKE_CURRENT_LIST_DIR}/move_deal_stage_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deal_card.h ${CMAKE_CURRENT_LIST_DIR}/deal_card.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deal_card_edit.cpp ${CMAKE_CURRENT_LIST_DIR}/deal_card_stage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deals_list_model.h ${CMAKE_CURRENT_LIST_DIR}/deals_list_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deals_list_view.h ${CMAKE_CURRENT_LIST_DIR}/deals_list_view.cpp
)
