# One INTERFACE target that every Guichet target links: language level,
# warnings and the Qt strictness defines of STYLE.md.
add_library(guichet_options INTERFACE)
target_compile_features(guichet_options INTERFACE cxx_std_20)
target_compile_definitions(guichet_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(guichet_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(GUICHET_WERROR)
        target_compile_options(guichet_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(guichet_options INTERFACE /W4 /permissive- /utf-8)
    if(GUICHET_WERROR)
        target_compile_options(guichet_options INTERFACE /WX)
    endif()
endif()

# Sanitizers, for every target of the build (fuzzing adds libFuzzer's coverage hooks).
if(GUICHET_FUZZ OR GUICHET_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "The sanitizers need GCC or Clang")
    endif()
    set(guichet_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    if(GUICHET_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "libFuzzer needs Clang: cmake --preset fuzz")
        endif()
        list(APPEND guichet_sanitizers -fsanitize=fuzzer-no-link)
    endif()
    add_compile_options(${guichet_sanitizers})
    add_link_options(-fsanitize=address,undefined)
endif()
