# Contacts beyond plain CRUD: phone normalization, the trash bin, duplicates and merge.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/phone.h
    ${CMAKE_CURRENT_LIST_DIR}/phone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/phone_region.h
    ${CMAKE_CURRENT_LIST_DIR}/phone_region.cpp
    ${CMAKE_CURRENT_LIST_DIR}/phone_renormalize.h
    ${CMAKE_CURRENT_LIST_DIR}/phone_renormalize.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trash_bin.h
    ${CMAKE_CURRENT_LIST_DIR}/trash_bin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicates.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/merge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_review.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_review.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schema_contacts.h
    ${CMAKE_CURRENT_LIST_DIR}/schema_contacts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_filter.h
    ${CMAKE_CURRENT_LIST_DIR}/contact_filter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/custom_condition.h
    ${CMAKE_CURRENT_LIST_DIR}/custom_condition.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bulk_edit.h
    ${CMAKE_CURRENT_LIST_DIR}/bulk_edit.cpp)
