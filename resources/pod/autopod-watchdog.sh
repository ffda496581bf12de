#!/bin/sh
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# autopod's guard on a RunPod pod: stops (never terminates) this pod when it has been idle for
# too long, or when its cost or runtime since it started reaches a limit, also while no autopod
# process runs anywhere. autopod copies this file to the pod over SSH and starts it; nothing else
# is installed. It needs a POSIX sh, awk, curl or python3 (RunPod's ComfyUI image has both),
# $RUNPOD_POD_ID and RunPod's pod-scoped key, which `runpodctl` on the pod uses.
#
#   autopod-watchdog.sh start IDLE_MIN MAX_USD MAX_HOURS COST_PER_HR UPTIME_S
#       writes the settings (limits: "-" = off, IDLE_MIN 0 = off) and starts the guard unless it
#       runs already (one instance; a running guard picks up new settings at its next check);
#       waits until the new loop has announced itself (its pid file; at most
#       $AUTOPOD_GUARD_START_WAIT_SECONDS, default 12, real seconds) and prints the state; exit 4
#       when no loop runs.
#   autopod-watchdog.sh state             prints the state (key=value lines)
#   autopod-watchdog.sh keep MINUTES      no idle stop before MINUTES from now; prints the state
#   autopod-watchdog.sh run               the guard's loop (what `start` launches)
#
# Activity: a prompt running or queued in ComfyUI (its /queue on localhost:8188), or an
# interactive shell session (a process of this pod with a terminal). An open tunnel or an open
# ComfyUI page is not activity. Times are the pod's clock (`date +%s`, `sleep`).
set -u

dir="${AUTOPOD_GUARD_DIR:-${HOME:-/root}/.autopod-guard}"
self="$dir/autopod-watchdog.sh"
check_s="${AUTOPOD_GUARD_CHECK_SECONDS:-30}"

now() { date +%s; }

# Atomically replaces file $1 with stdin.
put() {
    cat >"$1.tmp.$$" && mv -f "$1.tmp.$$" "$1"
}

# get KEY FILE: the value of KEY= in FILE, empty if none.
get() {
    sed -n "s/^$1=//p" "$2" 2>/dev/null | head -n 1
}

