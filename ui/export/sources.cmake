# Export: one dialog for File > Export... and the lists' "Export selection".
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/export_dialog.h ${CMAKE_CURRENT_LIST_DIR}/export_dialog.cpp)
