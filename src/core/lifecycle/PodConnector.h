// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/app/NextStep.h"
#include "core/pods/GuardSettings.h"
#include "core/pods/GuardState.h"

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace autopod::lifecycle {

// Where a pod's sshd answers (its public 22/tcp mapping).
struct SshEndpoint
{
    QString podId;
    QString podName;
    QString host;
    int port = 0;
    bool podRestarted = false; // started again by this flow: RunPod gave it new host keys
};

struct SshProbeResult
{
    enum class Outcome
    {
        Ready,   // handshake, host key accepted and authentication succeeded
        NotYet,  // nothing listening yet / connection reset: sshd is still starting
        Failed,  // worth retrying on the backoff schedule (timeout, transient error)
        Rejected // never worth retrying: host key refused or changed, key not accepted
    };
    Outcome outcome = Outcome::Failed;
    QString message; // for the user
    QString detail;  // for the log
    QString hostKeyFingerprint;
    NextStep nextStep = NextStep::None; // what the user can do about a rejection
};

struct TunnelRequest
{
    SshEndpoint endpoint;
    int preferredLocalPort = 8188;
    int remotePort = 8188;
};

struct TunnelResult
{
    bool ok = false;
    bool fatal = false; // not worth retrying (authentication refused, no local port)
    int localPort = 0;
    qint64 processId = 0; // the process that holds the tunnel (0 = this process)
    QString message;
    QString detail;
};

// Starting the guard (the watchdog) on a connected pod.
struct GuardRequest
{
    SshEndpoint endpoint;
    pods::GuardSettings settings;
    double costPerHr = 0;     // the pod's rate, for the budget
    qint64 uptimeSeconds = 0; // the pod's uptime as RunPod last reported it
};

struct GuardResult
{
    bool attempted = false; // false: this connector cannot install a guard (nothing was tried)
    bool ok = false;        // the watchdog runs on the pod
    QString message;        // why not, for the user
    pods::GuardState state;
};

// What finishing a pod's pending output copies gave (before a stop, a terminate or a quit).
struct OutputsResult
{
    bool complete = true;  // nothing ComfyUI listed is left uncopied (or there was no copier)
    QStringList notCopied; // ComfyUI's subfolder/name of each file not copied
    bool unlisted = false; // ComfyUI's list could not be read at all: what is missing is unknown
};

// The SSH side of connecting to a pod, behind an interface so the lifecycle can run with an
// in-process libssh tunnel (desktop app), a detached tunnel process (CLI) or a fake (tests).
// The SSH identity and the host-key decision are the implementation's: they are given to its
// constructor by the composition root.
class PodConnector : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PodConnector() override = default;

    using ProbeCallback = std::function<void(const SshProbeResult&)>;
    using TunnelCallback = std::function<void(const TunnelResult&)>;
    using GuardCallback = std::function<void(const GuardResult&)>;

    // One attempt to reach and log in to the pod's sshd. Callbacks run on the caller's thread,
    // only while `context` lives.
    virtual void probeSsh(const SshEndpoint& endpoint, QObject* context, ProbeCallback done) = 0;
    // Opens the local listener forwarding to the pod's localhost:remotePort. Verification of
    // ComfyUI through it is the caller's (an HTTP GET of /system_stats).
    virtual void openTunnel(const TunnelRequest& request, QObject* context, TunnelCallback done) = 0;
    // Closes the tunnel of this pod, if any. Safe to call for an unknown pod.
    virtual void closeTunnel(const QString& podId) = 0;
    // Installs and starts the guard on the pod over SSH (idempotent: one watchdog per pod). The
    // default tries nothing and says so (attempted = false).
    virtual void installGuard(const GuardRequest& request, QObject* context, GuardCallback done)
    {
        Q_UNUSED(request);
        QMetaObject::invokeMethod(
            context, [done] { done(GuardResult{}); }, Qt::QueuedConnection);
    }
    // Copies what ComfyUI lists as finished on this pod and is not on the user's disk yet, for at
    // most timeoutMs, through the pod's tunnel if this connector holds one; `done` then says what
    // is left. Asynchronous; `done` runs on the caller's thread, only while `context` lives. Called
    // before the pod is stopped or terminated and before the app quits. The default has no copier.
    virtual void finishOutputs(const QString& podId, int timeoutMs, QObject* context,
                               std::function<void(const OutputsResult&)> done)
    {
        Q_UNUSED(podId);
        Q_UNUSED(timeoutMs);
        QMetaObject::invokeMethod(
            context, [done] { done(OutputsResult{}); }, Qt::QueuedConnection);
    }
    // The pod was terminated: the host key trusted for it is forgotten.
    virtual void forgetPod(const QString& podId) = 0;

Q_SIGNALS:
    // An open tunnel broke and will not heal by itself (the pod is gone, auth refused).
    void tunnelFailed(const QString& podId, const QString& reason);
    // The copier of an in-process tunnel saved another of ComfyUI's outputs: `count` are there now.
    void outputsSaved(const QString& podId, int count);
};

} // namespace autopod::lifecycle