running_pid() {
    pid=$(cat "$dir/pid" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'autopod-watchdog.sh run' || return 1
    echo "$pid"
}

# Prints the state; succeeds when the guard runs (one look, so the exit status and "running="
# always agree).
print_state() {
    if running_pid >/dev/null; then
        echo "running=1"
        cat "$dir/state" 2>/dev/null
        return 0
    fi
    echo "running=0"
    cat "$dir/state" 2>/dev/null
    return 1
}

# Real seconds since boot (/proc/uptime, no process started), or "" where there is none. Not the
# pod's clock: `date` may run fast (the simulator's) and `sleep` takes time under load.
real_s() {
    up=
    read -r up _ </proc/uptime 2>/dev/null || up=
    up=${up%.*}
}

# Counts running + queued prompts in ComfyUI; empty when ComfyUI does not answer.
comfy_busy() {
    q=$(curl -s -m 5 http://127.0.0.1:8188/queue 2>/dev/null) || return 0
    if command -v python3 >/dev/null 2>&1; then
        printf '%s' "$q" | python3 -c 'import json,sys
try:
    d = json.load(sys.stdin)
    print(len(d.get("queue_running") or []) + len(d.get("queue_pending") or []))
except Exception:
    pass' 2>/dev/null
    else
        # Without python3: an empty queue is exactly [] twice.
        case "$q" in
        *'"queue_running"'*) printf '%s' "$q" | tr -d ' \n' | grep -q '"queue_running":\[\],"queue_pending":\[\]' && echo 0 || echo 1 ;;
        esac
    fi
}

# Succeeds when a process of this pod (same network namespace: on a real pod every process of
# the container) has a controlling terminal: someone's shell.
shell_open() {
    myns=$(readlink /proc/$$/ns/net 2>/dev/null)
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$myns" <<'EOF'
import os, sys
mine = sys.argv[1]
def tty(p):
    with open('/proc/%s/stat' % p) as f:
        return int(f.read().rsplit(')', 1)[1].split()[4])
# A container started with a terminal gives it to its init and everything the init starts:
# that terminal is not someone's shell.
try:
    init = tty(1) if not mine or os.readlink('/proc/1/ns/net') == mine else 0
except (OSError, IndexError, ValueError):
    init = 0
for p in os.listdir('/proc'):
    if not p.isdigit():
        continue
    try:
        if mine and os.readlink('/proc/%s/ns/net' % p) != mine:
            continue
        t = tty(p)
        if t != 0 and t != init:
            sys.exit(0)
    except (OSError, IndexError, ValueError):
        continue
sys.exit(1)
EOF
        return $?
    fi
    init=0
    if [ -z "$myns" ] || [ "$(readlink /proc/1/ns/net 2>/dev/null)" = "$myns" ]; then
        # shellcheck disable=SC2086
        s=$(cat /proc/1/stat 2>/dev/null) && r=${s##*) } && set -- $r && init=${5:-0}
    fi
    for p in /proc/[0-9]*; do
        [ -z "$myns" ] || [ "$(readlink "$p/ns/net" 2>/dev/null)" = "$myns" ] || continue
        s=$(cat "$p/stat" 2>/dev/null) || continue
        r=${s##*) }
        # shellcheck disable=SC2086
        set -- $r
        [ "${5:-0}" != 0 ] && [ "${5:-0}" != "$init" ] && return 0
    done
    return 1
}

# One check: works out the state, writes it, and prints the action that is due ("" = none).
evaluate() {
    # The slow part first: ComfyUI's queue (up to 5 s) and the scan of the processes. The limits
    # are read after it, so a check never writes back or acts on limits that `start` replaced
    # while it waited.
    activity=none
    busy=$(comfy_busy)
    if [ -n "$busy" ] && [ "$busy" -gt 0 ] 2>/dev/null; then
        activity=comfyui
    elif shell_open; then
        activity=shell
    fi
    t=$(now)
    idle_min=$(get idle_stop_minutes "$dir/settings")
    max_usd=$(get max_usd "$dir/settings")
    max_hours=$(get max_hours "$dir/settings")
    per_hr=$(get cost_per_hr "$dir/settings")
    started=$(get started_at "$dir/settings")
    keep_until=$(cat "$dir/keep" 2>/dev/null)
    last=$(get last_activity "$dir/state")
    [ -n "$last" ] || last=$t
    [ -n "$started" ] || started=$t
    [ "$activity" = none ] || last=$t
    awk -v t="$t" -v last="$last" -v idle="${idle_min:-0}" -v usd="${max_usd:--}" -v hours="${max_hours:--}" \
        -v per="${per_hr:-0}" -v started="$started" -v keep="${keep_until:-0}" -v activity="$activity" \
        -v pid="$(cat "$dir/pid" 2>/dev/null)" 'BEGIN {
        runtime = t - started; if (runtime < 0) runtime = 0
        cost = per * runtime / 3600
        action = "none"; due = 0; have = 0
        if (idle + 0 > 0) {
            at = last + idle * 60
            if (keep + 0 > at) at = keep + 0
            action = "idle"; due = at - t; have = 1
        }
        if (usd != "-") {
            left = (per + 0 > 0) ? (usd - cost) * 3600 / per : (cost >= usd + 0 ? 0 : -1)
            if (left != -1 && (!have || left < due)) { action = "budget"; due = left; have = 1 }
        }
        if (hours != "-") {
            left = hours * 3600 - runtime
            if (!have || left < due) { action = "max_hours"; due = left; have = 1 }
        }
        if (have && due < 0) due = 0
        printf "pid=%s\nchecked_at=%d\nlast_activity=%d\nactivity=%s\nidle_stop_minutes=%s\n", pid, t, last, activity, idle
        printf "max_usd=%s\nmax_hours=%s\ncost_per_hr=%s\nruntime_s=%d\ncost_usd=%.4f\n", usd, hours, per, runtime, cost
        printf "keep_until=%d\naction=%s\naction_in=%d\n", keep, action, (have ? int(due + 0.999) : -1)
    }' | put "$dir/state"
    if [ "$(get action_in "$dir/state")" = 0 ]; then
        get action "$dir/state"
    fi
}

stop_pod() {
    why=$1
    case "$why" in
    idle) text="idle $(get idle_stop_minutes "$dir/state") min" ;;
    budget) text=$(awk -v v="$(get max_usd "$dir/state")" 'BEGIN { printf "budget $%.2f", v }') ;;
    max_hours) text=$(awk -v v="$(get max_hours "$dir/state")" 'BEGIN { printf "max %g h", v }') ;;
    *) text=$why ;;
    esac
    { cat "$dir/state"; echo "stopping=$text"; echo "stopping_at=$(now)"; } | put "$dir/state"
    # Also on /workspace, which a volume disk keeps across the stop: autopod reads it at the next start.
    ws="${POD_WORKSPACE:-/workspace}"
    if [ -d "$ws" ] && [ -w "$ws" ]; then
        { echo "stopped=$text"; echo "stopped_at=$(now)"; } | put "$ws/.autopod-guard-last-stop" 2>/dev/null
    fi
    echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') stopping pod $RUNPOD_POD_ID: $text"
    if ! out=$(runpodctl stop pod "$RUNPOD_POD_ID" 2>&1); then
        echo "runpodctl failed: $out"
        { grep -v '^stop_error=' "$dir/state"; echo "stop_error=$out" | head -n 1; } | put "$dir/state"
        return 1
    fi
    echo "$out"
}

