# Read-only queries behind the contact and company cards: the merged history and the small
# lists their choosers offer.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/timeline_repository.h
    ${CMAKE_CURRENT_LIST_DIR}/timeline_repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lookups.h
    ${CMAKE_CURRENT_LIST_DIR}/lookups.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trash_listing.h
    ${CMAKE_CURRENT_LIST_DIR}/trash_listing.cpp)
