// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

class QObject;
class QThread;

namespace autopod::ssh {

// Ends a worker thread without blocking the caller (the GUI thread): waits up to graceMs — a worker
// that was asked to stop normally ends within milliseconds — and otherwise leaves the thread to end
// by itself and deletes it and its worker then. A worker inside a blocking SSH connect to an
// unreachable host returns only after the connect timeout; nobody waits for that. The worker must
// already have been asked to stop. Takes ownership of both.
void retireThread(QThread* thread, QObject* worker, int graceMs = 100);

} // namespace autopod::ssh