run() {
    mkdir -p "$dir"
    if other=$(running_pid) && [ "$other" != $$ ]; then
        echo "already running as $other"
        exit 0
    fi
    echo $$ | put "$dir/pid"
    echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') guard started for pod ${RUNPOD_POD_ID:-?} (pid $$)"
    while :; do
        # Removed (or its directory gone): nothing left to guard with.
        [ -f "$self" ] || { echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') $self is gone: guard ends"; exit 0; }
        due=$(evaluate)
        if [ -n "$due" ]; then
            stop_pod "$due"
        fi
        left=$(get action_in "$dir/state")
        wait_s=$check_s
        if [ -n "$left" ] && [ "$left" -ge 1 ] 2>/dev/null && [ "$left" -lt "$wait_s" ]; then
            wait_s=$left
        fi
        sleep "$wait_s"
    done
}

number_or_off() {
    case "$1" in
    - | '') echo - ;;
    *[!0-9.]* | *.*.* | .) echo bad ;;
    *) echo "$1" ;;
    esac
}

cmd=${1:-state}
case "$cmd" in
start)
    [ $# -eq 6 ] || { echo "usage: $0 start IDLE_MIN MAX_USD MAX_HOURS COST_PER_HR UPTIME_S" >&2; exit 2; }
    for v in "$2" "$3" "$4" "$5" "$6"; do
        [ "$(number_or_off "$v")" != bad ] || { echo "not a number: $v" >&2; exit 2; }
    done
    if [ -z "${RUNPOD_POD_ID:-}" ]; then
        echo "RUNPOD_POD_ID is not set: this is not a RunPod pod" >&2
        exit 3
    fi
    if ! command -v runpodctl >/dev/null 2>&1; then
        echo "runpodctl is not installed on this pod" >&2
        exit 3
    fi
    mkdir -p "$dir" || exit 3
    t=$(now)
    up=${6%.*}
    started=$(get started_at "$dir/settings")
    # Keeps the first start time of this run of the pod; a new run (the container disk and this
    # file are new after a stop) starts from the uptime RunPod reports.
    [ -n "$started" ] || started=$((t - ${up:-0}))
    printf 'idle_stop_minutes=%s\nmax_usd=%s\nmax_hours=%s\ncost_per_hr=%s\nstarted_at=%s\n' \
        "${2%.*}" "$(number_or_off "$3")" "$(number_or_off "$4")" "$5" "$started" | put "$dir/settings"
    # Why the guard stopped the pod last time (kept on the volume disk across the stop).
    ws="${POD_WORKSPACE:-/workspace}"
    if [ -f "$ws/.autopod-guard-last-stop" ]; then
        sed 's/^/last_/' "$ws/.autopod-guard-last-stop"
        rm -f "$ws/.autopod-guard-last-stop"
    fi
    if ! running_pid >/dev/null; then
        rm -f "$dir/state"
        if command -v setsid >/dev/null 2>&1; then
            setsid sh "$self" run </dev/null >>"$dir/log" 2>&1 &
        else
            nohup sh "$self" run </dev/null >>"$dir/log" 2>&1 &
        fi
        # A handshake, not a fixed wait: the loop writes its pid file first thing, before its
        # first check (which asks ComfyUI, up to 5 s, and scans the processes), so the guard runs
        # once `running_pid` finds it. On a loaded machine the new process can take seconds to
        # get there. Then its first state, if it comes in time. At most $wait_s real seconds
        # (autopod gives the whole command 20).
        wait_s=${AUTOPOD_GUARD_START_WAIT_SECONDS:-12}
        real_s
        t0=$up
        i=0
        while :; do
            if running_pid >/dev/null; then
                [ -s "$dir/state" ] && break
            fi
            real_s
            if [ -n "$up" ] && [ -n "$t0" ]; then
                [ $((up - t0)) -lt "$wait_s" ] || break
            else
                [ $i -lt $((wait_s * 10)) ] || break
            fi
            /bin/sleep 0.1 2>/dev/null || /bin/sleep 1
            i=$((i + 1))
        done
    else
        evaluate >/dev/null
    fi
    print_state || { echo "the guard did not start; its log:" >&2; tail -n 5 "$dir/log" >&2; exit 4; }
    ;;
keep)
    m=${2:-}
    case "$m" in '' | *[!0-9]*) echo "usage: $0 keep MINUTES" >&2; exit 2 ;; esac
    running_pid >/dev/null || { print_state; echo "the guard is not running" >&2; exit 4; }
    echo $(($(now) + m * 60)) | put "$dir/keep"
    evaluate >/dev/null
    print_state || :
    ;;
state) print_state || : ;;
run) run ;;
*)
    echo "usage: $0 start|state|keep|run" >&2
    exit 2
    ;;
esac
