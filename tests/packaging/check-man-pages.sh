#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# autopod(1) and autopod-desktop(1) against what the programs say about themselves: every command
# and option `autopod ... --help` lists is in autopod(1), every exit code of the help's table, and
# every option of `autopod-desktop --help` is in autopod-desktop(1), whose ENVIRONMENT and FILES
# must equal autopod(1)'s (which the CLI writes from its own tables). Both render without warnings.
# Usage: check-man-pages.sh <autopod> <autopod-desktop.1> [<autopod-desktop>]
set -euo pipefail
autopod="$1"
desktop_page="$2"
desktop="${3:-}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" AUTOPOD_HOME="$tmp/home/.autopod"
fail=0
pass() { echo "PASS: $*"; }
failed() { echo "FAIL: $*"; fail=1; }

"$autopod" manpage >"$tmp/autopod.1"

# Rendered text, roff escapes gone.
render() { MANWIDTH=200 man --warnings -l "$1" 2>"$tmp/warnings" | col -b; }
for page in "$tmp/autopod.1" "$desktop_page"; do
    render "$page" >"$tmp/$(basename "$page").txt"
    if [ -s "$tmp/warnings" ]; then failed "$(basename "$page") renders with warnings: $(cat "$tmp/warnings")"; else pass "$(basename "$page") renders cleanly"; fi
done
man_text="$tmp/autopod.1.txt"

# Every command reachable from `autopod --help`, with the options and subcommands its help lists.
commands=("")
i=0
while [ $i -lt ${#commands[@]} ]; do
    path="${commands[$i]}"
    i=$((i + 1))
    # shellcheck disable=SC2086
    help="$("$autopod" $path --help)"
    if [ -n "$path" ]; then
        grep -q "^ *autopod $path\$" "$man_text" && pass "autopod $path has a section" || failed "autopod $path has no section"
    fi
    subs="$(printf '%s\n' "$help" | awk '/^Subcommands:/{on=1; next} /^$/{on=0} on{print $1}')"
    for sub in $subs; do commands+=("${path:+$path }$sub"); done
    for opt in $(printf '%s\n' "$help" | awk '/^Options:/{on=1; next} /^$/{on=0} on' | grep -oE -- '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' | tr -d ' ,'); do
        grep -qE -- "(^|[ ,])$opt([ ,]|\$)" "$man_text" && pass "autopod $path $opt documented" || failed "autopod $path $opt is not in autopod(1)"
    done
done
[ ${#commands[@]} -gt 10 ] && pass "${#commands[@]} commands walked" || failed "only ${#commands[@]} commands found in --help"

# The exit codes of the help's table.
for code in $("$autopod" --help | awk '/^Exit codes:/{on=1; next} /^$/{on=0} on{print $1}'); do
    awk '/^EXIT STATUS/{on=1; next} /^[A-Z]/{on=0} on' "$man_text" | grep -qE "^ +$code( |$)" &&
        pass "exit code $code documented" || failed "exit code $code is not in EXIT STATUS"
done

# The desktop page: its options from --help, its FILES and ENVIRONMENT equal to autopod(1)'s.
section() { awk -v s="$2" '$0 == s {on=1; next} /^[A-Z]/{on=0} on' "$1" | sed -n 's/^       \([^ ].*\)$/\1/p' | sort; }
for s in ENVIRONMENT FILES; do
    if diff <(section "$man_text" "$s") <(section "$tmp/$(basename "$desktop_page").txt" "$s") >"$tmp/diff"; then
        pass "autopod-desktop(1) $s equals autopod(1)'s"
    else
        failed "autopod-desktop(1) $s differs from autopod(1)'s:"; cat "$tmp/diff"
    fi
done
[ "$(section "$man_text" ENVIRONMENT | wc -l)" -ge 3 ] && pass "ENVIRONMENT lists variables" || failed "ENVIRONMENT is empty"
if [ -n "$desktop" ]; then
    for opt in $(QT_QPA_PLATFORM=offscreen "$desktop" --help | grep -oE -- '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' | tr -d ' ,' | sort -u); do
        grep -qE -- "(^|[ ,])$opt([ ,]|\$)" "$tmp/$(basename "$desktop_page").txt" &&
            pass "autopod-desktop $opt documented" || failed "autopod-desktop $opt is not in autopod-desktop(1)"
    done
fi
exit $fail
