# Quick search: the search index (FTS5 on SQLite, trigram on PostgreSQL) and its queries.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/schema_search.h
    ${CMAKE_CURRENT_LIST_DIR}/schema_search.cpp
    ${CMAKE_CURRENT_LIST_DIR}/search_sql.h
    ${CMAKE_CURRENT_LIST_DIR}/search_sql.cpp
    ${CMAKE_CURRENT_LIST_DIR}/search_repository.h
    ${CMAKE_CURRENT_LIST_DIR}/search_repository.cpp)
