# The Import module: the import history with Undo, and the import wizard.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/import_module.h ${CMAKE_CURRENT_LIST_DIR}/import_module.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_wizard.h ${CMAKE_CURRENT_LIST_DIR}/import_wizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_pages.h ${CMAKE_CURRENT_LIST_DIR}/import_pages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_duplicates_page.cpp ${CMAKE_CURRENT_LIST_DIR}/import_check_page.cpp)
