// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/GraphQlRunPodApi.h"

#include <QCoreApplication>

#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"
#include "core/api/GpuOfferQuery.h"
#include "core/api/GraphQlJob.h"
#include "core/api/GraphQlParsers.h"
#include "core/api/OrphanSafeCreate.h"
#include "core/api/SshPublicKeys.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace autopod::api {

namespace {

using Kind = ApiError::Kind;

template <typename T>
ApiResult<T> failure(ApiError e)
{
    return ApiResult<T>::failure(std::move(e));
}

ApiError shapeError(const QString& operation, const QString& what)
{
    return makeError(Kind::UnexpectedResponse, QStringLiteral("%1: %2").arg(operation, what));
}

// A pod mutation/query answer (data.<field>) as a Pod, a PodNotFound for null, or a shape error.
ApiResult<Pod> podResult(const GraphQlResponse& r, const QString& field, const QString& podId)
{
    if (!r.ok()) {
        if (r.error.kind == Kind::PodNotFound) {
            return failure<Pod>(podNotFoundError(podId, r.error.detail));
        }
        return failure<Pod>(r.error);
    }
    const QJsonValue v = r.data.value(field);
    if (v.isNull() || v.isUndefined()) {
        return failure<Pod>(podNotFoundError(podId));
    }
    if (auto pod = parsePod(v)) {
        return ApiResult<Pod>::success(*pod);
    }
    return failure<Pod>(shapeError(field, QStringLiteral("not a pod")));
}

QString cloudTypeName(CloudType cloud)
{
    switch (cloud) {
    case CloudType::Secure:
        return QStringLiteral("SECURE");
    case CloudType::Community:
        return QStringLiteral("COMMUNITY");
    case CloudType::All:
        return QStringLiteral("ALL");
    }
    return QStringLiteral("SECURE");
}

} // namespace

GraphQlRunPodApi::GraphQlRunPodApi(QNetworkAccessManager& nam, const QUrl& endpoint,
                                   RunPodRequestFactory::KeyProvider apiKey, QObject* parent)
    : HttpRunPodApi(nam, endpoint, std::move(apiKey), parent)
{}

GraphQlRunPodApi::~GraphQlRunPodApi() = default;

void GraphQlRunPodApi::run(const GraphQlRequest& request, const RetryPolicy& policy, QObject* context,
                           ResponseHandler handler)
{
    auto* job = new GraphQlJob(m_nam, m_requests, request, policy, this);
    connect(
        job, &GraphQlJob::finished, this,
        [handler = std::move(handler)](const GraphQlResponse& response, int attempts) { handler(response, attempts); });
    relayRetries(job, context, request.operationName);
    job->start();
}

void GraphQlRunPodApi::account(QObject* context, Callback<Account> done)
{
    QPointer<QObject> ctx(context);
    run(GraphQlRequest::fromResource(QStringLiteral("Account")), context, [ctx, done](const GraphQlResponse& r, int) {
        if (!r.ok()) {
            return deliver(ctx, done, failure<Account>(r.error));
        }
        const auto account = parseAccount(r.data.value(QStringLiteral("myself")));
        deliver(ctx, done,
                account ? ApiResult<Account>::success(*account)
                        : failure<Account>(shapeError(QStringLiteral("myself"), QStringLiteral("missing"))));
    });
}

void GraphQlRunPodApi::dataCenters(QObject* context, Callback<QList<DataCenter>> done)
{
    QPointer<QObject> ctx(context);
    GpuFilter any;
    any.cloud = CloudType::All;
    run(GraphQlRequest::fromResource(QStringLiteral("DataCenters"), offers::dataCentersVariables(any)), context,
        [ctx, done](const GraphQlResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done, failure<QList<DataCenter>>(r.error));
            }
            const QJsonValue list = r.data.value(QStringLiteral("dataCenters"));
            if (!list.isArray()) {
                return deliver(ctx, done,
                               failure<QList<DataCenter>>(
                                   shapeError(QStringLiteral("dataCenters"), QStringLiteral("not a list"))));
            }
            deliver(ctx, done, ApiResult<QList<DataCenter>>::success(offers::parseDataCenters(list.toArray())));
        });
}

