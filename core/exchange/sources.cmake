# Exchange: exporting contacts, companies and deals as CSV, .xlsx, vCard and JSON.
# .xlsx is written by libxlsxwriter (constant-memory mode, so a million rows stay flat).
target_sources(kontor_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/exchange_types.h ${CMAKE_CURRENT_LIST_DIR}/exchange_types.cpp
    ${CMAKE_CURRENT_LIST_DIR}/export_source.h ${CMAKE_CURRENT_LIST_DIR}/export_source.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_writer.h ${CMAKE_CURRENT_LIST_DIR}/csv_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xlsx_writer.h ${CMAKE_CURRENT_LIST_DIR}/xlsx_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vcard_writer.h ${CMAKE_CURRENT_LIST_DIR}/vcard_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exporter.h ${CMAKE_CURRENT_LIST_DIR}/exporter.cpp)
#
# Not linked: libxlsxwriter calls minizip's zipOpen(), and QuaZip (linked for the .xlsx
# reader) exports a different function of that name which wins the global symbol lookup
# and crashes the writer. So xlsx_writer.cpp loads libxlsxwriter at run time with
# QLibrary::DeepBindHint (RTLD_DEEPBIND), which makes it bind to its own minizip.
target_include_directories(kontor_core PRIVATE ${XLSXWRITER_INCLUDE_DIRS})
list(GET XLSXWRITER_LINK_LIBRARIES 0 kontor_xlsxwriter_lib)
file(REAL_PATH "${kontor_xlsxwriter_lib}" kontor_xlsxwriter_lib)
get_filename_component(kontor_xlsxwriter_lib "${kontor_xlsxwriter_lib}" NAME)
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/xlsx_writer.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS KONTOR_XLSXWRITER_LIBRARY="${kontor_xlsxwriter_lib}")
