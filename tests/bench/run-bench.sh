#!/bin/sh
# SPDX-FileCopyrightText: 2026 The autopod authors
# SPDX-License-Identifier: MIT
# Builds and runs the tunnel benchmark: autopod's tunnel vs OpenSSH ssh -L with the simulated pod at
# 0, 20, 100 and 200 ms round trip (see docs/tunnel.md). Takes ~6 minutes; run it on a quiet machine (nice).
# Usage: tests/bench/run-bench.sh [--rtts 0,20,100,200] [--rounds 3] [--mb 256] [--stall-mb 1024] [--no-stall]
#        [--fallback] [--only bulk,parallel,new,latency,burst,upload,page]; --help says what each does.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
preset=${PRESET:-ci}
cmake --build --preset "$preset" --target bench_tunnel >/dev/null
exec "$root/build/$preset/tests/bench/bench_tunnel" "$@"
