# The duplicate review: candidate pairs, a field-by-field merge preview, merge and dismiss.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_commands.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_commands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_pairs_model.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_pairs_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/merge_preview_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/merge_preview_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicates_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicates_dialog.cpp)
