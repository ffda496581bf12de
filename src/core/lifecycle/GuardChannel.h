// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/PodConnector.h"

namespace autopod::lifecycle {

// The guard (the watchdog) on a running pod, reached over SSH: start it, read what it says, and
// postpone its idle stop. Every call runs off the caller's thread; `done` runs on the caller's
// thread while `context` lives. SshPodConnector implements it; tests use a scripted fake.
class GuardChannel
{
public:
    using GuardCallback = PodConnector::GuardCallback;

    virtual ~GuardChannel() = default;
    // Idempotent: one watchdog per pod; a running one takes the new limits.
    virtual void installGuard(const GuardRequest& request, QObject* context, GuardCallback done) = 0;
    virtual void readGuard(const SshEndpoint& endpoint, QObject* context, GuardCallback done) = 0;
    // No idle stop within `minutes` from now.
    virtual void keepGuard(const SshEndpoint& endpoint, int minutes, QObject* context, GuardCallback done) = 0;
};

} // namespace autopod::lifecycle
