#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Runs one test program on a private Xvfb display with an X system tray (trayer), for tests
# that need a real window system: the web engine, the tray icon, screenshots.
set -euo pipefail

tmp="$(mktemp -d)"
cleanup() {
    [ -n "${tray_pid:-}" ] && kill "$tray_pid" 2>/dev/null || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

exec 3> "$tmp/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    [ -s "$tmp/display" ] && break
    sleep 0.1
done
exec 3>&-
[ -s "$tmp/display" ] || { echo "run-under-xvfb: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$tmp/display")"
export QT_QPA_PLATFORM=xcb
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu}"

trayer --edge bottom --align right --widthtype pixel --width 200 --height 32 >"$tmp/trayer.log" 2>&1 &
tray_pid=$!
sleep 0.5

"$@"
