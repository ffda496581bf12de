#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# README command (2): install what is missing, check the formatting, build with warnings as
# errors, and run the whole test suite: unit, integration, gui, e2e (on both RunPod transports)
# and soak tests; then the sanitizer stage (preset `sanitize`, target autopod_unit_integration:
# core, the CLI and the unit and integration tests, built and run under ASan + UBSan with
# -fno-sanitize-recover and leak detection on; a report from any process fails it; it prints its
# build and wall time); then the fuzz stage (preset `fuzz`: every libFuzzer target, after replaying
# its regressions, for AUTOPOD_FUZZ_SECONDS, default 45 s, two at a time; any crash, leak, timeout
# or sanitizer report fails it; it prints its wall time); then the CLI-only build and the .deb check.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash packaging/setup.sh

# ccache keys relative to the checkout, so a fresh clone in any folder reuses earlier builds.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

echo "== clang-format check"
mapfile -t sources < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null ||
    find src tests -name '*.cpp' -o -name '*.h' | grep -v node_modules)
clang-format --dry-run --Werror "${sources[@]}"

echo "== JavaScript style check (prettier, the simulator)"
(cd tests/runpod-sim && npm run --silent format:check)

echo "== configure and build"
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"

echo "== test"
ctest --preset ci "$@"

# Sanitizers: only what the labels unit, integration and sanitize run is built (target
# autopod_unit_integration: core, the CLI, those tests; of the e2e tests only the few labelled
# sanitize; no soak or benchmark programs). A
# report aborts the process that made it. Every process the tests start (the CLI, the background
# tunnel) also writes its reports into one folder, so a report in a child whose exit code no test
# looks at still fails the stage.
echo "== sanitizer build and tests (ASan + UBSan; labels unit, integration and sanitize)"
t=$SECONDS
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize --target autopod_unit_integration --parallel "$(nproc)"
echo "Sanitizer build: $((SECONDS - t)) s"
reports="$root/build/sanitize/sanitizer-reports"
rm -rf "$reports" && mkdir -p "$reports"
status=0
# packaging_install_tree installs the whole build (man pages, the desktop app), which this stage
# does not build; it runs in the main test stage above.
AUTOPOD_SANITIZER_LOG="log_path=$reports/report:log_exe_name=1" \
    ctest --preset sanitize -L 'unit|integration|sanitize' -E '^packaging_install_tree$' || status=$?
if [ -n "$(ls -A "$reports")" ]; then
    echo "FAIL: sanitizer reports from the processes the tests started:"
    for report in "$reports"/*; do
        echo "--- $report"
        cat "$report"
    done
    status=1
fi
echo "Sanitizer stage: $((SECONDS - t)) s"
[ "$status" -eq 0 ] || exit "$status"

# Fuzzing: each target first replays its committed regressions, then fuzzes for a bounded time.
fuzz_seconds="${AUTOPOD_FUZZ_SECONDS:-45}"
echo "== fuzz build and run (libFuzzer, ${fuzz_seconds} s per target)"
t=$SECONDS
cmake --preset fuzz -DAUTOPOD_FUZZ_SECONDS="$fuzz_seconds" >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)" --target autopod_fuzz_targets
ctest --preset fuzz -L fuzz --parallel "$(nproc)"
echo "Fuzz stage: $((SECONDS - t)) s"

# The command line alone, as a server without a desktop builds it (ccache makes this mostly cache
# hits), and the same configuration with its tests, configured only.
echo "== CLI-only build"
t=$SECONDS
cmake --preset cli-only >/dev/null
cmake --build --preset cli-only --parallel "$(nproc)"
cmake -S . -B build/cli-only-tests -G Ninja -DAUTOPOD_BUILD_GUI=OFF -DAUTOPOD_WARNINGS_AS_ERRORS=ON >/dev/null
echo "CLI-only build and configuration: $((SECONDS - t)) s"

echo "== Debian package: build, install, use, remove"
bash packaging/check-deb.sh build/ci
