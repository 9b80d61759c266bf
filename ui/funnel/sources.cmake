# The kanban board of the Deals module: column models, card delegate, board widget, undo.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/board_column_model.h ${CMAKE_CURRENT_LIST_DIR}/board_column_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/card_delegate.h ${CMAKE_CURRENT_LIST_DIR}/card_delegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/board_controller.h ${CMAKE_CURRENT_LIST_DIR}/board_controller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/board_view.h ${CMAKE_CURRENT_LIST_DIR}/board_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lost_reason_dialog.h ${CMAKE_CURRENT_LIST_DIR}/lost_reason_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deal_history_dialog.h ${CMAKE_CURRENT_LIST_DIR}/deal_history_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_settings_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/pipeline_settings_dialog.cpp
)