void GraphQlRunPodApi::networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done)
{
    QPointer<QObject> ctx(context);
    run(GraphQlRequest::fromResource(QStringLiteral("NetworkVolumes")), context,
        [ctx, done](const GraphQlResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done, failure<QList<NetworkVolume>>(r.error));
            }
            const QJsonObject myself = r.data.value(QStringLiteral("myself")).toObject();
            const QJsonValue list = myself.value(QStringLiteral("networkVolumes"));
            if (myself.isEmpty() || !(list.isArray() || list.isNull())) {
                return deliver(ctx, done,
                               failure<QList<NetworkVolume>>(
                                   shapeError(QStringLiteral("networkVolumes"), QStringLiteral("missing"))));
            }
            QList<NetworkVolume> volumes;
            for (const QJsonValue& v : list.toArray()) {
                if (auto volume = parseNetworkVolume(v)) {
                    volumes.append(*volume);
                }
            }
            deliver(ctx, done, ApiResult<QList<NetworkVolume>>::success(volumes));
        });
}

void GraphQlRunPodApi::gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done)
{
    QPointer<QObject> ctx(context);
    auto noMatch = [filter] {
        ApiError e = makeError(Kind::NoGpusMatchingFilters, offers::describeFilter(filter));
        e.message =
            QCoreApplication::translate(
                "RunPodErrors", "No GPU is available with your filters (%1). Widen them (region, network speed, "
                                "CUDA version, favourite GPUs, cloud type) and try again.")
                .arg(offers::describeFilter(filter));
        return e;
    };
    run(GraphQlRequest::fromResource(QStringLiteral("DataCenters"), offers::dataCentersVariables(filter)), context,
        [this, ctx, done, filter, noMatch](const GraphQlResponse& dcResponse, int) {
            if (!dcResponse.ok()) {
                return deliver(ctx, done, failure<QList<GpuOffer>>(dcResponse.error));
            }
            const QJsonValue dcList = dcResponse.data.value(QStringLiteral("dataCenters"));
            if (!dcList.isArray()) {
                return deliver(
                    ctx, done,
                    failure<QList<GpuOffer>>(shapeError(QStringLiteral("dataCenters"), QStringLiteral("not a list"))));
            }
            const QJsonArray dcs = dcList.toArray();
            const QList<offers::Scope> scopes = offers::scopesFor(filter, dcs);
            if (scopes.isEmpty()) {
                return deliver(ctx, done, failure<QList<GpuOffer>>(noMatch()));
            }
            // One GpuTypes query per scope (country of the region, pinned data center, or anywhere),
            // merged when all have answered; the first failure decides.
            struct Gather
            {
                QList<QJsonArray> answers;
                int pending = 0;
                bool failed = false;
            };
            auto gather = std::make_shared<Gather>();
            gather->answers.resize(scopes.size());
            gather->pending = int(scopes.size());
            for (qsizetype i = 0; i < scopes.size(); ++i) {
                const auto vars = offers::gpuTypesVariables(filter, scopes.at(i));
                run(GraphQlRequest::fromResource(QStringLiteral("GpuTypes"), vars), ctx.data(),
                    [ctx, done, filter, dcs, gather, i, noMatch](const GraphQlResponse& r, int) {
                        if (gather->failed) {
                            return;
                        }
                        if (!r.ok() || !r.data.value(QStringLiteral("gpuTypes")).isArray()) {
                            gather->failed = true;
                            return deliver(ctx, done,
                                           failure<QList<GpuOffer>>(r.ok() ? shapeError(QStringLiteral("gpuTypes"),
                                                                                        QStringLiteral("not a list"))
                                                                           : r.error));
                        }
                        gather->answers[i] = r.data.value(QStringLiteral("gpuTypes")).toArray();
                        if (--gather->pending > 0) {
                            return;
                        }
                        const QList<GpuOffer> result = offers::buildOffers(filter, gather->answers, dcs);
                        qCInfo(lcApi).noquote()
                            << "GPU offers for" << offers::describeFilter(filter) << ":" << result.size();
                        deliver(ctx, done,
                                result.isEmpty() ? failure<QList<GpuOffer>>(noMatch())
                                                 : ApiResult<QList<GpuOffer>>::success(result));
                    });
            }
        });
}

