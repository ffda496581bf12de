#!/usr/bin/env bash
# README command (1): install what is missing, build, start the offline RunPod simulator and
# open autopod-desktop against it. Everything lives in a throwaway home that is removed on exit:
# nothing touches your real ~/.autopod, ~/.ssh or RunPod account.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash packaging/setup.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --parallel "$(nproc)"

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

cat <<MSG

  autopod demo: the desktop app against an offline RunPod simulator ($sim_url)
  API key for the setup wizard:  rp_sim_full_access
  Throwaway home:               $HOME (removed when you quit)
  The CLI works against the same simulator in another shell:
    HOME=$HOME AUTOPOD_API_URL=$AUTOPOD_API_URL $root/build/ci/src/cli/autopod pods list

MSG

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: running the app on a private Xvfb display instead (close with Ctrl-C)."
    tests/run-under-xvfb.sh build/ci/src/app/autopod-desktop "$@"
else
    build/ci/src/app/autopod-desktop "$@"
fi
