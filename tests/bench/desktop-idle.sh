#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Benchmark (prints numbers; not a test): autopod-desktop's cold start and its idle footprint with
# no ComfyUI tab open, against the offline simulator, on a private Xvfb display with an X tray.
#   - cold start: process start -> main window shown (the app logs it), over several launches
#   - idle: resident memory (RSS and PSS) once settled, and CPU ticks used between refreshes
# Usage: tests/bench/desktop-idle.sh [--launches N] [--idle-seconds S] [--with-pod]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
preset=${PRESET:-ci}
launches=3
idle=30
with_pod=0
while [ $# -gt 0 ]; do
    case "$1" in
    --launches) launches=$2; shift 2 ;;
    --idle-seconds) idle=$2; shift 2 ;;
    --with-pod) with_pod=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

if [ -z "${AUTOPOD_BENCH_WORK:-}" ]; then
    cmake --build --preset "$preset" --target autopod autopod-desktop >/dev/null
    AUTOPOD_BENCH_WORK="$(mktemp -d -t autopod-bench.XXXXXX)"
    export AUTOPOD_BENCH_WORK HOME="$AUTOPOD_BENCH_WORK/home"
    mkdir -p "$HOME"
    trap 'rm -rf "$AUTOPOD_BENCH_WORK"' EXIT
    # A private display with a tray, and a private D-Bus session with a throwaway keyring.
    "$root/tests/run-under-xvfb.sh" "$root/packaging/private-keyring.sh" "$0" --launches "$launches" \
        --idle-seconds "$idle" $([ "$with_pod" = 1 ] && echo --with-pod)
    exit
fi

cli="$root/build/$preset/src/cli/autopod"
app="$root/build/$preset/src/app/autopod-desktop"
work="$AUTOPOD_BENCH_WORK"
cleanup() {
    [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    # Only the tunnel processes of this benchmark's home, never the user's own.
    for pid in $(pgrep -f "autopod tunnel" || true); do
        if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "AUTOPOD_HOME=${AUTOPOD_HOME:-none}"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
}
trap cleanup EXIT INT TERM

mkfifo "$work/sim.out"
node "$root/tests/runpod-sim/server.mjs" --port 0 --scenario "$root/tests/runpod-sim/scenarios/fast.json" --state-dir "$work/sim" \
    >"$work/sim.out" 2>"$work/sim.log" &
sim_pid=$!
read -r first_line <"$work/sim.out"
cat "$work/sim.out" >>"$work/sim.log" &
export AUTOPOD_HOME="$HOME/.autopod" AUTOPOD_API_URL="${first_line##* }/graphql"
printf rp_sim_full_access | "$cli" config init --api-key-stdin --generate-ssh-key --no-upload-key --yes >/dev/null
if [ "$with_pod" = 1 ]; then
    "$cli" connect --gpu "RTX A40" --gpu-count 1 --yes >/dev/null
fi
log="$AUTOPOD_HOME/logs/autopod.log"

# Cold start: the app logs "main window shown after N ms" (measured from main()'s first line) —
# plus the process start to main() time the kernel knows, which we take from a wall clock here.
echo "autopod-desktop $("$app" --version 2>/dev/null | head -1), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'), $(nproc) cores"
echo "cold start (exec -> main window shown), $launches launches:"
for i in $(seq 1 "$launches"); do
    before=$(grep -c "main window shown after" "$log" 2>/dev/null || true)
    t0=$(date +%s%N)
    "$app" >/dev/null 2>&1 &
    app_pid=$!
    while [ "$(grep -c "main window shown after" "$log" 2>/dev/null || true)" = "${before:-0}" ]; do sleep 0.005; done
    t1=$(date +%s%N)
    inner=$(grep "main window shown after" "$log" | tail -1 | sed -E 's/.*after ([0-9]+) ms.*/\1/')
    printf "  launch %d: %4d ms from exec (%s ms inside main())\n" "$i" $(((t1 - t0) / 1000000)) "$inner"
    if [ "$i" -lt "$launches" ]; then
        kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
    fi
done

sleep 10 # let the first refresh and the tray settle
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
t_start=$(ticks)
sleep "$idle"
t_end=$(ticks)
rss=$(awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status")
pss=$(awk '/^Pss:/ {print $2}' "/proc/$app_pid/smaps_rollup")
threads=$(awk '/^Threads/ {print $2}' "/proc/$app_pid/status")
refreshes=$(grep -c "refresh" "$log" 2>/dev/null || true)
echo "idle, no ComfyUI tab$([ "$with_pod" = 1 ] && echo ', one running pod'):"
printf "  resident memory: RSS %.1f MB, PSS %.1f MB, %d threads\n" "$(echo "$rss / 1024" | bc -l)" \
    "$(echo "$pss / 1024" | bc -l)" "$threads"
printf "  CPU over %d s of idle: %d ticks (%d ticks = 1 s of CPU)\n" "$idle" $((t_end - t_start)) "$hz"
echo "  largest mappings (RSS kB, PSS kB):"
awk '/^[0-9a-f]+-[0-9a-f]+ / {name = $6} /^Rss:/ {rss[name] += $2} /^Pss:/ {pss[name] += $2} END {for (n in pss) printf "%6d %6d %s\n", rss[n], pss[n], (n == "" ? "[anon]" : n)}' \
    "/proc/$app_pid/smaps" | sort -rn | head -12 | sed 's/^/    /'
