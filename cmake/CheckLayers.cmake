# Fails when a source file reaches across a layer boundary.
#   core/  : Qt Core + Sql only  -> no QtWidgets / QtGui / QtCharts headers
#   ui/    : never runs SQL      -> no QtSql headers, no storage/ or repo internals
#   app/   : only wires          -> no QtSql headers
# Run with: cmake -DSOURCE_DIR=<repo> -P cmake/CheckLayers.cmake
set(violations "")

function(scan dir regex why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "${regex}")
        foreach(line IN LISTS lines)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
            string(APPEND violations "  ${rel}: ${line}   (${why})\n")
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

scan(core "^#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtCharts|QWidget|QApplication|QPixmap|QIcon|QColor|QFont|QImage)"
     "core must not see widgets or GUI types")
scan(ui "^#[ \t]*include[ \t]*[<\"](QtSql|QSql|storage/sql|storage/connection)"
     "ui must not run SQL; go through a repository in core")
scan(app "^#[ \t]*include[ \t]*[<\"](QtSql|QSql|storage/sql|storage/connection)"
     "app only wires; SQL lives in core repositories")

if(violations)
    message(FATAL_ERROR "Layer violations:\n${violations}")
endif()
