cmake_minimum_required(VERSION 3.21)
# Runs the layering probes (see CMakeLists.txt): allowed arrows compile, forbidden ones fail
# because the other part's header cannot be found from this part.
include(${SETTINGS})
set(failures 0)
set(allowed 0)
set(forbidden 0)
# probes is a flat list of from;to;expect;header quadruples.
list(LENGTH probes n)
math(EXPR last "${n} - 1")
foreach(i RANGE 0 ${last} 4)
    math(EXPR j1 "${i} + 1")
    math(EXPR j2 "${i} + 2")
    math(EXPR j3 "${i} + 3")
    list(GET probes ${i} from)
    list(GET probes ${j1} to)
    list(GET probes ${j2} expect)
    list(GET probes ${j3} header)
    file(STRINGS ${FLAGS}/${from}-${CONFIG}.txt part_flags)
    # Preprocessing is enough: what is checked is which headers a part can reach.
    set(flags -std=c++20 -fPIC -E -o ${PROBES}/${from}_to_${to}.i ${part_flags})
    execute_process(COMMAND ${COMPILER} ${flags} ${PROBES}/${from}_to_${to}.cpp
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(expect STREQUAL "allowed")
        math(EXPR allowed "${allowed} + 1")
        if(NOT result EQUAL 0)
            message("FAIL ${from} -> ${to}: allowed, but ${header} does not compile from ${from}:\n${err}")
            math(EXPR failures "${failures} + 1")
        endif()
    else()
        math(EXPR forbidden "${forbidden} + 1")
        string(FIND "${err}" "${header}" named)
        string(REGEX MATCH "No such file|file not found" missing "${err}")
        if(result EQUAL 0 OR named EQUAL -1 OR NOT missing)
            message("FAIL ${from} -> ${to}: forbidden, but including ${header} from ${from} did not fail as "
                    "\"not found\" (exit ${result}):\n${err}")
            math(EXPR failures "${failures} + 1")
        elseif(from STREQUAL "store" AND to STREQUAL "reminders")
            # One refusal shown whole, as the build prints it.
            message("store -> reminders refused as it should be:\n${err}")
        endif()
    endif()
endforeach()
# Every quoted include names its layer: "core/agenda/bookingrules.h", never "bookingrules.h"
# or "../sync/syncengine.h".
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/cli/*.h
     ${SOURCE_DIR}/cli/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/app/*.cpp
     ${SOURCE_DIR}/demo/*.h ${SOURCE_DIR}/demo/*.cpp)
set(unnamed 0)
foreach(source IN LISTS sources)
    file(STRINGS ${source} includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
        if(NOT line MATCHES "^#include \"(core|cli|ui)/[a-z]+/" AND NOT line MATCHES "^#include \"(cli|demo)/[a-z_]+\\.h\"")
            message("FAIL ${source}: ${line} does not name its layer")
            math(EXPR unnamed "${unnamed} + 1")
        endif()
    endforeach()
endforeach()
math(EXPR failures "${failures} + ${unnamed}")

# The one door: ui/ and cli/ act through the Session, never on the database behind it. A call
# such as `m_session.database()` or `(*session)->database()` hands core's Database to a
# function that checks no right; the services take the Session instead.
file(GLOB_RECURSE front_sources ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/cli/*.cpp ${SOURCE_DIR}/cli/*.h)
set(behind 0)
foreach(source IN LISTS front_sources)
    file(STRINGS ${source} lines REGEX "[Ss]ession(\\(\\))?\\)?(\\.|->)database\\(\\)")
    foreach(line IN LISTS lines)
        message("FAIL ${source}: ${line}\n  reaches the database behind the Session; call the service with the Session")
        math(EXPR behind "${behind} + 1")
    endforeach()
endforeach()
math(EXPR failures "${failures} + ${behind}")

message("layering: ${allowed} allowed arrows compiled, ${forbidden} forbidden arrows refused, ${failures} wrong")
if(failures GREATER 0)
    message(FATAL_ERROR "the build does not enforce the layers of DESIGN.md")
endif()
