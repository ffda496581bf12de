# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# See CMakeLists.txt beside this file for what this checks and why.
file(READ "${COMPILE_COMMANDS}" json)
string(JSON count LENGTH "${json}")
math(EXPR last "${count} - 1")
set(command "")
foreach(i RANGE ${last})
    string(JSON file GET "${json}" ${i} file)
    if(file STREQUAL CORE_SOURCE)
        string(JSON command GET "${json}" ${i} command)
        string(JSON directory GET "${json}" ${i} directory)
        break()
    endif()
endforeach()
if(command STREQUAL "")
    message(FATAL_ERROR "No compile command for ${CORE_SOURCE} in ${COMPILE_COMMANDS}")
endif()

# Turn the command into a list, drop the launcher (ccache), the output and the source.
separate_arguments(args UNIX_COMMAND "${command}")
set(flags "")
set(skip_next FALSE)
foreach(arg IN LISTS args)
    if(skip_next)
        set(skip_next FALSE)
    elseif(arg STREQUAL "-o" OR arg STREQUAL "-MF" OR arg STREQUAL "-MT" OR arg STREQUAL "-c")
        set(skip_next TRUE)
    elseif(arg MATCHES "ccache$" OR arg STREQUAL CORE_SOURCE OR arg STREQUAL "-MD")
    else()
        list(APPEND flags "${arg}")
    endif()
endforeach()

function(compile_probe probe result_var output_var)
    execute_process(
        COMMAND ${flags} -fsyntax-only "${PROBE_DIR}/${probe}"
        WORKING_DIRECTORY "${directory}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE out
        ERROR_VARIABLE err)
    set(${result_var} ${result} PARENT_SCOPE)
    set(${output_var} "${out}${err}" PARENT_SCOPE)
endfunction()

compile_probe(ProbeQObject.cpp control_result control_output)
if(NOT control_result EQUAL 0)
    message(FATAL_ERROR "The control probe (QObject) does not compile with autopod_core's flags:\n${control_output}")
endif()

foreach(probe ProbeQWidget.cpp ProbeQWebEngineView.cpp)
    compile_probe(${probe} result output)
    if(result EQUAL 0)
        message(FATAL_ERROR "${probe} compiled with autopod_core's flags: autopod_core can see Qt Widgets/WebEngine")
    endif()
    if(NOT output MATCHES "No such file or directory")
        message(FATAL_ERROR "${probe} failed for another reason than a missing header:\n${output}")
    endif()
    message(STATUS "${probe}: rejected as expected")
endforeach()
