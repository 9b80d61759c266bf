# User-defined fields on contacts, companies and deals: definitions, checked values.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/custom_field.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_field.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_field_repository.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_field_repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_columns.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_columns.cpp)
