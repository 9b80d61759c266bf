# Import: file readers (CSV, XLSX, vCard) that stream rows and contact records.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/text_encoding.h ${CMAKE_CURRENT_LIST_DIR}/text_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tabular_reader.h ${CMAKE_CURRENT_LIST_DIR}/tabular_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_reader.h ${CMAKE_CURRENT_LIST_DIR}/csv_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xlsx_package.h ${CMAKE_CURRENT_LIST_DIR}/xlsx_package.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xlsx_reader.h ${CMAKE_CURRENT_LIST_DIR}/xlsx_reader.cpp)
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/vcard_property.h ${CMAKE_CURRENT_LIST_DIR}/vcard_property.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vcard_reader.h ${CMAKE_CURRENT_LIST_DIR}/vcard_reader.cpp)
# Import pipeline: mapping, value parsing, validation, matching, one-transaction commit, undo.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/value_parse.h ${CMAKE_CURRENT_LIST_DIR}/value_parse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_mapping.h ${CMAKE_CURRENT_LIST_DIR}/import_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_job.h ${CMAKE_CURRENT_LIST_DIR}/import_internal.h
    ${CMAKE_CURRENT_LIST_DIR}/import_job.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_contacts.cpp ${CMAKE_CURRENT_LIST_DIR}/import_companies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/batch_writing.h ${CMAKE_CURRENT_LIST_DIR}/batch_writing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_batch.h ${CMAKE_CURRENT_LIST_DIR}/contact_batch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_updates.h ${CMAKE_CURRENT_LIST_DIR}/contact_updates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/company_batch.h ${CMAKE_CURRENT_LIST_DIR}/company_batch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/activity_batch.h ${CMAKE_CURRENT_LIST_DIR}/activity_batch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_draft.h ${CMAKE_CURRENT_LIST_DIR}/contact_draft.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contact_keys.h ${CMAKE_CURRENT_LIST_DIR}/contact_keys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_bulk.h ${CMAKE_CURRENT_LIST_DIR}/import_bulk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/row_pipeline.h ${CMAKE_CURRENT_LIST_DIR}/row_pipeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_lookups.h ${CMAKE_CURRENT_LIST_DIR}/import_lookups.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_deals.cpp ${CMAKE_CURRENT_LIST_DIR}/import_activities.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_undo.cpp ${CMAKE_CURRENT_LIST_DIR}/import_photos.cpp
    ${CMAKE_CURRENT_LIST_DIR}/photo_prefetch.h ${CMAKE_CURRENT_LIST_DIR}/photo_prefetch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deal_stage_undo.h ${CMAKE_CURRENT_LIST_DIR}/deal_stage_undo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_profiles.h ${CMAKE_CURRENT_LIST_DIR}/import_profiles.cpp)
