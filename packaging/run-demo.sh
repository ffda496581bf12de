#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# README command (1): install what is missing, build, start the offline RunPod simulator and
# open autopod-desktop against it. Everything lives in a throwaway home that is removed on exit:
# nothing touches your real ~/.autopod, ~/.ssh or RunPod account.
#
# --check PROGRAM: what the demo does after the build, checked without a person (ctest's
# demo_first_run): no install and no build; the same simulator, throwaway home without ~/.ssh and
# private keyring, with PROGRAM (tst_desktop_first_run, which then uses the demo's simulator, home
# and keyring) in place of the app, always on a private Xvfb display.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

check_program=""
if [ "${1:-}" = "--check" ]; then
    check_program="${2:?--check needs the program to run in place of the app}"
    shift 2
else
    bash packaging/setup.sh
    cmake --preset ci >/dev/null
    cmake --build --preset ci --parallel "$(nproc)"
fi

demo_home="$(mktemp -d -t autopod-demo.XXXXXX)"
sim_log="$demo_home/simulator.log"
cleanup() {
    [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    rm -rf "$demo_home"
}
trap cleanup EXIT INT TERM

mkfifo "$demo_home/sim.out"
node tests/runpod-sim/server.mjs --port 0 --state-dir "$demo_home/sim" >"$demo_home/sim.out" 2>"$sim_log" &
sim_pid=$!
read -r first_line <"$demo_home/sim.out"
sim_url="${first_line##* }"
cat "$demo_home/sim.out" >>"$sim_log" &

export HOME="$demo_home/home"
export AUTOPOD_HOME="$HOME/.autopod"
export AUTOPOD_API_URL="$sim_url/graphql"
mkdir -p "$HOME"
# The app runs in a private D-Bus session with a throwaway keyring: the demo's API key never lands
# in (or replaces an entry of) your real desktop keychain.
AUTOPOD_DEMO_SIM_URL="$sim_url" AUTOPOD_DEMO_ROOT="$root" AUTOPOD_DEMO_CHECK="$check_program" \
    packaging/private-keyring.sh bash -c '
set -eu
# The check has no one to read the welcome, and the simulator key it names would land in
# the test log, which the credential scan reads.
if [ -n "$AUTOPOD_DEMO_CHECK" ]; then
    exec "$AUTOPOD_DEMO_ROOT/tests/run-under-xvfb.sh" "$AUTOPOD_DEMO_CHECK" "$@"
fi
cat <<MSG

  autopod demo: the desktop app against an offline RunPod simulator ($AUTOPOD_DEMO_SIM_URL)
  API key for the setup wizard:  rp_sim_full_access
  Throwaway home:               $HOME (removed when you quit)
  The CLI works against the same simulator and keyring in another shell:
    HOME=$HOME AUTOPOD_API_URL=$AUTOPOD_API_URL DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS \\
      $AUTOPOD_DEMO_ROOT/build/ci/src/cli/autopod pods list

MSG
app="$AUTOPOD_DEMO_ROOT/build/ci/src/app/autopod-desktop"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running the app on a private Xvfb display instead (close with Ctrl-C)."
    exec "$AUTOPOD_DEMO_ROOT/tests/run-under-xvfb.sh" "$app" "$@"
fi
exec "$app" "$@"
' demo "$@"
