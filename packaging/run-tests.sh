#!/usr/bin/env bash
# README command (2): install what is missing, build with warnings as errors, check the
# formatting, and run the whole test suite: unit, integration, gui, e2e and soak tests; then the
# unit and integration tests again under ASan and UBSan, and every fuzz target for a bounded time.
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

echo "== configure and build"
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"

echo "== test"
ctest --preset ci "$@"

# The hardening stages below run when the whole suite is asked for (no ctest arguments).
if [ $# -eq 0 ]; then
    echo "== sanitizers: build (ASan + UBSan, no desktop) and run the unit and integration tests"
    cmake --preset sanitize
    cmake --build --preset sanitize --parallel "$(nproc)"
    ctest --preset sanitize -L 'unit|integration'

    echo "== fuzz: build (clang, libFuzzer) and run every target for ${AUTOPOD_FUZZ_SECONDS:-30} s"
    cmake --preset fuzz -DAUTOPOD_FUZZ_SECONDS="${AUTOPOD_FUZZ_SECONDS:-30}"
    cmake --build --preset fuzz --parallel "$(nproc)"
    ctest --preset fuzz -L fuzz
fi
