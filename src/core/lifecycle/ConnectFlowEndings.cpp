// ConnectFlow's endings: the cost-safe policy (FR2.8) when a flow fails, the user's choice when it
// is cancelled, the stop or terminate that follows, and the report that closes the flow. The way
// there (create, readiness, SSH, tunnel, verification) is in ConnectFlow.cpp.
#include "core/lifecycle/ConnectFlow.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace autopod::lifecycle {

Q_DECLARE_LOGGING_CATEGORY(lcLifecycle)

namespace {

QString nothingCreatedText()
{
    return QCoreApplication::translate("ConnectFlow", "No pod was created; nothing is billing.");
}

} // namespace

CancelChoice ConnectFlow::costSafeChoice() const
{
    if (m_pod && holdsNothingToLose(*m_pod)) {
        return CancelChoice::Terminate;
    }
    if (!m_pod && m_request.volumeGb <= 0) {
        return CancelChoice::Terminate;
    }
    return CancelChoice::Stop;
}

void ConnectFlow::failWithPolicy(FailureKind kind, const QString& message, const QString& detail)
{
    qCWarning(lcLifecycle) << "pod" << m_name << "failed:" << message << detail;
    FailureReport report{kind, message, detail, FailureAction::NothingCreated, {}, m_podId, m_name};
    if (m_podId.isEmpty()) {
        report.actionText = nothingCreatedText();
        finishFailed(report);
        return;
    }
    applyAction(costSafeChoice(), report);
}

void ConnectFlow::cancel(CancelChoice choice)
{
    if (!isRunning() || m_state == State::CleaningUp) {
        return;
    }
    m_timer.stop();
    dropInFlightCalls();
    FailureReport report{FailureKind::Cancelled,
                         QCoreApplication::translate("ConnectFlow", "Cancelled."),
                         {},
                         FailureAction::NothingCreated,
                         {},
                         m_podId,
                         m_name};
    if (m_podId.isEmpty()) {
        if (m_state == State::Creating || m_state == State::FindingOrphan) {
            // The create is in flight: RunPod may make the pod anyway. Find it and apply the choice.
            m_state = State::CleaningUp;
            m_cleanupReport = report;
            m_callLabel = QCoreApplication::translate("ConnectFlow", "Looking for pod %1").arg(m_name);
            m_api.pods(m_calls, [this, choice, report](const api::ApiResult<QList<api::Pod>>& r) mutable {
                if (r.ok() && r.value) {
                    for (const api::Pod& pod : *r.value) {
                        if (pod.name == m_name) {
                            m_pod = pod;
                            m_podId = pod.id;
                            report.podId = pod.id;
                            m_journal.podUpdated(m_name, pod);
                            applyAction(choice, report);
                            return;
                        }
                    }
                }
                report.actionText = nothingCreatedText();
                finishFailed(report);
            });
            return;
        }
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
    if (m_state != State::CleaningUp) {
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
    m_state = State::CleaningUp;
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
                report.actionText = QCoreApplication::translate(
                                        "ConnectFlow", "Terminated pod %1 to save costs (it held no volume data).")
                                        .arg(m_name);
                m_journal.podGone(m_name, m_podId);
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
    m_state = State::Finished;
    qCWarning(lcLifecycle) << "flow for" << m_name << "ended:" << report.message << "|" << report.actionText;
    m_journal.podFailed(m_name, report);
    Q_EMIT failed(report);
    Q_EMIT finished();
}

} // namespace autopod::lifecycle
