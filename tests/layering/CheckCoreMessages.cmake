# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Core's messages are front-end neutral: they describe an action ("set a valid API key", "stop the
# pod") and carry it as a NextStep that each front end renders (the CLI as its command, the desktop
# as its menu item). This check fails when a string literal in core names a command of the CLI
# (`autopod config set api-key`, "autopod pod stop NAME"), also one split over several adjacent
# literals. Comments may name commands; strings may not.
#
# Usage: cmake -DCORE_DIR=<dir holding the core folders> -P CheckCoreMessages.cmake

if(NOT CORE_DIR)
    message(FATAL_ERROR "CORE_DIR not set")
endif()
get_filename_component(CORE_DIR "${CORE_DIR}" ABSOLUTE)

# A command of the CLI is "autopod" quoted in backticks ("`autopod tunnel NAME`"), or "autopod"
# followed by a top-level command that never reads as a noun after it. The other commands (tunnel,
# shell, guard, logs) are also words: "an autopod tunnel" is a thing, not a command line.
set(commands "config|connect|doctor|manpage|pod|pods|completion")

# A scan at test time (cmake -P) with file(GLOB_RECURSE), not a build's source list: every file on
# disk is checked, also one a CMakeLists.txt forgot.
file(GLOB_RECURSE files RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(findings "")
set(literal_count 0)
foreach(file IN LISTS files)
    file(READ "${CORE_DIR}/${file}" text)
    # Characters that CMake's lists or this scan would trip over, out of the way first: list
    # separators and brackets, escaped quotes and quote characters.
    string(REPLACE ";" "<sc>" text "${text}")
    string(REPLACE "[" "<lb>" text "${text}")
    string(REPLACE "]" "<rb>" text "${text}")
    string(REPLACE "\\\\" "<bs>" text "${text}")
    string(REPLACE "\\\"" "<q>" text "${text}")
    string(REPLACE "'\"'" "<q>" text "${text}")
    # Line comments (a "//" at a line's start or after a blank: "https://" in a string stays).
    string(REGEX REPLACE "(^|[ \t\n])//[^\n]*" "\\1" text "${text}")
    # Adjacent literals are one string: "… run `autopod config " "set api-key`".
    string(REGEX REPLACE "\"[ \t\r\n]*\"" "" text "${text}")
    string(REGEX MATCHALL "\"[^\"\n]*\"" literals "${text}")
    foreach(literal IN LISTS literals)
        math(EXPR literal_count "${literal_count} + 1")
        if(literal MATCHES "`autopod[ \t]" OR literal MATCHES "autopod[ \t]+(${commands})([^a-z_-]|$)")
            string(REPLACE "<q>" "\\\"" shown "${literal}")
            string(REPLACE "<sc>" ";" shown "${shown}")
            string(REPLACE "<lb>" "[" shown "${shown}")
            string(REPLACE "<rb>" "]" shown "${shown}")
            string(REPLACE "<bs>" "\\\\" shown "${shown}")
            string(APPEND findings "\n  ${file}: ${shown}")
        endif()
    endforeach()
endforeach()

if(literal_count EQUAL 0)
    message(FATAL_ERROR "no string literal found under ${CORE_DIR}: the check would prove nothing")
endif()
if(findings)
    message(FATAL_ERROR "core names CLI commands in its messages (describe the action and set a NextStep; "
                        "the CLI renders the command, the desktop its menu item):${findings}")
endif()
message(STATUS "${literal_count} string literals in core checked: none names a CLI command")
