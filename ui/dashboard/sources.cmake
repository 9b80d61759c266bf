# The Dashboard home module: key figures and small charts from the report engine.
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboard_module.h ${CMAKE_CURRENT_LIST_DIR}/dashboard_module.cpp
)
