// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/CostSafeCleanup.h"
#include "core/lifecycle/LifecycleLogging.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace autopod::lifecycle {

// The report's texts are the connect flow's, in its translation context.

CostSafeCleanup::CostSafeCleanup(api::RunPodApi& api, PodJournal& journal, PodConnector& connector)
    : m_api(api)
    , m_journal(journal)
    , m_connector(connector)
{}

CancelChoice CostSafeCleanup::choiceFor(const Subject& pod)
{
    switch (pod.origin) {
    case PodOrigin::Attached:
        // The pod was running before the flow: whatever failed there, the user's work on it stays.
        return CancelChoice::Keep;
    case PodOrigin::Resumed:
        // It ran before: its container disk may hold work that only a stop keeps.
        return CancelChoice::Stop;
    case PodOrigin::Created:
        break;
    }
    // Created by the flow: only a pod that never became ready holds nothing the user made, and only
    // without a volume disk does terminating lose nothing that stopping would keep.
    if (pod.reachedReady) {
        return CancelChoice::Stop;
    }
    if (pod.inError) {
        // RunPod refuses to stop a pod in ERROR, which keeps billing for its GPUs; a new pod's
        // volume holds nothing the user made yet.
        return CancelChoice::Terminate;
    }
    return pod.hasVolume ? CancelChoice::Stop : CancelChoice::Terminate;
}

bool CostSafeCleanup::mayActOn(const Subject& pod)
{
    return !pod.podId.isEmpty() && pod.origin != PodOrigin::Attached;
}

QString CostSafeCleanup::nothingCreatedText()
{
    return QCoreApplication::translate("ConnectFlow", "No pod was created; nothing is billing.");
}

QString CostSafeCleanup::progressLabel(CancelChoice choice, const QString& name)
{
    switch (choice) {
    case CancelChoice::Terminate:
        return QCoreApplication::translate("ConnectFlow", "Terminating pod %1").arg(name);
    case CancelChoice::Stop:
        return QCoreApplication::translate("ConnectFlow", "Stopping pod %1").arg(name);
    case CancelChoice::Keep:
        break;
    }
    return {};
}

QString CostSafeCleanup::stopItYourself(const QString& name)
{
    return QCoreApplication::translate(
               "ConnectFlow",
               "It may still be billing. autopod keeps tracking it: stop pod %1 once RunPod is reachable "
               "again, or in the RunPod console (https://www.runpod.io/console/pods).")
        .arg(name);
}

FailureReport CostSafeCleanup::leave(const Subject& pod, FailureReport report)
{
    if (pod.podId.isEmpty()) {
        report.action = FailureAction::NothingCreated;
        report.actionText = nothingCreatedText();
        return report;
    }
    // Reconnecting failed: the pod stays exactly as it was, and the user decides.
    m_connector.closeTunnel(pod.podId);
    report.action = FailureAction::KeptRunning;
    report.actionText = QCoreApplication::translate(
                            "ConnectFlow", "Pod %1 was left running as it was: autopod did not stop it, and nothing on "
                                           "it was changed. It keeps billing. Try connecting again once the problem is "
                                           "solved, or stop the pod when you no longer need it.")
                            .arg(pod.name);
    return report;
}

void CostSafeCleanup::apply(CancelChoice choice, const Subject& pod, FailureReport report, QObject* context, Done done)
{
    const QString name = pod.name;
    const QString podId = pod.podId;
    if (choice == CancelChoice::Keep) {
        report.action = FailureAction::KeptRunning;
        report.actionText =
            QCoreApplication::translate("ConnectFlow",
                                        "Pod %1 was left running as you asked: it keeps billing until you stop it.")
                .arg(name);
        done(report, std::nullopt);
        return;
    }
    m_connector.closeTunnel(podId);
    // The client retries stop and terminate on its cost-critical policy (twice the retries, within
    // a bounded time); what still fails leaves the pod tracked in pods.json with this message.
    if (choice == CancelChoice::Terminate) {
        m_api.terminatePod(
            podId, context, [this, name, podId, report, done](const api::ApiResult<api::Done>& r) mutable {
                if (r.ok() || r.error.kind == api::ApiError::Kind::PodNotFound) {
                    report.action = FailureAction::Terminated;
                    report.actionText =
                        report.kind == FailureKind::Cancelled
                            ? QCoreApplication::translate("ConnectFlow", "Terminated pod %1: its billing has ended.")
                                  .arg(name)
                            : QCoreApplication::translate("ConnectFlow",
                                                          "Terminated pod %1 to save costs (it never became ready and "
                                                          "held no volume data).")
                                  .arg(name);
                    m_journal.podGone(name, podId);
                    m_connector.forgetPod(podId);
                } else {
                    report.action = FailureAction::ActionFailed;
                    report.actionText =
                        QCoreApplication::translate("ConnectFlow", "Could not terminate pod %1 (%2). %3")
                            .arg(name, r.error.text(), stopItYourself(name));
                    report.actionNextStep = NextStep::StopPod;
                }
                done(report, std::nullopt);
            });
        return;
    }
    m_api.stopPod(podId, context, [this, name, podId, report, done](const api::ApiResult<api::Pod>& r) mutable {
        std::optional<api::Pod> stopped;
        if (r.ok()) {
            report.action = FailureAction::Stopped;
            report.actionText =
                QCoreApplication::translate("ConnectFlow",
                                            "Stopped pod %1 to save costs: GPU billing has ended, its volume is kept.")
                    .arg(name);
            if (r.value) {
                stopped = *r.value;
                m_journal.podUpdated(name, *r.value);
            }
        } else if (r.error.kind == api::ApiError::Kind::PodNotFound) {
            report.action = FailureAction::AlreadyGone;
            report.actionText =
                QCoreApplication::translate("ConnectFlow", "Pod %1 no longer exists on RunPod; nothing is billing.")
                    .arg(name);
            m_journal.podGone(name, podId);
        } else {
            report.action = FailureAction::ActionFailed;
            report.actionText = QCoreApplication::translate("ConnectFlow", "Could not stop pod %1 (%2). %3")
                                    .arg(name, r.error.text(), stopItYourself(name));
            report.actionNextStep = NextStep::StopPod;
        }
        done(report, stopped);
    });
}

FailureReport CostSafeCleanup::abandoned(FailureReport report, const Subject& pod)
{
    report.action = FailureAction::ActionFailed;
    report.actionNextStep = pod.podId.isEmpty() ? NextStep::CheckPods : NextStep::StopPod;
    report.actionText =
        pod.podId.isEmpty()
            ? QCoreApplication::translate("ConnectFlow",
                                          "Stopped looking for pod %1: RunPod may have created it. Check "
                                          "the pod list or the RunPod console (https://www.runpod.io/console/pods).")
                  .arg(pod.name)
            : QCoreApplication::translate("ConnectFlow", "Stopped waiting for RunPod to stop pod %1. %2")
                  .arg(pod.name, stopItYourself(pod.name));
    return report;
}

} // namespace autopod::lifecycle