QJsonObject GraphQlRunPodApi::createPodVariables(const CreatePodRequest& r)
{
    QJsonObject input{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("gpuTypeId"), r.gpuTypeId},
        {QStringLiteral("gpuCount"), qMax(1, r.gpuCount)},
        {QStringLiteral("cloudType"), cloudTypeName(r.cloud)},
        {QStringLiteral("containerDiskInGb"), r.containerDiskGb > 0 ? r.containerDiskGb : 50},
        {QStringLiteral("volumeInGb"), qMax(0, r.volumeGb)},
        {QStringLiteral("volumeMountPath"),
         r.volumeMountPath.isEmpty() ? QStringLiteral("/workspace") : r.volumeMountPath},
        {QStringLiteral("ports"), r.ports.isEmpty() ? podPorts(false) : r.ports},
        {QStringLiteral("supportPublicIp"), true}, // the SSH tunnel needs direct TCP on a public IP
        {QStringLiteral("startSsh"), true},
    };
    if (!r.imageName.isEmpty()) {
        input.insert(QStringLiteral("imageName"), r.imageName);
    }
    if (!r.templateId.isEmpty()) {
        input.insert(QStringLiteral("templateId"), r.templateId);
    }
    if (!r.publicKey.trimmed().isEmpty()) {
        input.insert(QStringLiteral("env"),
                     QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("PUBLIC_KEY")},
                                            {QStringLiteral("value"), r.publicKey.trimmed()}}});
    }
    if (r.stopAfter.isValid()) {
        input.insert(QStringLiteral("stopAfter"), r.stopAfter.toUTC().toString(Qt::ISODate));
    }
    if (!r.dataCenterId.isEmpty()) {
        input.insert(QStringLiteral("dataCenterId"), r.dataCenterId);
    }
    if (!r.countryCode.isEmpty()) {
        input.insert(QStringLiteral("countryCode"), r.countryCode);
    }
    if (!r.networkVolumeId.isEmpty()) {
        input.insert(QStringLiteral("networkVolumeId"), r.networkVolumeId);
    }
    if (!r.allowedCudaVersions.isEmpty()) {
        input.insert(QStringLiteral("allowedCudaVersions"), QJsonArray::fromStringList(r.allowedCudaVersions));
    }
    if (r.minDownloadMbps > 0) {
        input.insert(QStringLiteral("minDownload"), r.minDownloadMbps);
    }
    if (r.minUploadMbps > 0) {
        input.insert(QStringLiteral("minUpload"), r.minUploadMbps);
    }
    return {{QStringLiteral("input"), input}};
}

void GraphQlRunPodApi::createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done)
{
    auto send = [this, request](const RetryPolicy& policy,
                                std::function<void(const OrphanSafeCreate::Attempt&)> answer) {
        run(GraphQlRequest::fromResource(QStringLiteral("CreatePod"), createPodVariables(request)), policy, nullptr,
            [answer](const GraphQlResponse& r, int) {
                answer({podResult(r, QStringLiteral("podFindAndDeployOnDemand"), QString()), r.retryAfterSeconds});
            });
    };
    createOrphanSafe(request, context, std::move(done), QStringLiteral("CreatePod"), send);
}

void GraphQlRunPodApi::pod(const QString& podId, QObject* context, Callback<Pod> done)
{
    QPointer<QObject> ctx(context);
    const GraphQlRequest request =
        GraphQlRequest::fromResource(QStringLiteral("Pod"), {{QStringLiteral("podId"), podId}});
    run(request, context, [this, ctx, done, podId, request](const GraphQlResponse& r, int) {
        const QJsonValue v = r.data.value(QStringLiteral("pod"));
        if (!r.ok() || !(v.isNull() || v.isUndefined())) {
            deliver(ctx, done, podResult(r, QStringLiteral("pod"), podId));
            return;
        }
        // `pod: null` once is no proof that the pod was terminated: a second answer must agree.
        if (!ctx) {
            return;
        }
        run(request, ctx.data(), [ctx, done, podId](const GraphQlResponse& again, int) {
            deliver(ctx, done, podResult(again, QStringLiteral("pod"), podId));
        });
    });
}

void GraphQlRunPodApi::pods(QObject* context, Callback<QList<Pod>> done)
{
    listPods(m_policy, context,
             [ctx = QPointer<QObject>(context), done](const ApiResult<QList<Pod>>& r) { deliver(ctx, done, r); });
}

