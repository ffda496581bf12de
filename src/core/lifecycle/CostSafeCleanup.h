// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"
#include "core/lifecycle/LifecycleTypes.h"
#include "core/lifecycle/PodConnector.h"
#include "core/lifecycle/PodJournal.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace autopod::lifecycle {

// How a pod came to a connect flow: decides what the cost-safe policy may do to it.
enum class PodOrigin
{
    Created, // created (or adopted after a failed create) by the flow
    Resumed, // stopped before; its container disk may hold the user's work
    Attached // running already; never stopped or terminated automatically
};

// The cost-safe ending of a connect flow that failed or was cancelled: what may be done to the pod
// (the policy), doing it (stop, terminate, or leave it as it is), and what the FailureReport says
// about it. A pod the flow created that never became ready is terminated when it has no volume
// disk, else stopped; a resumed pod is stopped; a pod the flow attached to is left as it was. The
// pod's journal follows (podUpdated after a stop, podGone once RunPod no longer has it).
class CostSafeCleanup
{
public:
    // The pod as the policy sees it.
    struct Subject
    {
        QString name;
        QString podId; // empty: no pod exists
        PodOrigin origin = PodOrigin::Created;
        bool reachedReady = false; // ComfyUI answered through the tunnel in this flow
        bool hasVolume = false;    // stopping keeps a volume disk that terminating would delete
        bool inError = false;      // RunPod reports its container failed: RunPod refuses to stop it then
    };
    // The finished report, and the pod as RunPod answered the stop (when it did).
    using Done = std::function<void(const FailureReport& report, const std::optional<api::Pod>& stopped)>;

    CostSafeCleanup(api::RunPodApi& api, PodJournal& journal, PodConnector& connector);

    // What the policy does to `pod` now: Terminate only for a pod the flow created that never became
    // ready and has no volume disk, or whose container failed (in ERROR, where RunPod allows only
    // start and terminate, and its new volume holds nothing yet); Stop for any other pod it created
    // or resumed; Keep for a pod it attached to (that pod ran before: it is the user's, as it is).
    static CancelChoice choiceFor(const Subject& pod);
    // After a failure, whether there is anything to stop or terminate: not when no pod exists, and
    // not for a pod the flow attached to.
    static bool mayActOn(const Subject& pod);

    // Ends `report` without touching the pod (mayActOn() is false): "nothing was created", or, for an
    // attached pod, its tunnel closed and the pod left running as it was.
    FailureReport leave(const Subject& pod, FailureReport report);
    // Does `choice` to the pod and completes `report` with what happened. The answer comes through
    // `done` while `context` lives (at once for Keep); dropping `context` abandons the call.
    void apply(CancelChoice choice, const Subject& pod, FailureReport report, QObject* context, Done done);
    // `report` (of the cleanup in flight) once the user stopped waiting for it: the pod may still bill.
    static FailureReport abandoned(FailureReport report, const Subject& pod);

    // What the call of apply() does, for progress lines ("Stopping pod X"); empty for Keep.
    static QString progressLabel(CancelChoice choice, const QString& name);
    static QString nothingCreatedText();

private:
    static QString stopItYourself(const QString& name); // what the user can do about a pod that may still bill

    api::RunPodApi& m_api;
    PodJournal& m_journal;
    PodConnector& m_connector;
};

} // namespace autopod::lifecycle
