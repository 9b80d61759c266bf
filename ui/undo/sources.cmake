# The session's undo history and the commands that edit, delete and restore records.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/undo_stack.h
    ${CMAKE_CURRENT_LIST_DIR}/undo_stack.cpp
    ${CMAKE_CURRENT_LIST_DIR}/undo_actions.h
    ${CMAKE_CURRENT_LIST_DIR}/commands.h
    ${CMAKE_CURRENT_LIST_DIR}/commands.cpp)
