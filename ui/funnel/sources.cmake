# The kanban board of the Deals module: column models, card delegate, board widget, undo.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/board_column_model.h ${CMAKE_CURRENT_LIST_DIR}/board_column_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/card_delegate.h ${CMAKE_CURRENT_LIST_DIR}/card_delegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/board_controller.h ${CMAKE_CURRENT_LIST_DIR}/board_controller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/board_view.h ${CMAKE_CURRENT_LIST_DIR}/board_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lost_reason_dialog.h ${CMAKE_CURRENT_LIST_DIR}/lost_reason_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stage_history_table.h ${CMAKE_CURRENT_LIST_DIR}/stage_history_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deal_history_dialog.h ${CMAKE_CURRENT_LIST_DIR}/deal_history_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/product_table_model.h ${CMAKE_CURRENT_LIST_DIR}/product_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/product_catalogue_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/product_catalogue_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_settings_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_settings_dialog.cpp
)
