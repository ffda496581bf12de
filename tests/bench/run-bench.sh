#!/bin/sh
# Builds and runs the tunnel benchmark (autopod's libssh tunnel vs OpenSSH ssh -L on loopback).
# Usage: tests/bench/run-bench.sh [--mb 256] [--rounds 3] [--requests 100]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
preset=${PRESET:-ci}
cmake --build --preset "$preset" --target bench_tunnel >/dev/null
exec "$root/build/$preset/tests/bench/bench_tunnel" "$@"
