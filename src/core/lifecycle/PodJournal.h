// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/lifecycle/LifecycleTypes.h"
#include "core/pods/GuardSettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace autopod::lifecycle {

// What the lifecycle records about a pod as it goes: every event that must survive a
// crash of this process. The composition root adapts it to the pod store (pods.json); tests
// record the calls.
class PodJournal
{
public:
    virtual ~PodJournal() = default;

    // A new, unique autopod-YYYY-MM-DD-NNN name, reserved for this process.
    virtual QString allocateName() = 0;
    // The create request is about to be sent (so a crash right after leaves a trace).
    virtual void podRequested(const QString& name, const api::CreatePodRequest& request) = 0;
    // RunPod answered with this pod (created, adopted after an orphaned create, or resumed).
    virtual void podUpdated(const QString& name, const api::Pod& pod) = 0;
    // The tunnel is verified.
    virtual void podConnected(const QString& name, const QString& sshHost, int sshPort, int localPort, qint64 tunnelPid,
                              const QString& hostKeyFingerprint) = 0;
    // The flow failed; action says what was done to the pod.
    virtual void podFailed(const QString& name, const FailureReport& report) = 0;
    // The pod no longer exists on RunPod (terminated by us or found gone).
    virtual void podGone(const QString& name, const QString& podId) = 0;
    // When an SSH connection last proved the pod's host key (UTC), if autopod knows.
    virtual QDateTime hostKeyVerifiedAt(const QString& name) const
    {
        Q_UNUSED(name);
        return {};
    }
    // The guard settings recorded for this pod, if any (a resumed or re-attached pod keeps its own).
    virtual std::optional<pods::GuardSettings> guardSettings(const QString& name) const
    {
        Q_UNUSED(name);
        return std::nullopt;
    }
    // The guard was started on the pod (ok) or could not be (error says why: the pod is unguarded).
    virtual void podGuarded(const QString& name, const pods::GuardSettings& settings, bool ok, const QString& status,
                            const QString& error)
    {
        Q_UNUSED(name);
        Q_UNUSED(settings);
        Q_UNUSED(ok);
        Q_UNUSED(status);
        Q_UNUSED(error);
    }
};

} // namespace autopod::lifecycle
