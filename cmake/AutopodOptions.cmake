# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# One INTERFACE target carries the language level, warnings and strict Qt defines.
# Every autopod target links it; nothing is set directory-wide.
add_library(autopod_options INTERFACE)

target_compile_features(autopod_options INTERFACE cxx_std_20)

target_compile_definitions(autopod_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    SPDLOG_FMT_EXTERNAL)

target_compile_options(autopod_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)

if(AUTOPOD_WARNINGS_AS_ERRORS)
    target_compile_options(autopod_options INTERFACE -Werror)
endif()

if(AUTOPOD_SANITIZERS)
    # No recovery: a UBSan finding fails the test that caused it instead of scrolling past.
    target_compile_options(autopod_options INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_link_options(autopod_options INTERFACE -fsanitize=address,undefined)
endif()

if(AUTOPOD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "AUTOPOD_FUZZ needs clang (libFuzzer): configure with the fuzz preset")
    endif()
    # Coverage for libFuzzer in everything the targets link; only the targets link its main().
    target_compile_options(autopod_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
