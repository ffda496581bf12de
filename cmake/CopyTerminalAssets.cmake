# cmake -DSRC=<resources/terminal> -DDST=<dir> -P CopyTerminalAssets.cmake
# Copies the xterm.js files the shell tab needs out of node_modules, or fails saying what to run.
set(files
    "node_modules/@xterm/xterm/lib/xterm.js"
    "node_modules/@xterm/xterm/css/xterm.css"
    "node_modules/@xterm/addon-fit/lib/addon-fit.js")
foreach(f IN LISTS files)
    if(NOT EXISTS "${SRC}/${f}")
        message(FATAL_ERROR
            "${SRC}/${f} is missing: the shell tab's terminal (xterm.js) comes from npm.\n"
            "Run:  (cd ${SRC} && npm ci)   — or packaging/setup.sh, which does it.")
    endif()
endforeach()
file(MAKE_DIRECTORY "${DST}")
foreach(f IN LISTS files)
    get_filename_component(name "${f}" NAME)
    file(COPY_FILE "${SRC}/${f}" "${DST}/${name}")
endforeach()
file(COPY_FILE "${SRC}/terminal.html" "${DST}/terminal.html")
