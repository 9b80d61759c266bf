# Reports and dashboard: the report engine (aggregated in SQL, same answers on SQLite and
# PostgreSQL), drill-downs to the records behind a number, and sales plans.
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/report.h
    ${CMAKE_CURRENT_LIST_DIR}/periods.h ${CMAKE_CURRENT_LIST_DIR}/periods.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_sql.h ${CMAKE_CURRENT_LIST_DIR}/report_sql.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schema_reports.h ${CMAKE_CURRENT_LIST_DIR}/schema_reports.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_builders.h
    ${CMAKE_CURRENT_LIST_DIR}/report_engine.h ${CMAKE_CURRENT_LIST_DIR}/report_engine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reports_funnel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reports_sales.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reports_team.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reports_plan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reports_abc.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drill.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sales_plans.h ${CMAKE_CURRENT_LIST_DIR}/sales_plans.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_spread.h ${CMAKE_CURRENT_LIST_DIR}/plan_spread.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stage_stays.h ${CMAKE_CURRENT_LIST_DIR}/stage_stays.cpp
)
