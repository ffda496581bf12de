// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/FakeRunPodApi.h"

#include "core/api/ApiErrors.h"

#include <QPointer>
#include <QTimer>

namespace autopod::test {

using namespace autopod::api;

ApiError apiError(ApiError::Kind kind, const QString& message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

FakeRunPodApi::FakeRunPodApi(QObject* parent)
    : RunPodApi(parent)
{
    m_clock.start();
}

Pod FakeRunPodApi::runningPod(const QString& id, const QString& name, double costPerHr, qint64 uptime)
{
    Pod p;
    p.id = id;
    p.name = name;
    p.desiredStatus = PodStatus::Running;
    p.costPerHr = costPerHr;
    p.gpuCount = 1;
    p.gpuTypeId = QStringLiteral("NVIDIA RTX A40");
    p.gpuDisplayName = QStringLiteral("RTX A40");
    p.dataCenterId = QStringLiteral("US-TX-3");
    p.imageName = QStringLiteral("runpod/comfyui:latest");
    PodRuntime rt;
    rt.uptimeSeconds = uptime;
    rt.ports.append(PortMapping{QStringLiteral("127.0.0.1"), true, 22, 40022, QStringLiteral("tcp")});
    p.runtime = rt;
    return p;
}

GpuOffer FakeRunPodApi::offer(const QString& id, const QString& name, int vram, double price, const QString& stock)
{
    GpuOffer o;
    o.gpuTypeId = id;
    o.displayName = name;
    o.memoryGb = vram;
    o.pricePerGpuHr = price;
    o.stockStatus = stock;
    o.availableGpuCounts = {1, 2, 4};
    o.maxGpuCount = 4;
    o.networkSpeed = QStringLiteral("High");
    o.cudaVersion = QStringLiteral("12.8");
    o.dataCenterIds = {QStringLiteral("US-TX-3"), QStringLiteral("EU-RO-1")};
    return o;
}

void FakeRunPodApi::failNext(const QString& operation, const ApiError& error, int times)
{
    for (int i = 0; i < times; ++i) {
        m_faults[operation].push_back(error);
    }
}

void FakeRunPodApi::addPod(const Pod& pod)
{
    podsById.insert(pod.id, pod);
    if (pod.desiredStatus == PodStatus::Running && !pod.runtime) {
        m_startedAt.insert(pod.id, 0);
    }
}

int FakeRunPodApi::count(const QString& call) const
{
    const QString withArguments = call + QLatin1Char(':');
    int n = 0;
    for (const QString& c : calls) {
        n += (c == call || c.startsWith(withArguments)) ? 1 : 0;
    }
    return n;
}

bool FakeRunPodApi::takeFault(const QString& operation, const QString& call, ApiError* error, QObject* context)
{
    calls.append(call);
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

Pod FakeRunPodApi::current(const QString& id) const
{
    Pod pod = podsById.value(id);
    const auto started = m_startedAt.constFind(id);
    if (started == m_startedAt.cend() || pod.desiredStatus != PodStatus::Running || pod.runtime || runtimeNever ||
        now() - *started < runtimeAfterMs) {
        return pod;
    }
    PodRuntime runtime;
    runtime.uptimeSeconds = (now() - *started) / 1000;
    runtime.ports.append(PortMapping{sshHost, true, 22, sshPort, QStringLiteral("tcp")});
    runtime.ports.append(PortMapping{QStringLiteral("100.65.0.2"), false, 8188, 60001, QStringLiteral("http")});
    pod.runtime = runtime;
    return pod;
}

void FakeRunPodApi::account(QObject* context, Callback<Account> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("account"), QStringLiteral("account"), &e, context)) {
        return deliver(context, done, ApiResult<Account>::failure(e));
    }
    Account a;
    a.id = QStringLiteral("user_1");
    a.email = QStringLiteral("user@example.com");
    a.balance = 25;
    deliver(context, done, ApiResult<Account>::success(a));
}

void FakeRunPodApi::gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done)
{
    filtersSeen.append(filter);
    ApiError e;
    if (takeFault(QStringLiteral("gpuOffers"), QStringLiteral("gpuOffers"), &e, context)) {
        return deliver(context, done, ApiResult<QList<GpuOffer>>::failure(e));
    }
    QList<GpuOffer> result;
    for (const GpuOffer& o : std::as_const(offers)) {
        if (!filter.cudaVersion.isEmpty() && o.cudaVersion < filter.cudaVersion) {
            continue;
        }
        if (o.maxGpuCount < filter.gpuCount) {
            continue;
        }
        result.append(o);
    }
    deliver(context, done, ApiResult<QList<GpuOffer>>::success(result));
}

void FakeRunPodApi::dataCenters(QObject* context, Callback<QList<DataCenter>> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("dataCenters"), QStringLiteral("dataCenters"), &e, context)) {
        return deliver(context, done, ApiResult<QList<DataCenter>>::failure(e));
    }
    deliver(context, done, ApiResult<QList<DataCenter>>::success(centers));
}

void FakeRunPodApi::networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("networkVolumes"), QStringLiteral("networkVolumes"), &e, context)) {
        return deliver(context, done, ApiResult<QList<NetworkVolume>>::failure(e));
    }
    deliver(context, done, ApiResult<QList<NetworkVolume>>::success(volumes));
}

