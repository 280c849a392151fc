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
