// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QtGlobal>

namespace autopod::test {

// What a process holds, from /proc, for the soak tests' "flat memory and descriptors" checks.
// pid 0 is this process; -1 when the process is gone.
qint64 residentKb(qint64 pid = 0);      // VmRSS
qint64 openDescriptors(qint64 pid = 0); // entries of /proc/<pid>/fd

// Each descriptor, for a failure message: what it points at, and for a TCP socket its local and remote
// port and state ("tcp 56418->8188 st 01"; 01 is ESTABLISHED, 08 CLOSE_WAIT).
QStringList describeDescriptors(qint64 pid = 0);

// Open connections to `port` on loopback with both ends in this process, each counted once (a client's
// keep-alive connection through the local tunnel: its client socket and the tunnel's accepted socket).
// An HTTP client keeps a bounded number of them open for reuse; a connection whose client has gone
// is not counted, so an end the tunnel fails to close still shows.
qint64 loopbackConnectionsTo(quint16 port, qint64 pid = 0);

} // namespace autopod::test
