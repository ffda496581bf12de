#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# The Debian package as a user gets it: `cpack -G DEB` in the build folder, `apt-get install` of
# the .deb (apt resolves its Depends), then from the installed paths: --version of both programs,
# `autopod doctor --json` against the offline simulator, `man -w`, bash completion through
# bash-completion's loader, the desktop file and AppStream validators; then `apt-get purge` must
# leave none of the package's files behind. Prints PASS/FAIL per step and the time taken.
# Needs root (or sudo) and a build in build/ci. Usage: packaging/check-deb.sh [build dir]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$root/build/ci}" && pwd)"
if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS
fail=0
pass() { echo "PASS: $*"; }
failed() { echo "FAIL: $*"; fail=1; }
tmp="$(mktemp -d -t autopod-deb.XXXXXX)"
cleanup() {
    [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    # Never leave the package installed on the machine, whatever failed.
    if dpkg-query -W -f='${Status}' autopod 2>/dev/null | grep -q 'install ok installed'; then
        "${as_root[@]}" apt-get purge -y -qq autopod >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' autopod 2>/dev/null | grep -q 'install ok installed'; then
    echo "check-deb: an autopod package is already installed on this machine; not touching it." >&2
    exit 1
fi

echo "== cpack -G DEB"
rm -f "$build"/autopod_*.deb
(cd "$build" && cpack -G DEB >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; exit 1; }
deb="$(ls "$build"/autopod_*.deb)"
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $((SECONDS - started)) s"
dpkg-deb -f "$deb" Package Version Section Homepage Depends | sed 's/^/  /'
version="$(dpkg-deb -f "$deb" Version)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' && dpkg-deb -f "$deb" Depends | grep -q 'libssh-4' &&
    pass "Depends computed from the shared libraries" || failed "Depends lacks libqt6core6/libssh-4"

echo "== apt-get install"
t=$SECONDS
"${as_root[@]}" apt-get install -y -qq "$deb" >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; failed "apt-get install"; exit 1; }
pass "apt-get install ./$(basename "$deb") in $((SECONDS - t)) s"
dpkg -L autopod >"$tmp/files"

# From the installed paths only: a clean PATH and a throwaway home with no session bus.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$tmp/home"
unset AUTOPOD_HOME AUTOPOD_API_URL DBUS_SESSION_BUS_ADDRESS
mkdir -p "$HOME"
app_id="$(basename "$(grep "^/usr/share/metainfo/.*\.metainfo\.xml$" "$tmp/files")" .metainfo.xml)"

[ "$(command -v autopod)" = /usr/bin/autopod ] && autopod --version | grep -q "^autopod $version " &&
    pass "autopod --version: $(autopod --version)" || failed "autopod --version"
autopod-desktop --version | grep -q "^autopod-desktop $version" &&
    pass "autopod-desktop --version: $(autopod-desktop --version)" || failed "autopod-desktop --version"
for page in autopod autopod-desktop; do
    where="$(man -w "$page" 2>&1)" && pass "man -w $page: $where" || failed "man -w $page: $where"
done
desktop-file-validate "/usr/share/applications/$app_id.desktop" && pass "desktop-file-validate $app_id.desktop" ||
    failed "desktop-file-validate"
appstreamcli validate --no-net --pedantic "/usr/share/metainfo/$app_id.metainfo.xml" >"$tmp/asv" 2>&1 &&
    pass "appstreamcli validate $app_id.metainfo.xml" || { failed "appstreamcli validate"; cat "$tmp/asv"; }

echo "== doctor against the simulator"
mkfifo "$tmp/sim.out"
node "$root/tests/runpod-sim/server.mjs" --port 0 --state-dir "$tmp/sim" >"$tmp/sim.out" 2>"$tmp/sim.log" &
sim_pid=$!
read -r first_line <"$tmp/sim.out"
cat "$tmp/sim.out" >>"$tmp/sim.log" &
export AUTOPOD_API_URL="${first_line##* }/graphql"
printf 'rp_sim_full_access\n' | autopod config init --api-key-stdin --generate-ssh-key --upload-key \
    --region NA --cloud secure --yes >"$tmp/init.log" 2>&1 || { cat "$tmp/init.log"; failed "autopod config init"; }
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
autopod config set ssh.tunnel_port "$port" >/dev/null
if autopod doctor --json >"$tmp/doctor.json" 2>"$tmp/doctor.err" &&
    python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if d["ok"] and d["exit_code"] == 0 and {c["id"]: c["verdict"] for c in d["checks"]}["api_key_accepted"] == "ok" else 1)' "$tmp/doctor.json"; then
    pass "autopod doctor --json: $(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(", ".join(c["id"] + "=" + c["verdict"] for c in d["checks"]))' "$tmp/doctor.json")"
else
    failed "autopod doctor --json"; cat "$tmp/doctor.json" "$tmp/doctor.err"
fi

echo "== bash completion, loaded by bash-completion from the installed file"
mkdir -p "$HOME/.autopod"
got="$(bash -c '
    source /usr/share/bash-completion/bash_completion
    _completion_loader autopod
    COMP_WORDS=(autopod pod st); COMP_CWORD=2; COMP_LINE="autopod pod st"; COMP_POINT=${#COMP_LINE}
    $(complete -p autopod | sed -n "s/.*-F \([^ ]*\) .*/\1/p") autopod st pod
    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "')"
[ "$got" = "start stop " ] && pass "autopod pod st<Tab>: $got" || failed "autopod pod st<Tab>: [$got]"

echo "== apt-get purge"
t=$SECONDS
"${as_root[@]}" apt-get purge -y -qq autopod >"$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log"; failed "apt-get purge"; }
left=()
while read -r path; do
    # Shared folders (/usr, /usr/share/man/man1...) stay; anything only autopod put there must go.
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        [[ $path == *autopod* ]] && left+=("$path")
    elif [ -e "$path" ] || [ -L "$path" ]; then
        left+=("$path")
    fi
done <"$tmp/files"
[ ${#left[@]} -eq 0 ] && pass "apt-get purge in $((SECONDS - t)) s left none of the package's $(wc -l <"$tmp/files") paths" ||
    failed "left behind: ${left[*]}"

echo "== package check: $([ $fail -eq 0 ] && echo PASS || echo FAIL) in $((SECONDS - started)) s"
exit $fail
