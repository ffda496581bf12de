#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Runs one libFuzzer target: first every committed regression input once, then fuzzing for a
# bounded time from a scratch copy of the seed corpus (the committed corpus is never written).
# Any crash, leak, timeout, out-of-memory or sanitizer report fails; its input is kept in FINDINGS.
# Usage: run-fuzzer.sh BINARY CORPUS_DIR REGRESSIONS_DIR SECONDS FINDINGS_DIR
set -uo pipefail
bin=$1 corpus=$2 regressions=$3 seconds=$4 findings=$5
name=$(basename "$bin")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/artifacts"
cp -r "$corpus"/. "$work/corpus/"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

limits=(-timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -artifact_prefix="$work/artifacts/")

if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions" 2>/dev/null)" ]; then
    echo "== $name: replaying $(ls -1 "$regressions" | wc -l) regression inputs"
    if ! "$bin" "${limits[@]}" -runs=0 "$regressions"/*; then
        echo "FAIL: $name: a regression input fails again"
        exit 1
    fi
fi

echo "== $name: fuzzing for ${seconds}s from $(ls -1 "$work/corpus" | wc -l) seeds"
"$bin" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 "$work/corpus"
status=$?
if [ $status -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
    mkdir -p "$findings/$name"
    cp "$work/artifacts"/* "$findings/$name/" 2>/dev/null
    echo "FAIL: $name found a problem (exit $status); inputs kept in $findings/$name:"
    ls -l "$findings/$name"
    exit 1
fi
echo "PASS: $name: no finding in ${seconds}s"
