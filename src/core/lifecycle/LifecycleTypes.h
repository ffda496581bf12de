// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/config/Config.h"
#include "core/pods/GuardSettings.h"

#include <QList>
#include <QMetaType>
#include <QString>

// Value types of the pod lifecycle (create → ready → connected, and the cost-safe fallback),
// shared by the CLI and the desktop app.
namespace autopod::lifecycle {

class FlowClock;

// The five stages of a connect, in order, as the user sees them.
enum class ConnectStage
{
    RequestingPod,      // "Requesting pod..." (resume: "Starting pod...")
    WaitingForPodStart, // "Waiting for pod to start..."
    WaitingForSsh,      // "Pod running, waiting for SSH..."
    EstablishingTunnel, // "SSH ready, establishing tunnel..."
    Connected           // "Connected!"
};

// The exact user-facing text of a stage.
QString stageText(ConnectStage stage);

// What the cost-safe policy did to the pod when a flow failed or was cancelled.
enum class FailureAction
{
    NothingCreated, // no pod exists: nothing costs money
    Stopped,        // the pod was stopped (volume kept, GPU billing ended)
    Terminated,     // the pod was terminated (it held nothing to lose)
    KeptRunning,    // it keeps running: the user chose so, or the flow attached to it (never stopped)
    AlreadyGone,    // RunPod no longer knows the pod: nothing bills
    ActionFailed    // stopping/terminating failed: the pod may still bill; the message says so
};

// What the user picked when cancelling a flow (Ctrl-C, Cancel button).
enum class CancelChoice
{
    Stop,
    Terminate,
    Keep
};

// Why a flow failed, coarse enough for an exit code (CLI) or an icon (GUI).
enum class FailureKind
{
    InvalidApiKey,
    PermissionDenied,
    InsufficientCredits,
    NoGpusMatchingFilters,
    NoCapacity, // create / resume refused: not enough free GPUs
    NetworkTimeout,
    NetworkError,
    PodNotFound,
    SshFailure,       // could not log in / host key refused
    TunnelFailure,    // SSH works but ComfyUI cannot be reached through the tunnel
    ReadinessTimeout, // the pod never became ready in time
    PodDied,          // the pod stopped/vanished while we waited
    Cancelled,
    Internal
};

struct FailureReport
{
    FailureKind kind = FailureKind::Internal;
    QString message; // for the user: what went wrong
    QString detail;  // for the log
    FailureAction action = FailureAction::NothingCreated;
    QString actionText; // for the user: what was done about the pod, stated plainly
    QString podId;      // empty when no pod exists
    QString podName;
    // What the user can do next, as actions each front end renders its own way (a command, a menu
    // item): about the failure (set a valid API key...), and about the pod (stop it yourself).
    NextStep nextStep = NextStep::None;
    NextStep actionNextStep = NextStep::None;
};

// Maps an API error to the failure kind the user sees.
FailureKind failureKindFor(const api::ApiError& error);

// Whether stopping the pod would keep a volume disk that terminating deletes. Only half of the
// cost-safe choice: a pod that ran (resumed, attached, or ready once) also has a container disk
// with the user's work, which CostSafeCleanup::choiceFor() never terminates.
bool hasVolumeDisk(const api::Pod& pod);

// Timing knobs. The defaults are the product's; tests inject short ones.
struct ConnectOptions
{
    int readyTimeoutMs = 600'000;                             // a pod not ready in 10 minutes has failed
    QList<int> retryDelaysMs{2000, 4000, 8000, 16000, 32000}; // the retry schedule
    int maxRetries = 5;
    // Polling of "not ready yet" (no runtime, sshd not listening, ComfyUI still booting): fast at
    // first so a quick pod is connected within a second or two, then easing off.
    int pollInitialMs = 200;
    int pollMaxMs = 1000;
    int pollFastPhaseMs = 20'000; // poll at the initial interval for this long
    int localPort = 8188;         // preferred local port for the tunnel
    // The guard of a new pod (from the config); a resumed or re-attached pod keeps its recorded one.
    // lifecycle.max_hours also becomes RunPod's server-side stopAfter of a new pod.
    pods::GuardSettings guard;
    // A create that ended without a pod: its name is looked up again until this long after the
    // create was sent (the create's whole retry budget: RunPod may still be making the pod).
    int createLookupMs = 122'000;
    int createLookupIntervalMs = 2000;
    // The clock the flow reads and waits on; null: the machine's (SteadyFlowClock). Tests inject one
    // that runs ahead instead of waiting. Not owned; it outlives the flow.
    FlowClock* clock = nullptr;

    int retryDelay(int attempt) const; // attempt counts from 1

    // What the user configured (ready timeout, retries, tunnel port, the guard); the create lookup
    // lasts as long as the create's own retry budget. The CLI and the desktop both connect with it.
    static ConnectOptions fromConfig(const config::Config& config);
};

} // namespace autopod::lifecycle

Q_DECLARE_METATYPE(autopod::lifecycle::ConnectStage)
Q_DECLARE_METATYPE(autopod::lifecycle::FailureReport)
