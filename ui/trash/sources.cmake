# The Trash module: deleted contacts, companies and deals, restored undoably.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/trash_module.h
    ${CMAKE_CURRENT_LIST_DIR}/trash_module.cpp)
