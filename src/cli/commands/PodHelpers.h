// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cli/PodLookup.h"
#include "core/guard/PodWatchdog.h"
#include "core/ssh/SshIdentity.h"
#include "core/ssh/SshTarget.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace autopod::api {
class RunPodApi;
}

namespace autopod::cli {

class CliContext;
using Action = std::function<int()>;
using Then = std::function<void(api::RunPodApi&, const PodRef&)>;

// The `pod` commands' shared steps (PodCommand.cpp).
// API + lookup, then `then`; finishes the loop itself on failure.
void withPod(CliContext& ctx, const QString& nameOrId, Then then, int deadlineMs = 0);
// Where the pod's sshd answers now, as a target for a short SSH command; nullopt when the pod is
// not running.
std::optional<ssh::SshTarget> guardTarget(CliContext& ctx, const PodRef& ref, const ssh::SshIdentity& identity);
// What the guard said, in pods.json.
void recordGuardState(CliContext& ctx, const PodRef& ref, const guard::WatchdogResult& w);

// `pod guard` (GuardCommand.cpp).
void addPodGuardCommand(CLI::App& pod, CliContext& ctx, Action& action, std::shared_ptr<std::string> target);

} // namespace autopod::cli
