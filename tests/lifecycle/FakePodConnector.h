// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/FlowClock.h"
#include "core/lifecycle/PodConnector.h"
#include "core/lifecycle/PodJournal.h"

#include <QElapsedTimer>
#include <QList>
#include <QTcpServer>

#include <QHash>

#include <deque>
#include <optional>

namespace autopod::test {

// Stands in for SSH: probe outcomes are scripted, and an "open tunnel" is a local HTTP server
// that answers /system_stats like ComfyUI once `comfyReadyAtMs` (on now()) has passed.
class FakePodConnector : public lifecycle::PodConnector
{
    Q_OBJECT

public:
    explicit FakePodConnector(QObject* parent = nullptr);

    std::deque<lifecycle::SshProbeResult::Outcome> probeScript; // consumed first; then Ready
    std::deque<lifecycle::TunnelResult> tunnelScript;           // consumed first; then a real server
    qint64 comfyReadyAtMs = 0;                                  // on now()
    QElapsedTimer clock;
    const lifecycle::FlowClock* time = nullptr; // set: now() reads this clock (the flow's) instead of `clock`
    qint64 now() const { return time ? time->nowMs() : clock.elapsed(); }
    int probes = 0;
    int tunnelsOpened = 0;
    QStringList closed;
    qint64 comfyFirstAnsweredMs = -1;                  // when /system_stats first answered 200
    std::optional<lifecycle::GuardResult> guardResult; // unset: installGuard tries nothing
    QList<lifecycle::GuardRequest> guardRequests;

    void probeSsh(const lifecycle::SshEndpoint& endpoint, QObject* context, ProbeCallback done) override;
    void openTunnel(const lifecycle::TunnelRequest& request, QObject* context, TunnelCallback done) override;
    void closeTunnel(const QString& podId) override;
    void installGuard(const lifecycle::GuardRequest& request, QObject* context, GuardCallback done) override;
    void forgetPod(const QString& podId) override { forgotten.append(podId); }
    QStringList forgotten; // pods whose host key was forgotten
    lifecycle::SshEndpoint lastProbed;

private:
    void serve(QTcpSocket* socket);
    QTcpServer m_server;
};

// Records what the lifecycle journals.
class FakeJournal : public lifecycle::PodJournal
{
public:
    QStringList events;
    QList<lifecycle::FailureReport> failures;
    int nextNumber = 1;
    int connectedPort = 0;

    QString allocateName() override;
    void podRequested(const QString& name, const api::CreatePodRequest& request) override;
    void podUpdated(const QString& name, const api::Pod& pod) override;
    void podConnected(const QString& name, const QString& sshHost, int sshPort, int localPort, qint64 tunnelPid,
                      const QString& hostKeyFingerprint) override;
    void podFailed(const QString& name, const lifecycle::FailureReport& report) override;
    void podGone(const QString& name, const QString& podId) override;

    QHash<QString, pods::GuardSettings> guards; // recorded guard settings by pod name
    std::optional<pods::GuardSettings> guardSettings(const QString& name) const override;
    void podGuarded(const QString& name, const pods::GuardSettings& settings, bool ok, const QString& status,
                    const QString& error) override;
};

} // namespace autopod::test
