// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ConnectFlow's endings: the cost-safe policy when a flow fails, the user's choice when it
// is cancelled, the stop or terminate that follows, and the report that closes the flow. The way
// there (create, readiness, SSH, tunnel, verification) is in ConnectFlow.cpp.
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/LifecycleLogging.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace autopod::lifecycle {

namespace {

QString nothingCreatedText()
{
    return QCoreApplication::translate("ConnectFlow", "No pod was created; nothing is billing.");
}

} // namespace

CancelChoice ConnectFlow::costSafeChoice() const
{
    switch (m_origin) {
    case Origin::Attached:
        // The pod was running before this flow: whatever failed here, the user's work on it stays.
        return CancelChoice::Keep;
    case Origin::Resumed:
        // It ran before: its container disk may hold work that only a stop keeps.
        return CancelChoice::Stop;
    case Origin::Created:
        break;
    }
    // Created by this flow: only a pod that never became ready holds nothing the user made, and
    // only without a volume disk does terminating lose nothing that stopping would keep.
    if (m_reachedReady) {
        return CancelChoice::Stop;
    }
    const bool hasVolume = m_pod ? hasVolumeDisk(*m_pod) : m_request.volumeGb > 0;
    return hasVolume ? CancelChoice::Stop : CancelChoice::Terminate;
}

void ConnectFlow::failWithPolicy(FailureKind kind, const QString& message, const QString& detail)
{
    qCWarning(lcLifecycle) << "pod" << m_name << "failed:" << message << detail;
    FailureReport report{.kind = kind,
                         .message = message,
                         .detail = detail,
                         .action = FailureAction::NothingCreated,
                         .actionText = {},
                         .podId = m_podId,
                         .podName = m_name};
    if (m_podId.isEmpty()) {
        report.actionText = nothingCreatedText();
        finishFailed(report);
        return;
    }
    if (m_origin == Origin::Attached) {
        // Reconnecting failed: the pod stays exactly as it was, and the user decides.
        m_connector.closeTunnel(m_podId);
        report.action = FailureAction::KeptRunning;
        report.actionText =
            QCoreApplication::translate("ConnectFlow",
                                        "Pod %1 was left running as it was: autopod did not stop it, and nothing on "
                                        "it was changed. It keeps billing. Try connecting again once the problem is "
                                        "solved, or stop the pod when you no longer need it.")
                .arg(m_name);
        finishFailed(report);
        return;
    }
    applyAction(costSafeChoice(), report);
}

FailureReport ConnectFlow::cancelledReport() const
{
    FailureReport report;
    report.kind = FailureKind::Cancelled;
    report.message = QCoreApplication::translate("ConnectFlow", "Cancelled.");
    report.podId = m_podId;
    report.podName = m_name;
    return report;
}

void ConnectFlow::cancel(CancelChoice choice)
{
    if (!isRunning() || isCleaningUp()) {
        return;
    }
    if (m_podId.isEmpty() && (m_state == State::Creating || m_state == State::FindingOrphan)) {
        // RunPod may be making the pod right now: the create (or the search for it) stays in flight,
        // and the user's choice applies to the pod it returns (podArrived()).
        qCInfo(lcLifecycle) << "cancel of" << m_name << "waits for the create in flight";
        m_cancelChoice = choice;
        m_cleanupReport = cancelledReport();
        return;
    }
    m_timer.stop();
    dropInFlightCalls();
    FailureReport report = cancelledReport();
    if (m_podId.isEmpty()) {
        report.actionText = nothingCreatedText();
        finishFailed(report);
        return;
    }
    applyAction(choice, report);
}

QString ConnectFlow::stopItYourself() const
{
    return QCoreApplication::translate(
               "ConnectFlow", "It may still be billing. autopod keeps tracking it: stop it with `autopod pod stop %1` "
                              "once RunPod is reachable again, or in the RunPod console "
                              "(https://www.runpod.io/console/pods).")
        .arg(m_name);
}

void ConnectFlow::abandonCleanup()
{
    if (!isRunning() || !isCleaningUp()) {
        return;
    }
    dropInFlightCalls();
    FailureReport report = m_cleanupReport;
    report.action = FailureAction::ActionFailed;
    report.actionText =
        m_podId.isEmpty()
            ? QCoreApplication::translate("ConnectFlow",
                                          "Stopped looking for pod %1: RunPod may have created it. Check `autopod "
                                          "pods list` or the RunPod console (https://www.runpod.io/console/pods).")
                  .arg(m_name)
            : QCoreApplication::translate("ConnectFlow", "Stopped waiting for RunPod to stop pod %1. %2")
                  .arg(m_name, stopItYourself());
    qCWarning(lcLifecycle) << "cleanup of" << m_name << "abandoned by the user";
    finishFailed(report);
}

void ConnectFlow::applyAction(CancelChoice choice, FailureReport report)
{
    setState(State::CleaningUp);
    m_timer.stop();
    if (choice == CancelChoice::Keep) {
        report.action = FailureAction::KeptRunning;
        report.actionText =
            QCoreApplication::translate("ConnectFlow",
                                        "Pod %1 was left running as you asked: it keeps billing until you stop it.")
                .arg(m_name);
        finishFailed(report);
        return;
    }
    m_connector.closeTunnel(m_podId);
    // The client retries stop and terminate on its cost-critical policy (twice the retries, within
    // a bounded time); what still fails leaves the pod tracked in pods.json with this message.
    const QString stopYourself = stopItYourself();
    m_cleanupReport = report;
    if (choice == CancelChoice::Terminate) {
        m_callLabel = QCoreApplication::translate("ConnectFlow", "Terminating pod %1").arg(m_name);
        m_api.terminatePod(m_podId, m_calls, [this, report, stopYourself](const api::ApiResult<api::Done>& r) mutable {
            if (r.ok() || r.error.kind == api::ApiError::Kind::PodNotFound) {
                report.action = FailureAction::Terminated;
                report.actionText =
                    report.kind == FailureKind::Cancelled
                        ? QCoreApplication::translate("ConnectFlow", "Terminated pod %1: its billing has ended.")
                              .arg(m_name)
                        : QCoreApplication::translate("ConnectFlow",
                                                      "Terminated pod %1 to save costs (it never became ready and "
                                                      "held no volume data).")
                              .arg(m_name);
                m_journal.podGone(m_name, m_podId);
                m_connector.forgetPod(m_podId);
            } else {
                report.action = FailureAction::ActionFailed;
                report.actionText = QCoreApplication::translate("ConnectFlow", "Could not terminate pod %1 (%2). %3")
                                        .arg(m_name, r.error.text(), stopYourself);
            }
            finishFailed(report);
        });
        return;
    }
    m_callLabel = QCoreApplication::translate("ConnectFlow", "Stopping pod %1").arg(m_name);
    m_api.stopPod(m_podId, m_calls, [this, report, stopYourself](const api::ApiResult<api::Pod>& r) mutable {
        if (r.ok()) {
            report.action = FailureAction::Stopped;
            report.actionText =
                QCoreApplication::translate("ConnectFlow",
                                            "Stopped pod %1 to save costs: GPU billing has ended, its volume is kept.")
                    .arg(m_name);
            if (r.value) {
                m_pod = *r.value;
                m_journal.podUpdated(m_name, *r.value);
            }
        } else if (r.error.kind == api::ApiError::Kind::PodNotFound) {
            report.action = FailureAction::AlreadyGone;
            report.actionText =
                QCoreApplication::translate("ConnectFlow", "Pod %1 no longer exists on RunPod; nothing is billing.")
                    .arg(m_name);
            m_journal.podGone(m_name, m_podId);
        } else {
            report.action = FailureAction::ActionFailed;
            report.actionText = QCoreApplication::translate("ConnectFlow", "Could not stop pod %1 (%2). %3")
                                    .arg(m_name, r.error.text(), stopYourself);
        }
        finishFailed(report);
    });
}

void ConnectFlow::finishFailed(FailureReport report)
{
    m_timer.stop();
    setState(State::Finished);
    qCWarning(lcLifecycle) << "flow for" << m_name << "ended:" << report.message << "|" << report.actionText;
    m_journal.podFailed(m_name, report);
    Q_EMIT failed(report);
    Q_EMIT finished();
}

} // namespace autopod::lifecycle
