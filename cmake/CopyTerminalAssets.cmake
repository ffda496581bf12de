# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# cmake -DHTML=<terminal.html> -DXTERM_DIR=<dir> -DDST=<dir> -P CopyTerminalAssets.cmake
# Copies the shell tab's page and the xterm.js files it loads into one folder for qrc:/terminal,
# or fails naming the missing file. Nothing is downloaded: XTERM_DIR is resources/terminal/vendor
# unless AUTOPOD_XTERM_DIR points elsewhere.
set(files xterm.js xterm.css addon-fit.js)
foreach(f IN LISTS files)
    if(NOT EXISTS "${XTERM_DIR}/${f}")
        message(FATAL_ERROR
            "${XTERM_DIR}/${f} is missing: the shell tab's terminal needs xterm.js's xterm.js, xterm.css "
            "and addon-fit.js. Set AUTOPOD_XTERM_DIR to a folder holding them (see resources/terminal/vendor/README.md).")
    endif()
endforeach()
file(MAKE_DIRECTORY "${DST}")
foreach(f IN LISTS files)
    file(COPY_FILE "${XTERM_DIR}/${f}" "${DST}/${f}" ONLY_IF_DIFFERENT)
endforeach()
file(COPY_FILE "${HTML}" "${DST}/terminal.html" ONLY_IF_DIFFERENT)
