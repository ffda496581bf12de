// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ConnectFlow's endings: a failure handed to the cost-safe cleanup (CostSafeCleanup decides and
// does the stop or terminate), the user's choice when the flow is cancelled, and the report that
// closes the flow. The way there (create, readiness, SSH, tunnel, verification) is in
// ConnectFlow.cpp.
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/LifecycleLogging.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace autopod::lifecycle {

CostSafeCleanup::Subject ConnectFlow::cleanupSubject() const
{
    return {.name = m_name,
            .podId = m_podId,
            .origin = m_origin,
            .reachedReady = m_reachedReady,
            .hasVolume = m_pod ? hasVolumeDisk(*m_pod) : m_request.volumeGb > 0,
            .inError = m_pod && m_pod->desiredStatus == api::PodStatus::Error};
}

CancelChoice ConnectFlow::costSafeChoice() const
{
    return CostSafeCleanup::choiceFor(cleanupSubject());
}

void ConnectFlow::failWithPolicy(FailureKind kind, const QString& message, const QString& detail, NextStep nextStep)
{
    qCWarning(lcLifecycle) << "pod" << m_name << "failed:" << message << detail;
    FailureReport report{.kind = kind,
                         .message = message,
                         .detail = detail,
                         .action = FailureAction::NothingCreated,
                         .actionText = {},
                         .podId = m_podId,
                         .podName = m_name,
                         .nextStep = nextStep};
    const CostSafeCleanup::Subject pod = cleanupSubject();
    if (!CostSafeCleanup::mayActOn(pod)) {
        finishFailed(m_cleanup.leave(pod, report));
        return;
    }
    applyAction(CostSafeCleanup::choiceFor(pod), report);
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
    m_timer->stop();
    dropInFlightCalls();
    FailureReport report = cancelledReport();
    if (m_podId.isEmpty()) {
        finishFailed(m_cleanup.leave(cleanupSubject(), report));
        return;
    }
    applyAction(choice, report);
}

void ConnectFlow::abandonCleanup()
{
    if (!isRunning() || !isCleaningUp()) {
        return;
    }
    dropInFlightCalls();
    qCWarning(lcLifecycle) << "cleanup of" << m_name << "abandoned by the user";
    finishFailed(CostSafeCleanup::abandoned(m_cleanupReport, cleanupSubject()));
}

void ConnectFlow::applyAction(CancelChoice choice, const FailureReport& report)
{
    setState(State::CleaningUp);
    m_timer->stop();
    m_cleanupReport = report;
    m_callLabel = CostSafeCleanup::progressLabel(choice, m_name);
    m_cleanup.apply(choice, cleanupSubject(), report, m_calls,
                    [this](const FailureReport& done, const std::optional<api::Pod>& stopped) {
                        if (stopped) {
                            m_pod = *stopped;
                        }
                        finishFailed(done);
                    });
}

void ConnectFlow::finishFailed(FailureReport report)
{
    m_timer->stop();
    setState(State::Finished);
    qCWarning(lcLifecycle) << "flow for" << m_name << "ended:" << report.message << "|" << report.actionText;
    m_journal.podFailed(m_name, report);
    Q_EMIT failed(report);
    Q_EMIT finished();
}

} // namespace autopod::lifecycle
