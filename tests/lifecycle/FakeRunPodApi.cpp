// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "lifecycle/FakeRunPodApi.h"

#include <QPointer>
#include <QTimer>

namespace autopod::test {

api::ApiError apiError(api::ApiError::Kind kind, const QString& message)
{
    api::ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

FakeRunPodApi::FakeRunPodApi(QObject* parent)
    : api::RunPodApi(parent)
{
    m_clock.start();
}

void FakeRunPodApi::failNext(const QString& operation, api::ApiError error, int times)
{
    for (int i = 0; i < times; ++i) {
        m_faults[operation].push_back(error);
    }
}

bool FakeRunPodApi::takeFault(const QString& operation, api::ApiError* error, QObject* context)
{
    m_calls.append(operation);
    auto it = m_faults.find(operation);
    if (it == m_faults.end() || it->empty()) {
        return false;
    }
    *error = it->front();
    it->pop_front();
    // What a real client does before it gives up on a transient failure: announce its retries.
    for (int retry = 1; error->isTransient() && retry <= announcedRetries; ++retry) {
        Q_EMIT retryScheduled(context, operation, retry, announcedRetries, 10 * retry, error->message);
    }
    return true;
}

api::Pod FakeRunPodApi::current(const QString& id) const
{
    const Entry& e = m_pods[id];
    api::Pod pod = e.pod;
    if (pod.desiredStatus == api::PodStatus::Running && !runtimeNever &&
        m_clock.elapsed() - e.startedAt >= runtimeAfterMs) {
        api::PodRuntime runtime;
        runtime.uptimeSeconds = (m_clock.elapsed() - e.startedAt) / 1000;
        runtime.ports.append(api::PortMapping{sshHost, true, 22, sshPort, QStringLiteral("tcp")});
        runtime.ports.append(
            api::PortMapping{QStringLiteral("100.65.0.2"), false, 8188, 60001, QStringLiteral("http")});
        pod.runtime = runtime;
    }
    return pod;
}

void FakeRunPodApi::account(QObject* context, Callback<api::Account> done)
{
    api::ApiError e;
    if (takeFault(QStringLiteral("account"), &e, context)) {
        deliver(context, done, api::ApiResult<api::Account>::failure(e));
        return;
    }
    deliver(context, done, api::ApiResult<api::Account>::success(api::Account{}));
}

void FakeRunPodApi::gpuOffers(const api::GpuFilter&, QObject* context, Callback<QList<api::GpuOffer>> done)
{
    api::ApiError e;
    if (takeFault(QStringLiteral("gpuOffers"), &e, context)) {
        deliver(context, done, api::ApiResult<QList<api::GpuOffer>>::failure(e));
        return;
    }
    deliver(context, done, api::ApiResult<QList<api::GpuOffer>>::success({}));
}

void FakeRunPodApi::dataCenters(QObject* context, Callback<QList<api::DataCenter>> done)
{
    m_calls.append(QStringLiteral("dataCenters"));
    deliver(context, done, api::ApiResult<QList<api::DataCenter>>::success({}));
}

void FakeRunPodApi::networkVolumes(QObject* context, Callback<QList<api::NetworkVolume>> done)
{
    m_calls.append(QStringLiteral("networkVolumes"));
    deliver(context, done, api::ApiResult<QList<api::NetworkVolume>>::success({}));
}

void FakeRunPodApi::createPod(const api::CreatePodRequest& request, QObject* context, Callback<api::Pod> done)
{
    if (createAnswerAfterMs > 0) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(createAnswerAfterMs, this, [this, request, guard, done] {
            const int delay = createAnswerAfterMs;
            createAnswerAfterMs = 0;
            createPod(request, guard, done);
            createAnswerAfterMs = delay;
        });
        return;
    }
    if (orphanAppearsAfterMs >= 0) {
        creates.append(request);
        m_calls.append(QStringLiteral("createPod"));
        QTimer::singleShot(orphanAppearsAfterMs, this, [this, request] {
            const int delay = orphanAppearsAfterMs;
            orphanAppearsAfterMs = -1;
            createPod(request, this, [](const api::ApiResult<api::Pod>&) {});
            creates.removeLast();
            m_calls.removeLast();
            orphanAppearsAfterMs = delay;
        });
        deliver(context, done, api::ApiResult<api::Pod>::failure(apiError(api::ApiError::Kind::ServerError)));
        return;
    }
    creates.append(request);
    api::ApiError e;
    const bool fault = takeFault(QStringLiteral("createPod"), &e, context);
    if (fault && !orphanOnCreate) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(e));
        return;
    }
    api::Pod pod;
    pod.id = QStringLiteral("pod%1").arg(m_nextId++);
    pod.name = request.name;
    pod.imageName = request.imageName;
    pod.desiredStatus = api::PodStatus::Running;
    pod.costPerHr = 0.4 * request.gpuCount;
    pod.gpuCount = request.gpuCount;
    pod.gpuTypeId = request.gpuTypeId;
    pod.volumeGb = volumeGb;
    pod.networkVolumeId = request.networkVolumeId;
    m_pods.insert(pod.id, Entry{pod, m_clock.elapsed()});
    if (orphanOnCreate) {
        deliver(context, done,
                api::ApiResult<api::Pod>::failure(fault ? e : apiError(api::ApiError::Kind::ServerError)));
        return;
    }
    deliver(context, done, api::ApiResult<api::Pod>::success(pod));
}

