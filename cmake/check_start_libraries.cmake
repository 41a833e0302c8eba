# SPDX-License-Identifier: Apache-2.0
# The desktop app loads no library at start that only a module needs (docs/architecture.md,
# "Modules"). Run as a script:
#
#   cmake -DPROGRAM=<build/bin/lastmile> -P check_start_libraries.cmake
#
# Fails naming each shared library the program needs (its DT_NEEDED entries, read with readelf)
# that belongs to a module, or that a module's library would pull in.
cmake_minimum_required(VERSION 3.25)

if(NOT PROGRAM OR NOT EXISTS "${PROGRAM}")
    message(FATAL_ERROR "check_start_libraries.cmake: pass -DPROGRAM=<the desktop app>")
endif()
find_program(READELF readelf REQUIRED)
execute_process(COMMAND ${READELF} --dynamic "${PROGRAM}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "readelf could not read ${PROGRAM}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]]+\\]" needed "${dynamic}")
# module: pdf (libqpdf), workbook (libxlsxwriter), print (QtPrintSupport), repository (libpqxx, libpq).
set(module_libraries qpdf xlsxwriter Qt6PrintSupport pqxx pq)
set(found "")
foreach(entry IN LISTS needed)
    string(REGEX REPLACE ".*\\[lib([^]]+)\\.so[^]]*\\]" "\\1" library "${entry}")
    string(REGEX REPLACE "-[0-9.]+$" "" library "${library}")
    if(library IN_LIST module_libraries)
        list(APPEND found "lib${library}")
    endif()
endforeach()
if(found)
    list(JOIN found ", " shown)
    message(FATAL_ERROR "${PROGRAM} links ${shown} at start; load it through its module (src/modules)")
endif()
list(LENGTH needed count)
message(STATUS "${PROGRAM}: ${count} shared libraries at start, none of a module's")
