// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/OrphanSafeCreate.h"

#include <QCoreApplication>

#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"

#include <QDateTime>
#include <QTimer>

namespace autopod::api {

OrphanSafeCreate::OrphanSafeCreate(CreatePodRequest request, RetryPolicy policy, SendCreate send, ListPods list,
                                   QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_policy(std::move(policy))
    , m_send(std::move(send))
    , m_list(std::move(list))
{}

void OrphanSafeCreate::start(Done done)
{
    m_done = std::move(done);
    m_clock.start();
    attempt();
}

void OrphanSafeCreate::attempt()
{
    m_send(m_policy.singleAttemptWithin(budgetLeft()), [this](const Attempt& a) { onAttempt(a); });
}

void OrphanSafeCreate::onAttempt(const Attempt& attempt)
{
    const ApiResult<Pod>& r = attempt.result;
    if (r.ok()) {
        qCInfo(lcApi).noquote() << "created pod" << r.value->id << r.value->name;
        return finish(r);
    }
    if (!r.error.isTransient()) {
        return finish(r);
    }
    if (m_request.name.isEmpty()) {
        qCWarning(lcApi) << "create failed transiently and is not retried: without a name an orphan pod could not "
                            "be recognised";
        return finish(r);
    }
    const int delay = m_policy.delayBeforeRetry(m_retries, attempt.retryAfterSeconds);
    if (m_retries >= m_policy.maxRetries() || m_clock.elapsed() + delay >= m_policy.budgetMs()) {
        return lookForOrphan(r.error, false);
    }
    ++m_retries;
    qCWarning(lcApi).noquote() << QStringLiteral("retry %1/%2 of the create at %3 (in %4 ms), after checking for an "
                                                 "orphan pod named %5: %6: %7")
                                      .arg(m_retries)
                                      .arg(m_policy.maxRetries())
                                      .arg(QDateTime::currentDateTimeUtc().addMSecs(delay).toString(Qt::ISODateWithMs))
                                      .arg(delay)
                                      .arg(m_request.name, kindName(r.error.kind), r.error.detail);
    Q_EMIT retryScheduled(m_retries, m_policy.maxRetries(), delay, r.error);
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, error = r.error] { lookForOrphan(error, true); });
}

void OrphanSafeCreate::lookForOrphan(const ApiError& cause, bool retryAfterwards)
{
    // Between rounds the check shares the create's budget; the last one gets at least one attempt.
    const RetryPolicy policy =
        retryAfterwards ? m_policy.within(budgetLeft()) : m_policy.singleAttemptWithin(m_policy.timeoutMs);
    m_list(policy, [this, cause, retryAfterwards](const ApiResult<QList<Pod>>& r) {
        if (!r.ok()) {
            qCWarning(lcApi).noquote() << "could not check for an orphan pod named" << m_request.name << ":"
                                       << r.error.detail;
            ApiError e = cause;
            e.message =
                QCoreApplication::translate("RunPodErrors", "%1 A pod named %2 may have been created anyway: check the "
                                                            "pod list or https://www.runpod.io/console/pods.")
                    .arg(e.message, m_request.name);
            e.nextStep = NextStep::CheckPods;
            return finish(ApiResult<Pod>::failure(e));
        }
        for (const Pod& pod : *r.value) {
            if (pod.name == m_request.name && pod.desiredStatus != PodStatus::Terminated) {
                qCWarning(lcApi).noquote()
                    << "adopted orphan pod" << pod.id << pod.name << "created by a create that reported"
                    << kindName(cause.kind) << "-" << cause.detail;
                return finish(ApiResult<Pod>::success(pod));
            }
        }
        if (retryAfterwards) {
            return attempt();
        }
        finish(ApiResult<Pod>::failure(cause));
    });
}

void OrphanSafeCreate::finish(const ApiResult<Pod>& result)
{
    if (!result.ok()) {
        qCWarning(lcApi).noquote() << "create of" << m_request.name << "failed:" << kindName(result.error.kind) << "-"
                                   << result.error.detail;
    }
    if (m_done) {
        m_done(result);
    }
    deleteLater();
}

} // namespace autopod::api
