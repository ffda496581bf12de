// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace autopod::test {

// What a process holds, from /proc, for the soak tests' "flat memory and descriptors" checks.
// pid 0 is this process; -1 when the process is gone.
qint64 residentKb(qint64 pid = 0);      // VmRSS
qint64 openDescriptors(qint64 pid = 0); // entries of /proc/<pid>/fd

} // namespace autopod::test
