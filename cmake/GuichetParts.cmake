# guichet_add_part(NAME DIR <folder> SOURCES ... [USES part ...] [LIBS target ...])
#
# One static library per part of Guichet (DESIGN.md, "Layout and layers"). A part's headers
# are reachable only under their layer's path ("core/agenda/bookingrules.h") and only from
# the part itself and from the parts that USE it: each part gets a folder of forwarding
# headers of its own, and the include path of a target holds only the folders of the parts
# it links. Including a header of a part not linked fails to compile ("No such file").
# USES names other parts (linked PUBLIC: their headers are ours to include and to expose);
# PRIVATE_USES names parts used inside the part only (their headers are not exposed: core/store
# is reached from outside core only through the services). LIBS names third-party targets used
# inside the part only.
function(guichet_add_part name)
    cmake_parse_arguments(arg "" "DIR" "SOURCES;USES;PRIVATE_USES;LIBS;PUBLIC_LIBS" ${ARGN})
    set(target guichet_${name})
    add_library(${target} STATIC ${arg_SOURCES})
    set(forward ${PROJECT_BINARY_DIR}/parts/${name})
    file(GLOB_RECURSE headers CONFIGURE_DEPENDS RELATIVE ${PROJECT_SOURCE_DIR}
         ${PROJECT_SOURCE_DIR}/${arg_DIR}/*.h)
    foreach(header IN LISTS headers)
        file(CONFIGURE OUTPUT ${forward}/${header}
             CONTENT "// Generated: ${name} exposes this header under its layer's path.\n#include \"${PROJECT_SOURCE_DIR}/${header}\"\n"
             @ONLY)
    endforeach()
    target_include_directories(${target} PUBLIC ${forward})
    set(uses)
    foreach(part IN LISTS arg_USES)
        list(APPEND uses guichet_${part})
    endforeach()
    set(private_uses)
    foreach(part IN LISTS arg_PRIVATE_USES)
        list(APPEND private_uses guichet_${part})
    endforeach()
    target_link_libraries(${target} PUBLIC guichet_options ${uses} ${arg_PUBLIC_LIBS} PRIVATE ${private_uses} ${arg_LIBS})
    set_property(GLOBAL APPEND PROPERTY GUICHET_PARTS ${name})
endfunction()
