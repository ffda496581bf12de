// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// What the benchmark reads about a running process from /proc.
#pragma once

#include <QtGlobal>

namespace autopod::bench {

// kB from /proc/<pid>/status ("VmRSS", "VmHWM"); -1 when gone.
qint64 procKb(qint64 pid, const char* field);

// CPU seconds (user + system, all threads) the process has used so far; -1 when gone.
double procCpuSeconds(qint64 pid);

// The same in nanoseconds rather than clock ticks (a small request costs microseconds), summed over
// the threads alive now (the scheduler's run time of each, /proc/<pid>/task/*/schedstat).
double procThreadsCpuSeconds(qint64 pid);

} // namespace autopod::bench