void FakeRunPodApi::pod(const QString& podId, QObject* context, Callback<api::Pod> done)
{
    api::ApiError e;
    if (takeFault(QStringLiteral("pod"), &e, context)) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(e));
        return;
    }
    if (!m_pods.contains(podId)) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(apiError(api::ApiError::Kind::PodNotFound)));
        return;
    }
    deliver(context, done, api::ApiResult<api::Pod>::success(current(podId)));
}

void FakeRunPodApi::pods(QObject* context, Callback<QList<api::Pod>> done)
{
    api::ApiError e;
    if (takeFault(QStringLiteral("pods"), &e, context)) {
        deliver(context, done, api::ApiResult<QList<api::Pod>>::failure(e));
        return;
    }
    QList<api::Pod> all;
    for (auto it = m_pods.cbegin(); it != m_pods.cend(); ++it) {
        all.append(current(it.key()));
    }
    deliver(context, done, api::ApiResult<QList<api::Pod>>::success(all));
}

void FakeRunPodApi::stopPod(const QString& podId, QObject* context, Callback<api::Pod> done)
{
    api::ApiError e;
    if (takeFault(QStringLiteral("stopPod"), &e, context)) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(e));
        return;
    }
    if (hangStops) {
        return; // RunPod never answers (the client would still be retrying)
    }
    if (!m_pods.contains(podId)) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(apiError(api::ApiError::Kind::PodNotFound)));
        return;
    }
    m_pods[podId].pod.desiredStatus = api::PodStatus::Exited;
    deliver(context, done, api::ApiResult<api::Pod>::success(current(podId)));
}

void FakeRunPodApi::resumePod(const QString& podId, int, QObject* context, Callback<api::Pod> done)
{
    api::ApiError e;
    if (takeFault(QStringLiteral("resumePod"), &e, context)) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(e));
        return;
    }
    if (!m_pods.contains(podId)) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(apiError(api::ApiError::Kind::PodNotFound)));
        return;
    }
    m_pods[podId].pod.desiredStatus = api::PodStatus::Running;
    m_pods[podId].startedAt = m_clock.elapsed();
    if (resumeThenTimeout) {
        deliver(context, done, api::ApiResult<api::Pod>::failure(apiError(api::ApiError::Kind::NetworkTimeout)));
        return;
    }
    deliver(context, done, api::ApiResult<api::Pod>::success(current(podId)));
}

void FakeRunPodApi::terminatePod(const QString& podId, QObject* context, Callback<api::Done> done)
{
    api::ApiError e;
    if (takeFault(QStringLiteral("terminatePod"), &e, context)) {
        deliver(context, done, api::ApiResult<api::Done>::failure(e));
        return;
    }
    if (hangStops) {
        return;
    }
    if (!m_pods.remove(podId)) {
        deliver(context, done, api::ApiResult<api::Done>::failure(apiError(api::ApiError::Kind::PodNotFound)));
        return;
    }
    deliver(context, done, api::ApiResult<api::Done>::success({}));
}

void FakeRunPodApi::addPublicKey(const QString&, QObject* context, Callback<api::Account> done)
{
    m_calls.append(QStringLiteral("addPublicKey"));
    deliver(context, done, api::ApiResult<api::Account>::success(api::Account{}));
}

} // namespace autopod::test
