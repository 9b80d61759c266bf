# Contact photos: kept from vCard imports (when asked), set on the card, written to vCards.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contact_photos.h ${CMAKE_CURRENT_LIST_DIR}/contact_photos.cpp)
# Photos a vCard gives by web address are fetched: the one place kontor_core needs the
# network, so Qt Network is linked here (privately) and nowhere else in core.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/photo_fetch.h ${CMAKE_CURRENT_LIST_DIR}/photo_fetch.cpp)
target_link_libraries(kontor_core PRIVATE Qt6::Network)
