# autopod_add_test(NAME <name> SOURCES <files...> LABELS <unit|integration|gui|e2e...>
#                  [LIBS <targets...>] [TIMEOUT <seconds>] [XVFB] [ENVIRONMENT <VAR=value...>])
#
# One Qt Test executable per class or feature. Everything runs offscreen unless XVFB is
# given, in which case the test runs inside tests/run-under-xvfb.sh (Xvfb + an X tray).
function(autopod_add_test)
    cmake_parse_arguments(ARG "XVFB" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES OR NOT ARG_LABELS)
        message(FATAL_ERROR "autopod_add_test needs NAME, SOURCES and LABELS")
    endif()

    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE autopod_test_support Qt6::Test autopod_options ${ARG_LIBS})

    if(ARG_XVFB)
        add_test(NAME ${ARG_NAME}
            COMMAND "${AUTOPOD_SOURCE_DIR}/tests/run-under-xvfb.sh" $<TARGET_FILE:${ARG_NAME}>)
        set(platform "QT_QPA_PLATFORM=xcb")
    else()
        add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
        set(platform "QT_QPA_PLATFORM=offscreen")
    endif()

    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${platform};AUTOPOD_SOURCE_DIR=${AUTOPOD_SOURCE_DIR};AUTOPOD_BUILD_DIR=${CMAKE_BINARY_DIR};QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox --disable-gpu;${ARG_ENVIRONMENT}")
endfunction()
