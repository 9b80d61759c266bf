# Reports: report picker, filter bar, chart (Qt Charts only behind chart_view), the table
# behind it, drill-down dialog, CSV/PNG/PDF export and printing, sales plan editor.
find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
target_link_libraries(kontor_ui PRIVATE Qt6::PrintSupport)
target_sources(kontor_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/report_format.h ${CMAKE_CURRENT_LIST_DIR}/report_format.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_table_model.h ${CMAKE_CURRENT_LIST_DIR}/report_table_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_runner.h ${CMAKE_CURRENT_LIST_DIR}/report_runner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chart_view.h ${CMAKE_CURRENT_LIST_DIR}/chart_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/filter_bar.h ${CMAKE_CURRENT_LIST_DIR}/filter_bar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drill_dialog.h ${CMAKE_CURRENT_LIST_DIR}/drill_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_export.h ${CMAKE_CURRENT_LIST_DIR}/report_export.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_commands.h ${CMAKE_CURRENT_LIST_DIR}/plan_commands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_editor.h ${CMAKE_CURRENT_LIST_DIR}/plan_editor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reports_module.h ${CMAKE_CURRENT_LIST_DIR}/reports_module.cpp
)