void GraphQlRunPodApi::listPods(const RetryPolicy& policy, QObject* context, Callback<QList<Pod>> answer)
{
    run(GraphQlRequest::fromResource(QStringLiteral("Pods")), policy, context, [answer](const GraphQlResponse& r, int) {
        if (!r.ok()) {
            return answer(failure<QList<Pod>>(r.error));
        }
        const QJsonValue myself = r.data.value(QStringLiteral("myself"));
        bool ok = false;
        const QList<Pod> list = parsePods(myself.toObject().value(QStringLiteral("pods")), &ok);
        if (!myself.isObject() || !ok) {
            return answer(failure<QList<Pod>>(shapeError(QStringLiteral("myself.pods"), QStringLiteral("not a list"))));
        }
        answer(ApiResult<QList<Pod>>::success(list));
    });
}

void GraphQlRunPodApi::stopPod(const QString& podId, QObject* context, Callback<Pod> done)
{
    QPointer<QObject> ctx(context);
    run(GraphQlRequest::fromResource(QStringLiteral("StopPod"), {{QStringLiteral("podId"), podId}}),
        m_policy.forCostCriticalCall(), context, [ctx, done, podId](const GraphQlResponse& r, int) {
            deliver(ctx, done, podResult(r, QStringLiteral("podStop"), podId));
        });
}

void GraphQlRunPodApi::resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done)
{
    QPointer<QObject> ctx(context);
    run(GraphQlRequest::fromResource(QStringLiteral("ResumePod"), {{QStringLiteral("podId"), podId},
                                                                   {QStringLiteral("gpuCount"), qMax(1, gpuCount)}}),
        context, [ctx, done, podId](const GraphQlResponse& r, int) {
            deliver(ctx, done, podResult(r, QStringLiteral("podResume"), podId));
        });
}

void GraphQlRunPodApi::terminatePod(const QString& podId, QObject* context, Callback<Done> done)
{
    QPointer<QObject> ctx(context);
    run(GraphQlRequest::fromResource(QStringLiteral("TerminatePod"), {{QStringLiteral("podId"), podId}}),
        m_policy.forCostCriticalCall(), context, [ctx, done, podId](const GraphQlResponse& r, int attempts) {
            if (r.ok()) {
                qCInfo(lcApi).noquote() << "terminated pod" << podId;
                return deliver(ctx, done, ApiResult<Done>::success(Done{}));
            }
            if (r.error.kind == Kind::PodNotFound && attempts > 1) {
                // An earlier attempt reached RunPod after all: the pod is gone, which is what was asked.
                qCInfo(lcApi).noquote() << "pod" << podId << "already gone on retry of TerminatePod: done";
                return deliver(ctx, done, ApiResult<Done>::success(Done{}));
            }
            deliver(
                ctx, done,
                failure<Done>(r.error.kind == Kind::PodNotFound ? podNotFoundError(podId, r.error.detail) : r.error));
        });
}

void GraphQlRunPodApi::addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done)
{
    QPointer<QObject> ctx(context);
    if (!publickeys::looksLikePublicKey(publicKey)) {
        return deliver(ctx, done, failure<Account>(notAPublicKeyError()));
    }
    run(GraphQlRequest::fromResource(QStringLiteral("Account")), context,
        [this, ctx, done, publicKey](const GraphQlResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done, failure<Account>(r.error));
            }
            const auto account = parseAccount(r.data.value(QStringLiteral("myself")));
            if (!account) {
                return deliver(ctx, done,
                               failure<Account>(shapeError(QStringLiteral("myself"), QStringLiteral("missing"))));
            }
            bool changed = false;
            const QString keys = publickeys::appendKey(account->pubKey, publicKey, &changed);
            if (!changed) {
                qCInfo(lcApi) << "the public key is already on the RunPod account";
                return deliver(ctx, done, ApiResult<Account>::success(*account));
            }
            run(GraphQlRequest::fromResource(QStringLiteral("UpdateUserSettings"), {{QStringLiteral("pubKey"), keys}}),
                ctx.data(), [ctx, done](const GraphQlResponse& u, int) {
                    if (!u.ok()) {
                        return deliver(ctx, done, failure<Account>(u.error));
                    }
                    const auto updated = parseAccount(u.data.value(QStringLiteral("updateUserSettings")));
                    deliver(ctx, done,
                            updated ? ApiResult<Account>::success(*updated)
                                    : failure<Account>(
                                          shapeError(QStringLiteral("updateUserSettings"), QStringLiteral("missing"))));
                });
        });
}

} // namespace autopod::api
