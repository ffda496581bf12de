// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// How a ConnectFlow gets its pod: the create, and the search by name for a pod RunPod may have made
// although the create failed or was cancelled; the resume, and what a lost answer to it means.
// The way on from there (readiness, SSH, tunnel) is in ConnectFlow.cpp, the endings in
// ConnectFlowEndings.cpp.
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/LifecycleLogging.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace autopod::lifecycle {

void ConnectFlow::onCreated(const api::ApiResult<api::Pod>& result)
{
    if (result.ok() && result.value) {
        m_pod = *result.value;
        m_podId = m_pod->id;
        qCInfo(lcLifecycle) << "pod created" << m_name << m_podId << "cost/hr" << m_pod->costPerHr;
        podArrived();
        return;
    }
    const api::ApiError& error = result.error;
    qCWarning(lcLifecycle) << "create failed:" << error.message << error.detail;
    // A create that failed for a reason RunPod states (capacity, balance, key) made no pod. Any
    // other failure may have happened after RunPod created it: look for it by name.
    switch (error.kind) {
    case api::ApiError::Kind::InvalidApiKey:
    case api::ApiError::Kind::PermissionDenied:
    case api::ApiError::Kind::InsufficientBalance:
    case api::ApiError::Kind::NoGpusMatchingFilters:
    case api::ApiError::Kind::NoInstancesAvailable:
    case api::ApiError::Kind::InvalidRequest: {
        FailureReport report = m_cancelChoice ? cancelledReport() : createFailedReport(error);
        report.action = FailureAction::NothingCreated;
        report.actionText = CostSafeCleanup::nothingCreatedText();
        report.podName = m_name;
        finishFailed(report);
        return;
    }
    default:
        findOrphan(error);
    }
}

FailureReport ConnectFlow::createFailedReport(const api::ApiError& error) const
{
    FailureReport report;
    report.kind = failureKindFor(error);
    report.message = error.text();
    report.detail = error.detail;
    report.podName = m_name;
    report.nextStep = error.nextStep;
    return report;
}

void ConnectFlow::podArrived()
{
    m_journal.podUpdated(m_name, *m_pod);
    Q_EMIT podCreated(m_name, *m_pod);
    if (m_cancelChoice) {
        // Cancelled while RunPod was making it: the user's choice applies to what came back.
        qCInfo(lcLifecycle) << "pod" << m_name << m_podId << "arrived after the cancel";
        FailureReport report = cancelledReport();
        applyAction(*m_cancelChoice, report);
        return;
    }
    beginReadiness();
}

void ConnectFlow::findOrphan(const api::ApiError& createError)
{
    setState(State::FindingOrphan);
    if (m_orphanLookups++ == 0) {
        Q_EMIT noticed(QCoreApplication::translate(
                           "ConnectFlow", "RunPod answered the create with an error (%1); checking whether the pod "
                                          "was created anyway...")
                           .arg(createError.text()));
    }
    m_callLabel = QCoreApplication::translate("ConnectFlow", "Looking for pod %1").arg(m_name);
    m_api.pods(m_calls, [this, createError](const api::ApiResult<QList<api::Pod>>& r) {
        if (!r.ok() || !r.value) {
            // We cannot tell whether a pod exists. Say so: it may bill.
            if (m_cancelChoice) {
                FailureReport report = cancelledReport();
                report.action = FailureAction::ActionFailed;
                report.actionText =
                    QCoreApplication::translate(
                        "ConnectFlow", "Could not check whether RunPod created pod %1 (%2). Check your pods: one may "
                                       "be running and billing.")
                        .arg(m_name, r.error.text());
                finishFailed(report);
                return;
            }
            finishFailed({failureKindFor(createError),
                          createError.text(),
                          createError.detail,
                          FailureAction::ActionFailed,
                          QCoreApplication::translate(
                              "ConnectFlow", "Could not check whether RunPod created pod %1 (%2). Check your pods: "
                                             "one may be running and billing.")
                              .arg(m_name, r.error.text()),
                          {},
                          m_name});
            return;
        }
        QList<api::Pod> matches;
        for (const api::Pod& pod : *r.value) {
            if (pod.name == m_name && pod.desiredStatus != api::PodStatus::Terminated) {
                matches.append(pod);
            }
        }
        if (matches.isEmpty()) {
            noPodFound(createError);
            return;
        }
        m_pod = matches.takeFirst();
        m_podId = m_pod->id;
        for (const api::Pod& extra : std::as_const(matches)) {
            // A second pod of the same name can only be a duplicate of this create: nothing in it yet.
            qCWarning(lcLifecycle) << "terminating duplicate pod" << extra.id << "named" << m_name;
            m_api.terminatePod(extra.id, this, [](const api::ApiResult<api::Done>&) {});
        }
        qCInfo(lcLifecycle) << "adopted orphaned pod" << m_podId << "named" << m_name;
        Q_EMIT noticed(
            QCoreApplication::translate("ConnectFlow",
                                        "Found pod %1 (%2) that RunPod created despite the error; continuing with it.")
                .arg(m_name, m_podId));
        podArrived();
    });
}

void ConnectFlow::noPodFound(const api::ApiError& createError)
{
    // RunPod may still be making the pod after the create's answer; only once the create's whole
    // budget has passed does "not there" mean "not created".
    const qint64 left = m_options.createLookupMs - (m_clock.elapsed() - m_createSentAt);
    if (left > 0) {
        m_timer->disconnect(this);
        connect(
            m_timer, &FlowTimer::timeout, this, [this, createError] { findOrphan(createError); },
            Qt::SingleShotConnection);
        // Once more when the budget ends.
        m_timer->start(int(qMin<qint64>(left, pacedForRunPod(m_options.createLookupIntervalMs))));
        return;
    }
    FailureReport report = m_cancelChoice ? cancelledReport() : createFailedReport(createError);
    report.action = FailureAction::NothingCreated;
    report.actionText = CostSafeCleanup::nothingCreatedText();
    report.podName = m_name;
    finishFailed(report);
}

void ConnectFlow::onResumed(const api::ApiResult<api::Pod>& result)
{
    if (!result.ok()) {
        const api::ApiError& error = result.error;
        qCWarning(lcLifecycle) << "resume failed:" << error.message << error.detail;
        if (error.isTransient() || error.kind == api::ApiError::Kind::UnexpectedResponse) {
            // No answer is not a "no": RunPod may have started the pod. Ask what it is now.
            checkAfterFailedResume(error, ResumeAnswer::Lost);
            return;
        }
        if (error.kind == api::ApiError::Kind::InvalidRequest) {
            // Refused as not valid in the pod's state (REST v2 answers 409 for a pod that is already
            // provisioning or running, say started from the console): ask what it is now.
            checkAfterFailedResume(error, ResumeAnswer::Refused);
            return;
        }
        FailureReport report{
            .kind = failureKindFor(error),
            .message = error.text(),
            .detail = error.detail,
            .action = FailureAction::Stopped,
            .actionText =
                QCoreApplication::translate("ConnectFlow", "Pod %1 stays stopped (no GPU billing).").arg(m_name),
            .podId = m_podId,
            .podName = m_name,
            .nextStep = error.nextStep};
        if (error.kind == api::ApiError::Kind::PodNotFound) {
            report.action = FailureAction::AlreadyGone;
            report.actionText =
                QCoreApplication::translate("ConnectFlow", "Pod %1 no longer exists on RunPod; nothing is billing.")
                    .arg(m_name);
            m_journal.podGone(m_name, m_podId);
        }
        finishFailed(report);
        return;
    }
    if (result.value) {
        m_pod = *result.value;
        m_journal.podUpdated(m_name, *m_pod);
    }
    beginReadiness();
}

void ConnectFlow::checkAfterFailedResume(const api::ApiError& resumeError, ResumeAnswer answer)
{
    m_callLabel = QCoreApplication::translate("ConnectFlow", "Checking pod %1").arg(m_name);
    m_api.pod(m_podId, m_calls, [this, resumeError, answer](const api::ApiResult<api::Pod>& r) {
        FailureReport report = createFailedReport(resumeError);
        report.podId = m_podId;
        if (!r.ok() || !r.value) {
            report.action = FailureAction::ActionFailed;
            report.actionText = QCoreApplication::translate(
                                    "ConnectFlow", "Could not find out whether pod %1 started (%2): it may be running "
                                                   "and billing. Check the pod list once RunPod answers again, and "
                                                   "stop the pod if it runs.")
                                    .arg(m_name, r.error.text());
            finishFailed(report);
            return;
        }
        m_pod = *r.value;
        m_journal.podUpdated(m_name, *m_pod);
        switch (m_pod->desiredStatus) {
        case api::PodStatus::Exited:
        case api::PodStatus::Paused:
            report.action = FailureAction::Stopped;
            report.actionText =
                QCoreApplication::translate("ConnectFlow", "Pod %1 stays stopped (no GPU billing).").arg(m_name);
            finishFailed(report);
            return;
        case api::PodStatus::Terminated:
        case api::PodStatus::Dead:
            m_journal.podGone(m_name, m_podId);
            report.action = FailureAction::AlreadyGone;
            report.actionText =
                QCoreApplication::translate("ConnectFlow", "Pod %1 no longer exists on RunPod; nothing is billing.")
                    .arg(m_name);
            finishFailed(report);
            return;
        default:
            if (answer == ResumeAnswer::Refused) {
                // Something else started it (this flow's start was refused): follow it as a pod that
                // was running already, which no failure here may stop or terminate.
                qCInfo(lcLifecycle) << "pod" << m_name << "was already starting; attaching";
                m_origin = Origin::Attached;
                Q_EMIT noticed(QCoreApplication::translate("ConnectFlow",
                                                           "Pod %1 is already starting or running; continuing with it.")
                                   .arg(m_name));
            } else {
                qCInfo(lcLifecycle) << "pod" << m_name << "is starting despite the failed resume";
                Q_EMIT noticed(QCoreApplication::translate(
                                   "ConnectFlow",
                                   "RunPod did not answer the start of pod %1 (%2), but the pod is running; "
                                   "continuing with it.")
                                   .arg(m_name, resumeError.text()));
            }
            beginReadiness();
            return;
        }
    });
}

} // namespace autopod::lifecycle
