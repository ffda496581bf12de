// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// A ConnectFlow on the in-memory RunPod, journal and connector, with fast timings, recording what a
// front end would show (stages, the failure report, the local port). Shared by the ConnectFlow tests.

#include "core/lifecycle/ConnectFlow.h"
#include "lifecycle/FakePodConnector.h"
#include "support/FakeRunPodApi.h"
#include "support/ManualFlowClock.h"

#include <QTest>

#include <memory>
#include <optional>

namespace autopod::test {

using lifecycle::ConnectFlow;
using lifecycle::ConnectOptions;
using lifecycle::ConnectStage;
using lifecycle::FailureReport;

inline ConnectOptions fastOptions()
{
    ConnectOptions o;
    o.readyTimeoutMs = 3000;
    o.retryDelaysMs = {20, 40, 80, 160, 320};
    o.maxRetries = 5;
    o.pollInitialMs = 50;
    o.pollMaxMs = 100;
    o.pollFastPhaseMs = 1000;
    o.createLookupMs = 300;
    o.createLookupIntervalMs = 50;
    return o;
}

// The same for a flow behind the desktop's dialogs (PodCreator): a GUI test's event loop is busier,
// so a pod gets longer to become ready, and the tunnel takes any free port.
inline ConnectOptions fastGuiOptions()
{
    ConnectOptions o = fastOptions();
    o.readyTimeoutMs = 20000;
    o.localPort = 0;
    return o;
}

inline api::CreatePodRequest request(int volumeGb = 0)
{
    api::CreatePodRequest r;
    r.gpuTypeId = QStringLiteral("NVIDIA A40");
    r.gpuCount = 2;
    r.volumeGb = volumeGb;
    return r;
}

// A pod RunPod already has (stopped or running), as a resume or an attach finds it.
inline api::Pod existingPod(const QString& id, const QString& name, api::PodStatus status, int volumeGb = 0)
{
    api::Pod pod;
    pod.id = id;
    pod.name = name;
    pod.desiredStatus = status;
    pod.volumeGb = volumeGb;
    return pod;
}

// How a rig's flow spends time: on the machine's clock, or on a ManualFlowClock that runs ahead to
// the next poll or retry instead of waiting for it (the fake RunPod and connector read it too).
enum class Time
{
    Real,
    Manual
};

struct Rig
{
    ManualFlowClock clock; // Time::Manual only
    FakeRunPodApi api;
    FakeJournal journal;
    FakePodConnector connector;
    std::unique_ptr<ConnectFlow> flow;
    QList<ConnectStage> stages;
    std::optional<FailureReport> failure;
    int connectedPort = 0;
    bool done = false;
    bool manualTime = false;

    explicit Rig(ConnectOptions options = fastOptions(), Time time = Time::Real)
        : manualTime(time == Time::Manual)
    {
        if (manualTime) {
            options.clock = &clock;
            api.clock = &clock;
            connector.time = &clock;
        }
        flow = std::make_unique<ConnectFlow>(api, journal, connector, options);
        QObject::connect(flow.get(), &ConnectFlow::stageChanged, flow.get(),
                         [this](ConnectStage s, qint64) { stages.append(s); });
        QObject::connect(flow.get(), &ConnectFlow::failed, flow.get(), [this](const FailureReport& r) { failure = r; });
        QObject::connect(flow.get(), &ConnectFlow::connected, flow.get(),
                         [this](int port, int) { connectedPort = port; });
        QObject::connect(flow.get(), &ConnectFlow::finished, flow.get(), [this] { done = true; });
    }
    bool waitDone(int ms = 10000)
    {
        return manualTime ? clock.runUntil([this] { return done; }, ms) : QTest::qWaitFor([this] { return done; }, ms);
    }
};

} // namespace autopod::test
