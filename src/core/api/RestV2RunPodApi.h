// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/HttpRunPodApi.h"
#include "core/api/RateLimitPacer.h"
#include "core/api/RestJob.h"

#include <QUrl>

class QNetworkAccessManager;

namespace autopod::api {

// RunPodApi over RunPod's REST v2 (https://api.runpod.io/v2), the transport that outlives GraphQL
// (announced to retire in early 2027). Same retry, timeout and orphan-safe create rules as
// GraphQlRunPodApi. Differences forced by the API:
//  - account(): REST v2 has no account/balance resource; the key is checked with GET
//    /v2/account/ssh-keys and only `pubKey` is filled (balance, spend and email stay 0/empty).
//  - gpuOffers(): GET /v2/catalog/gpus has no network-speed data, so a network-speed filter cannot be
//    applied and offers carry no speed rating; region and data center come from its per-data-center
//    availability, CUDA from minCudaVersion.
//  - resumePod(): the "start" action cannot change the GPU count.
//  - gpuDisplayName is the GPU type id (REST pods carry no display name).
class RestV2RunPodApi : public HttpRunPodApi
{
    Q_OBJECT

public:
    // endpoint: e.g. https://api.runpod.io/v2 (paths like "pods/<id>" are appended).
    RestV2RunPodApi(QNetworkAccessManager& nam, const QUrl& endpoint, RunPodRequestFactory::KeyProvider apiKey,
                    QObject* parent = nullptr);
    ~RestV2RunPodApi() override;

    void account(QObject* context, Callback<Account> done) override;
    void gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done) override;
    void dataCenters(QObject* context, Callback<QList<DataCenter>> done) override;
    void networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done) override;

    void createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done) override;
    void pod(const QString& podId, QObject* context, Callback<Pod> done) override;
    void pods(QObject* context, Callback<QList<Pod>> done) override;
    void stopPod(const QString& podId, QObject* context, Callback<Pod> done) override;
    void resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done) override;
    void terminatePod(const QString& podId, QObject* context, Callback<Done> done) override;

    void addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done) override;
    // GET pods/{id}/logs?tail=N, an event stream: read until `lines` lines came, the stream paused
    // for a moment, or logsDeadlineMs passed (the stream stays open on RunPod's side). A stream
    // past kMaxLogBytes (5000 lines of log come nowhere near it) is not read on: the call fails.
    void podLogs(const QString& podId, int lines, QObject* context, Callback<QStringList> done) override;
    int pollSpacingMs() const override { return m_pacer.spacingMs(); }

    static constexpr int kLogsDeadlineMs = 2500;
    static constexpr int kLogsQuietMs = 700;
    static constexpr qint64 kMaxLogBytes = 4 * 1024 * 1024;
    static constexpr qint64 kLogReadBufferBytes = 64 * 1024;

private:
    using Handler = std::function<void(const RestResponse&, int attempts)>;
    // Starts one job; its retries are announced (retryScheduled) for `context`.
    void run(const RestRequest& request, const RetryPolicy& policy, QObject* context, Handler handler);
    void run(const RestRequest& request, QObject* context, Handler handler)
    {
        run(request, m_policy, context, std::move(handler));
    }
    void podAction(const QString& podId, const QString& action, const RetryPolicy& policy, QObject* context,
                   Callback<Pod> done);
    // GET pods with `policy`, every page (Link rel="next"); `answer` runs directly (not queued, not guarded).
    void listPods(const RetryPolicy& policy, QObject* context, Callback<QList<Pod>> answer) override;
    void listPodsFrom(const QString& page, QList<Pod> sofar, const RetryPolicy& policy, QObject* context,
                      Callback<QList<Pod>> answer);

    RateLimitPacer m_pacer;
};

} // namespace autopod::api
