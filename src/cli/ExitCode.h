// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/lifecycle/LifecycleTypes.h"

#include <string>
#include <vector>

namespace autopod::cli {

// The exit codes of every autopod command (listed in each command's help).
enum ExitCode : int
{
    Ok = 0,
    GenericError = 1,
    UsageError = 2,
    ConfigError = 3,         // missing/invalid configuration or credential (invalid API key, no SSH key)
    InsufficientCredits = 4, // RunPod balance too low
    NoCapacity = 5,          // no GPU matches the filters / no capacity to create or start the pod
    SshError = 6,            // SSH connection, authentication or host key failure
    NetworkError = 7,        // RunPod unreachable, timeouts
    PodNotFound = 8,         // no such pod (neither tracked nor known to RunPod)
    ReadinessFailed = 9,     // the pod never became ready; the cost-safe policy was applied
    Interrupted = 130        // Ctrl-C
};

int exitCodeFor(const api::ApiError& error);
int exitCodeFor(lifecycle::FailureKind kind);

// What each exit code means: the help's table and the man page's EXIT STATUS.
struct ExitCodeMeaning
{
    int code;
    const char* meaning;
};
const std::vector<ExitCodeMeaning>& exitCodeMeanings();

// The table printed at the end of every command's help.
std::string exitCodeHelp();

} // namespace autopod::cli
