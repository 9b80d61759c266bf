# Contact photos: kept from vCard imports (when asked), shown on the card, written to vCards.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contact_photos.h ${CMAKE_CURRENT_LIST_DIR}/contact_photos.cpp)
