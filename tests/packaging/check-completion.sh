#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# The shell completions `autopod completion <shell>` writes, exercised the way a shell does:
# bash's completion function is called with COMP_WORDS as bash would set them for
# `autopod pod st<Tab>` and `autopod pod stop <Tab>`, and its answers are compared.
# Usage: check-completion.sh <autopod binary>
set -euo pipefail
autopod="$(readlink -f "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/home/.autopod"
ln -s "$autopod" "$tmp/bin/autopod"
export PATH="$tmp/bin:$PATH" HOME="$tmp/home" AUTOPOD_HOME="$tmp/home/.autopod"
fail=0
check() { # name expected actual
    if [ "$2" = "$3" ]; then
        echo "PASS: $1"
    else
        echo "FAIL: $1"
        echo "  expected: [$2]"
        echo "  got:      [$3]"
        fail=1
    fi
}

# Two tracked pods, as autopod writes them.
cat >"$AUTOPOD_HOME/pods.json" <<'JSON'
{
  "autopod-2026-11-30-001": {"pod_id": "abc123", "name": "autopod-2026-11-30-001", "status": "running",
                             "created_at": "2026-11-30T10:00:00Z", "gpu_count": 1, "cost_per_hour": 0.44},
  "autopod-2026-11-30-002": {"pod_id": "def456", "name": "autopod-2026-11-30-002", "status": "stopped",
                             "created_at": "2026-11-30T11:00:00Z", "gpu_count": 1, "cost_per_hour": 0.44}
}
JSON
chmod 600 "$AUTOPOD_HOME/pods.json"

autopod completion bash >"$tmp/autopod.bash"
bash -n "$tmp/autopod.bash"

# complete <words...>: the candidates bash would offer for the last word, sorted, space-separated.
complete_words() {
    bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _autopod
        printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " " | sed "s/ $//"
    ' sh "$tmp/autopod.bash" "$@"
}

check "autopod pod st<Tab>" "start stop" "$(complete_words autopod pod st)"
check "autopod pod stop <Tab>" "autopod-2026-11-30-001 autopod-2026-11-30-002" "$(complete_words autopod pod stop '')"
check "autopod pod stop autopod-2026-11-30-00<Tab>" "autopod-2026-11-30-001 autopod-2026-11-30-002" \
    "$(complete_words autopod pod stop autopod-2026-11-30-00)"
check "autopod pod stop <pod> <Tab> (one pod only)" "" "$(complete_words autopod pod stop autopod-2026-11-30-001 '')"
check "autopod pod kill --<Tab>" "--help --yes" "$(complete_words autopod pod kill --)"
check "autopod con<Tab>" "config connect" "$(complete_words autopod con)"
check "autopod connect --region <Tab>" "AP EU NA" "$(complete_words autopod connect --region '')"
check "autopod connect --gpu 'RTX A40' --cl<Tab> (a value is skipped)" "--cloud" \
    "$(complete_words autopod connect --gpu A40 --cl)"
check "autopod config set ssh.tun<Tab>" "ssh.tunnel_port" "$(complete_words autopod config set ssh.tun)"
# Hidden commands are never offered.
check "autopod tu<Tab> (hidden tunnel)" "" "$(complete_words autopod tu)"

# No pods.json: no names, no error, and nothing created.
rm "$AUTOPOD_HOME/pods.json"
rmdir "$AUTOPOD_HOME"
check "autopod pod info <Tab> without pods.json" "" "$(complete_words autopod pod info '')"
check "completion creates no ~/.autopod" "absent" "$([ -e "$AUTOPOD_HOME" ] && echo present || echo absent)"

# zsh and fish: the scripts parse (and zsh's offers the same subcommands) where those shells exist.
autopod completion zsh >"$tmp/_autopod"
autopod completion fish >"$tmp/autopod.fish"
if command -v zsh >/dev/null; then
    zsh -n "$tmp/_autopod" && echo "PASS: zsh script parses" || { echo "FAIL: zsh script does not parse"; fail=1; }
else
    echo "SKIP: zsh not installed"
fi
if command -v fish >/dev/null; then
    fish -n "$tmp/autopod.fish" && echo "PASS: fish script parses" || { echo "FAIL: fish script does not parse"; fail=1; }
else
    echo "SKIP: fish not installed"
fi
grep -q -- " -a stop -d " "$tmp/autopod.fish" &&
    echo "PASS: fish offers pod stop" || { echo "FAIL: fish does not offer pod stop"; fail=1; }

exit $fail
