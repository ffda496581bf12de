# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Scans everything the test suite wrote for credentials: the logs tests kept under
# ${BUILD_DIR}/test-logs (tests/support/TempHome copies each temporary home's logs there) and
# ctest's own record of every test's output (Testing/Temporary/LastTest*.log).
#
# Fails when a test API key or private key material appears anywhere, and when there is nothing to
# scan (so it cannot pass vacuously). Reports file names and counts only: printing the match would
# put the secret into LastTest.log itself.
#
#   cmake -DBUILD_DIR=<build dir> -P ScanForCredentials.cmake

if(NOT BUILD_DIR)
    message(FATAL_ERROR "BUILD_DIR is required")
endif()

# The keys the suite uses (simulator keys, wizard tests, tst_logging), and key block markers.
# Written with a "|" inside, removed below, so a scan of this script's own text never matches.
set(needles
    "rp_sim_full|_access"
    "rp_sim_read|_only"
    "rp_not|_a_key"
    "s3cr3t-value|-42"
    "rpa_ABCDEFGHIJ0123456789|XYZ"
    "PRIVATE KEY|-----")
list(TRANSFORM needles REPLACE "\\|" "")
set(needle_names
    "the full-access test API key"
    "the read-only test API key"
    "the wizard's invalid test key"
    "tst_logging's registered secret"
    "tst_logging's rpa_ key"
    "private key material")

# While ctest runs, it writes the captured output of this run to LastTest.log.tmp and renames it
# only at the end; scan the current run's file when there is one, else the last finished run's.
set(last_test_log "${BUILD_DIR}/Testing/Temporary/LastTest.log.tmp")
if(NOT EXISTS "${last_test_log}")
    set(last_test_log "${BUILD_DIR}/Testing/Temporary/LastTest.log")
endif()
if(NOT EXISTS "${last_test_log}")
    message(FATAL_ERROR "${last_test_log} does not exist: run the scan through ctest, after the suite")
endif()

# A scan at test time (cmake -P) of whatever the suite wrote: these files exist only after it ran.
file(GLOB_RECURSE kept_logs LIST_DIRECTORIES false "${BUILD_DIR}/test-logs/*")
file(GLOB ctest_logs LIST_DIRECTORIES false "${BUILD_DIR}/Testing/Temporary/LastTest*.log*")
list(LENGTH kept_logs kept_count)
if(kept_count EQUAL 0)
    message("credential-scan: no test logs under ${BUILD_DIR}/test-logs, nothing to scan. Run the whole "
            "suite (ctest --preset ci) so the tests that write logs run first.")
    message(FATAL_ERROR "Credential scan: nothing to scan")
endif()

set(files ${kept_logs} ${ctest_logs})
list(LENGTH files file_count)
set(bytes 0)
foreach(f IN LISTS files)
    file(SIZE "${f}" size)
    math(EXPR bytes "${bytes} + ${size}")
endforeach()

find_program(GREP grep REQUIRED)
set(findings 0)
list(LENGTH needles needle_count)
math(EXPR last "${needle_count} - 1")
foreach(i RANGE ${last})
    list(GET needles ${i} needle)
    list(GET needle_names ${i} name)
    # -l: names only; -a: binary files too; -F: fixed string. Directories are given explicitly.
    execute_process(
        COMMAND "${GREP}" -rlaF -e "${needle}" -- ${files}
        OUTPUT_VARIABLE hits
        RESULT_VARIABLE rc)
    if(rc GREATER 1)
        message(FATAL_ERROR "grep failed (${rc}) while scanning for ${name}")
    endif()
    string(STRIP "${hits}" hits)
    if(hits)
        string(REPLACE "\n" ";" hit_list "${hits}")
        foreach(hit IN LISTS hit_list)
            execute_process(COMMAND "${GREP}" -caF -e "${needle}" -- "${hit}" OUTPUT_VARIABLE lines)
            string(STRIP "${lines}" lines)
            message("credential-scan: ${name} appears in ${hit} (${lines} line(s))")
            math(EXPR findings "${findings} + 1")
        endforeach()
    endif()
endforeach()

if(findings GREATER 0)
    message(FATAL_ERROR "Credential scan: ${findings} finding(s) in ${file_count} files")
endif()
message(STATUS "Credential scan: ${file_count} files (${kept_count} kept test logs, ${bytes} bytes) "
               "scanned for ${needle_count} secrets: none found")
