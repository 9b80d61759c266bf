# The sales funnel: board query, board ordering, products and deal line items, schema step 4.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/schema_funnel.h ${CMAKE_CURRENT_LIST_DIR}/schema_funnel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/board.h
    ${CMAKE_CURRENT_LIST_DIR}/board_repository.h ${CMAKE_CURRENT_LIST_DIR}/board_repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/product_repository.h ${CMAKE_CURRENT_LIST_DIR}/product_repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deal_snapshot.h ${CMAKE_CURRENT_LIST_DIR}/deal_snapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stage_history.h ${CMAKE_CURRENT_LIST_DIR}/stage_history.cpp
)
