# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Core's folders depend in one direction: a file may include core headers of its own folder and
# of folders ranked below it, never of a folder ranked the same or higher.
#
#   app (version) <- config <- logging, secrets <- api, ssh <- pods <- guard, outputs <- lifecycle, services <- setup
#
# A folder missing from the table fails the check, so a new folder gets a rank when it is added.
# Usage: cmake -DCORE_DIR=<dir holding the core folders> -P CheckCoreFolders.cmake
set(rank_app 0)
set(rank_config 1)
set(rank_logging 2)
set(rank_secrets 2)
set(rank_api 3)
set(rank_ssh 3)
set(rank_pods 4)
set(rank_guard 5)
set(rank_outputs 5)
set(rank_lifecycle 6)
set(rank_services 6)
set(rank_setup 7)

if(NOT CORE_DIR)
    message(FATAL_ERROR "CORE_DIR not set")
endif()

get_filename_component(CORE_DIR "${CORE_DIR}" ABSOLUTE)
# A scan at test time (cmake -P), not a build's source list: every file on disk is checked, also
# one a CMakeLists.txt forgot.
file(GLOB_RECURSE files RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.h.in")
set(errors "")
set(checked 0)
foreach(file IN LISTS files)
    string(REGEX MATCH "^[^/]+" folder "${file}")
    if(NOT DEFINED rank_${folder})
        string(APPEND errors "\n  ${file}: folder '${folder}' has no rank in CheckCoreFolders.cmake")
        continue()
    endif()
    file(STRINGS "${CORE_DIR}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]core/[^/]+/")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^.*[\"<]core/([^/]+)/.*$" "\\1" target "${line}")
        math(EXPR checked "${checked} + 1")
        if(target STREQUAL folder)
            continue()
        endif()
        if(NOT DEFINED rank_${target})
            string(APPEND errors "\n  ${file}: includes unknown core folder '${target}'")
        elseif(NOT rank_${target} LESS rank_${folder})
            string(APPEND errors "\n  ${file}: ${folder} must not include ${target} (${line})")
        endif()
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "no core include found under ${CORE_DIR}: the check would prove nothing")
endif()
if(errors)
    message(FATAL_ERROR "core folders depend the wrong way:${errors}")
endif()
message(STATUS "${checked} core includes checked: every one goes downward")
