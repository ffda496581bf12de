# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# autopod_add_test(NAME <name> SOURCES <files...> LABELS <unit|integration|gui|e2e...>
#                  [LIBS <targets...>] [TIMEOUT <seconds>] [XVFB] [ENVIRONMENT <VAR=value...>]
#                  [TRANSPORTS graphql rest])
#
# One Qt Test executable per class or feature. Everything runs offscreen unless XVFB is
# given, in which case the test runs inside tests/run-under-xvfb.sh (Xvfb + an X tray).
#
# autopod_unit_integration builds what the labels unit and integration run and nothing else: the
# CLI and the executables of those tests (no e2e, soak or benchmark programs). The sanitizer stage
# of packaging/run-tests.sh builds just this target.
add_custom_target(autopod_unit_integration)
add_dependencies(autopod_unit_integration autopod)

# Adds `target` to autopod_unit_integration when `labels` include unit or integration, or
# sanitize: an e2e test short enough to run in the sanitizer stage too (the CLI it starts is then
# built with the sanitizers, so its leaks and errors fail the stage).
function(autopod_build_for_labels target labels)
    if("unit" IN_LIST labels OR "integration" IN_LIST labels OR "sanitize" IN_LIST labels)
        add_dependencies(autopod_unit_integration ${target})
    endif()
endfunction()

function(autopod_add_test)
    cmake_parse_arguments(ARG "XVFB" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS;ENVIRONMENT;TRANSPORTS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES OR NOT ARG_LABELS)
        message(FATAL_ERROR "autopod_add_test needs NAME, SOURCES and LABELS")
    endif()

    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE autopod_test_support Qt6::Test autopod_options ${ARG_LIBS})
    autopod_build_for_labels(${ARG_NAME} "${ARG_LABELS}")

    if(ARG_XVFB)
        set(command "${AUTOPOD_SOURCE_DIR}/tests/run-under-xvfb.sh" $<TARGET_FILE:${ARG_NAME}>)
        set(platform "QT_QPA_PLATFORM=xcb")
    else()
        set(command ${ARG_NAME})
        set(platform "QT_QPA_PLATFORM=offscreen")
    endif()

    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(environment "${platform};AUTOPOD_SOURCE_DIR=${AUTOPOD_SOURCE_DIR};AUTOPOD_BUILD_DIR=${CMAKE_BINARY_DIR};QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox --disable-gpu;${ARG_ENVIRONMENT}")

    # TRANSPORTS graphql rest: the same executable registered once per RunPod transport, as
    # <NAME>_<transport> with the transport as an extra label (ctest -L rest runs REST only);
    # AUTOPOD_TRANSPORT selects it in the app under test (Config::transport()).
    if(NOT ARG_TRANSPORTS)
        set(ARG_TRANSPORTS "")
        add_test(NAME ${ARG_NAME} COMMAND ${command})
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
            ENVIRONMENT "${environment}")
    endif()
    foreach(transport IN LISTS ARG_TRANSPORTS)
        add_test(NAME ${ARG_NAME}_${transport} COMMAND ${command})
        set_tests_properties(${ARG_NAME}_${transport} PROPERTIES LABELS "${ARG_LABELS};${transport}"
            TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${environment};AUTOPOD_TRANSPORT=${transport}")
    endforeach()
endfunction()
