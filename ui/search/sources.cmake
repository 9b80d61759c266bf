# The global quick search (Ctrl+K): popup, its model and the worker that queries off the
# GUI thread.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/search_worker.h
    ${CMAKE_CURRENT_LIST_DIR}/search_worker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quick_search_model.h
    ${CMAKE_CURRENT_LIST_DIR}/quick_search_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quick_search_popup.h
    ${CMAKE_CURRENT_LIST_DIR}/quick_search_popup.cpp)