void FakeRunPodApi::createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done)
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
        calls.append(QStringLiteral("createPod"));
        QTimer::singleShot(orphanAppearsAfterMs, this, [this, request] {
            const int delay = orphanAppearsAfterMs;
            orphanAppearsAfterMs = -1;
            createPod(request, this, [](const ApiResult<Pod>&) {});
            creates.removeLast();
            calls.removeLast();
            orphanAppearsAfterMs = delay;
        });
        return deliver(context, done, ApiResult<Pod>::failure(apiError(ApiError::Kind::ServerError)));
    }
    creates.append(request);
    ApiError e;
    const bool fault = takeFault(QStringLiteral("createPod"), QStringLiteral("createPod"), &e, context);
    if (fault && !orphanOnCreate) {
        return deliver(context, done, ApiResult<Pod>::failure(e));
    }
    Pod pod;
    pod.id = QStringLiteral("pod%1").arg(m_nextId++);
    pod.name = request.name;
    pod.imageName = request.imageName;
    pod.desiredStatus = PodStatus::Running;
    pod.costPerHr = 0.4 * request.gpuCount;
    pod.gpuCount = request.gpuCount;
    pod.gpuTypeId = request.gpuTypeId;
    pod.gpuDisplayName = request.gpuTypeId;
    pod.dataCenterId = request.dataCenterId;
    pod.volumeGb = volumeGb;
    pod.networkVolumeId = request.networkVolumeId;
    podsById.insert(pod.id, pod);
    m_startedAt.insert(pod.id, now());
    if (orphanOnCreate) {
        return deliver(context, done, ApiResult<Pod>::failure(fault ? e : apiError(ApiError::Kind::ServerError)));
    }
    deliver(context, done, ApiResult<Pod>::success(current(pod.id)));
}

void FakeRunPodApi::pod(const QString& podId, QObject* context, Callback<Pod> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("pod"), QStringLiteral("pod:") + podId, &e, context)) {
        return deliver(context, done, ApiResult<Pod>::failure(e));
    }
    if (!podsById.contains(podId)) {
        return deliver(context, done, ApiResult<Pod>::failure(podNotFoundError(podId)));
    }
    deliver(context, done, ApiResult<Pod>::success(current(podId)));
}

void FakeRunPodApi::pods(QObject* context, Callback<QList<Pod>> done)
{
    ApiError e;
    const bool fault = takeFault(QStringLiteral("pods"), QStringLiteral("pods"), &e, context);
    if (podsHang) {
        return;
    }
    if (fault) {
        return deliver(context, done, ApiResult<QList<Pod>>::failure(e));
    }
    QList<Pod> all;
    for (auto it = podsById.cbegin(); it != podsById.cend(); ++it) {
        all.append(current(it.key()));
    }
    deliver(context, done, ApiResult<QList<Pod>>::success(all));
}

void FakeRunPodApi::stopPod(const QString& podId, QObject* context, Callback<Pod> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("stopPod"), QStringLiteral("stopPod:") + podId, &e, context)) {
        return deliver(context, done, ApiResult<Pod>::failure(e));
    }
    if (hangStops) {
        return; // RunPod never answers (the client would still be retrying)
    }
    if (!podsById.contains(podId)) {
        return deliver(context, done, ApiResult<Pod>::failure(podNotFoundError(podId)));
    }
    Pod& p = podsById[podId];
    p.desiredStatus = PodStatus::Exited;
    p.runtime.reset();
    p.lastStatusChange = QStringLiteral("Exited by user: stopped from autopod");
    m_startedAt.remove(podId);
    deliver(context, done, ApiResult<Pod>::success(p));
}

void FakeRunPodApi::resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("resumePod"), QStringLiteral("resumePod:%1:%2").arg(podId).arg(gpuCount), &e,
                  context)) {
        return deliver(context, done, ApiResult<Pod>::failure(e));
    }
    if (!podsById.contains(podId)) {
        return deliver(context, done, ApiResult<Pod>::failure(podNotFoundError(podId)));
    }
    Pod& p = podsById[podId];
    p.desiredStatus = PodStatus::Running;
    p.runtime.reset();
    m_startedAt.insert(podId, now());
    if (resumeThenTimeout) {
        return deliver(context, done, ApiResult<Pod>::failure(apiError(ApiError::Kind::NetworkTimeout)));
    }
    deliver(context, done, ApiResult<Pod>::success(current(podId)));
}

void FakeRunPodApi::terminatePod(const QString& podId, QObject* context, Callback<Done> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("terminatePod"), QStringLiteral("terminatePod:") + podId, &e, context)) {
        return deliver(context, done, ApiResult<Done>::failure(e));
    }
    if (hangStops) {
        return;
    }
    m_startedAt.remove(podId);
    if (!podsById.remove(podId)) {
        return deliver(context, done, ApiResult<Done>::failure(podNotFoundError(podId)));
    }
    deliver(context, done, ApiResult<Done>::success(Done{}));
}

void FakeRunPodApi::addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done)
{
    ApiError e;
    if (takeFault(QStringLiteral("addPublicKey"), QStringLiteral("addPublicKey"), &e, context)) {
        return deliver(context, done, ApiResult<Account>::failure(e));
    }
    Account a;
    a.pubKey = publicKey;
    deliver(context, done, ApiResult<Account>::success(a));
}

} // namespace autopod::test
