#pragma once

#include "core/api/ApiTypes.h"
#include "core/guard/GuardSettings.h"

#include <QList>
#include <QMetaType>
#include <QString>

// Value types of the pod lifecycle (create → ready → connected, and the cost-safe fallback),
// shared by the CLI and the desktop app.
namespace autopod::lifecycle {

// The five stages of PRD FR2.7, in order.
enum class ConnectStage
{
    RequestingPod,      // "Requesting pod..." (resume: "Starting pod...")
    WaitingForPodStart, // "Waiting for pod to start..."
    WaitingForSsh,      // "Pod running, waiting for SSH..."
    EstablishingTunnel, // "SSH ready, establishing tunnel..."
    Connected           // "Connected!"
};

// The exact user-facing text of a stage (PRD FR2.7).
QString stageText(ConnectStage stage);

// What the cost-safe policy did to the pod when a flow failed or was cancelled (FR2.8, FR5.6).
enum class FailureAction
{
    NothingCreated, // no pod exists: nothing costs money
    Stopped,        // the pod was stopped (volume kept, GPU billing ended)
    Terminated,     // the pod was terminated (it held nothing to lose)
    KeptRunning,    // the user chose to keep it running
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
};

// Maps an API error to the failure kind the user sees.
FailureKind failureKindFor(const api::ApiError& error);

// The cost-safe choice for a pod that keeps failing (FR2.8): terminate when the pod holds
// nothing that would be lost (no volume disk; outputs, if any, on a network volume which
// survives termination), otherwise stop it so the volume is kept.
bool holdsNothingToLose(const api::Pod& pod);

// Timing knobs. The defaults are the PRD's; tests inject short ones.
struct ConnectOptions
{
    int readyTimeoutMs = 600'000;                             // FR2.9: 10 minutes
    QList<int> retryDelaysMs{2000, 4000, 8000, 16000, 32000}; // FR2.8
    int maxRetries = 5;
    // Polling of "not ready yet" (no runtime, sshd not listening, ComfyUI still booting): fast at
    // first so a quick pod is connected within a second or two, then easing off.
    int pollInitialMs = 200;
    int pollMaxMs = 1000;
    int pollFastPhaseMs = 20'000; // poll at the initial interval for this long
    int localPort = 8188;         // preferred local port for the tunnel
    // The guard of a new pod (from the config); a resumed or re-attached pod keeps its recorded one.
    // lifecycle.max_hours also becomes RunPod's server-side stopAfter of a new pod.
    guard::GuardSettings guard;

    int retryDelay(int attempt) const; // attempt counts from 1
};

} // namespace autopod::lifecycle

Q_DECLARE_METATYPE(autopod::lifecycle::ConnectStage)
Q_DECLARE_METATYPE(autopod::lifecycle::FailureReport)
