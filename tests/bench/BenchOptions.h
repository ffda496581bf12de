// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <vector>

class QCoreApplication;

namespace autopod::bench {

// What a run measures: the options of tests/bench/run-bench.sh.
struct Options
{
    int rounds = 3;
    qint64 mb = 256;
    qint64 stallMb = 1024;
    bool stall = true;
    bool fallback = false;
    QStringList only; // empty: everything
    std::vector<int> rtts{0, 20, 100, 200};
};

// Parses the command line; on --help or a bad option prints to stdout/stderr and returns false with
// the exit code in *exitCode.
bool parseOptions(const QCoreApplication& app, Options* o, int* exitCode);

} // namespace autopod::bench
