// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "FakeRunPodApi.h"

namespace autopod::guitest {

using namespace autopod::api;

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

int FakeRunPodApi::count(const QString& prefix) const
{
    int n = 0;
    for (const QString& c : calls) {
        n += c.startsWith(prefix) ? 1 : 0;
    }
    return n;
}

bool FakeRunPodApi::takeFailure(const QString& op, ApiError* error)
{
    if (!failNext.contains(op)) {
        return false;
    }
    *error = failNext.take(op);
    return true;
}

void FakeRunPodApi::account(QObject* context, Callback<Account> done)
{
    calls << QStringLiteral("account");
    ApiError e;
    if (takeFailure(QStringLiteral("account"), &e)) {
        return deliver(context, std::move(done), ApiResult<Account>::failure(e));
    }
    Account a;
    a.id = QStringLiteral("user_1");
    a.email = QStringLiteral("user@example.com");
    a.balance = 25;
    deliver(context, std::move(done), ApiResult<Account>::success(a));
}

void FakeRunPodApi::gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done)
{
    calls << QStringLiteral("gpuOffers");
    filtersSeen << filter;
    ApiError e;
    if (takeFailure(QStringLiteral("gpuOffers"), &e)) {
        return deliver(context, std::move(done), ApiResult<QList<GpuOffer>>::failure(e));
    }
    QList<GpuOffer> result;
    for (const GpuOffer& o : std::as_const(offers)) {
        if (!filter.cudaVersion.isEmpty() && o.cudaVersion < filter.cudaVersion) {
            continue;
        }
        if (o.maxGpuCount < filter.gpuCount) {
            continue;
        }
        result << o;
    }
    deliver(context, std::move(done), ApiResult<QList<GpuOffer>>::success(result));
}

void FakeRunPodApi::dataCenters(QObject* context, Callback<QList<DataCenter>> done)
{
    calls << QStringLiteral("dataCenters");
    deliver(context, std::move(done), ApiResult<QList<DataCenter>>::success(centers));
}

void FakeRunPodApi::networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done)
{
    calls << QStringLiteral("networkVolumes");
    deliver(context, std::move(done), ApiResult<QList<NetworkVolume>>::success(volumes));
}

void FakeRunPodApi::createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done)
{
    calls << QStringLiteral("createPod");
    creates << request;
    ApiError e;
    if (takeFailure(QStringLiteral("createPod"), &e)) {
        return deliver(context, std::move(done), ApiResult<Pod>::failure(e));
    }
    Pod p = runningPod(QStringLiteral("pod%1").arg(podsById.size() + 1), request.name, 0.4 * request.gpuCount, 0);
    p.gpuCount = request.gpuCount;
    p.gpuTypeId = request.gpuTypeId;
    if (!createdPodsStartRunning) {
        p.runtime.reset();
    }
    podsById.insert(p.id, p);
    deliver(context, std::move(done), ApiResult<Pod>::success(p));
}

void FakeRunPodApi::pod(const QString& podId, QObject* context, Callback<Pod> done)
{
    calls << QStringLiteral("pod:") + podId;
    if (!podsById.contains(podId)) {
        return deliver(
            context, std::move(done),
            ApiResult<Pod>::failure(ApiError{ApiError::Kind::PodNotFound, QStringLiteral("Pod not found"), {}, 200}));
    }
    deliver(context, std::move(done), ApiResult<Pod>::success(podsById.value(podId)));
}

void FakeRunPodApi::pods(QObject* context, Callback<QList<Pod>> done)
{
    calls << QStringLiteral("pods");
    if (podsHang) {
        return;
    }
    ApiError e;
    if (takeFailure(QStringLiteral("pods"), &e)) {
        return deliver(context, std::move(done), ApiResult<QList<Pod>>::failure(e));
    }
    deliver(context, std::move(done), ApiResult<QList<Pod>>::success(podsById.values()));
}

void FakeRunPodApi::stopPod(const QString& podId, QObject* context, Callback<Pod> done)
{
    calls << QStringLiteral("stopPod:") + podId;
    ApiError e;
    if (takeFailure(QStringLiteral("stopPod"), &e)) {
        return deliver(context, std::move(done), ApiResult<Pod>::failure(e));
    }
    Pod& p = podsById[podId];
    p.desiredStatus = PodStatus::Exited;
    p.runtime.reset();
    p.lastStatusChange = QStringLiteral("Exited by user: stopped from autopod");
    deliver(context, std::move(done), ApiResult<Pod>::success(p));
}

void FakeRunPodApi::resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done)
{
    calls << QStringLiteral("resumePod:%1:%2").arg(podId).arg(gpuCount);
    ApiError e;
    if (takeFailure(QStringLiteral("resumePod"), &e)) {
        return deliver(context, std::move(done), ApiResult<Pod>::failure(e));
    }
    Pod& p = podsById[podId];
    p = runningPod(p.id, p.name, p.costPerHr, 0);
    deliver(context, std::move(done), ApiResult<Pod>::success(p));
}

void FakeRunPodApi::terminatePod(const QString& podId, QObject* context, Callback<Done> done)
{
    calls << QStringLiteral("terminatePod:") + podId;
    ApiError e;
    if (takeFailure(QStringLiteral("terminatePod"), &e)) {
        return deliver(context, std::move(done), ApiResult<Done>::failure(e));
    }
    podsById.remove(podId);
    deliver(context, std::move(done), ApiResult<Done>::success(Done{}));
}

void FakeRunPodApi::addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done)
{
    calls << QStringLiteral("addPublicKey");
    Account a;
    a.pubKey = publicKey;
    deliver(context, std::move(done), ApiResult<Account>::success(a));
}

} // namespace autopod::guitest
