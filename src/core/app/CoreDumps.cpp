// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/app/CoreDumps.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace autopod {

void disableCoreDumps()
{
    const rlimit none{0, 0}; // hard limit too, so nothing later in the process can raise it
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace autopod
