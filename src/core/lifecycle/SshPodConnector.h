// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/BlockingWorkPool.h"
#include "core/lifecycle/GuardChannel.h"
#include "core/lifecycle/PodConnector.h"
#include "core/ssh/SshIdentity.h"
#include "core/ssh/SshTarget.h"
#include "core/ssh/keys/KnownHosts.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace autopod::ssh {
class TunnelController;
}

namespace autopod::lifecycle {

// PodConnector on the ssh module (libssh): the probe connects, asks about an unknown host key
// (trust on first use, with consent), stores it, and logs in; the tunnel is an in-process
// TunnelController; the guard on the pod is reached with short SSH commands (GuardChannel). Used by the desktop app,
// and by the CLI's background tunnel process.
class SshPodConnector : public PodConnector, public GuardChannel
{
    Q_OBJECT

public:
    // Answers whether an unknown host key may be trusted. May answer later (a dialog), exactly once.
    using GuardCallback = PodConnector::GuardCallback; // the same type in both bases
    using HostKeyDecision = std::function<void(const ssh::HostKeyCheck& check, std::function<void(bool)> answer)>;

    struct Settings
    {
        ssh::SshIdentity identity;
        QString knownHostsFile;
        QString runDir;                // tunnel records (stale tunnel detection)
        bool insecureHostKeys = false; // ssh.insecure_host_keys: nothing checked, warned every time
        int connectTimeoutMs = 30000;  // ssh.connect_timeout
        std::function<bool(const QString& podId)> isPodTracked;
        // outputs.dir: while a tunnel is verified, ComfyUI's outputs are copied to <outputsDir>/<pod
        // name> (OutputCopier). Empty: not copied.
        QString outputsDir;
    };

    SshPodConnector(Settings settings, HostKeyDecision decide, QObject* parent = nullptr);
    ~SshPodConnector() override;

    void probeSsh(const SshEndpoint& endpoint, QObject* context, ProbeCallback done) override;
    void openTunnel(const TunnelRequest& request, QObject* context, TunnelCallback done) override;
    void closeTunnel(const QString& podId) override;
    void installGuard(const GuardRequest& request, QObject* context, GuardCallback done) override;
    void readGuard(const SshEndpoint& endpoint, QObject* context, GuardCallback done) override;
    void keepGuard(const SshEndpoint& endpoint, int minutes, QObject* context, GuardCallback done) override;
    void forgetPod(const QString& podId) override;
    void finishOutputs(const QString& podId, int timeoutMs, QObject* context,
                       std::function<void(const OutputsResult&)> done) override;

    ssh::SshTarget targetFor(const SshEndpoint& endpoint) const;
    // The settings change with the user's (the setup wizard saved a new key): the next probe, tunnel
    // and shell use them. Open tunnels keep theirs.
    void updateSettings(const Settings& settings);
    const Settings& settings() const { return m_settings; }
    ssh::TunnelController* tunnel(const QString& podId) const { return m_tunnels.value(podId); }

Q_SIGNALS:
    // Shown to the user (the insecure host key warning, a port that is not the preferred one).
    void warningRaised(const QString& message);

private:
    // Runs `done(result)` on this object's thread (from any thread) if `context` still exists.
    template <typename Result>
    void deliverLater(const QPointer<QObject>& context, const std::function<void(const Result&)>& done,
                      const Result& result)
    {
        QMetaObject::invokeMethod(
            this,
            [context, done, result] {
                if (context) {
                    done(result);
                }
            },
            Qt::QueuedConnection);
    }
    // Runs `work` on the pool; `done` on this object's thread (if the context still lives).
    void runBlocking(std::function<SshProbeResult()> work, QObject* context, ProbeCallback done);
    void authenticate(const SshEndpoint& endpoint, QObject* context, ProbeCallback done);

    Settings m_settings;
    HostKeyDecision m_decide;
    QHash<QString, ssh::TunnelController*> m_tunnels;
    BlockingWorkPool m_blocking; // the probes and the guard's commands (blocking libssh calls)
};

// The probe outcome for an SSH error (shared with the CLI's tunnel process).
SshProbeResult probeResultFor(const ssh::SshError& error);

} // namespace autopod::lifecycle
