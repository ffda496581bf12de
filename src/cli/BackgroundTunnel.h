// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/PodConnector.h"

#include <QHash>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace autopod::lifecycle {
class SshPodConnector;
}

namespace autopod::cli {

// The CLI's PodConnector: the SSH probe (and the host key question) runs here, in the foreground,
// while the tunnel runs in a detached `autopod tunnel` process that outlives this command. The
// child reports on a pipe ("READY <port>", "FAILED <reason>"); its pid and port go to pods.json.
// Nothing secret is in the child's arguments or environment: it reads what it needs itself.
// A child that has not reported within kTunnelReportTimeoutMs is ended and the tunnel counts as failed:
// before READY it only reads its key and binds a local port, so silence means it is stuck.
class BackgroundTunnelConnector : public lifecycle::PodConnector
{
    Q_OBJECT

public:
    // `probe` does the SSH probe; identityPath is passed to the child (empty: it discovers).
    BackgroundTunnelConnector(lifecycle::SshPodConnector& probe, QString identityPath, QObject* parent = nullptr);
    ~BackgroundTunnelConnector() override;

    void probeSsh(const lifecycle::SshEndpoint& endpoint, QObject* context, ProbeCallback done) override;
    void openTunnel(const lifecycle::TunnelRequest& request, QObject* context, TunnelCallback done) override;
    void closeTunnel(const QString& podId) override;
    void installGuard(const lifecycle::GuardRequest& request, QObject* context, GuardCallback done) override;
    void forgetPod(const QString& podId) override;

    // Lets a successfully started tunnel keep running after this object is gone.
    void release(const QString& podId);

Q_SIGNALS:
    void noteReceived(const QString& note);

private:
    struct Child;
    // Stops reading the child and ends its process.
    void retire(Child& child, const QString& podId);
    QHash<QString, std::shared_ptr<Child>> m_children;
    lifecycle::SshPodConnector& m_probe;
    QString m_identityPath;
};

// How long `connect` waits for the background tunnel to report READY or a failure.
constexpr int kTunnelReportTimeoutMs = 20 * 1000;

// The background tunnel's stdout/stderr file (<logDir>/tunnel.out) never grows past this.
constexpr qint64 kTunnelOutputMaxBytes = 1024 * 1024;

// Ends an autopod tunnel process (SIGTERM, then SIGKILL after timeoutMs). Only a process that is
// an `autopod tunnel` for podId is signalled (pid reuse). True when no such process is left.
bool stopTunnelProcess(qint64 pid, const QString& podId, int timeoutMs = 3000);
// The pid is alive and is an `autopod tunnel` process for podId.
bool isTunnelProcess(qint64 pid, const QString& podId);

} // namespace autopod::cli
