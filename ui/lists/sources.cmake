# Shared parts of the list modules beyond the model and module themselves.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/background_queue.h
    ${CMAKE_CURRENT_LIST_DIR}/background_queue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/column_chooser.h
    ${CMAKE_CURRENT_LIST_DIR}/column_chooser.cpp)
